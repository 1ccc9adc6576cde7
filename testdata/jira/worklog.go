package jira

import (
	"context"
	"net/http"
	"strings"
)

// LogWork records time spent on an issue.
func (c *Client) LogWork(ctx context.Context, key, spent string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.baseURL+"/rest/api/3/issue/"+key+"/worklog",
		strings.NewReader(`{"timeSpent":`+jsonString(spent)+`}`))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	// MISTAKE(useragent/inconsistent): the old name of the integration;
	// the rest of the package sends jira-acme-int.
	req.Header.Set("User-Agent", "jira-acmesync-int/0.9.0")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Transition moves an issue through its workflow.
func (c *Client) Transition(ctx context.Context, key, id string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.baseURL+"/rest/api/3/issue/"+key+"/transitions",
		strings.NewReader(`{"transition":{"id":`+jsonString(id)+`}}`))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	// OK(useragent/inconsistent): a newer version of the same identity.
	req.Header.Set("User-Agent", "jira-acme-int/1.5.0 (transitions)")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
