// Package bitbucket is a hermetic stub of github.com/ktrysmt/go-bitbucket
// v0.10.0 for atlvet's tests: the API atlvet models, with the real
// signatures and no behaviour.
package bitbucket

import (
	"net/http"
	"net/url"

	"golang.org/x/oauth2"
)

// Client talks to the Bitbucket Cloud API.
type Client struct {
	Auth         *auth
	Users        *Users
	User         user
	Teams        teams
	Repositories *Repositories
	Workspaces   *Workspace
	Pagelen      int
	HttpClient   *http.Client

	apiBaseURL *url.URL
}

type auth struct {
	user, password string
	bearerToken    string
}

func newClient(a *auth) *Client {
	c := &Client{Auth: a, HttpClient: new(http.Client)}
	c.Repositories = &Repositories{c: c, PullRequests: &PullRequests{c: c}, Repository: &Repository{c: c}}
	c.Users = &Users{c: c}
	c.User = &User{c: c}
	c.Teams = &Teams{c: c}
	c.Workspaces = &Workspace{c: c}
	return c
}

func NewBasicAuth(u, p string) (*Client, error) { return newClient(&auth{user: u, password: p}), nil }

func NewBasicAuthWithBaseUrlStr(u, p, urlStr string) (*Client, error) { return NewBasicAuth(u, p) }

func NewBasicAuthWithCaCert(u, p string, c []byte) (*Client, error) { return NewBasicAuth(u, p) }

func NewBasicAuthWithBaseUrlStrCaCert(u, p, urlStr string, c []byte) (*Client, error) {
	return NewBasicAuth(u, p)
}

func NewAPITokenAuth(email, token string) (*Client, error) { return NewBasicAuth(email, token) }

func NewAPITokenAuthWithBaseUrlStr(email, token, urlStr string) (*Client, error) {
	return NewBasicAuth(email, token)
}

func NewAPITokenAuthWithCaCert(email, token string, caCerts []byte) (*Client, error) {
	return NewBasicAuth(email, token)
}

func NewAPITokenAuthWithBaseUrlStrCaCert(email, token, urlStr string, caCerts []byte) (*Client, error) {
	return NewBasicAuth(email, token)
}

func NewOAuthbearerToken(t string) (*Client, error) { return newClient(&auth{bearerToken: t}), nil }

func NewOAuthbearerTokenWithBaseUrlStr(t, u string) (*Client, error) { return NewOAuthbearerToken(t) }

func NewOAuthbearerTokenWithCaCert(t string, c []byte) (*Client, error) {
	return NewOAuthbearerToken(t)
}

func NewOAuthbearerTokenWithBaseUrlStrCaCert(t, u string, c []byte) (*Client, error) {
	return NewOAuthbearerToken(t)
}

func NewOAuthClientCredentials(i, s string) (*Client, error) { return newClient(&auth{}), nil }

func NewOAuthClientCredentialsWithEndpoint(i, s, tokenURL string) (*Client, error) {
	return newClient(&auth{}), nil
}

func NewOAuth(i, s string) (*Client, error) { return newClient(&auth{}), nil }

func NewOAuthWithEndpoint(i, s string, ep oauth2.Endpoint) (*Client, error) {
	return newClient(&auth{}), nil
}

func NewOAuthWithCode(i, s, c string) (*Client, string, error) { return newClient(&auth{}), "", nil }

func NewOAuthWithCodeWithEndpoint(i, s, c string, ep oauth2.Endpoint) (*Client, string, error) {
	return newClient(&auth{}), "", nil
}

func NewOAuthWithRefreshToken(i, s, rt string) (*Client, string, error) {
	return newClient(&auth{}), "", nil
}

func NewOAuthWithRefreshTokenWithEndpoint(i, s, rt string, ep oauth2.Endpoint) (*Client, string, error) {
	return newClient(&auth{}), "", nil
}

func (c *Client) GetOAuthToken() oauth2.Token { return oauth2.Token{} }

func (c *Client) GetApiBaseURL() string { return "" }

func (c *Client) SetApiBaseURL(urlStr url.URL) { c.apiBaseURL = &urlStr }

type Repositories struct {
	c            *Client
	PullRequests *PullRequests
	Repository   *Repository
}

func (r *Repositories) ListForAccount(ro *RepositoriesOptions) (*RepositoriesRes, error) {
	return nil, nil
}

type RepositoriesOptions struct {
	Owner string
	Role  string
}

type RepositoriesRes struct {
	Page int32
	Size int32
}

type Repository struct {
	c *Client

	Uuid string
	Name string
	Slug string
}

func (r *Repository) Get(ro *RepositoryOptions) (*Repository, error) { return nil, nil }

type RepositoryOptions struct {
	Owner    string
	RepoSlug string
}

type PullRequests struct{ c *Client }

func (p *PullRequests) Create(po *PullRequestsOptions) (interface{}, error) { return nil, nil }

func (p *PullRequests) Gets(po *PullRequestsOptions) (interface{}, error) { return nil, nil }

type PullRequestsOptions struct {
	ID                string
	Owner             string
	RepoSlug          string
	Title             string
	SourceBranch      string
	DestinationBranch string
}

type Users struct{ c *Client }

func (u *Users) Get(t string) (*User, error) { return nil, nil }

type User struct {
	c *Client

	Uuid        string
	Username    string
	DisplayName string
}

func (u *User) Profile() (*User, error) { return nil, nil }

func (u *User) Emails() (interface{}, error) { return nil, nil }

type user interface {
	Profile() (*User, error)
	Emails() (interface{}, error)
}

type Teams struct{ c *Client }

func (t *Teams) List(role string) (interface{}, error) { return nil, nil }

func (t *Teams) Profile(teamname string) (interface{}, error) { return nil, nil }

type teams interface {
	List(role string) (interface{}, error)
	Profile(teamname string) (interface{}, error)
}

type Workspace struct {
	c *Client

	Slug string
	Name string
}

func (w *Workspace) Get(workspace string) (*Workspace, error) { return nil, nil }
