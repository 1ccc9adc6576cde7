// Package opts builds AuthCodeURL options for package app.
package opts

import "golang.org/x/oauth2"

func Consent() []oauth2.AuthCodeOption {
	return []oauth2.AuthCodeOption{
		oauth2.SetAuthURLParam("audience", "api.atlassian.com"),
		oauth2.ApprovalForce,
	}
}

// Tracked starts from Consent and adds a parameter.
func Tracked() []oauth2.AuthCodeOption {
	opts := Consent()
	return append(opts, oauth2.SetAuthURLParam("atlOrigin", "abc"))
}

// Audience sets what its caller says.
func Audience(aud string) oauth2.AuthCodeOption { return oauth2.SetAuthURLParam("audience", aud) }

// Maybe adds a prompt on one path only.
func Maybe(force bool) []oauth2.AuthCodeOption {
	var opts []oauth2.AuthCodeOption
	if force {
		opts = append(opts, oauth2.ApprovalForce)
	}
	return opts
}

// With holds options it cannot know.
func With(extra []oauth2.AuthCodeOption) []oauth2.AuthCodeOption { return extra }

// Quiet appends what its caller passes to its own options: the
// caller's part is known at each call.
func Quiet(extra ...oauth2.AuthCodeOption) []oauth2.AuthCodeOption {
	opts := []oauth2.AuthCodeOption{oauth2.SetAuthURLParam("audience", "api.atlassian.com")}
	return append(opts, extra...)
}
