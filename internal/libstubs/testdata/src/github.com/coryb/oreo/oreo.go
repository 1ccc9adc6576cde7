// Package oreo is a hermetic stub of github.com/coryb/oreo
// (v0.0.0-20180804211640-3e1b88fc08f1), the HTTP client of the go-jira
// command, for atlvet's tests: the API atlvet models, with the real
// signatures and no behaviour. Client's With methods return a changed
// copy; ReqBuilder's return their receiver.
package oreo

import (
	"io"
	"net/http"
	"net/url"
	"time"
)

type Client struct {
	http.Client
	maxRetries int
}

func New() *Client { return &Client{} }

func (c *Client) WithRetries(retries int) *Client { cp := *c; return &cp }

func (c *Client) WithTimeout(duration time.Duration) *Client { cp := *c; return &cp }

func (c *Client) WithTransport(transport http.RoundTripper) *Client { cp := *c; return &cp }

func (c *Client) WithCookieFile(file string) *Client { cp := *c; return &cp }

func (c *Client) Do(req *http.Request) (resp *http.Response, err error) { return nil, nil }

func (c *Client) Get(urlStr string) (resp *http.Response, err error) { return nil, nil }

func (c *Client) GetJSON(urlStr string) (resp *http.Response, err error) { return nil, nil }

func (c *Client) GetXML(urlStr string) (resp *http.Response, err error) { return nil, nil }

func (c *Client) Head(urlStr string) (resp *http.Response, err error) { return nil, nil }

func (c *Client) Post(urlStr string, bodyType string, body io.Reader) (resp *http.Response, err error) {
	return nil, nil
}

func (c *Client) PostJSON(urlStr string, jsonStr string) (resp *http.Response, err error) {
	return nil, nil
}

func (c *Client) PostForm(urlStr string, data url.Values) (resp *http.Response, err error) {
	return nil, nil
}

func (c *Client) PostXML(urlStr string, xmlStr string) (resp *http.Response, err error) {
	return nil, nil
}

func (c *Client) Put(urlStr string, bodyType string, body io.Reader) (resp *http.Response, err error) {
	return nil, nil
}

func (c *Client) PutJSON(urlStr, jsonStr string) (resp *http.Response, err error) { return nil, nil }

func (c *Client) PutXML(urlStr, xmlStr string) (resp *http.Response, err error) { return nil, nil }

func (c *Client) Delete(urlStr string) (resp *http.Response, err error) { return nil, nil }

func (c *Client) DeleteJSON(urlStr string, jsonStr string) (resp *http.Response, err error) {
	return nil, nil
}

func (c *Client) DeleteXML(urlStr string, xmlStr string) (resp *http.Response, err error) {
	return nil, nil
}

type ReqBuilder struct {
	request *http.Request
}

func RequestBuilder(u *url.URL) *ReqBuilder {
	return &ReqBuilder{request: &http.Request{Method: "GET", URL: u, Header: make(http.Header)}}
}

func (b *ReqBuilder) WithHeader(name, value string) *ReqBuilder { return b }

func (b *ReqBuilder) WithContentType(value string) *ReqBuilder { return b }

func (b *ReqBuilder) WithUserAgent(value string) *ReqBuilder { return b }

func (b *ReqBuilder) WithMethod(method string) *ReqBuilder { return b }

func (b *ReqBuilder) WithJSON(data string) *ReqBuilder { return b }

func (b *ReqBuilder) WithBody(body io.Reader) *ReqBuilder { return b }

func (b *ReqBuilder) WithAuth(username, password string) *ReqBuilder { return b }

func (b *ReqBuilder) Build() *http.Request { return b.request }
