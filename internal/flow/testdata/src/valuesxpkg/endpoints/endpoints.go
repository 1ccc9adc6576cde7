// Package endpoints builds URLs from queries its callers fill.
package endpoints

import "net/url"

func SiteURL(site string) string { return "https://" + site + ".atlassian.net" }

func restURL(site, path string) string { return SiteURL(site) + "/rest/api/3/" + path }

// SearchURL puts q on the search endpoint, two calls deep.
func SearchURL(site string, q url.Values) string {
	return restURL(site, "search/jql") + "?" + q.Encode()
}

// PagedURL adds a parameter of its own to the caller's.
func PagedURL(site string, q url.Values) string {
	q.Set("maxResults", "50")
	return restURL(site, "project/search") + "?" + q.Encode()
}

// BrowseURL is a link into Jira's UI.
func BrowseURL(site, key string, q url.Values) string {
	return SiteURL(site) + "/browse/" + url.PathEscape(key) + "?" + q.Encode()
}

// Audit keeps the query to itself.
func Audit(q url.Values) string { return "https://audit.example.com/log" }
