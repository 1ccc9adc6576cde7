// Package resty is a hermetic stub of resty.dev/v3 (v3.0.0-rc.4) for
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

// Client keeps its settings unexported in v3.
type Client struct {
	baseURL     string
	header      http.Header
	queryParams url.Values
	authToken   string
	authScheme  string
	httpClient  *http.Client
}

func New() *Client { return &Client{header: http.Header{}, queryParams: url.Values{}} }

func NewWithClient(hc *http.Client) *Client { return &Client{httpClient: hc} }

func NewWithTransportSettings(transportSettings *TransportSettings) *Client { return New() }

func NewWithDialerAndTransportSettings(dialer *net.Dialer, transportSettings *TransportSettings) *Client {
	return New()
}

func NewWithDialer(dialer *net.Dialer) *Client { return New() }

func NewWithLocalAddr(localAddr net.Addr) *Client { return New() }

func (c *Client) BaseURL() string { return c.baseURL }

func (c *Client) Header() http.Header { return c.header }

func (c *Client) QueryParams() url.Values { return c.queryParams }

func (c *Client) AuthToken() string { return c.authToken }

func (c *Client) Client() *http.Client { return c.httpClient }

func (c *Client) Clone(ctx context.Context) *Client { cp := *c; return &cp }

func (c *Client) SetContext(ctx context.Context) *Client { return c }

func (c *Client) SetHeaderAuthorizationKey(k string) *Client { return c }

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
	URL         string
	Method      string
	AuthToken   string
	AuthScheme  string
	QueryParams url.Values
	Header      http.Header
	Body        any
	Result      any
	RawRequest  *http.Request

	client *Client
}

func (r *Request) SetMethod(m string) *Request { return r }

func (r *Request) SetURL(url string) *Request { return r }

func (r *Request) SetContentType(ct string) *Request { return r }

func (r *Request) SetHeaderAuthorizationKey(k string) *Request { return r }

func (r *Request) SetTimeout(timeout time.Duration) *Request { return r }

func (r *Request) WithContext(ctx context.Context) *Request { cp := *r; return &cp }

func (r *Request) Clone(ctx context.Context) *Request { cp := *r; return &cp }

func (r *Request) Trace(url string) (*Response, error) { return nil, nil }

func (r *Request) Query(url string) (*Response, error) { return nil, nil }

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

func (r *Request) SetAuthToken(authToken string) *Request { return r }

func (r *Request) SetAuthScheme(scheme string) *Request { return r }

func (r *Request) SetBody(body any) *Request { return r }

func (r *Request) SetResult(v any) *Request { return r }

func (r *Request) SetDebug(d bool) *Request { return r }

func (r *Request) Get(url string) (*Response, error) { return nil, nil }

func (r *Request) Head(url string) (*Response, error) { return nil, nil }

func (r *Request) Post(url string) (*Response, error) { return nil, nil }

func (r *Request) Put(url string) (*Response, error) { return nil, nil }

func (r *Request) Delete(url string) (*Response, error) { return nil, nil }

func (r *Request) Options(url string) (*Response, error) { return nil, nil }

func (r *Request) Patch(url string) (*Response, error) { return nil, nil }

func (r *Request) Send() (*Response, error) { return nil, nil }

func (r *Request) Execute(method, url string) (res *Response, err error) { return nil, nil }

type Response struct {
	Request     *Request
	RawResponse *http.Response
}

func (r *Response) StatusCode() int { return 0 }

func (r *Response) String() string { return "" }

// TransportSettings configures the transport of NewWithTransportSettings.
type TransportSettings struct {
	DialerTimeout time.Duration
}
