// Package endpoints builds the URLs and OAuth options the rest of the
// integration uses: several calls deep, so that the packages that send
// know them only through facts.
package endpoints

import (
	"net/url"

	"golang.org/x/oauth2"
)

// SiteURL is the base URL of a Jira Cloud site.
func SiteURL(site string) string {
	return "https://" + site + ".atlassian.net"
}

func restURL(site, path string) string {
	return SiteURL(site) + "/rest/api/3/" + path
}

// IssueURL is the REST URL of an issue: three calls deep.
func IssueURL(site, key string) string {
	return restURL(site, "issue/"+url.PathEscape(key))
}

// SearchURL puts q on the JQL search endpoint.
func SearchURL(site string, q url.Values) string {
	return restURL(site, "search/jql") + "?" + q.Encode()
}

// BrowseURL is a link to an issue in Jira's UI, for people to click.
func BrowseURL(site, key string, q url.Values) string {
	return SiteURL(site) + "/browse/" + url.PathEscape(key) + "?" + q.Encode()
}

// ConsentOptions are the options every Atlassian authorize URL needs.
func ConsentOptions() []oauth2.AuthCodeOption {
	return []oauth2.AuthCodeOption{
		oauth2.SetAuthURLParam("audience", "api.atlassian.com"),
		oauth2.SetAuthURLParam("prompt", "consent"),
	}
}

// LegacyOptions are what the first version of the app sent: the
// audience, no prompt.
func LegacyOptions() []oauth2.AuthCodeOption {
	return []oauth2.AuthCodeOption{oauth2.SetAuthURLParam("audience", "api.atlassian.com")}
}

// TrackedOptions add the marketing team's tracking parameter.
func TrackedOptions() []oauth2.AuthCodeOption {
	opts := ConsentOptions()
	// MISTAKE(atlorigin/oauth-url): atlOrigin belongs on links into the product, not on the authorize URL.
	opts = append(opts, oauth2.SetAuthURLParam("atlOrigin", "eyJpIjoiYjM0MTA4"))
	return opts
}
