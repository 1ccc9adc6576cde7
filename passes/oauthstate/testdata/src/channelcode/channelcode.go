// Package channelcode logs a command-line tool in: a loopback HTTP
// server receives the authorization code and hands it over on a
// channel to the function that exchanges it. The code comes from an
// HTTP request, so the state must be compared, in the handler before
// it sends the code or where the code (and the state with it) is
// received; the exemption of terminal flows does not apply.
package channelcode

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"log"
	"net/http"
	"time"

	"golang.org/x/oauth2"
)

func config() *oauth2.Config {
	return &oauth2.Config{
		RedirectURL: "http://127.0.0.1:8085/callback",
		Endpoint:    oauth2.Endpoint{AuthURL: "https://auth.atlassian.com/authorize", TokenURL: "https://auth.atlassian.com/oauth/token"},
	}
}

func newState() string {
	b := make([]byte, 16)
	rand.Read(b)
	return hex.EncodeToString(b)
}

var consent = []oauth2.AuthCodeOption{oauth2.SetAuthURLParam("audience", "api.atlassian.com"), oauth2.ApprovalForce}

func serve(h http.HandlerFunc) *http.Server {
	srv := &http.Server{Addr: "127.0.0.1:8085", Handler: h}
	go srv.ListenAndServe()
	return srv
}

// Reported.

func selectCase(ctx context.Context, open func(string)) (*oauth2.Token, error) {
	conf := config()
	codeCh := make(chan string, 1)
	srv := serve(func(w http.ResponseWriter, r *http.Request) {
		codeCh <- r.URL.Query().Get("code")
	})
	defer srv.Close()
	open(conf.AuthCodeURL("fixed", consent...)) // want `state is the constant "fixed"`
	select {
	case code := <-codeCh:
		return conf.Exchange(ctx, code) // want `the callback exchanges the authorization code without first comparing`
	case <-time.After(time.Minute):
		return nil, errors.New("timed out")
	}
}

func rangeOver(ctx context.Context, open func(string)) (*oauth2.Token, error) {
	conf := config()
	codes := make(chan string)
	srv := serve(func(w http.ResponseWriter, r *http.Request) {
		if code := r.FormValue("code"); code != "" {
			codes <- code
		}
	})
	defer srv.Close()
	open(conf.AuthCodeURL(newState(), consent...))
	for code := range codes {
		return conf.Exchange(ctx, code) // want `the callback exchanges the authorization code without first comparing`
	}
	return nil, errors.New("no code")
}

func plainReceive(ctx context.Context, open func(string)) (*oauth2.Token, error) {
	conf := config()
	codeCh := make(chan string, 1)
	srv := serve(func(w http.ResponseWriter, r *http.Request) { codeCh <- r.FormValue("code") })
	defer srv.Close()
	open(conf.AuthCodeURL(newState(), consent...))
	code := <-codeCh
	return conf.Exchange(ctx, code) // want `the callback exchanges the authorization code without first comparing`
}

type result struct {
	code, state string
	err         error
}

func structUnchecked(ctx context.Context, open func(string)) (*oauth2.Token, error) {
	conf := config()
	results := make(chan result, 1)
	srv := serve(func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		results <- result{code: q.Get("code"), state: q.Get("state")}
	})
	defer srv.Close()
	open(conf.AuthCodeURL(newState(), consent...))
	res := <-results
	if res.err != nil {
		return nil, res.err
	}
	return conf.Exchange(ctx, res.code) // want `the callback exchanges the authorization code without first comparing`
}

func structLogged(ctx context.Context, open func(string)) (*oauth2.Token, error) {
	conf := config()
	want := newState()
	results := make(chan result, 1)
	srv := serve(func(w http.ResponseWriter, r *http.Request) {
		results <- result{code: r.FormValue("code"), state: r.FormValue("state")}
	})
	defer srv.Close()
	open(conf.AuthCodeURL(want, consent...))
	res := <-results
	if res.state != want {
		log.Print("state mismatch")
	}
	return conf.Exchange(ctx, res.code) // want `the callback exchanges the authorization code without first comparing`
}

