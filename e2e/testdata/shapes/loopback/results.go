package loopback

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"net"
	"net/http"

	"golang.org/x/oauth2"
)

func newState() string {
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		panic(err)
	}
	return hex.EncodeToString(b)
}

// callbackResult is what the loopback handler reports.
type callbackResult struct {
	code  string
	state string
	err   error
}

// LoginResult forwards code and state in one value and compares the
// state where it receives it.
func LoginResult(ctx context.Context, open func(string) error) (*oauth2.Token, error) {
	l, err := net.Listen("tcp", "127.0.0.1:8088")
	if err != nil {
		return nil, err
	}
	conf := config(8088)
	want := newState()
	results := make(chan callbackResult, 1)
	srv := serve(l, func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		if e := q.Get("error"); e != "" {
			results <- callbackResult{err: errors.New(e)}
			return
		}
		results <- callbackResult{code: q.Get("code"), state: q.Get("state")}
	})
	defer srv.Close()
	if err := open(conf.AuthCodeURL(want, consent...)); err != nil {
		return nil, err
	}
	res := <-results
	if res.err != nil {
		return nil, res.err
	}
	if res.state != want {
		return nil, errors.New("state mismatch")
	}
	// OK(oauthstate/unverified-state): the state that came with the code was compared.
	return conf.Exchange(ctx, res.code)
}

// LoginResultUnchecked is LoginResult without the comparison.
func LoginResultUnchecked(ctx context.Context, open func(string) error) (*oauth2.Token, error) {
	l, err := net.Listen("tcp", "127.0.0.1:8089")
	if err != nil {
		return nil, err
	}
	conf := config(8089)
	results := make(chan callbackResult, 1)
	srv := serve(l, func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		results <- callbackResult{code: q.Get("code"), state: q.Get("state")}
	})
	defer srv.Close()
	if err := open(conf.AuthCodeURL(newState(), consent...)); err != nil {
		return nil, err
	}
	res := <-results
	if res.err != nil {
		return nil, res.err
	}
	// MISTAKE(oauthstate/unverified-state): the state that came with the code is never compared.
	return conf.Exchange(ctx, res.code)
}

// listener keeps its channels in a struct, as larger tools do.
type listener struct {
	codes chan string
	errs  chan error
	srv   *http.Server
}

func listen(addr string) (*listener, error) {
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, err
	}
	lis := &listener{codes: make(chan string, 1), errs: make(chan error, 1)}
	lis.srv = serve(l, lis.handle)
	return lis, nil
}

func (lis *listener) handle(w http.ResponseWriter, r *http.Request) {
	if e := r.URL.Query().Get("error"); e != "" {
		lis.errs <- errors.New(e)
		return
	}
	lis.codes <- r.URL.Query().Get("code")
}

// LoginListener receives the code through the listener's channels.
func LoginListener(ctx context.Context, open func(string) error) (*oauth2.Token, error) {
	lis, err := listen("127.0.0.1:8090")
	if err != nil {
		return nil, err
	}
	defer lis.srv.Close()
	conf := config(8090)
	if err := open(conf.AuthCodeURL(newState(), consent...)); err != nil {
		return nil, err
	}
	select {
	case code := <-lis.codes:
		// MISTAKE(oauthstate/unverified-state): the listener forwards any code, whatever its state.
		return conf.Exchange(ctx, code)
	case err := <-lis.errs:
		return nil, err
	}
}
