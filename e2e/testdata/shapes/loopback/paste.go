package loopback

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"strings"

	"golang.org/x/oauth2"
)

// LoginPaste is the flow for machines without a browser: the user
// opens the URL elsewhere and pastes the code. The code never comes
// from an HTTP request, so the state rules do not apply.
func LoginPaste(ctx context.Context) (*oauth2.Token, error) {
	conf := &oauth2.Config{
		ClientID:    os.Getenv("ATL_CLIENT_ID"),
		RedirectURL: "http://localhost:9999/pasted",
		Scopes:      []string{"read:jira-work"},
		Endpoint: oauth2.Endpoint{
			AuthURL:  "https://auth.atlassian.com/authorize",
			TokenURL: "https://auth.atlassian.com/oauth/token",
		},
	}
	// OK(oauthstate/constant-state): a terminal flow.
	fmt.Println("Open:", conf.AuthCodeURL("paste", consent...))
	fmt.Print("Code: ")
	line, err := bufio.NewReader(os.Stdin).ReadString('\n')
	if err != nil {
		return nil, err
	}
	// OK(oauthstate/unverified-state): the code is read from the terminal.
	return conf.Exchange(ctx, strings.TrimSpace(line))
}
