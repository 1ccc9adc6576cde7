// Package connect is the integration's Atlassian Connect app for Jira:
// it serves the app descriptor a site reads when an admin installs the
// app, and answers the lifecycle callback that follows.
package connect

import (
	"encoding/json"
	"net/http"

	"example.com/jiraintegration/jira"
)

// descriptor is atlassian-connect.json.
type descriptor struct {
	Key            string         `json:"key"`
	Name           string         `json:"name"`
	BaseURL        string         `json:"baseUrl"`
	Authentication authentication `json:"authentication"`
	Lifecycle      lifecycle      `json:"lifecycle"`
	Scopes         []string       `json:"scopes"`
	Modules        map[string]any `json:"modules,omitempty"`
}

type authentication struct {
	Type string `json:"type"`
}

type lifecycle struct {
	Installed string `json:"installed"`
}

// JiraDescriptor serves the descriptor of the Jira app.
func JiraDescriptor(baseURL string) http.Handler {
	return serve(descriptor{
		// MISTAKE(connectkey/convention): the User-Agent was pasted in, version and all; each release would be another app.
		Key:            "jira-acme-int/1.4.2",
		Name:           "Acme Sync for Jira",
		BaseURL:        baseURL,
		Authentication: authentication{Type: "jwt"},
		Lifecycle:      lifecycle{Installed: "/installed"},
		Scopes:         []string{"READ", "WRITE"},
	})
}

// ConfluenceDescriptor serves the descriptor of the Confluence app.
func ConfluenceDescriptor(baseURL string) http.Handler {
	return serve(descriptor{
		// OK(connectkey/inconsistent): another product, the same source as the User-Agent jira-acme-int.
		Key:            "confluence-acme-int",
		Name:           "Acme Sync for Confluence",
		BaseURL:        baseURL,
		Authentication: authentication{Type: "jwt"},
		Lifecycle:      lifecycle{Installed: "/installed"},
		Scopes:         []string{"READ"},
	})
}

func serve(d descriptor) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		if err := json.NewEncoder(w).Encode(d); err != nil {
			http.Error(w, "descriptor", http.StatusInternalServerError)
		}
	})
}

// Installed answers the lifecycle callback of a new installation: the
// sync job checks that the site answers before it starts.
func Installed(w http.ResponseWriter, r *http.Request) {
	var install struct {
		ClientKey string `json:"clientKey"`
		BaseURL   string `json:"baseUrl"`
	}
	if err := json.NewDecoder(r.Body).Decode(&install); err != nil {
		http.Error(w, "bad installation payload", http.StatusBadRequest)
		return
	}
	// OK(connectkey/convention): the key of a Jira issue, not of an app.
	welcome := jira.Issue{Key: "ACME-1"}
	if err := jira.NewClient(siteName(install.BaseURL)).ServerInfo(); err != nil {
		http.Error(w, "site does not answer", http.StatusBadGateway)
		return
	}
	if err := json.NewEncoder(w).Encode(welcome); err != nil {
		http.Error(w, "welcome issue", http.StatusInternalServerError)
	}
}

// siteName returns "acme" for "https://acme.atlassian.net".
func siteName(baseURL string) string {
	const prefix, suffix = "https://", ".atlassian.net"
	if len(baseURL) > len(prefix)+len(suffix) {
		return baseURL[len(prefix) : len(baseURL)-len(suffix)]
	}
	return ""
}
