// Package loopback logs a command-line tool in to Atlassian with OAuth
// 2.0 (3LO): it opens the browser on the authorize URL and waits for
// the code on a local HTTP server, which hands it over on a channel.
// Shape 5 of issue 12: the code that comes out of the channel is the
// code of an HTTP request, so the state must be compared; the
// exemption of command-line flows that read the code from the terminal
// does not apply.
package loopback

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"time"

	"golang.org/x/oauth2"
)

func config(port int) *oauth2.Config {
	return &oauth2.Config{
		ClientID:    os.Getenv("ATL_CLIENT_ID"),
		RedirectURL: fmt.Sprintf("http://127.0.0.1:%d/callback", port),
		Scopes:      []string{"read:jira-work", "offline_access"},
		Endpoint: oauth2.Endpoint{
			AuthURL:  "https://auth.atlassian.com/authorize",
			TokenURL: "https://auth.atlassian.com/oauth/token",
		},
	}
}

var consent = []oauth2.AuthCodeOption{
	oauth2.SetAuthURLParam("audience", "api.atlassian.com"),
	oauth2.SetAuthURLParam("prompt", "consent"),
}

func serve(l net.Listener, h http.HandlerFunc) *http.Server {
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 5 * time.Second}
	go srv.Serve(l)
	return srv
}

// LoginSelect waits for the code in a select with a timeout.
func LoginSelect(ctx context.Context, open func(string) error) (*oauth2.Token, error) {
	l, err := net.Listen("tcp", "127.0.0.1:8085")
	if err != nil {
		return nil, err
	}
	conf := config(8085)
	codeCh := make(chan string, 1)
	srv := serve(l, func(w http.ResponseWriter, r *http.Request) {
		codeCh <- r.URL.Query().Get("code")
		fmt.Fprintln(w, "You can close this window.")
	})
	defer srv.Close()
	// MISTAKE(oauthstate/constant-state): the code comes back over HTTP, so the state must be secret.
	if err := open(conf.AuthCodeURL("atl-cli", consent...)); err != nil {
		return nil, err
	}
	select {
	case code := <-codeCh:
		// MISTAKE(oauthstate/unverified-state): the code from the loopback request is exchanged without a state check.
		return conf.Exchange(ctx, code)
	case <-time.After(2 * time.Minute):
		return nil, errors.New("timed out waiting for the browser")
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// LoginRange takes the first code that arrives.
func LoginRange(ctx context.Context, open func(string) error) (*oauth2.Token, error) {
	l, err := net.Listen("tcp", "127.0.0.1:8086")
	if err != nil {
		return nil, err
	}
	conf := config(8086)
	codes := make(chan string)
	srv := serve(l, func(w http.ResponseWriter, r *http.Request) {
		if code := r.FormValue("code"); code != "" {
			codes <- code
		}
	})
	defer srv.Close()
	state := newState()
	if err := open(conf.AuthCodeURL(state, consent...)); err != nil {
		return nil, err
	}
	for code := range codes {
		// MISTAKE(oauthstate/unverified-state): state was generated but never compared with the callback's.
		return conf.Exchange(ctx, code)
	}
	return nil, errors.New("no code")
}

// LoginChecked compares the state in the handler before it forwards
// the code.
func LoginChecked(ctx context.Context, open func(string) error) (*oauth2.Token, error) {
	l, err := net.Listen("tcp", "127.0.0.1:8087")
	if err != nil {
		return nil, err
	}
	conf := config(8087)
	state := newState()
	codeCh := make(chan string, 1)
	srv := serve(l, func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		if q.Get("state") != state {
			http.Error(w, "state mismatch", http.StatusBadRequest)
			return
		}
		codeCh <- q.Get("code")
	})
	defer srv.Close()
	// OK(oauthstate/constant-state): a random state.
	if err := open(conf.AuthCodeURL(state, consent...)); err != nil {
		return nil, err
	}
	select {
	case code := <-codeCh:
		// OK(oauthstate/unverified-state): only a request with the right state sends a code.
		return conf.Exchange(ctx, code)
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}
