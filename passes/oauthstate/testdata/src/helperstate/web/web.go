// Package web hands the states of its authorize URLs to the helpers of
// package links; each state is reported where this package passes it.
package web

import (
	"fmt"
	"math/rand"
	"net/http"
	"strconv"
	"sync/atomic"

	"golang.org/x/oauth2"

	"helperstate/links"
)

var invites atomic.Uint64

func counter(w http.ResponseWriter, r *http.Request) {
	link := links.Invite("client", "invite-"+strconv.FormatUint(invites.Add(1), 10)) // want `state is made from a counter`
	fmt.Fprintln(w, link)
}

func mathRand(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, links.Login(strconv.Itoa(rand.Int())), http.StatusFound) // want `state is made from math/rand`
}

func constant(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, links.Login("fixed"), http.StatusFound) // want `state is the constant "fixed"`
}

func empty(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintln(w, links.Invite("client", "")) // want `authorize URL has no state parameter`
}

func method(w http.ResponseWriter, r *http.Request, l *links.Linker) {
	fmt.Fprintln(w, l.Link(strconv.Itoa(rand.Int()))) // want `state is made from math/rand`
}

// Near misses: an unguessable state, one not known here, an argument
// that is no state.

func verifier(w http.ResponseWriter, r *http.Request) {
	state := oauth2.GenerateVerifier()
	http.SetCookie(w, &http.Cookie{Name: "state", Value: state, HttpOnly: true})
	http.Redirect(w, r, links.Login(state), http.StatusFound)
}

func fromCaller(w http.ResponseWriter, r *http.Request, state string) {
	fmt.Fprintln(w, links.Invite("client", state))
}

func docs(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintln(w, links.Docs(strconv.Itoa(rand.Int())))
	fmt.Fprintln(w, links.Invite("fixed-client-"+strconv.Itoa(rand.Int()), oauth2.GenerateVerifier()))
}
