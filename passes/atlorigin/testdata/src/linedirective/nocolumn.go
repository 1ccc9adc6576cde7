// Code written from templates: //line directives name them, without a
// column, with one, and naming another file of the package.

package linedirective

import (
	"net/http"
	"net/url"
)

func search(jql string) (*http.Response, error) {
	u, err := url.Parse("https://acme.atlassian.net/rest/api/3/search")
	if err != nil {
		return nil, err
	}
	q := u.Query()
	q.Set("jql", jql)
//line search.tmpl:500
	q.Set("atlOrigin", "abc123") // want `atlOrigin parameter on a REST API URL \(acme.atlassian.net/rest/api/3/search\)`
	u.RawQuery = q.Encode()
	return http.Get(u.String())
}
