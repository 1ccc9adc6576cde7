// Package plugin is a chat plugin that talks to Jira, with a
// User-Agent built from its name and the version the build stamps in:
// shape 10 of issue 12. The constant part already breaks Atlassian's
// convention, whatever the version.
package plugin

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"runtime"
)

// version is set by the linker: -X example.com/shapes/uaprefix/plugin.version=4.1.0
var version = "dev"

// Plugin sends the plugin's requests to one site.
type Plugin struct {
	site     string
	hc       *http.Client
	manifest Manifest
}

// Manifest is the plugin's manifest, which the server hands over at
// activation.
type Manifest struct {
	ID      string `json:"id"`
	Version string `json:"version"`
}

// New returns a plugin for site.
func New(site string, m Manifest) *Plugin {
	return &Plugin{site: site, hc: &http.Client{}, manifest: m}
}

// Myself checks the connection, with the version from the manifest.
func (p *Plugin) Myself(ctx context.Context) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, "GET", "https://"+p.site+".atlassian.net/rest/api/3/myself", nil)
	if err != nil {
		return nil, err
	}
	// MISTAKE(useragent/convention): upper case and no -int, whatever version the manifest holds.
	req.Header.Set("User-Agent", "Mattermost-Plugin-Jira/"+p.manifest.Version)
	return p.hc.Do(req)
}

// Issue fetches an issue for a link preview.
func (p *Plugin) Issue(ctx context.Context, key string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, "GET", "https://"+p.site+".atlassian.net/rest/api/3/issue/"+url.PathEscape(key), nil)
	if err != nil {
		return nil, err
	}
	// MISTAKE(useragent/convention): the linker's version is unknown, "dev" in the source; the prefix is wrong either way.
	req.Header.Set("User-Agent", "Mattermost-Plugin-Jira/"+version)
	return p.hc.Do(req)
}

// Transitions fetches the transitions of an issue.
func (p *Plugin) Transitions(ctx context.Context, key string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, "GET", "https://"+p.site+".atlassian.net/rest/api/3/issue/"+url.PathEscape(key)+"/transitions", nil)
	if err != nil {
		return nil, err
	}
	// MISTAKE(useragent/convention): a space in the product and no -int.
	req.Header.Set("User-Agent", fmt.Sprintf("Chat Ops Jira/%s (%s)", version, runtime.Version()))
	return p.hc.Do(req)
}
