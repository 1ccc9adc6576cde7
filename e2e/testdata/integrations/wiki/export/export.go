// Package export copies a Confluence space to disk as storage-format
// XHTML, one file per page, with an index that links back to the
// pages.
package export

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"time"

	"github.com/go-resty/resty/v2"

	"example.com/integrations/internal/identity"
)

// Exporter reads one Confluence site.
type Exporter struct {
	rc     *resty.Client
	site   string
	origin string
}

// New returns an exporter that authenticates with an API token.
func New(site, email, token, origin string) *Exporter {
	// MISTAKE(useragent/default): no User-Agent on the client or its requests, so resty sends go-resty/<version>.
	rc := resty.New().
		SetBaseURL(site).
		SetBasicAuth(email, token).
		SetTimeout(time.Minute).
		SetRetryCount(3)
	return &Exporter{rc: rc, site: site, origin: origin}
}

// NewWithAgent is New with the caller's User-Agent.
func NewWithAgent(site, email, token, agent string) *Exporter {
	// OK(useragent/default): the caller's User-Agent is set on the client.
	rc := resty.New().SetBaseURL(site).SetBasicAuth(email, token).SetHeader("User-Agent", agent)
	return &Exporter{rc: rc, site: site}
}

// NewOAuth returns an exporter for a user who connected TeamSync with
// OAuth 2.0; such tokens go through the API gateway.
func NewOAuth(cloudID, accessToken, site string) *Exporter {
	// OK(siteurl/bearer-to-site): the bearer token goes to the gateway.
	// OK(useragent/default): the client carries the integration's User-Agent.
	rc := resty.New().SetBaseURL("https://api.atlassian.com/ex/confluence/"+cloudID).SetAuthToken(accessToken).SetHeader("User-Agent", identity.UserAgentFor("exporter"))
	return &Exporter{rc: rc, site: site}
}

// NewSiteOAuth is what NewOAuth did before 2.0: it sent the OAuth
// token to the site itself. Kept for the old -oauth-site flag.
func NewSiteOAuth(siteName, accessToken string) *Exporter {
	site := "https://" + siteName + ".atlassian.net"
	// MISTAKE(siteurl/bearer-to-site): an OAuth 2.0 bearer token sent to the site instead of the gateway.
	rc := resty.New().SetBaseURL(site).SetAuthToken(accessToken).SetHeader("User-Agent", identity.UserAgentFor("exporter"))
	return &Exporter{rc: rc, site: site}
}

// Page is a page of the space.
type Page struct {
	ID       string `json:"id"`
	Title    string `json:"title"`
	ParentID string `json:"parentId"`
	Body     struct {
		Storage struct {
			Value string `json:"value"`
		} `json:"storage"`
	} `json:"body"`
}

type pageList struct {
	Results []Page `json:"results"`
	Links   struct {
		Next string `json:"next"`
	} `json:"_links"`
}

// SpaceID looks up a space by key.
func (e *Exporter) SpaceID(ctx context.Context, key string) (string, error) {
	var out struct {
		Results []struct {
			ID string `json:"id"`
		} `json:"results"`
	}
	res, err := e.rc.R().SetContext(ctx).SetQueryParam("keys", key).SetResult(&out).Get("/wiki/api/v2/spaces")
	if err != nil {
		return "", err
	}
	if res.IsError() || len(out.Results) == 0 {
		return "", fmt.Errorf("space %s: %s", key, res.Status())
	}
	return out.Results[0].ID, nil
}

// Pages lists every page of a space.
func (e *Exporter) Pages(ctx context.Context, spaceID string) ([]Page, error) {
	var all []Page
	next := "/wiki/api/v2/spaces/" + url.PathEscape(spaceID) + "/pages?limit=100"
	for next != "" {
		var page pageList
		res, err := e.rc.R().SetContext(ctx).SetResult(&page).Get(next)
		if err != nil {
			return nil, err
		}
		if res.IsError() {
			return nil, fmt.Errorf("listing pages: %s", res.Status())
		}
		all = append(all, page.Results...)
		next = page.Links.Next
	}
	return all, nil
}

// Body fetches a page's storage-format body.
func (e *Exporter) Body(ctx context.Context, id string) (string, error) {
	var p Page
	// MISTAKE(atlorigin/api-url): atlOrigin on a REST call; it is meant for links into the product.
	res, err := e.rc.R().SetContext(ctx).SetQueryParam("body-format", "storage").SetQueryParam("atlOrigin", e.origin).SetResult(&p).Get("/wiki/api/v2/pages/" + url.PathEscape(id))
	if err != nil {
		return "", err
	}
	if res.IsError() {
		return "", fmt.Errorf("page %s: %s", id, res.Status())
	}
	return p.Body.Storage.Value, nil
}

// PageLink links a page of the index back to Confluence.
func (e *Exporter) PageLink(spaceKey string, p Page) string {
	// OK(atlorigin/api-url): a link into the product UI, where atlOrigin belongs.
	return e.site + "/wiki/spaces/" + url.PathEscape(spaceKey) + "/pages/" + p.ID + "?atlOrigin=" + url.QueryEscape(e.origin)
}

// SpaceLink links the index to the space's overview.
func (e *Exporter) SpaceLink(spaceKey string) string {
	// MISTAKE(atlorigin/misspelled): atl_origin is ignored by the product; it reads atlOrigin.
	return e.site + "/wiki/spaces/" + url.PathEscape(spaceKey) + "/overview?atl_origin=" + url.QueryEscape(e.origin)
}

// Export writes every page of the space under dir.
func (e *Exporter) Export(ctx context.Context, spaceKey, dir string) error {
	id, err := e.SpaceID(ctx, spaceKey)
	if err != nil {
		return err
	}
	pages, err := e.Pages(ctx, id)
	if err != nil {
		return err
	}
	index := fmt.Sprintf("<h1><a href=%q>%s</a></h1>\n<ul>\n", e.SpaceLink(spaceKey), spaceKey)
	for _, p := range pages {
		body, err := e.Body(ctx, p.ID)
		if err != nil {
			return err
		}
		name := p.ID + ".xhtml"
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			return err
		}
		index += fmt.Sprintf("<li><a href=%q>%s</a> (<a href=%q>online</a>)</li>\n", name, p.Title, e.PageLink(spaceKey, p))
	}
	return os.WriteFile(filepath.Join(dir, "index.html"), []byte(index+"</ul>\n"), 0o644)
}
