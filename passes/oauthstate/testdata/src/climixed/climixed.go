// Command climixed has a terminal login and a web callback in one
// package: the command-line flow is exempt from the state rules, the
// web flow is not.
package main

import (
	"context"
	"fmt"
	"net/http"
	"os"

	"golang.org/x/oauth2"
)

var consent = []oauth2.AuthCodeOption{oauth2.ApprovalForce, oauth2.SetAuthURLParam("audience", "api.atlassian.com")}

var cliConf = &oauth2.Config{
	ClientID:    os.Getenv("ID"),
	RedirectURL: "http://localhost:8085/callback",
	Endpoint:    oauth2.Endpoint{AuthURL: "https://auth.atlassian.com/authorize", TokenURL: "https://auth.atlassian.com/oauth/token"},
}

var webConf = &oauth2.Config{
	ClientID:    os.Getenv("ID"),
	RedirectURL: "https://app.example.com/callback",
	Endpoint:    oauth2.Endpoint{AuthURL: "https://auth.atlassian.com/authorize", TokenURL: "https://auth.atlassian.com/oauth/token"},
}

// login: loopback redirect, code pasted on the terminal.
func login() {
	fmt.Println(cliConf.AuthCodeURL("cli", consent...))
	var code string
	fmt.Scanln(&code)
	tok, _ := cliConf.Exchange(context.Background(), code)
	fmt.Println(tok)
}

// serve: the web flow, whose state matters.
func serve() {
	http.HandleFunc("/login", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, webConf.AuthCodeURL("web", consent...), http.StatusFound) // want `state is the constant "web"`
	})
	http.HandleFunc("/callback", func(w http.ResponseWriter, r *http.Request) {
		c, err := r.Cookie("st")
		if err != nil || c.Value != r.FormValue("state") {
			return
		}
		tok, _ := webConf.Exchange(r.Context(), r.FormValue("code"))
		_ = tok
	})
	http.ListenAndServe(":8080", nil)
}

func main() {
	if len(os.Args) > 1 && os.Args[1] == "serve" {
		serve()
		return
	}
	login()
}
