package uagojira // want package:"identity jira-uagojira-int"

import (
	"net/http"
	"os"

	jira "github.com/andygrunwald/go-jira"
)

const site = "https://acme.atlassian.net/"

// agent sets the integration's User-Agent on every request.
type agent struct{ next http.RoundTripper }

func (a *agent) RoundTrip(req *http.Request) (*http.Response, error) {
	r := req.Clone(req.Context())
	r.Header.Set("User-Agent", "jira-uagojira-int/1.0.0")
	next := a.next
	if next == nil {
		next = http.DefaultTransport
	}
	return next.RoundTrip(r)
}

// Go's default client: every service call goes out with Go's
// User-Agent. The client leaves the function, so it is judged here.
func plain() (*jira.Client, error) {
	return jira.NewClient(nil, site) // want `go-jira client sends its requests to acme.atlassian.net with Go's default User-Agent; give it an \*http.Client whose transport sets one, such as "jira-uagojira-int/1.0.0"`
}

// A Basic auth transport around nothing that sets one.
func basic() (*jira.Client, error) {
	tp := jira.BasicAuthTransport{Username: "bot@acme.example", Password: os.Getenv("JIRA_API_TOKEN")}
	return jira.NewClient(tp.Client(), site) // want `go-jira client sends its requests to acme.atlassian.net with Go's default User-Agent`
}

// The Basic auth transport wraps the module's User-Agent transport.
func identified() (*jira.Client, error) {
	tp := jira.BasicAuthTransport{Username: "bot@acme.example", Password: os.Getenv("JIRA_API_TOKEN"), Transport: &agent{}}
	return jira.NewClient(tp.Client(), site)
}

// An HTTP client of the module that sets one.
func identifiedClient() (*jira.Client, error) {
	return jira.NewClient(&http.Client{Transport: &agent{}}, site)
}

// A base URL read at run time: go-jira still talks to a Jira.
func configured() {
	c, _ := jira.NewClient(nil, os.Getenv("JIRA_URL")) // want `go-jira client sends its requests to Jira with Go's default User-Agent`
	issue, _, _ := c.Issue.Get("KEY-1", nil)
	_ = issue
}

// An HTTP client handed in from elsewhere: what its transport does is
// not known here.
func given(hc *http.Client) (*jira.Client, error) {
	return jira.NewClient(hc, site)
}

// The request API: judged at the send, like net/http's.
func requestAPI() error {
	c, err := jira.NewClient(nil, site)
	if err != nil {
		return err
	}
	req, err := c.NewRequest("GET", "rest/api/2/myself", nil)
	if err != nil {
		return err
	}
	_, err = c.Do(req, nil) // want `request to acme.atlassian.net is sent with Go's default User-Agent; set one such as "jira-uagojira-int/1.0.0"`
	return err
}

// The request API with the User-Agent set on the request.
func requestAPIIdentified() error {
	c, err := jira.NewClient(nil, site)
	if err != nil {
		return err
	}
	req, err := c.NewRequest("GET", "rest/api/2/myself", nil)
	if err != nil {
		return err
	}
	req.Header.Set("User-Agent", "jira-uagojira-int/1.0.0")
	_, err = c.Do(req, nil)
	return err
}
