// Package manycallers has request helpers with more callers than the
// evaluator keeps alternatives for, reached through wrappers: the URLs
// are what the wrappers' callers pass, grouped by how they start, and
// URLCaller names a caller whose URL is Atlassian's.
package manycallers

import (
	"net/http"
	"net/url"
)

type Client struct {
	site string
	hc   *http.Client
}

func (c *Client) request(method, path string) (*http.Response, error) {
	req, err := http.NewRequest(method, c.site+path, nil)
	if err != nil {
		return nil, err
	}
	return c.hc.Do(req) // want `site: urls=\["…/rest/api/3/myself" "…/rest/api/3/issue…" "…/rest/api/3/project/…" "…/rest/agile/1.0/board" "…/wiki/api/v2/pages/…" "…/wiki/api/v2/spaces" "…/rest/api/3/search/jql\?jql=…" "…/rest/api/3/field"\]; clients \{opaque\}; caller manycallers.go:33 …/rest/api/3/myself$`
}

func (c *Client) Get(path string) (*http.Response, error) { return c.request("GET", path) }

func (c *Client) Post(path string) (*http.Response, error) { return c.request("POST", path) }

func (c *Client) Put(path string) (*http.Response, error) { return c.request("PUT", path) }

func (c *Client) Delete(path string) (*http.Response, error) { return c.request("DELETE", path) }

func (c *Client) Myself()                { c.Get("/rest/api/3/myself") }
func (c *Client) Issue(key string)       { c.Get("/rest/api/3/issue/" + url.PathEscape(key)) }
func (c *Client) CreateIssue()           { c.Post("/rest/api/3/issue") }
func (c *Client) EditIssue(key string)   { c.Put("/rest/api/3/issue/" + url.PathEscape(key)) }
func (c *Client) DeleteIssue(key string) { c.Delete("/rest/api/3/issue/" + url.PathEscape(key)) }
func (c *Client) Comments(key string)    { c.Get("/rest/api/3/issue/" + url.PathEscape(key) + "/comment") }
func (c *Client) Project(key string)     { c.Get("/rest/api/3/project/" + url.PathEscape(key)) }
func (c *Client) Boards()                { c.Get("/rest/agile/1.0/board") }
func (c *Client) Page(id string)         { c.Get("/wiki/api/v2/pages/" + url.PathEscape(id)) }
func (c *Client) Spaces()                { c.Get("/wiki/api/v2/spaces") }
func (c *Client) Search(jql string)      { c.Get("/rest/api/3/search/jql?jql=" + url.QueryEscape(jql)) }
func (c *Client) Fields()                { c.Get("/rest/api/3/field") }

// GitHub's helper: no caller's URL is Atlassian's.
type GitHub struct{ hc *http.Client }

const api = "https://api.github.com"

func (g *GitHub) request(endpoint string) (*http.Response, error) {
	req, err := http.NewRequest("GET", endpoint, nil)
	if err != nil {
		return nil, err
	}
	return g.hc.Do(req) // want `site: urls=\["https://api.github.com/repos/…/…" "https://api.github.com/repos/…/…/pulls" .* "https://api.github.com/repos/…/…/forks"\]; clients \{opaque\}$`
}

func (g *GitHub) get(path string) (*http.Response, error) { return g.request(api + path) }

func (g *GitHub) Repo(o, r string)    { g.get("/repos/" + o + "/" + r) }
func (g *GitHub) Pulls(o, r string)   { g.get("/repos/" + o + "/" + r + "/pulls") }
func (g *GitHub) Issues(o, r string)  { g.get("/repos/" + o + "/" + r + "/issues") }
func (g *GitHub) Commits(o, r string) { g.get("/repos/" + o + "/" + r + "/commits") }
func (g *GitHub) Tags(o, r string)    { g.get("/repos/" + o + "/" + r + "/tags") }
func (g *GitHub) Hooks(o, r string)   { g.get("/repos/" + o + "/" + r + "/hooks") }
func (g *GitHub) Labels(o, r string)  { g.get("/repos/" + o + "/" + r + "/labels") }
func (g *GitHub) Teams(o, r string)   { g.get("/repos/" + o + "/" + r + "/teams") }
func (g *GitHub) Forks(o, r string)   { g.get("/repos/" + o + "/" + r + "/forks") }

// Gateway: nine callers build gateway URLs, one a site URL, which keeps
// its host among the groups.
type Gateway struct {
	cloudID, site string
	hc            *http.Client
}

func (g *Gateway) api() string {
	return "https://api.atlassian.com/ex/jira/" + g.cloudID + "/rest/api/3"
}

func (g *Gateway) call(endpoint string) (*http.Response, error) {
	req, err := http.NewRequest("GET", endpoint, nil)
	if err != nil {
		return nil, err
	}
	return g.hc.Do(req) // want `site: urls=\["https://api.atlassian.com/ex/jira/…/rest/api/3/myself" .* "https://….atlassian.net/rest/api/3/serverInfo"\]; clients \{opaque\}; caller manycallers.go:90 https://api.atlassian.com/ex/jira/…/rest/api/3/myself$`
}

func (g *Gateway) Myself()            { g.call(g.api() + "/myself") }
func (g *Gateway) Issue(k string)     { g.call(g.api() + "/issue/" + k) }
func (g *Gateway) Comments(k string)  { g.call(g.api() + "/issue/" + k + "/comment") }
func (g *Gateway) Changelog(k string) { g.call(g.api() + "/issue/" + k + "/changelog") }
func (g *Gateway) Watchers(k string)  { g.call(g.api() + "/issue/" + k + "/watchers") }
func (g *Gateway) Votes(k string)     { g.call(g.api() + "/issue/" + k + "/votes") }
func (g *Gateway) Project(k string)   { g.call(g.api() + "/project/" + k) }
func (g *Gateway) Fields()            { g.call(g.api() + "/field") }
func (g *Gateway) Priorities()        { g.call(g.api() + "/priority") }
func (g *Gateway) ServerInfo()        { g.call("https://" + g.site + ".atlassian.net/rest/api/3/serverInfo") }
