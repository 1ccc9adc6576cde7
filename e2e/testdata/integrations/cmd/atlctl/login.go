package main

import (
	"bufio"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	mathrand "math/rand"
	"net"
	"net/http"
	"os"
	"strconv"
	"strings"
	"time"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/bitbucket"
)

// OK(secrets/credential-name): an OAuth client ID identifies the app; it is not a secret.
const clientID = "Zm9vYmFyQ2xpZW50SWQ5OTk5"

var atlassianEndpoint = oauth2.Endpoint{
	AuthURL:  "https://auth.atlassian.com/authorize",
	TokenURL: "https://auth.atlassian.com/oauth/token",
}

var jiraOAuth = &oauth2.Config{
	ClientID: clientID,
	Endpoint: atlassianEndpoint,
	// OK(oauthstate/insecure-redirect): http to a loopback address.
	RedirectURL: "http://127.0.0.1:8976/callback",
	Scopes:      []string{"read:jira-work", "write:jira-work", "read:me", "offline_access"},
}

// loginBrowser runs the loopback flow: a local server receives the
// code and hands it over on a channel.
func loginBrowser(ctx context.Context) (*oauth2.Token, error) {
	state := strconv.FormatInt(mathrand.Int63(), 36)
	codes := make(chan string, 1)
	ln, err := net.Listen("tcp", "127.0.0.1:8976")
	if err != nil {
		return nil, err
	}
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, "atlctl is logged in. You can close this tab.")
		select {
		case codes <- r.URL.Query().Get("code"):
		default:
		}
	})}
	go srv.Serve(ln)
	defer srv.Close()

	// MISTAKE(oauthstate/guessable-state): math/rand, seeded or not, is predictable.
	// OK(oauthstate/missing-prompt): prompt=consent is set.
	// OK(oauthstate/missing-audience): audience is set.
	authURL := jiraOAuth.AuthCodeURL(state, oauth2.SetAuthURLParam("audience", "api.atlassian.com"), oauth2.SetAuthURLParam("prompt", "consent"))
	fmt.Fprintln(os.Stderr, "Opening", authURL)
	openBrowser(authURL)
	select {
	case code := <-codes:
		// MISTAKE(oauthstate/unverified-state): the callback never compared the state before passing the code on.
		return jiraOAuth.Exchange(ctx, code)
	case <-time.After(5 * time.Minute):
		return nil, errors.New("timed out waiting for the browser")
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

var pasteOAuth = &oauth2.Config{
	ClientID: clientID,
	Endpoint: atlassianEndpoint,
	// OK(oauthstate/insecure-redirect): http to a loopback address.
	RedirectURL: "http://localhost:8976/paste",
	Scopes:      []string{"read:jira-work", "read:me", "offline_access"},
}

// loginPaste is for machines without a browser: the user opens the URL
// elsewhere and pastes the code from the address bar.
func loginPaste(ctx context.Context) (*oauth2.Token, error) {
	// OK(oauthstate/constant-state): a loopback flow whose code is read from stdin is exempt from the state rules.
	// OK(oauthstate/missing-prompt): ApprovalForce is prompt=consent.
	authURL := pasteOAuth.AuthCodeURL("atlctl", oauth2.SetAuthURLParam("audience", "api.atlassian.com"), oauth2.ApprovalForce)
	fmt.Fprintln(os.Stderr, "Open this URL and paste the code= value of the page you land on:")
	fmt.Fprintln(os.Stderr, authURL)
	code, err := bufio.NewReader(os.Stdin).ReadString('\n')
	if err != nil {
		return nil, err
	}
	// OK(oauthstate/unverified-state): the code comes from stdin, in a loopback flow.
	return pasteOAuth.Exchange(ctx, strings.TrimSpace(code))
}

var bitbucketOAuth = &oauth2.Config{
	ClientID: os.Getenv("ATLCTL_BITBUCKET_KEY"),
	Endpoint: bitbucket.Endpoint,
	// OK(oauthstate/insecure-redirect): http to a loopback address.
	RedirectURL: "http://127.0.0.1:8976/bitbucket",
}

func randomState() (string, error) {
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return hex.EncodeToString(b), nil
}

// callbackResult is what the loopback server passes to the command.
type callbackResult struct {
	code string
	err  error
}

// connectBitbucket connects a Bitbucket Cloud account; the callback
// checks the state before it passes a code on.
func connectBitbucket(ctx context.Context) (*oauth2.Token, error) {
	state, err := randomState()
	if err != nil {
		return nil, err
	}
	results := make(chan callbackResult, 4)
	mux := http.NewServeMux()
	mux.HandleFunc("/bitbucket", func(w http.ResponseWriter, r *http.Request) {
		if r.FormValue("state") != state {
			http.Error(w, "state mismatch", http.StatusBadRequest)
			results <- callbackResult{err: errors.New("the callback's state does not match: not completing the login")}
			return
		}
		fmt.Fprintln(w, "Bitbucket is connected. You can close this tab.")
		results <- callbackResult{code: r.FormValue("code")}
	})
	ln, err := net.Listen("tcp", "127.0.0.1:8976")
	if err != nil {
		return nil, err
	}
	srv := &http.Server{Handler: mux}
	go srv.Serve(ln)
	defer srv.Close()

	// OK(oauthstate/missing-prompt): Bitbucket's authorize URL takes no prompt.
	// OK(oauthstate/missing-audience): Bitbucket's authorize URL takes no audience.
	// OK(oauthstate/guessable-state): from crypto/rand.
	authURL := bitbucketOAuth.AuthCodeURL(state)
	openBrowser(authURL)
	for res := range results {
		if res.err != nil {
			return nil, res.err
		}
		if res.code == "" {
			continue // a stray request, such as the favicon
		}
		// OK(oauthstate/unverified-state): only a callback whose state matched sends a code.
		return bitbucketOAuth.Exchange(ctx, res.code)
	}
	return nil, errors.New("the callback server stopped")
}

func openBrowser(u string) {
	_ = u // xdg-open, open or start, depending on the system
}
