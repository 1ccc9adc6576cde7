package local // want package:"identity jira-local-int"

import (
	"net/http"

	"github.com/go-resty/resty/v2"
)

// The identity the package sends is the one its first call gives its
// own constructor.
func start() {
	newClient("jira-local-int/1.0.0")
}

func newClient(agent string) *resty.Client {
	c := resty.New().SetBaseURL("https://acme.atlassian.net").SetHeader("User-Agent", agent)
	c.R().Get("/rest/api/3/myself")
	return c
}

func direct() {
	req, err := http.NewRequest("GET", "https://acme.atlassian.net/rest/api/3/myself", nil)
	if err != nil {
		return
	}
	req.Header.Set("User-Agent", "jira-other-int/1.0.0") // want `User-Agent identity "jira-other-int" differs from "jira-local-int"`
	http.DefaultClient.Do(req)
}
