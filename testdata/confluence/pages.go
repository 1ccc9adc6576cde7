// Package confluence publishes the sync report as a Confluence page.
package confluence

import (
	"context"
	"net/http"
	"strings"

	"example.com/jiraintegration/jira"
)

// Publisher writes pages to the same site as the Jira client.
type Publisher struct {
	base string
	jira *jira.Client
}

// NewPublisher returns a publisher for https://<site>.atlassian.net/wiki.
func NewPublisher(site string, j *jira.Client) *Publisher {
	// MISTAKE(siteurl/insecure-scheme): Atlassian Cloud is served over https only.
	return &Publisher{base: "http://" + site + ".atlassian.net/wiki", jira: j}
}

// PageURL is the link to a published page for the chat message.
func (p *Publisher) PageURL(spaceKey, pageID string) string {
	// MISTAKE(atlorigin/misspelled): Confluence only reads atlOrigin.
	return p.base + "/spaces/" + spaceKey + "/pages/" + pageID + "?atl_origin=eyJpIjoicmVwb3J0In0"
}

// Publish creates a page in a space.
func (p *Publisher) Publish(ctx context.Context, spaceID, title, body string) error {
	payload := `{"spaceId":"` + spaceID + `","status":"current","title":"` + title + `","body":{"representation":"storage","value":"` + body + `"}}`
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, p.base+"/api/v2/pages", strings.NewReader(payload))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	// MISTAKE(useragent/inconsistent): package jira, which this one
	// imports, sends jira-acme-int; one integration, one identity.
	req.Header.Set("User-Agent", "confluence-acmereports-int/2.0.0")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Ping checks that the wiki answers.
func (p *Publisher) Ping(ctx context.Context) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, p.base+"/api/v2/spaces?limit=1", nil)
	if err != nil {
		return err
	}
	// MISTAKE(useragent/default): no User-Agent; the fix reuses the identity of package jira.
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
