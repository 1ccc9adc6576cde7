// Command clilocalserver receives the code on a loopback server: the
// code comes from an HTTP request, so state matters (any page the user
// visits can send a request to the loopback port).
package main

import (
	"context"
	"fmt"
	"net/http"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	RedirectURL: "http://127.0.0.1:8976/callback",
	Endpoint:    oauth2.Endpoint{AuthURL: "https://auth.atlassian.com/authorize", TokenURL: "https://auth.atlassian.com/oauth/token"},
}

func main() {
	codes := make(chan string)
	http.HandleFunc("/callback", func(w http.ResponseWriter, r *http.Request) {
		codes <- r.URL.Query().Get("code")
	})
	go http.ListenAndServe("127.0.0.1:8976", nil)
	fmt.Println(conf.AuthCodeURL("state", oauth2.SetAuthURLParam("audience", "api.atlassian.com"), oauth2.ApprovalForce)) // want `state is the constant "state"`
	tok, err := conf.Exchange(context.Background(), <-codes)                                                              // want `the callback exchanges the authorization code without first comparing`
	fmt.Println(tok, err)
}

func direct() {
	http.HandleFunc("/callback2", func(w http.ResponseWriter, r *http.Request) {
		tok, err := conf.Exchange(r.Context(), r.FormValue("code")) // want `the callback exchanges the authorization code without first comparing`
		fmt.Println(tok, err)
	})
}
