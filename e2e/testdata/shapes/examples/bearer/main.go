// Command bearer is the example program for OAuth 2.0 access tokens:
// it refreshes an existing token and calls the gateway with it.
package main

import (
	"context"
	"fmt"
	"log"
	"net/http"
	"os"

	"golang.org/x/oauth2"

	"example.com/shapes/agent"
)

func main() {
	ctx := context.WithValue(context.Background(), oauth2.HTTPClient, agent.Client())
	conf := &oauth2.Config{
		ClientID: os.Getenv("ATLASSIAN_CLIENT_ID"),
		// OK(secrets/hardcoded-credential): words that describe the value.
		ClientSecret: "client-secret",
		Endpoint: oauth2.Endpoint{
			AuthURL:  "https://auth.atlassian.com/authorize",
			TokenURL: "https://auth.atlassian.com/oauth/token",
		},
	}
	tok := &oauth2.Token{
		// OK(secrets/hardcoded-credential): words that describe the value.
		AccessToken: "existing-access-token",
		// OK(secrets/hardcoded-credential): words that describe the value.
		RefreshToken: "existing-refresh-token",
	}
	hc := conf.Client(ctx, tok)
	res, err := hc.Get("https://api.atlassian.com/oauth/token/accessible-resources")
	if err != nil {
		log.Fatal(err)
	}
	res.Body.Close()

	req, err := http.NewRequestWithContext(ctx, "GET", "https://api.atlassian.com/ex/jira/"+os.Getenv("CLOUD_ID")+"/rest/api/3/myself", nil)
	if err != nil {
		log.Fatal(err)
	}
	// OK(secrets/hardcoded-credential): words that describe the value.
	req.Header.Set("Authorization", "Bearer access-token")
	res, err = agent.Client().Do(req)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(res.Status)

	// MISTAKE(secrets/hardcoded-credential): a refresh token pasted from a terminal.
	old := &oauth2.Token{RefreshToken: "v1.MRq3kZ8pTfW2xLb9sHc"}
	fmt.Println(old.Valid())
}
