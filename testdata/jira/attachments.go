package jira

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
)

// attachmentAgent was written by hand when attachments were added.
const attachmentAgent = "Jira-Acme-Int/1.4.2"

// Attach uploads a file to an issue.
func (c *Client) Attach(ctx context.Context, key, name string, content io.Reader) error {
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	part, err := w.CreateFormFile("file", name)
	if err != nil {
		return err
	}
	if _, err := io.Copy(part, content); err != nil {
		return err
	}
	if err := w.Close(); err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, fmt.Sprintf("%s/rest/api/3/issue/%s/attachments", c.baseURL, key), &buf)
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", w.FormDataContentType())
	req.Header.Set("X-Atlassian-Token", "no-check")
	// MISTAKE(useragent/convention): attachmentAgent is in upper case;
	// the fix lower-cases its declaration.
	req.Header.Set("User-Agent", attachmentAgent)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
