// Package badimport imports a package that does not exist.
package badimport

import (
	"net/http"

	"example.com/nonexistent/jira"
)

func get() {
	c := jira.NewClient(http.DefaultClient, "https://acme.atlassian.net")
	c.Issue.Get("KEY-1", nil)
	req, _ := c.NewRequest("GET", "/rest/api/3/myself?atlOrigin=x", nil)
	c.Do(req, nil)
	http.Get("https://acme.atlassian.net/rest/api/3/project")
}
