// Package opts builds the options of the app's authorize URLs, for
// package web: they reach it by facts.
package opts

import "golang.org/x/oauth2"

// Consent is every option an Atlassian authorize URL needs.
func Consent() []oauth2.AuthCodeOption {
	return []oauth2.AuthCodeOption{
		oauth2.SetAuthURLParam("audience", "api.atlassian.com"),
		oauth2.SetAuthURLParam("prompt", "consent"),
	}
}

// Legacy forgets the prompt.
func Legacy() []oauth2.AuthCodeOption {
	return []oauth2.AuthCodeOption{oauth2.SetAuthURLParam("audience", "api.atlassian.com")}
}

// Offline starts from Legacy and adds the prompt on every path.
func Offline(offline bool) []oauth2.AuthCodeOption {
	opts := Legacy()
	opts = append(opts, oauth2.ApprovalForce)
	if offline {
		opts = append(opts, oauth2.AccessTypeOffline)
	}
	return opts
}

// Gateway sets the audience its caller names.
func Gateway(audience string) []oauth2.AuthCodeOption {
	return []oauth2.AuthCodeOption{oauth2.SetAuthURLParam("audience", audience), oauth2.ApprovalForce}
}

// Prompt is one option.
func Prompt() oauth2.AuthCodeOption { return oauth2.SetAuthURLParam("prompt", "consent") }

// With adds options this package cannot know.
func With(extra ...oauth2.AuthCodeOption) []oauth2.AuthCodeOption {
	return append(Legacy(), extra...)
}

// Quiet is the audience and the options its caller adds (issue 12,
// shape 6): its summary keeps the caller's part open, to be filled at
// each call.
func Quiet(extra ...oauth2.AuthCodeOption) []oauth2.AuthCodeOption {
	opts := []oauth2.AuthCodeOption{oauth2.SetAuthURLParam("audience", "api.atlassian.com")}
	return append(opts, extra...)
}

// Relogin puts the caller's options first: its own prompt wins.
func Relogin(extra ...oauth2.AuthCodeOption) []oauth2.AuthCodeOption {
	return append(extra, oauth2.SetAuthURLParam("audience", "api.atlassian.com"), oauth2.SetAuthURLParam("prompt", "login"))
}

// AudienceAnd adds one option of its caller's.
func AudienceAnd(o oauth2.AuthCodeOption) []oauth2.AuthCodeOption {
	return []oauth2.AuthCodeOption{oauth2.SetAuthURLParam("audience", "api.atlassian.com"), o}
}
