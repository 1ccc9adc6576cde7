// Package channelselect logs a command in through a loopback server
// whose handler must never block: it hands the authorization code on in
// a select with a default case. That is a send of a code taken from an
// HTTP request, so the exchange that receives it needs a state check,
// and the loopback redirect does not exempt the flow from the state
// rules (the terminal exemption is for codes pasted by the user).
package channelselect

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	mrand "math/rand"
	"net"
	"net/http"
	"strconv"
	"time"

	"golang.org/x/oauth2"
)

var authServer = oauth2.Endpoint{
	AuthURL:  "https://auth.atlassian.com/authorize",
	TokenURL: "https://auth.atlassian.com/oauth/token",
}

var loopbackConf = &oauth2.Config{
	ClientID:    "cli",
	Endpoint:    authServer,
	RedirectURL: "http://127.0.0.1:9911/done",
}

var opts = []oauth2.AuthCodeOption{oauth2.SetAuthURLParam("audience", "api.atlassian.com"), oauth2.ApprovalForce}

// Reported.

func login(ctx context.Context, open func(string)) (*oauth2.Token, error) {
	state := strconv.FormatInt(mrand.Int63(), 36)
	got := make(chan string, 1)
	ln, err := net.Listen("tcp", "127.0.0.1:9911")
	if err != nil {
		return nil, err
	}
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case got <- r.URL.Query().Get("code"):
		default:
		}
	})}
	go srv.Serve(ln)
	defer srv.Close()
	open(loopbackConf.AuthCodeURL(state, opts...)) // want `state is made from math/rand`
	select {
	case code := <-got:
		return loopbackConf.Exchange(ctx, code) // want `the callback exchanges the authorization code without first comparing`
	case <-time.After(time.Minute):
		return nil, errors.New("timed out")
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// Near miss: the handler compares the state before the select that
// hands the code on.

var checkedConf = &oauth2.Config{
	ClientID:    "cli",
	Endpoint:    authServer,
	RedirectURL: "http://127.0.0.1:9912/done",
}

func loginChecked(ctx context.Context, open func(string)) (*oauth2.Token, error) {
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		return nil, err
	}
	state := hex.EncodeToString(b)
	got := make(chan string, 1)
	ln, err := net.Listen("tcp", "127.0.0.1:9912")
	if err != nil {
		return nil, err
	}
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("state") != state {
			http.Error(w, "state mismatch", http.StatusBadRequest)
			return
		}
		select {
		case got <- r.URL.Query().Get("code"):
		default:
		}
	})}
	go srv.Serve(ln)
	defer srv.Close()
	open(checkedConf.AuthCodeURL(state, opts...))
	select {
	case code := <-got:
		return checkedConf.Exchange(ctx, code)
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}
