// Package app builds authorize URLs with the options of package opts.
package app

import (
	"golang.org/x/oauth2"

	"optionsxpkg/opts"
)

func showURL(s string) {}

var conf = &oauth2.Config{Endpoint: oauth2.Endpoint{AuthURL: "https://auth.atlassian.com/authorize"}}

func cases(state string, extra []oauth2.AuthCodeOption) {
	showURL(conf.AuthCodeURL(state, opts.Consent()...))                   // want `query=audience=api\.atlassian\.com\&client_id=…\&prompt=consent\&redirect_uri=…\&response_type=code\&scope=…\&state=… class`
	showURL(conf.AuthCodeURL(state, opts.Tracked()...))                   // want `query=atlOrigin=abc\&audience=api\.atlassian\.com\&client_id=…\&prompt=consent\&redirect_uri=…\&response_type=code\&scope=…\&state=… class`
	showURL(conf.AuthCodeURL(state, opts.Audience("api.atlassian.com")))  // want `query=audience=api\.atlassian\.com\&client_id=…\&redirect_uri=…\&response_type=code\&scope=…\&state=… class`
	showURL(conf.AuthCodeURL(state, opts.Maybe(true)...))                 // want `query=client_id=…\&redirect_uri=…\&response_type=code\&scope=…\&state=… class=authorization server/authorize path \| scheme=https host=auth\.atlassian\.com path=/authorize query=client_id=…\&prompt=consent\&redirect_uri=…\&response_type=code\&scope=…\&state=… class`
	showURL(conf.AuthCodeURL(state, opts.With(extra)...))                 // want `query=client_id=…\&redirect_uri=…\&response_type=code\&scope=…\&state=…… class`
	showURL(conf.AuthCodeURL(state, opts.Quiet()...))                     // want `query=audience=api\.atlassian\.com\&client_id=…\&redirect_uri=…\&response_type=code\&scope=…\&state=… class`
	showURL(conf.AuthCodeURL(state, opts.Quiet(oauth2.ApprovalForce)...)) // want `query=audience=api\.atlassian\.com\&client_id=…\&prompt=consent\&redirect_uri=…\&response_type=code\&scope=…\&state=… class`
	showURL(conf.AuthCodeURL(state, opts.Quiet(extra...)...))             // want `query=audience=api\.atlassian\.com\&client_id=…\&redirect_uri=…\&response_type=code\&scope=…\&state=…… class`
}
