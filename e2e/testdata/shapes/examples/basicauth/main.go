// Command basicauth is the example program of the README: it shows how
// to call Jira with an e-mail address and an API token. The values are
// words that describe what goes there, as example programs use; the
// one real-looking password is the mistake.
package main

import (
	"context"
	"fmt"
	"log"
	"net/http"

	"example.com/shapes/agent"
)

func myself(ctx context.Context, site, email, password string) error {
	req, err := http.NewRequestWithContext(ctx, "GET", "https://"+site+".atlassian.net/rest/api/3/myself", nil)
	if err != nil {
		return err
	}
	req.SetBasicAuth(email, password)
	res, err := agent.Client().Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	fmt.Println(res.Status)
	return nil
}

func main() {
	ctx := context.Background()
	// OK(secrets/hardcoded-credential): words that describe the value.
	if err := myself(ctx, "acme", "admin@acme.example", "my.secret.password"); err != nil {
		log.Fatal(err)
	}
	// OK(secrets/hardcoded-credential): words that describe the value.
	password := "your-api-token"
	if err := myself(ctx, "acme", "admin@acme.example", password); err != nil {
		log.Fatal(err)
	}
	// MISTAKE(secrets/hardcoded-credential): a password someone really used.
	if err := myself(ctx, "acme", "ops@acme.example", "Tr0ub4dor&3-jira"); err != nil {
		log.Fatal(err)
	}
}
