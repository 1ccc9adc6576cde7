// Package redirectlocal chooses its redirect URI in a local variable,
// branch by branch, and puts the variable into the config. The
// insecure literal is reported where it is written, with the use as
// related information; the variable's other values are not.
package redirectlocal

import (
	"os"

	"golang.org/x/oauth2"
)

var atlassian = oauth2.Endpoint{
	AuthURL:  "https://auth.atlassian.com/authorize",
	TokenURL: "https://auth.atlassian.com/oauth/token",
}

const devHost = "build.corp.example"

// Reported.

func byEnvironment(env string) *oauth2.Config {
	redirect := "https://app.example.com/oauth/callback"
	switch env {
	case "dev":
		redirect = "http://dev.corp.example:8080/oauth/callback" // want `redirect URI http://dev.corp.example:8080 uses plain http`
	case "staging":
		redirect = "https://staging.example.com/oauth/callback"
	}
	return &oauth2.Config{ClientID: "client", Endpoint: atlassian, RedirectURL: redirect}
}

// A loopback alternative beside the insecure one: the insecure one is
// the literal reported.
func loopbackOrNot(local bool) *oauth2.Config {
	var redirect = "http://shared.corp.example/cb" // want `redirect URI http://shared.corp.example uses plain http`
	if local {
		redirect = "http://127.0.0.1:9000/cb"
	}
	c := &oauth2.Config{ClientID: "client", Endpoint: atlassian}
	c.RedirectURL = redirect
	return c
}

// The host is joined to the scheme's literal; the loopback literal is
// not the one.
func joined() *oauth2.Config {
	redirect := "http://localhost:9000/cb"
	if os.Getenv("CI") != "" {
		redirect = "http://" + devHost + "/cb" // want `redirect URI http://build.corp.example uses plain http`
	}
	return &oauth2.Config{ClientID: "client", Endpoint: atlassian, RedirectURL: redirect}
}

// Near misses: every alternative is https or loopback.

func secureOrLoopback(local bool) *oauth2.Config {
	redirect := "https://app.example.com/oauth/callback"
	if local {
		redirect = "http://localhost:8080/oauth/callback"
	}
	return &oauth2.Config{ClientID: "client", Endpoint: atlassian, RedirectURL: redirect}
}

func fromEnvironment() *oauth2.Config {
	redirect := os.Getenv("REDIRECT_URL")
	if redirect == "" {
		redirect = "https://app.example.com/oauth/callback"
	}
	return &oauth2.Config{ClientID: "client", Endpoint: atlassian, RedirectURL: redirect}
}
