// Package search runs JQL searches with resty v3.
package search

import (
	"os"

	"resty.dev/v3"

	"example.com/libintegration/agent"
)

// Searcher runs JQL searches on one site.
type Searcher struct {
	client *resty.Client
}

// New returns a searcher that identifies itself on each request.
func New(site string) *Searcher {
	// OK(useragent/default): every request sets the User-Agent.
	c := resty.New()
	c.SetBaseURL("https://" + site + ".atlassian.net")
	c.SetBasicAuth(os.Getenv("JIRA_EMAIL"), os.Getenv("JIRA_API_TOKEN"))
	c.SetHeader("User-Agent", agent.UserAgent)
	return &Searcher{client: c}
}

// Keys returns the keys of the issues a JQL query finds.
func (s *Searcher) Keys(jql string) ([]string, error) {
	var page struct {
		Issues []struct {
			Key string `json:"key"`
		} `json:"issues"`
	}
	_, err := s.client.R().
		SetQueryParam("jql", jql).
		SetResult(&page).
		Get("/rest/api/3/search/jql")
	var keys []string
	for _, issue := range page.Issues {
		keys = append(keys, issue.Key)
	}
	return keys, err
}

// Count counts issues with a client of its own.
func Count(site, jql string) (int, error) {
	// MISTAKE(useragent/default): resty v3 sends its own "go-resty/3.0.0-rc.4 (https://resty.dev)".
	c := resty.New()
	defer c.Close()
	var page struct {
		Count int `json:"count"`
	}
	_, err := c.R().
		SetBody(map[string]string{"jql": jql}).
		SetResult(&page).
		Post("https://" + site + ".atlassian.net/rest/api/3/search/approximate-count")
	return page.Count, err
}
