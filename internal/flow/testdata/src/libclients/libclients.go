package libclients

import (
	"context"
	v3 "github.com/ctreminiom/go-atlassian/v2/jira/v3"
	"github.com/go-resty/resty/v2"
	"net/http"
	"os"

	jira "github.com/andygrunwald/go-jira"
)

type agent struct{ next http.RoundTripper }

func (a *agent) RoundTrip(req *http.Request) (*http.Response, error) {
	r := req.Clone(req.Context())
	r.Header.Set("User-Agent", "jira-libclients-int/1.0.0")
	return http.DefaultTransport.RoundTrip(r) // want `send: urls=\[\] User-Agent=\["jira-libclients-int/1.0.0"\] opaque; clients {}`
}

func identified() (*jira.Client, error) {
	tp := jira.BasicAuthTransport{Username: "bot@acme.example", Password: os.Getenv("JIRA_API_TOKEN"), Transport: &agent{}}
	return jira.NewClient(tp.Client(), "https://acme.atlassian.net/") // want `lib go-jira base=\["https://acme.atlassian.net/"\]; http ; clients {Authorization=\["…"\] User-Agent=\["jira-libclients-int/1.0.0"\]}; escapes`
}

func lookup(ctx context.Context) {
	client, err := v3.New(nil, os.Getenv("JIRA_SITE")) // want `lib go-atlassian base=\["…"\]; http ; clients {}; send \["…"\]$`
	if err != nil {
		return
	}
	_, _, _ = client.MySelf.Details(ctx, nil)
}

// A resty chain: base URL, bearer token, per-request User-Agent.
func chain(tok string) {
	c := resty.New().SetBaseURL("https://acme.atlassian.net").SetAuthToken(tok) // want `lib resty base=\["https://acme.atlassian.net"\] User-Agent=\["go-resty/2.17.2 \(https://github.com/go-resty/resty\)"\] Authorization=\["Bearer …"\]; http ; clients ; bearer; send \["https://acme.atlassian.net/rest/api/3/myself"\] User-Agent=\["jira-libclients-int/1.0.0"\]; send \["https://acme.atlassian.net/rest/api/3/project"\]$`
	c.R().SetHeader("User-Agent", "jira-libclients-int/1.0.0").Get("/rest/api/3/myself")
	c.R().Get("rest/api/3/project")
}

// A constructor of the package whose base URL its callers give: at
// each call, the client with their URL.
func newClient(base string) *resty.Client {
	return resty.New().SetBaseURL(base) // want `lib resty base=\["…"\] User-Agent=\["go-resty/2.17.2 \(https://github.com/go-resty/resty\)"\]; http ; clients ; escapes`
}

func useClient() {
	c := newClient("https://acme.atlassian.net") // want `lib resty base=\["https://acme.atlassian.net"\] User-Agent=\["go-resty/2.17.2 \(https://github.com/go-resty/resty\)"\]; http ; clients ; send \["https://acme.atlassian.net/rest/api/2/myself"\]$`
	c.R().Get("/rest/api/2/myself")
}

// A client kept in a struct field: what other methods do with the
// field is done with it.
type service struct{ jira *v3.Client }

func newService() (*service, error) {
	c, err := v3.New(http.DefaultClient, "https://acme.atlassian.net") // want `lib go-atlassian base=\["https://acme.atlassian.net"\] User-Agent=\["jira-libclients-int/1.0.0"\]; http ; clients {}; escapes; send \["https://acme.atlassian.net…"\]$`
	if err != nil {
		return nil, err
	}
	return &service{jira: c}, nil
}

func (s *service) identify() { s.jira.Auth.SetUserAgent("jira-libclients-int/1.0.0") }

func (s *service) me(ctx context.Context) { s.jira.MySelf.Details(ctx, nil) }
