package jira

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"

	"example.com/integrations/internal/identity"
)

// Board is a Jira Software board.
type Board struct {
	ID   int    `json:"id"`
	Name string `json:"name"`
	Type string `json:"type"`
}

// agileGet reads a Jira Software endpoint under /rest/agile/1.0.
func (c *Client) agileGet(ctx context.Context, path string, out any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+"/rest/agile/1.0"+path, nil)
	if err != nil {
		return err
	}
	req.SetBasicAuth(c.email, c.token)
	// OK(useragent/convention): the integration's identity and version.
	req.Header.Set("User-Agent", identity.UserAgent())
	// OK(useragent/default): set just above, on the only path.
	res, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return fmt.Errorf("jira agile %s: %s", path, res.Status)
	}
	return json.NewDecoder(res.Body).Decode(out)
}

// Boards lists the boards of a project.
func (c *Client) Boards(ctx context.Context, projectKey string) ([]Board, error) {
	var out struct{ Values []Board }
	err := c.agileGet(ctx, "/board?projectKeyOrId="+projectKey, &out)
	return out.Values, err
}

// ActiveSprints lists the active sprints of a board.
func (c *Client) ActiveSprints(ctx context.Context, boardID int) ([]map[string]any, error) {
	var out struct{ Values []map[string]any }
	err := c.agileGet(ctx, "/board/"+strconv.Itoa(boardID)+"/sprint?state=active", &out)
	return out.Values, err
}

// SprintIssues lists the issues of a sprint.
func (c *Client) SprintIssues(ctx context.Context, sprintID int) ([]Issue, error) {
	var out struct{ Issues []Issue }
	err := c.agileGet(ctx, "/sprint/"+strconv.Itoa(sprintID)+"/issue?fields=summary,status", &out)
	return out.Issues, err
}

// authorize authenticates a request; requests with a JSON body also
// get their content type and the User-Agent.
func (c *Client) authorize(req *http.Request, jsonBody bool) {
	req.SetBasicAuth(c.email, c.token)
	if jsonBody {
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("User-Agent", identity.UserAgent())
	}
}

// MoveToSprint moves issues into a sprint.
func (c *Client) MoveToSprint(ctx context.Context, sprintID int, keys []string) error {
	b, err := json.Marshal(map[string][]string{"issues": keys})
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/rest/agile/1.0/sprint/"+strconv.Itoa(sprintID)+"/issue", bytes.NewReader(b))
	if err != nil {
		return err
	}
	c.authorize(req, true)
	// OK(useragent/default): authorize sets the User-Agent for a JSON body.
	res, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	return res.Body.Close()
}

// BoardConfiguration reads a board's columns and estimation field.
func (c *Client) BoardConfiguration(ctx context.Context, boardID int) (map[string]any, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+"/rest/agile/1.0/board/"+strconv.Itoa(boardID)+"/configuration", nil)
	if err != nil {
		return nil, err
	}
	c.authorize(req, false)
	// MISTAKE(useragent/default): authorize sets the User-Agent only for requests with a JSON body.
	res, err := c.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	var out map[string]any
	return out, json.NewDecoder(res.Body).Decode(&out)
}
