package misspelled

import (
	"fmt"
	"net/url"
)

const site = "https://acme.atlassian.net"

func issueLink(key string) string {
	return site + "/browse/" + key + "?atlorigin=abc123" // want `query parameter "atlorigin" on a link into the product UI \(acme.atlassian.net/browse/…\) is not atlOrigin, so the link is not attributed to your integration: spell it atlOrigin`
}

func pageLink(space, title string) string {
	return fmt.Sprintf("%s/wiki/spaces/%s/pages/%s?atl_origin=%s", site, space, title, "abc123") // want `query parameter "atl_origin" on a link into the product UI \(acme.atlassian.net/wiki/spaces/…/pages/…\)`
}

func boardLink() string {
	return "https://acme.atlassian.net/jira/software/projects/TIS/boards/1?AtlOrigin=abc123" // want `query parameter "AtlOrigin"`
}

func typo(key string) string {
	return site + "/browse/" + key + "?view=full&atlOrign=abc123" // want `query parameter "atlOrign"`
}

// Built with url.Values.
func built(key string) string {
	u, _ := url.Parse(site + "/browse/" + key)
	q := u.Query()
	q.Set("atl-origin", "abc123") // want `query parameter "atl-origin" on a link into the product UI \(acme.atlassian.net/browse/…\)`
	u.RawQuery = q.Encode()
	return u.String()
}

func literal(key string) string {
	q := url.Values{"atlorigin": {"abc123"}} // want `query parameter "atlorigin"`
	return site + "/browse/" + key + "?" + q.Encode()
}

// A misspelling on a REST URL is as wrong there as the real thing.
func api() string {
	return site + "/rest/api/3/issue/TIS-1?atlorigin=abc123" // want `"atlorigin" \(a misspelt atlOrigin\) parameter on a REST API URL`
}

// Near misses.

func correct(key string) string {
	return site + "/browse/" + key + "?atlOrigin=abc123"
}

func otherParams(key string) string {
	return site + "/browse/" + key + "?origin=abc123&atlassian_origin=x&atlOriginRef=7"
}

// Not a URL anyone can see the target of.
func unknownTarget(base string) string {
	return base + "?atlorigin=abc123"
}

// Not a link into Atlassian at all.
func elsewhere() string {
	return "https://example.com/page?atlorigin=abc123"
}
