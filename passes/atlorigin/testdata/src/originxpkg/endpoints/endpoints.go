// Package endpoints builds the URLs and OAuth options of the app, for
// package app, which knows them by facts.
package endpoints

import (
	"net/url"

	"golang.org/x/oauth2"
)

func siteURL(site string) string { return "https://" + site + ".atlassian.net" }

func restURL(site, path string) string { return siteURL(site) + "/rest/api/3/" + path }

// SearchURL puts q on the search endpoint.
func SearchURL(site string, q url.Values) string {
	return restURL(site, "search/jql") + "?" + q.Encode()
}

// BrowseURL puts q on a link into Jira's UI.
func BrowseURL(site, key string, q url.Values) string {
	return siteURL(site) + "/browse/" + url.PathEscape(key) + "?" + q.Encode()
}

// Consent holds what every Atlassian authorize URL needs.
func Consent() []oauth2.AuthCodeOption {
	return []oauth2.AuthCodeOption{
		oauth2.SetAuthURLParam("audience", "api.atlassian.com"),
		oauth2.ApprovalForce,
	}
}

// Tracked adds a tracking parameter to options that are, by their
// audience, for Atlassian's authorization server.
func Tracked() []oauth2.AuthCodeOption {
	opts := Consent()
	opts = append(opts, oauth2.SetAuthURLParam("atlOrigin", "abc")) // want `atlOrigin parameter on an OAuth 2.0 authorize URL \(options with audience=api.atlassian.com\)`
	return opts
}

// TrackedLiteral is Tracked in one literal.
func TrackedLiteral() []oauth2.AuthCodeOption {
	return []oauth2.AuthCodeOption{
		oauth2.SetAuthURLParam("audience", "api.atlassian.com"),
		oauth2.SetAuthURLParam("atlOrigin", "abc"), // want `atlOrigin parameter on an OAuth 2.0 authorize URL \(options with audience=api.atlassian.com\)`
	}
}

// Near misses: options that say nothing of the server they are for.

func Signup() []oauth2.AuthCodeOption {
	return []oauth2.AuthCodeOption{
		oauth2.SetAuthURLParam("allow_signup", "false"),
		oauth2.SetAuthURLParam("atlOrigin", "abc"),
	}
}

func For(audience string) []oauth2.AuthCodeOption {
	return []oauth2.AuthCodeOption{
		oauth2.SetAuthURLParam("audience", audience),
		oauth2.SetAuthURLParam("atlOrigin", "abc"),
	}
}

func Origin() oauth2.AuthCodeOption { return oauth2.SetAuthURLParam("atlOrigin", "abc") }
