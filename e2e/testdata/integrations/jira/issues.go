package jira

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
)

// Issue is the part of a Jira issue TeamSync mirrors.
type Issue struct {
	ID     string `json:"id"`
	Key    string `json:"key"`
	Fields struct {
		Summary string `json:"summary"`
		Status  struct {
			Name string `json:"name"`
		} `json:"status"`
		Updated string `json:"updated"`
	} `json:"fields"`
}

// GetIssue fetches one issue.
func (c *Client) GetIssue(ctx context.Context, key string) (*Issue, error) {
	var out Issue
	q := url.Values{"fields": {"summary,status,updated"}}
	err := c.call(ctx, http.MethodGet, "/issue/"+url.PathEscape(key), q, nil, &out, nil)
	return &out, err
}

// SearchResult is a page of a JQL search.
type SearchResult struct {
	Issues        []Issue `json:"issues"`
	NextPageToken string  `json:"nextPageToken"`
}

// Search runs a JQL query, one page at a time.
func (c *Client) Search(ctx context.Context, jql, pageToken string) (*SearchResult, error) {
	q := url.Values{}
	q.Set("jql", jql)
	q.Set("maxResults", "100")
	if pageToken != "" {
		q.Set("nextPageToken", pageToken)
	}
	// MISTAKE(atlorigin/api-url): atlOrigin belongs on links into the product, not on a REST call.
	q.Set("atlOrigin", c.origin)
	var out SearchResult
	err := c.call(ctx, http.MethodGet, "/search/jql", q, nil, &out, nil)
	return &out, err
}

// CreateIssue creates an issue and returns its key.
func (c *Client) CreateIssue(ctx context.Context, project, summary string) (string, error) {
	in := map[string]any{"fields": map[string]any{
		"project":   map[string]string{"key": project},
		"summary":   summary,
		"issuetype": map[string]string{"name": "Task"},
	}}
	var out struct{ Key string }
	err := c.call(ctx, http.MethodPost, "/issue", nil, in, &out, jsonHeaders())
	return out.Key, err
}

// UpdateSummary renames an issue.
func (c *Client) UpdateSummary(ctx context.Context, key, summary string) error {
	in := map[string]any{"fields": map[string]string{"summary": summary}}
	return c.call(ctx, http.MethodPut, "/issue/"+url.PathEscape(key), nil, in, nil, jsonHeaders())
}

// Transition moves an issue through its workflow.
func (c *Client) Transition(ctx context.Context, key, transitionID string) error {
	in := map[string]any{"transition": map[string]string{"id": transitionID}}
	return c.call(ctx, http.MethodPost, "/issue/"+url.PathEscape(key)+"/transitions", nil, in, nil, jsonHeaders())
}

// AddComment adds a plain-text comment in Atlassian Document Format.
func (c *Client) AddComment(ctx context.Context, key, text string) error {
	in := map[string]any{"body": map[string]any{
		"type": "doc", "version": 1,
		"content": []any{map[string]any{"type": "paragraph", "content": []any{
			map[string]string{"type": "text", "text": text},
		}}},
	}}
	return c.call(ctx, http.MethodPost, "/issue/"+url.PathEscape(key)+"/comment", nil, in, nil, jsonHeaders())
}

// Assign assigns an issue to an account.
func (c *Client) Assign(ctx context.Context, key, accountID string) error {
	in := map[string]string{"accountId": accountID}
	return c.call(ctx, http.MethodPut, "/issue/"+url.PathEscape(key)+"/assignee", nil, in, nil, jsonHeaders())
}

// AddWorklog logs time on an issue.
func (c *Client) AddWorklog(ctx context.Context, key string, seconds int) error {
	in := map[string]int{"timeSpentSeconds": seconds}
	q := url.Values{"notifyUsers": {"false"}}
	return c.call(ctx, http.MethodPost, "/issue/"+url.PathEscape(key)+"/worklog", q, in, nil, jsonHeaders())
}

// Changelog fetches a page of an issue's history.
func (c *Client) Changelog(ctx context.Context, key string, startAt int) ([]map[string]any, error) {
	var out struct {
		Values []map[string]any `json:"values"`
	}
	q := url.Values{"startAt": {strconv.Itoa(startAt)}}
	err := c.call(ctx, http.MethodGet, "/issue/"+url.PathEscape(key)+"/changelog", q, nil, &out, nil)
	return out.Values, err
}

// DeleteIssue deletes an issue and its subtasks.
func (c *Client) DeleteIssue(ctx context.Context, key string) error {
	q := url.Values{"deleteSubtasks": {"true"}}
	return c.call(ctx, http.MethodDelete, "/issue/"+url.PathEscape(key), q, nil, nil, nil)
}

// BrowseURL is the link to an issue that TeamSync posts in chat.
func (c *Client) BrowseURL(key string) string {
	// OK(atlorigin/api-url): a link into the product UI is where atlOrigin belongs.
	return c.base + "/browse/" + url.PathEscape(key) + "?atlOrigin=" + url.QueryEscape(c.origin)
}

// ShareLink is the link the e-mail digest uses.
func (c *Client) ShareLink(key string) string {
	// MISTAKE(atlorigin/misspelled): the product reads atlOrigin, with a capital O.
	return c.base + "/browse/" + url.PathEscape(key) + "?atlorigin=" + url.QueryEscape(c.origin)
}
