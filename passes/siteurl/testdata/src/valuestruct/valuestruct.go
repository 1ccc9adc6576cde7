package valuestruct

import (
	"net/http"

	jira "github.com/andygrunwald/go-jira"
)

// Client is used by value: its fields come with the copy.
type Client struct {
	Base  string
	Token string
}

func (c Client) Get(path string) (*http.Response, error) { // want Get:"sends a bearer token to \\{param 0 \\.Base\\}\\{param 1\\}"
	req, _ := http.NewRequest("GET", c.Base+path, nil)
	req.Header.Set("Authorization", "Bearer "+c.Token)
	return http.DefaultClient.Do(req) // want `bearer token sent to the Atlassian site acme.atlassian.net, .*: https://api.atlassian.com/ex/jira/\{cloudid\}/rest/api/3/myself, with`
}

func useClient(token string) {
	c := Client{Base: "https://acme.atlassian.net", Token: token}
	c.Get("/rest/api/3/myself")
}

func local(token string) (*http.Response, error) {
	c := Client{Base: "https://acme.atlassian.net", Token: token}
	req, _ := http.NewRequest("GET", c.Base+"/wiki/rest/api/space", nil)
	req.Header.Set("Authorization", "Bearer "+c.Token)
	return http.DefaultClient.Do(req) // want `bearer token sent to the Atlassian site acme.atlassian.net, .*: https://api.atlassian.com/ex/confluence/\{cloudid\}/wiki/rest/api/space, with`
}

type config struct{ URL string }

func goJira(token string) (*jira.Client, error) {
	conf := config{URL: "https://acme.atlassian.net/"}
	tp := jira.BearerAuthTransport{Token: token}
	return jira.NewClient(tp.Client(), conf.URL) // want `bearer token sent to the Atlassian site acme.atlassian.net`
}

// Near misses: the same by value, to the gateway.

type Gateway struct {
	Base  string
	Token string
}

func (g Gateway) Get(path string) (*http.Response, error) { // want Get:"sends a bearer token to \\{param 0 \\.Base\\}\\{param 1\\}"
	req, _ := http.NewRequest("GET", g.Base+path, nil)
	req.Header.Set("Authorization", "Bearer "+g.Token)
	return http.DefaultClient.Do(req)
}

func useGateway(token string) {
	g := Gateway{Base: "https://api.atlassian.com/ex/jira/x", Token: token}
	g.Get("/rest/api/3/myself")
}

func localGateway(token string) (*http.Response, error) {
	g := Gateway{Base: "https://api.atlassian.com/ex/jira/x", Token: token}
	req, _ := http.NewRequest("GET", g.Base+"/rest/api/3/myself", nil)
	req.Header.Set("Authorization", "Bearer "+g.Token)
	return http.DefaultClient.Do(req)
}

// One struct type, two configurations: each local value keeps its own.
type Conf struct {
	Base  string
	Token string
}

func siteBasic(email string) (*http.Response, error) {
	c := Conf{Base: "https://acme.atlassian.net", Token: email}
	req, _ := http.NewRequest("GET", c.Base+"/rest/api/3/myself", nil)
	req.SetBasicAuth(email, c.Token)
	return http.DefaultClient.Do(req)
}

func gatewayBearer(token string) (*http.Response, error) {
	c := Conf{Base: "https://api.atlassian.com/ex/jira/x", Token: token}
	req, _ := http.NewRequest("GET", c.Base+"/rest/api/3/myself", nil)
	req.Header.Set("Authorization", "Bearer "+c.Token)
	return http.DefaultClient.Do(req)
}
