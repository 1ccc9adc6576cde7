package jirarest

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
)

var jsonHeaders = Header{"Accept": "application/json", "Content-Type": "application/json"}

// Issue is the part of an issue the tool shows.
type Issue struct {
	Key    string `json:"key"`
	Fields struct {
		Summary string `json:"summary"`
	} `json:"fields"`
}

func decode(res *http.Response, err error, v any) error {
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if res.StatusCode >= 300 {
		return fmt.Errorf("jira: %s", res.Status)
	}
	if v == nil {
		return nil
	}
	return json.NewDecoder(res.Body).Decode(v)
}

// GetIssue fetches one issue.
func (c *Client) GetIssue(ctx context.Context, key string) (*Issue, error) {
	var out Issue
	res, err := c.Get(ctx, "/issue/"+url.PathEscape(key), jsonHeaders)
	return &out, decode(res, err, &out)
}

// GetIssueV2 fetches one issue with the wiki-markup description.
func (c *Client) GetIssueV2(ctx context.Context, key string) (*Issue, error) {
	var out Issue
	res, err := c.GetV2(ctx, "/issue/"+url.PathEscape(key), jsonHeaders)
	return &out, decode(res, err, &out)
}

// CreateIssue creates an issue from a JSON body.
func (c *Client) CreateIssue(ctx context.Context, body []byte) (*Issue, error) {
	var out Issue
	res, err := c.Post(ctx, "/issue", body, jsonHeaders)
	return &out, decode(res, err, &out)
}

// CreateIssueV2 creates an issue whose description is wiki markup.
func (c *Client) CreateIssueV2(ctx context.Context, body []byte) (*Issue, error) {
	var out Issue
	res, err := c.PostV2(ctx, "/issue", body, jsonHeaders)
	return &out, decode(res, err, &out)
}

// EditIssue updates an issue's fields.
func (c *Client) EditIssue(ctx context.Context, key string, body []byte) error {
	res, err := c.Put(ctx, "/issue/"+url.PathEscape(key), body, jsonHeaders)
	return decode(res, err, nil)
}

// AssignIssue assigns an issue through API version 2.
func (c *Client) AssignIssue(ctx context.Context, key string, body []byte) error {
	res, err := c.PutV2(ctx, "/issue/"+url.PathEscape(key)+"/assignee", body, jsonHeaders)
	return decode(res, err, nil)
}

// DeleteIssue deletes an issue and its subtasks.
func (c *Client) DeleteIssue(ctx context.Context, key string) error {
	res, err := c.Delete(ctx, "/issue/"+url.PathEscape(key)+"?deleteSubtasks=true", nil)
	return decode(res, err, nil)
}

// RemoveWatcher removes a watcher through API version 2.
func (c *Client) RemoveWatcher(ctx context.Context, key, accountID string) error {
	res, err := c.DeleteV2(ctx, "/issue/"+url.PathEscape(key)+"/watchers?accountId="+url.QueryEscape(accountID), nil)
	return decode(res, err, nil)
}

// Transitions lists the transitions of an issue.
func (c *Client) Transitions(ctx context.Context, key string) ([]byte, error) {
	res, err := c.Get(ctx, "/issue/"+url.PathEscape(key)+"/transitions", jsonHeaders)
	var raw json.RawMessage
	return raw, decode(res, err, &raw)
}
