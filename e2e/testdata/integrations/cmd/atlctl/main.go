// Command atlctl is TeamSync's command-line client for Jira.
//
//	atlctl login | login-paste | connect-bitbucket
//	atlctl issue KEY [--site]
//	atlctl desk [ISSUE ATTACHMENT]
//	atlctl profile example
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"os"

	"golang.org/x/oauth2"
)

func main() {
	log.SetFlags(0)
	if len(os.Args) < 2 {
		log.Fatal("usage: atlctl command [args]")
	}
	ctx := context.Background()
	jiraOAuth.ClientSecret = os.Getenv("ATLCTL_CLIENT_SECRET")
	pasteOAuth.ClientSecret = jiraOAuth.ClientSecret
	bitbucketOAuth.ClientSecret = os.Getenv("ATLCTL_BITBUCKET_SECRET")

	var err error
	switch cmd, args := os.Args[1], os.Args[2:]; cmd {
	case "login", "login-paste", "connect-bitbucket":
		var tok *oauth2.Token
		switch cmd {
		case "login":
			tok, err = loginBrowser(ctx)
		case "login-paste":
			tok, err = loginPaste(ctx)
		default:
			tok, err = connectBitbucket(ctx)
		}
		if err == nil {
			err = saveToken(cmd, tok)
		}
	case "issue":
		err = issueCommand(ctx, args)
	case "desk":
		err = deskCommand(ctx, profileOrCI(os.Getenv("ATLCTL_PROFILE")), args)
	case "profile":
		err = json.NewEncoder(os.Stdout).Encode(exampleProfile())
	case "raw":
		res, rerr := profileOrCI(os.Getenv("ATLCTL_PROFILE")).raw(ctx, args[0])
		if err = rerr; err == nil {
			defer res.Body.Close()
			_, err = io.Copy(os.Stdout, res.Body)
		}
	default:
		err = fmt.Errorf("unknown command %q", cmd)
	}
	if err != nil {
		log.Fatal(err)
	}
}

func tokenPath(name string) string {
	dir, _ := os.UserConfigDir()
	return dir + "/atlctl/" + name + ".token.json"
}

func saveToken(name string, tok *oauth2.Token) error {
	data, err := json.Marshal(tok)
	if err != nil {
		return err
	}
	return os.WriteFile(tokenPath(name), data, 0o600)
}

func loadToken(name string) (*oauth2.Token, error) {
	data, err := os.ReadFile(tokenPath(name))
	if err != nil {
		return nil, err
	}
	var tok oauth2.Token
	return &tok, json.Unmarshal(data, &tok)
}

func issueCommand(ctx context.Context, args []string) error {
	if len(args) == 0 {
		return fmt.Errorf("usage: atlctl issue KEY [--site]")
	}
	tok, err := loadToken("login")
	if err != nil {
		return fmt.Errorf("not logged in: %w", err)
	}
	ts := jiraOAuth.TokenSource(ctx, tok)
	api := newAPIClient(ctx, ts, os.Getenv("ATLCTL_CLOUD_ID"), os.Getenv("ATLCTL_SITE"))
	me, err := api.myself(ctx)
	if err != nil {
		return err
	}
	issue, err := api.issue(ctx, args[0], len(args) > 1 && args[1] == "--site")
	if err != nil {
		return err
	}
	trans, err := api.transitions(ctx, args[0])
	if err != nil {
		return err
	}
	return json.NewEncoder(os.Stdout).Encode(map[string]any{"me": me, "issue": issue, "transitions": trans})
}
