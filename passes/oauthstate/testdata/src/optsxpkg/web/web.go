// Package web builds authorize URLs with the options of package opts.
package web

import (
	"golang.org/x/oauth2"

	"optsxpkg/opts"
)

var conf = &oauth2.Config{
	ClientID: "client",
	Endpoint: oauth2.Endpoint{AuthURL: "https://auth.atlassian.com/authorize"},
}

func legacy(state string) string {
	return conf.AuthCodeURL(state, opts.Legacy()...) // want `authorize URL has no prompt=consent`
}

func wrongAudience(state string) string {
	return conf.AuthCodeURL(state, opts.Gateway("https://api.atlassian.com")...) // want `authorize URL has audience="https://api.atlassian.com", not audience=api.atlassian.com`
}

func promptOnly(state string) string {
	return conf.AuthCodeURL(state, opts.Prompt()) // want `authorize URL has no audience=api.atlassian.com`
}

// Options of a helper that appends what its caller passes: the caller
// adds nothing, or something that is not the prompt, or the helper
// overrides it.
func quiet(state string) string {
	return conf.AuthCodeURL(state, opts.Quiet()...) // want `authorize URL has no prompt=consent`
}

func quietOffline(state string) string {
	return conf.AuthCodeURL(state, opts.Quiet(oauth2.AccessTypeOffline)...) // want `authorize URL has no prompt=consent`
}

func relogin(state string) string {
	return conf.AuthCodeURL(state, opts.Relogin(oauth2.ApprovalForce)...) // want `authorize URL has prompt="login", not prompt=consent`
}

func audienceAndOffline(state string) string {
	return conf.AuthCodeURL(state, opts.AudienceAnd(oauth2.AccessTypeOffline)...) // want `authorize URL has no prompt=consent`
}

// Near misses: options that hold what is needed, or that cannot be known.

func quietForced(state string) string {
	return conf.AuthCodeURL(state, opts.Quiet(oauth2.ApprovalForce)...)
}

func quietPrompt(state string) string {
	return conf.AuthCodeURL(state, opts.Quiet(opts.Prompt(), oauth2.AccessTypeOffline)...)
}

func audienceAndPrompt(state string) string {
	return conf.AuthCodeURL(state, opts.AudienceAnd(oauth2.ApprovalForce)...)
}

func quietPassedOn(state string, more []oauth2.AuthCodeOption) string {
	return conf.AuthCodeURL(state, opts.Quiet(more...)...)
}

func consent(state string) string {
	return conf.AuthCodeURL(state, opts.Consent()...)
}

func offline(state string) string {
	return conf.AuthCodeURL(state, opts.Offline(true)...)
}

func gateway(state string) string {
	return conf.AuthCodeURL(state, opts.Gateway("api.atlassian.com")...)
}

func promptAndAudience(state string) string {
	return conf.AuthCodeURL(state, opts.Prompt(), oauth2.SetAuthURLParam("audience", "api.atlassian.com"))
}

func extra(state string, more []oauth2.AuthCodeOption) string {
	return conf.AuthCodeURL(state, opts.With(more...)...)
}
