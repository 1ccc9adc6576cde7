package urls

import (
	"net/http"
	"net/url"
	"os"
)

var _ = http.MethodGet

func showURL(s string) {}

const site = "https://acme.atlassian.net"

func cases(id, state, host, p string) {
	showURL(site + "/rest/api/3/search?jql=" + url.QueryEscape("project = KEY")) // want `url: scheme=https host=acme\.atlassian\.net path=/rest/api/3/search query=jql=project = KEY class=site/rest api path`
	showURL("https://" + host + ".atlassian.net/wiki/api/v2/pages")              // want `url: scheme=https host=…\.atlassian\.net\? path=/wiki/api/v2/pages query= class=site/rest api path`
	showURL("https://" + host + "/rest/api/3/issue")                             // want `url: scheme=https host=\? path=/rest/api/3/issue query= class=not atlassian/rest api path`
	showURL(host + "/rest/agile/1.0/board")                                      // want `url: scheme= host=\? path=/rest/agile/1\.0/board query= class=not atlassian/rest api path`
	showURL(site + p)                                                            // want `url: scheme=https host=acme\.atlassian\.net path=… query=… class=site/other path`
	showURL(site + "/browse/KEY-1?atlOrigin=abc")                                // want `url: scheme=https host=acme\.atlassian\.net path=/browse/KEY\-1 query=atlOrigin=abc class=site/ui link`

	q := url.Values{}
	q.Set("client_id", id)
	q.Set("state", state)
	q.Add("prompt", "consent")
	showURL("https://auth.atlassian.com/authorize?" + q.Encode()) // want `url: scheme=https host=auth\.atlassian\.com path=/authorize query=client_id=…\&prompt=consent\&state=… class=authorization server/authorize path`

	lit := url.Values{"audience": {"api.atlassian.com"}, "response_type": {"code"}}
	showURL("https://auth.atlassian.com/authorize?" + lit.Encode()) // want `url: scheme=https host=auth\.atlassian\.com path=/authorize query=audience=api\.atlassian\.com\&response_type=code class=authorization server/authorize path`

	u := url.URL{Scheme: "https", Host: "api.atlassian.com", Path: "/oauth/token/accessible-resources"}
	showURL(u.String()) // want `url: scheme=https host=api\.atlassian\.com path=/oauth/token/accessible\-resources query= class=api gateway/rest api path`

	v, _ := url.Parse(site)
	v.Path = "/rest/api/3/myself"
	v.RawQuery = "expand=groups"
	showURL(v.String()) // want `url: scheme=https host=acme\.atlassian\.net path=/rest/api/3/myself query=expand=groups class=site/rest api path`

	w, _ := url.Parse("https://auth.atlassian.com/authorize?client_id=x")
	wq := w.Query()
	wq.Set("state", state)
	w.RawQuery = wq.Encode()
	showURL(w.String()) // want `url: scheme=https host=auth\.atlassian\.com path=/authorize query=client_id=x\&state=… class=authorization server/authorize path`

	showURL("http://api.atlassian.com:80/me#frag") // want `url: scheme=http host=api\.atlassian\.com:80 path=/me query= class=api gateway/rest api path`

	// Paths only Atlassian Cloud serves are other APIs' on a known
	// host that is not Atlassian's; Data Center's REST paths are not.
	showURL("https://api.intercom.io/me")                  // want `url: scheme=https host=api\.intercom\.io path=/me query= class=not atlassian/other path`
	showURL("https://jira.acme.example/rest/api/2/myself") // want `url: scheme=https host=jira\.acme\.example path=/rest/api/2/myself query= class=not atlassian/rest api path`
	showURL("http://127.0.0.1:8080/rest/api/3/myself")     // want `url: scheme=http host=127\.0\.0\.1:8080 path=/rest/api/3/myself query= class=not atlassian/other path`
	showURL(base() + "/me")                                // want `url: scheme= host=\? path=/me query= class=not atlassian/rest api path`
}

func base() string { return os.Getenv("BASE") }

func userInfo(user, pass string) {
	showURL("https://me:hunter2@acme.atlassian.net/rest/api/3/myself")     // want `url: scheme=https host=acme\.atlassian\.net path=/rest/api/3/myself query= class=site/rest api path`
	showURL("https://" + user + ":" + pass + "@acme.atlassian.net" + pass) // want `url: scheme=https host=acme\.atlassian\.net path=… query=… class=site/other path`
}

// The fields of a parsed URL are the parts of the text parsed, also
// when the *url.URL is kept in a struct field.
func parsedFields() {
	u, _ := url.Parse("https://api.bitbucket.org/2.0")
	showURL(u.Scheme + "://" + u.Host + u.Path + "/user") // want `url: scheme=https host=api\.bitbucket\.org path=/2\.0/user query= class=bitbucket cloud/other path`
}

type siteClient struct{ base *url.URL }

func newSiteClient() *siteClient {
	u, _ := url.Parse(site)
	return &siteClient{base: u}
}

func (c *siteClient) myself() {
	showURL(c.base.Scheme + "://" + c.base.Host + "/rest/api/3/myself") // want `url: scheme=https host=acme\.atlassian\.net path=/rest/api/3/myself query= class=site/rest api path`
}

// JoinPath on a base URL that is not known keeps the path it joins.
func joinUnknown(base *url.URL, key string) {
	showURL(base.JoinPath("rest/api/3/issue", key).String()) // want `url: scheme= host=\? path=/rest/api/3/issue/… query=… class=not atlassian/rest api path`
}
