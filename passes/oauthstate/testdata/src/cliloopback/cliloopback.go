// Command cliloopback links a terminal user's Atlassian account: it
// prints the authorize URL, the browser is sent to a loopback redirect,
// and the user pastes the code shown there. Such a flow is exempt from
// the state rules, not from the others.
package main

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"strings"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	ClientID:    "cli-client",
	RedirectURL: "http://localhost:8976/callback",
	Scopes:      []string{"read:jira-work", "offline_access"},
	Endpoint: oauth2.Endpoint{
		AuthURL:  "https://auth.atlassian.com/authorize",
		TokenURL: "https://auth.atlassian.com/oauth/token",
	},
}

func main() {
	url := conf.AuthCodeURL("cli", oauth2.SetAuthURLParam("audience", "api.atlassian.com")) // want `authorize URL has no prompt=consent`
	fmt.Println("Open this URL in your browser:", url)
	fmt.Print("Paste the code from the address bar: ")
	code, err := bufio.NewReader(os.Stdin).ReadString('\n')
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	tok, err := conf.Exchange(context.Background(), strings.TrimSpace(code))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println("token expires", tok.Expiry)
}
