package atlassian

import (
	"strconv"
	"strings"
)

// PathClass says what an Atlassian URL path is for.
type PathClass int

const (
	OtherPath     PathClass = iota
	RESTPath                // /rest/api/..., /wiki/rest/api/..., /ex/jira/{cloudid}/..., /gateway/api/..., /me, ...
	UILink                  // /browse/KEY-1, /wiki/spaces/..., /jira/software/projects/..., /secure/..., /plugins/servlet/...
	AuthorizePath           // /authorize (on an auth server) and /site/oauth2/authorize (bitbucket.org)
	TokenPath               // /oauth/token (exactly) and bitbucket's /site/oauth2/access_token
)

var pathClassNames = [...]string{
	OtherPath:     "other path",
	RESTPath:      "rest api path",
	UILink:        "ui link",
	AuthorizePath: "authorize path",
	TokenPath:     "token path",
}

func (c PathClass) String() string {
	if c >= 0 && int(c) < len(pathClassNames) {
		return pathClassNames[c]
	}
	return "PathClass(" + strconv.Itoa(int(c)) + ")"
}

type matchKind int

const (
	// prefixMatch: the text ends in "/" and the known part must already
	// contain all of it; whatever follows is irrelevant.
	prefixMatch matchKind = iota
	// segmentMatch: the path is the text or continues with "/".
	segmentMatch
	// exactMatch: the whole path is the text (a trailing "/" tolerated).
	exactMatch
)

type pathPattern struct {
	text    string
	kind    matchKind
	class   PathClass
	product string
}

// pathPatterns are tried in order; REST patterns come first because some of
// them ("/wiki/rest/api/") live under a UI prefix ("/wiki/").
//
// "/rest/api/" stands for the documented "/rest/api/{2,3,latest}/": whatever
// follows it is still a REST API (Confluence and Bitbucket Data Center use
// other versions), and the version is often the unknown part.
var pathPatterns = []pathPattern{
	{"/rest/api/", prefixMatch, RESTPath, "jira"},
	{"/rest/agile/", prefixMatch, RESTPath, "jira"},
	{"/rest/servicedeskapi/", prefixMatch, RESTPath, "jira"},
	{"/rest/devinfo/", prefixMatch, RESTPath, "jira"},
	{"/wiki/rest/api/", prefixMatch, RESTPath, "confluence"},
	{"/wiki/api/v2/", prefixMatch, RESTPath, "confluence"},
	{"/ex/jira/", prefixMatch, RESTPath, "jira"},
	{"/ex/confluence/", prefixMatch, RESTPath, "confluence"},
	{"/gateway/api/", prefixMatch, RESTPath, ""},
	{"/oauth/token/accessible-resources", segmentMatch, RESTPath, ""},
	{"/me", exactMatch, RESTPath, ""},

	{"/browse/", prefixMatch, UILink, "jira"},
	{"/wiki/spaces/", prefixMatch, UILink, "confluence"},
	{"/wiki/display/", prefixMatch, UILink, "confluence"},
	{"/wiki/pages/", prefixMatch, UILink, "confluence"},
	{"/wiki/x/", prefixMatch, UILink, "confluence"},
	{"/jira/software/", prefixMatch, UILink, "jira"},
	{"/jira/servicedesk/", prefixMatch, UILink, "jira"},
	{"/jira/core/", prefixMatch, UILink, "jira"},
	{"/jira/business/", prefixMatch, UILink, "jira"},
	{"/jira/projects/", prefixMatch, UILink, "jira"},
	{"/jira/your-work", segmentMatch, UILink, "jira"},
	{"/jira/dashboards", segmentMatch, UILink, "jira"},
	{"/jira/filters", segmentMatch, UILink, "jira"},
	{"/servicedesk/customer/", prefixMatch, UILink, "jira"},
	{"/secure/", prefixMatch, UILink, "jira"},
	{"/plugins/servlet/", prefixMatch, UILink, ""},

	{"/authorize", exactMatch, AuthorizePath, ""},
	{"/site/oauth2/authorize", exactMatch, AuthorizePath, ""},
	{"/oauth/token", exactMatch, TokenPath, ""},
	{"/site/oauth2/access_token", exactMatch, TokenPath, ""},
}

// cloudOnlyPatterns are the REST patterns only Atlassian Cloud serves:
// the API gateway's own endpoints, its /ex/ routes and the site's
// /gateway/api/. No Data Center installation on a company domain does.
var cloudOnlyPatterns = map[string]bool{
	"/ex/jira/": true, "/ex/confluence/": true, "/gateway/api/": true,
	"/oauth/token/accessible-resources": true, "/me": true,
}

