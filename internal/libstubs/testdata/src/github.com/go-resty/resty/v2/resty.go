// Package resty is a hermetic stub of github.com/go-resty/resty/v2 (v2.17.2) for
// atlvet's tests: the API atlvet models, with the real signatures and
// no behaviour. Setters return their receiver, as resty's do.
package resty

import (
	"context"
	"net"
	"net/http"
	"net/url"
	"time"
)

type Client struct {
	BaseURL    string
	HostURL    string
	QueryParam url.Values
	Header     http.Header
	UserInfo   *User
	Token      string
	AuthScheme string

	httpClient *http.Client
}

// User is the user of Basic authentication.
type User struct {
	Username, Password string
}

func New() *Client { return &Client{Header: http.Header{}, QueryParam: url.Values{}} }

func NewWithClient(hc *http.Client) *Client { return &Client{httpClient: hc} }

func NewWithLocalAddr(localAddr net.Addr) *Client { return New() }

func (c *Client) SetHostURL(url string) *Client { return c }

func (c *Client) GetClient() *http.Client { return c.httpClient }

func (c *Client) Clone() *Client { cp := *c; return &cp }

func (c *Client) SetError(err interface{}) *Client { return c }

func (c *Client) SetBaseURL(url string) *Client { return c }

func (c *Client) SetHeader(header, value string) *Client { return c }

func (c *Client) SetHeaders(headers map[string]string) *Client { return c }

func (c *Client) SetHeaderVerbatim(header, value string) *Client { return c }

func (c *Client) SetQueryParam(param, value string) *Client { return c }

func (c *Client) SetQueryParams(params map[string]string) *Client { return c }

func (c *Client) SetBasicAuth(username, password string) *Client { return c }

func (c *Client) SetAuthToken(token string) *Client { return c }

func (c *Client) SetAuthScheme(scheme string) *Client { return c }

func (c *Client) SetDigestAuth(username, password string) *Client { return c }

func (c *Client) SetTransport(transport http.RoundTripper) *Client { return c }

func (c *Client) SetTimeout(timeout time.Duration) *Client { return c }

func (c *Client) SetRetryCount(count int) *Client { return c }

func (c *Client) SetDebug(d bool) *Client { return c }

func (c *Client) SetProxy(proxyURL string) *Client { return c }

func (c *Client) R() *Request { return &Request{client: c, Header: http.Header{}} }

func (c *Client) NewRequest() *Request { return c.R() }

type Request struct {
	URL        string
	Method     string
	Token      string
	AuthScheme string
	QueryParam url.Values
	Header     http.Header
	Body       interface{}
	Result     interface{}
	RawRequest *http.Request
	UserInfo   *User

	client *Client
}

func (r *Request) SetError(err interface{}) *Request { return r }

func (r *Request) SetContext(ctx context.Context) *Request { return r }

func (r *Request) SetHeader(header, value string) *Request { return r }

func (r *Request) SetHeaders(headers map[string]string) *Request { return r }

func (r *Request) SetHeaderMultiValues(headers map[string][]string) *Request { return r }

func (r *Request) SetHeaderVerbatim(header, value string) *Request { return r }

func (r *Request) SetQueryParam(param, value string) *Request { return r }

func (r *Request) SetQueryParams(params map[string]string) *Request { return r }

func (r *Request) SetQueryParamsFromValues(params url.Values) *Request { return r }

func (r *Request) SetQueryString(query string) *Request { return r }

func (r *Request) SetBasicAuth(username, password string) *Request { return r }

func (r *Request) SetAuthToken(token string) *Request { return r }

func (r *Request) SetAuthScheme(scheme string) *Request { return r }

func (r *Request) SetDigestAuth(username, password string) *Request { return r }

func (r *Request) SetBody(body interface{}) *Request { return r }

func (r *Request) SetResult(res interface{}) *Request { return r }

func (r *Request) SetDebug(d bool) *Request { return r }

func (r *Request) Get(url string) (*Response, error) { return nil, nil }

func (r *Request) Head(url string) (*Response, error) { return nil, nil }

func (r *Request) Post(url string) (*Response, error) { return nil, nil }

func (r *Request) Put(url string) (*Response, error) { return nil, nil }

func (r *Request) Delete(url string) (*Response, error) { return nil, nil }

func (r *Request) Options(url string) (*Response, error) { return nil, nil }

func (r *Request) Patch(url string) (*Response, error) { return nil, nil }

func (r *Request) Send() (*Response, error) { return nil, nil }

func (r *Request) Execute(method, url string) (*Response, error) { return nil, nil }

type Response struct {
	Request     *Request
	RawResponse *http.Response
}

func (r *Response) StatusCode() int { return 0 }

func (r *Response) String() string { return "" }

func (r *Response) Body() []byte { return nil }

func (r *Response) IsSuccess() bool { return false }

func (r *Response) IsError() bool { return false }
