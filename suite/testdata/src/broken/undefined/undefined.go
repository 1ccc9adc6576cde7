// Package undefined sends requests built from names that are not
// defined: the types of those expressions are unknown.
package undefined

import (
	"context"
	"net/http"
	"net/url"
)

const site = "https://acme.atlassian.net"

type Client struct {
	base  string
	http  undefinedDoer
	token undefinedToken
}

func (c *Client) Get(ctx context.Context, path string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, undefinedMethod, c.base+path, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", undefinedAgent)
	req.Header.Set("Authorization", "Bearer "+c.token.Value)
	req.Header[undefinedKey] = []string{"x"}
	return c.http.Do(req)
}

func search(jql string) (*http.Response, error) {
	q := undefinedValues()
	q.Set("atlOrigin", "abc123")
	q.Set("jql", jql)
	u := url.URL{Scheme: "http", Host: undefinedHost, RawQuery: q.Encode()}
	return http.Get(u.String() + site + "/rest/api/3/search")
}

func (u undefinedReceiver) Send() {
	http.Get(site + "/rest/api/3/myself?atlOrigin=" + u.origin)
}

var table = map[undefinedKey]string{
	"token": "q8Zr2Lw0Xv7Tn4Kp1Ys",
}

func closures() {
	go func() { http.Get(undefinedURL) }()
	defer undefinedFunc(http.Get(site + "/rest/api/3/project"))
	f := undefinedFactory()
	f(site + "/rest/api/3/issue")
	for k, v := range undefinedHeaders {
		http.DefaultClient.Do(&http.Request{Header: http.Header{k: {v}}})
	}
	select {
	case v := <-undefinedChan:
		http.Get(v)
	}
}