// listener keeps its channels in a struct; its method is the handler.
type listener struct {
	codes chan string
	errs  chan error
}

func (l *listener) handle(w http.ResponseWriter, r *http.Request) {
	if e := r.FormValue("error"); e != "" {
		l.errs <- errors.New(e)
		return
	}
	l.codes <- r.FormValue("code")
}

func structOfChannels(ctx context.Context, open func(string)) (*oauth2.Token, error) {
	conf := config()
	l := &listener{codes: make(chan string, 1), errs: make(chan error, 1)}
	srv := serve(l.handle)
	defer srv.Close()
	open(conf.AuthCodeURL(newState(), consent...))
	select {
	case code := <-l.codes:
		return conf.Exchange(ctx, code) // want `the callback exchanges the authorization code without first comparing`
	case err := <-l.errs:
		return nil, err
	}
}

// finish exchanges what it is given; the code reaches it from a
// channel.
func finish(ctx context.Context, conf *oauth2.Config, code string) (*oauth2.Token, error) {
	return conf.Exchange(ctx, code) // want `the callback exchanges the authorization code without first comparing`
}

func throughHelper(ctx context.Context, open func(string)) (*oauth2.Token, error) {
	conf := config()
	codeCh := make(chan string, 1)
	srv := serve(func(w http.ResponseWriter, r *http.Request) { codeCh <- r.FormValue("code") })
	defer srv.Close()
	open(conf.AuthCodeURL(newState(), consent...))
	return finish(ctx, conf, <-codeCh)
}

// Near misses.

func handlerChecks(ctx context.Context, open func(string)) (*oauth2.Token, error) {
	conf := config()
	state := newState()
	codeCh := make(chan string, 1)
	srv := serve(func(w http.ResponseWriter, r *http.Request) {
		if r.FormValue("state") != state {
			http.Error(w, "state mismatch", http.StatusBadRequest)
			return
		}
		codeCh <- r.FormValue("code")
	})
	defer srv.Close()
	open(conf.AuthCodeURL(state, consent...))
	select {
	case code := <-codeCh:
		return conf.Exchange(ctx, code)
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// receiverChecks returns no error only after the state matched: its
// callers may rely on that.
func receiverChecks(ctx context.Context, open func(string)) (*oauth2.Token, error) { // want receiverChecks:`^checks state \(result 1 nil\)$`
	conf := config()
	want := newState()
	results := make(chan result, 1)
	srv := serve(func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		results <- result{code: q.Get("code"), state: q.Get("state")}
	})
	defer srv.Close()
	open(conf.AuthCodeURL(want, consent...))
	res := <-results
	if res.state != want {
		return nil, errors.New("state mismatch")
	}
	return conf.Exchange(ctx, res.code)
}

// A command ends on a mismatch.
func receiverExits(ctx context.Context, open func(string)) (*oauth2.Token, error) { // want receiverExits:`^checks state \(result 1 nil\)$`
	conf := config()
	want := newState()
	results := make(chan result, 1)
	srv := serve(func(w http.ResponseWriter, r *http.Request) {
		results <- result{code: r.FormValue("code"), state: r.FormValue("state")}
	})
	defer srv.Close()
	open(conf.AuthCodeURL(want, consent...))
	res := <-results
	if res.state != want {
		log.Fatalln("state mismatch: someone else's code was sent to the login server")
	}
	return conf.Exchange(ctx, res.code)
}

// A channel of codes the handler checked, next to one it did not:
// channels made apart are told apart.
func twoChannels(ctx context.Context, open func(string)) (*oauth2.Token, error) {
	conf := config()
	state := newState()
	checked, raw := make(chan string, 1), make(chan string, 1)
	srv := serve(func(w http.ResponseWriter, r *http.Request) {
		raw <- r.FormValue("code")
		if r.FormValue("state") == state {
			checked <- r.FormValue("code")
		}
	})
	defer srv.Close()
	open(conf.AuthCodeURL(state, consent...))
	log.Print("first code seen: ", <-raw)
	return conf.Exchange(ctx, <-checked)
}
