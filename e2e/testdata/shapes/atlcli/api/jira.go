package api

import (
	"context"
	"net/url"
)

// Myself returns the account the tool runs as.
func (c *Client) Myself(ctx context.Context, out any) error {
	res, err := c.Get(ctx, "/rest/api/3/myself")
	return into(res, err, out)
}

// Issue fetches an issue.
func (c *Client) Issue(ctx context.Context, key string, out any) error {
	res, err := c.Get(ctx, "/rest/api/3/issue/"+url.PathEscape(key))
	return into(res, err, out)
}

// CreateIssue creates an issue.
func (c *Client) CreateIssue(ctx context.Context, fields, out any) error {
	res, err := c.Post(ctx, "/rest/api/3/issue", fields)
	return into(res, err, out)
}

// UpdateIssue edits an issue.
func (c *Client) UpdateIssue(ctx context.Context, key string, fields any) error {
	res, err := c.Put(ctx, "/rest/api/3/issue/"+url.PathEscape(key), fields)
	return into(res, err, nil)
}

// DeleteIssue deletes an issue.
func (c *Client) DeleteIssue(ctx context.Context, key string) error {
	res, err := c.Delete(ctx, "/rest/api/3/issue/"+url.PathEscape(key))
	return into(res, err, nil)
}

// Comment adds a comment.
func (c *Client) Comment(ctx context.Context, key string, body, out any) error {
	res, err := c.Post(ctx, "/rest/api/3/issue/"+url.PathEscape(key)+"/comment", body)
	return into(res, err, out)
}

// Transition moves an issue through its workflow.
func (c *Client) Transition(ctx context.Context, key string, body any) error {
	res, err := c.Post(ctx, "/rest/api/3/issue/"+url.PathEscape(key)+"/transitions", body)
	return into(res, err, nil)
}

// Search runs a JQL search.
func (c *Client) Search(ctx context.Context, jql string, out any) error {
	res, err := c.Get(ctx, "/rest/api/3/search/jql?jql="+url.QueryEscape(jql))
	return into(res, err, out)
}

// Projects lists projects.
func (c *Client) Projects(ctx context.Context, out any) error {
	res, err := c.Get(ctx, "/rest/api/3/project/search")
	return into(res, err, out)
}

// Worklog logs work on an issue.
func (c *Client) Worklog(ctx context.Context, key string, body, out any) error {
	res, err := c.Post(ctx, "/rest/api/3/issue/"+url.PathEscape(key)+"/worklog", body)
	return into(res, err, out)
}

// Boards lists the agile boards.
func (c *Client) Boards(ctx context.Context, out any) error {
	res, err := c.Get(ctx, "/rest/agile/1.0/board")
	return into(res, err, out)
}

// Watch adds the caller as a watcher.
func (c *Client) Watch(ctx context.Context, key, accountID string) error {
	res, err := c.Post(ctx, "/rest/api/3/issue/"+url.PathEscape(key)+"/watchers", accountID)
	return into(res, err, nil)
}
