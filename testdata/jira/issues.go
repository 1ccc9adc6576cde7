package jira

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
)

// Issue is the part of a Jira issue the sync job reads.
type Issue struct {
	Key    string `json:"key"`
	Fields struct {
		Summary string `json:"summary"`
	} `json:"fields"`
}

// GetIssue fetches one issue.
func (c *Client) GetIssue(ctx context.Context, key string) (*Issue, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.baseURL+"/rest/api/3/issue/"+url.PathEscape(key), nil)
	if err != nil {
		return nil, err
	}
	// OK(useragent/default): the api client's transport sets the User-Agent.
	resp, err := c.api.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var issue Issue
	return &issue, json.NewDecoder(resp.Body).Decode(&issue)
}

// Search runs a JQL query.
func (c *Client) Search(ctx context.Context, jql string) ([]Issue, error) {
	q := url.Values{}
	q.Set("jql", jql)
	q.Set("fields", "summary")
	// MISTAKE(atlorigin/api-url): copied from a browser link; the REST API ignores it.
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.baseURL+"/rest/api/3/search/jql?atlOrigin=eyJpIjoic2VhcmNoIn0&"+q.Encode(), nil)
	if err != nil {
		return nil, err
	}
	// MISTAKE(useragent/default): the default client sets no User-Agent.
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var page struct {
		Issues []Issue `json:"issues"`
	}
	return page.Issues, json.NewDecoder(resp.Body).Decode(&page)
}

// AddComment comments on an issue.
func (c *Client) AddComment(ctx context.Context, key, text string) error {
	body := `{"body":{"type":"doc","version":1,"content":[{"type":"paragraph","content":[{"type":"text","text":` + jsonString(text) + `}]}]}}`
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.baseURL+"/rest/api/3/issue/"+key+"/comment", strings.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	// MISTAKE(useragent/library): a browser's agent, set to get past a firewall rule.
	req.Header.Set("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func jsonString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