// contextPaths are the context paths under which Data Center installations
// on a company domain commonly serve their REST API ("/jira/rest/api/2/...").
// Only the "/rest/" patterns are looked for below them.
var contextPaths = map[string]string{
	"jira":       "jira",
	"confluence": "confluence",
	"wiki":       "confluence",
	"bitbucket":  "",
}

func (p *pathPattern) match(path string, complete bool) bool {
	switch p.kind {
	case prefixMatch:
		return strings.HasPrefix(path, p.text) || complete && path == p.text[:len(p.text)-1]
	case segmentMatch:
		return strings.HasPrefix(path, p.text+"/") || complete && path == p.text
	default:
		return complete && (path == p.text || path == p.text+"/")
	}
}

// CloudOnlyPath reports whether the REST path of which known is a
// prefix (as ClassifyPath takes it) is one that only Atlassian Cloud
// serves: /me, /oauth/token/accessible-resources, /ex/jira/...,
// /ex/confluence/..., /gateway/api/.... On a host that is known and not
// Atlassian's such a path belongs to some other API (Intercom's
// https://api.intercom.io/me), unlike /rest/api/..., which a Data Center
// installation on a company domain serves.
func CloudOnlyPath(known string, complete bool) bool {
	p, complete := cleanPath(known, complete)
	pat := matchPath(p, complete)
	return pat != nil && cloudOnlyPatterns[pat.text]
}

// ClassifyPath classifies a URL path of which only a prefix may be known:
// known is that prefix and complete says whether nothing follows it.
//
// A prefix pattern ("/rest/agile/") matches once known holds all of it, so
// "/rest/agile/" followed by a parameter is REST but "/rest/" followed by one
// is not. An exact pattern ("/me", "/authorize", "/oauth/token") needs the
// whole path; a query or fragment in known ends the path, so "/me?x=" + id is
// complete enough. known may lack the leading slash and may even be a whole
// URL, whose scheme and host are skipped; repeated slashes count as one.
// Below the Data Center context paths /jira, /confluence, /wiki and
// /bitbucket, the "/rest/..." patterns are recognised as well.
func ClassifyPath(known string, complete bool) PathClass {
	p, complete := cleanPath(known, complete)
	if pat := matchPath(p, complete); pat != nil {
		return pat.class
	}
	return OtherPath
}

func matchPath(p string, complete bool) *pathPattern {
	if p == "" {
		return nil
	}
	for i := range pathPatterns {
		if pathPatterns[i].match(p, complete) {
			if pathPatterns[i].text == "/rest/api/" && isBitbucketDCPath(p) {
				// The catalogue's /rest/api/ is {2,3,latest}: a
				// company host's /rest/api/1.0/ is only Bitbucket Data
				// Center's when the host is declared or the path is
				// under /bitbucket/.
				return nil
			}
			return &pathPatterns[i]
		}
	}
	if sub, _, ok := underContext(p); ok {
		for i := range pathPatterns {
			pat := &pathPatterns[i]
			if strings.HasPrefix(pat.text, "/rest/") && pat.match(sub, complete) {
				return pat
			}
		}
	}
	return nil
}

// underContext splits "/jira/rest/..." into "/rest/..." and the context's product.
func underContext(p string) (sub, product string, ok bool) {
	rest, ok := strings.CutPrefix(p, "/")
	if !ok {
		return "", "", false
	}
	ctx, after, ok := strings.Cut(rest, "/")
	if !ok {
		return "", "", false
	}
	product, ok = contextPaths[ctx]
	if !ok || !strings.HasPrefix(after, "rest/") {
		return "", "", false
	}
	return "/" + after, product, true
}

