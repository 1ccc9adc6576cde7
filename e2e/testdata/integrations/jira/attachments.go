package jira

import (
	"bytes"
	"context"
	"fmt"
	"mime/multipart"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"example.com/integrations/internal/identity"
)

// Attach uploads a file to an issue. Jira throttles uploads hard, so a
// 429 is retried once after the delay the answer asks for.
func (c *Client) Attach(ctx context.Context, key, name string, data []byte) error {
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	part, err := mw.CreateFormFile("file", name)
	if err != nil {
		return err
	}
	if _, err := part.Write(data); err != nil {
		return err
	}
	if err := mw.Close(); err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/rest/api/3/issue/"+url.PathEscape(key)+"/attachments", bytes.NewReader(buf.Bytes()))
	if err != nil {
		return err
	}
	req.SetBasicAuth(c.email, c.token)
	req.Header.Set("X-Atlassian-Token", "no-check")
	req.Header.Set("Content-Type", mw.FormDataContentType())
	// MISTAKE(useragent/default): the first attempt leaves before the User-Agent is set for the retry below.
	res, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	if res.StatusCode == http.StatusTooManyRequests {
		res.Body.Close()
		secs, _ := strconv.Atoi(res.Header.Get("Retry-After"))
		select {
		case <-time.After(time.Duration(secs) * time.Second):
		case <-ctx.Done():
			return ctx.Err()
		}
		req.Body, _ = req.GetBody()
		req.Header.Set("User-Agent", identity.UserAgentFor("attachments"))
		// OK(useragent/default): every path to the retry has set the User-Agent.
		res, err = c.hc.Do(req)
		if err != nil {
			return err
		}
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return fmt.Errorf("jira: attaching %s to %s: %s", name, key, res.Status)
	}
	return nil
}
