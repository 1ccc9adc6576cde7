// Package channelterminal reads the pasted code on a goroutine and
// hands it over on a channel: the code never comes from an HTTP
// request, so the flow keeps the terminal exemption from the state
// rules.
package channelterminal

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"strings"
	"time"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	RedirectURL: os.Getenv("ATL_REDIRECT_URL"), // not known: the terminal read decides
	Endpoint:    oauth2.Endpoint{AuthURL: "https://auth.atlassian.com/authorize", TokenURL: "https://auth.atlassian.com/oauth/token"},
}

func Login(ctx context.Context) (*oauth2.Token, error) {
	fmt.Println("Open:", conf.AuthCodeURL("paste", oauth2.SetAuthURLParam("audience", "api.atlassian.com"), oauth2.ApprovalForce))
	lines := make(chan string, 1)
	go func() {
		line, err := bufio.NewReader(os.Stdin).ReadString('\n')
		if err == nil {
			lines <- line
		}
	}()
	select {
	case line := <-lines:
		return conf.Exchange(ctx, strings.TrimSpace(line))
	case <-time.After(5 * time.Minute):
		return nil, errors.New("no code pasted")
	}
}

// newConfig makes the config of each flow; the flows of the package
// are told apart by the config each function makes.
func newConfig() *oauth2.Config {
	return &oauth2.Config{
		RedirectURL: os.Getenv("ATL_REDIRECT_URL"),
		Endpoint:    oauth2.Endpoint{AuthURL: "https://auth.atlassian.com/authorize", TokenURL: "https://auth.atlassian.com/oauth/token"},
	}
}

// LoginPasted reads the code from the terminal: its constant state is
// exempt, though the package has a loopback server too.
func LoginPasted(ctx context.Context) (*oauth2.Token, error) {
	cfg := newConfig()
	fmt.Println("Open:", cfg.AuthCodeURL("paste", oauth2.SetAuthURLParam("audience", "api.atlassian.com"), oauth2.ApprovalForce))
	var code string
	if _, err := fmt.Scan(&code); err != nil {
		return nil, err
	}
	return cfg.Exchange(ctx, code)
}

// LoginServed takes the code from a loopback request, after its
// handler compared the state.
func LoginServed(ctx context.Context, state string) (*oauth2.Token, error) {
	cfg := newConfig()
	codes := make(chan string, 1)
	srv := &http.Server{Addr: "127.0.0.1:9999", Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.FormValue("state") == state {
			codes <- r.FormValue("code")
		}
	})}
	go srv.ListenAndServe()
	defer srv.Close()
	fmt.Println("Open:", cfg.AuthCodeURL(state, oauth2.SetAuthURLParam("audience", "api.atlassian.com"), oauth2.ApprovalForce))
	return cfg.Exchange(ctx, <-codes)
}
