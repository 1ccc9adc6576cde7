package jirarest

import (
	"context"
	"fmt"
)

// Sprints lists the sprints of a board.
func (c *Client) Sprints(ctx context.Context, boardID int) ([]byte, error) {
	res, err := c.GetV1(ctx, fmt.Sprintf("/board/%d/sprint?state=active,future", boardID), jsonHeaders)
	var raw []byte
	return raw, decode(res, err, &raw)
}

// MoveToSprint moves issues into a sprint.
func (c *Client) MoveToSprint(ctx context.Context, sprintID int, body []byte) error {
	res, err := c.PostV1(ctx, fmt.Sprintf("/sprint/%d/issue", sprintID), body, jsonHeaders)
	return decode(res, err, nil)
}

// RenameSprint renames a sprint.
func (c *Client) RenameSprint(ctx context.Context, sprintID int, body []byte) error {
	res, err := c.PutV1(ctx, fmt.Sprintf("/sprint/%d", sprintID), body, jsonHeaders)
	return decode(res, err, nil)
}

// DeleteSprint deletes a sprint.
func (c *Client) DeleteSprint(ctx context.Context, sprintID int) error {
	res, err := c.DeleteV1(ctx, fmt.Sprintf("/sprint/%d", sprintID), nil)
	return decode(res, err, nil)
}
