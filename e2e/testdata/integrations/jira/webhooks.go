package jira

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
)

// RegisterWebhook asks Jira to call callbackURL for the issues of jql.
func (c *Client) RegisterWebhook(ctx context.Context, callbackURL, jql string) error {
	b, err := json.Marshal(map[string]any{
		"url": callbackURL,
		"webhooks": []map[string]any{{
			"events":    []string{"jira:issue_created", "jira:issue_updated"},
			"jqlFilter": jql,
		}},
	})
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/rest/api/3/webhook", bytes.NewReader(b))
	if err != nil {
		return err
	}
	req.Header = c.defaults.Clone()
	req.Header.Set("Content-Type", "application/json")
	req.SetBasicAuth(c.email, c.token)
	// OK(useragent/default): the default headers New fills carry the User-Agent.
	res, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	return res.Body.Close()
}