// cleanPath reduces known to a path with one leading slash and no query or
// fragment. A query or fragment means the path itself is complete.
func cleanPath(known string, complete bool) (string, bool) {
	s := strings.TrimLeft(known, " \t\r\n")
	if i := strings.Index(s, "://"); i >= 0 && !strings.ContainsAny(s[:i], "/?#") {
		s = s[i+3:]
		j := strings.IndexAny(s, "/?#")
		if j < 0 {
			// Only the host is known.
			if complete {
				return "/", true
			}
			return "", false
		}
		s = s[j:]
	}
	if i := strings.IndexAny(s, "?#"); i >= 0 {
		s = s[:i]
		complete = true
	}
	if s == "" {
		if complete {
			return "/", true
		}
		return "", false
	}
	var b strings.Builder
	b.Grow(len(s) + 1)
	if s[0] != '/' {
		b.WriteByte('/')
	}
	for i := 0; i < len(s); i++ {
		if s[i] == '/' && i > 0 && s[i-1] == '/' {
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String(), complete
}

// Product names the Atlassian product a REST path belongs to: "jira"
// (/rest/api, /rest/agile, /rest/servicedeskapi, /rest/devinfo, /ex/jira/),
// "confluence" (/wiki/..., /ex/confluence/), "" otherwise. UI links get the
// product they open.
//
// Under /rest/api/, the versions Jira uses (2, 3, latest, or an unknown
// version) mean Jira; Bitbucket Data Center's 1.0 means none of the two; a
// word such as "content" or "space" is Confluence Data Center's unversioned
// API.
func Product(path string) string {
	p, _ := cleanPath(path, false)
	if p == "/wiki" || strings.HasPrefix(p, "/wiki/") {
		return "confluence"
	}
	if _, product, ok := underContext(p); ok {
		return product
	}
	if rest, ok := strings.CutPrefix(p, "/rest/api/"); ok {
		return restAPIProduct(rest)
	}
	if pat := matchPath(p, false); pat != nil {
		return pat.product
	}
	return ""
}

func restAPIProduct(rest string) string {
	seg, _, _ := strings.Cut(rest, "/")
	switch {
	case seg == "1.0":
		return ""
	case seg == "" || seg == "latest" || seg[0] >= '0' && seg[0] <= '9':
		return "jira"
	default:
		return "confluence"
	}
}

// isBitbucketDCPath reports a Bitbucket Data Center REST path.
func isBitbucketDCPath(path string) bool {
	p, _ := cleanPath(path, false)
	if sub, product, ok := underContext(p); ok {
		if strings.HasPrefix(p, "/bitbucket/") {
			return true
		}
		if product != "" {
			return false
		}
		p = sub
	}
	return strings.HasPrefix(p, "/rest/api/1.0/") || p == "/rest/api/1.0"
}

// GatewayForm returns the 3LO form of a site path, under which an OAuth
// bearer token must reach the API gateway: "/rest/api/3/issue" becomes
// "/ex/jira/{cloudid}/rest/api/3/issue" and "/wiki/rest/api/space" becomes
// "/ex/confluence/{cloudid}/wiki/rest/api/space". Any query or fragment is
// kept. A path already in that form is returned unchanged. The result is ""
// for paths that are not REST paths of Jira or Confluence, including
// Data Center context paths, which no Cloud site serves.
func GatewayForm(path string) string {
	s := strings.TrimLeft(path, " \t\r\n")
	if i := strings.Index(s, "://"); i >= 0 && !strings.ContainsAny(s[:i], "/?#") {
		s = s[i+3:]
		j := strings.IndexAny(s, "/?#")
		if j < 0 {
			return ""
		}
		s = s[j:]
	}
	tail := ""
	if i := strings.IndexAny(s, "?#"); i >= 0 {
		s, tail = s[:i], s[i:]
	}
	p, complete := cleanPath(s, true)
	if strings.HasPrefix(p, "/ex/jira/") || strings.HasPrefix(p, "/ex/confluence/") {
		return p + tail
	}
	pat := matchPath(p, complete)
	if pat == nil || pat.class != RESTPath {
		return ""
	}
	if _, _, ok := underContext(p); ok && !strings.HasPrefix(p, "/wiki/") {
		return ""
	}
	switch Product(p) {
	case "jira":
		return "/ex/jira/{cloudid}" + p + tail
	case "confluence":
		if !strings.HasPrefix(p, "/wiki/") {
			p = "/wiki" + p
		}
		return "/ex/confluence/{cloudid}" + p + tail
	}
	return ""
}

// ProductFor guesses the product to name in a suggested User-Agent for
// a request to host (of class class) and path: "bitbucket" for Bitbucket
// hosts and Bitbucket Data Center paths, "jira" or "confluence" from the
// path, else from the first label of a company host ("jira.example.com",
// "wiki.example.com"), else "atlassian".
func ProductFor(class HostClass, host, path string) string {
	if class == Bitbucket || isBitbucketDCPath(path) {
		return "bitbucket"
	}
	if p := Product(path); p != "" {
		return p
	}
	if class != Site && class != Gateway && class != AuthServer {
		label, _, _ := strings.Cut(strings.ToLower(host), ".")
		switch {
		case strings.Contains(label, "jira"):
			return "jira"
		case strings.Contains(label, "confluence"), strings.Contains(label, "wiki"):
			return "confluence"
		case strings.Contains(label, "bitbucket"), strings.Contains(label, "stash"):
			return "bitbucket"
		}
	}
	return "atlassian"
}
