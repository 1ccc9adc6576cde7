// Package connect is the Atlassian Connect side of TeamSync: the app
// descriptors, the installation lifecycle, and the requests the app
// makes to the sites it is installed on.
package connect

import (
	"encoding/json"
	"net/http"
)

// Descriptor is an atlassian-connect.json app descriptor.
type Descriptor struct {
	Key            string         `json:"key"`
	Name           string         `json:"name"`
	Description    string         `json:"description"`
	BaseURL        string         `json:"baseUrl"`
	Authentication Authentication `json:"authentication"`
	Lifecycle      Lifecycle      `json:"lifecycle"`
	Scopes         []string       `json:"scopes"`
	APIVersion     int            `json:"apiVersion"`
	Modules        map[string]any `json:"modules,omitempty"`
}

// Authentication says how the app authenticates.
type Authentication struct {
	Type string `json:"type"`
}

// Lifecycle holds the app's lifecycle callbacks.
type Lifecycle struct {
	Installed   string `json:"installed"`
	Uninstalled string `json:"uninstalled"`
}

// JiraDescriptor is the descriptor of the Jira app.
func JiraDescriptor(baseURL string) Descriptor {
	return Descriptor{
		// OK(connectkey/convention): {product}-{source}-int, no version.
		// OK(connectkey/inconsistent): the same source as the User-Agent the module sends.
		Key:            "jira-teamsync-int",
		Name:           "TeamSync for Jira",
		BaseURL:        baseURL,
		Authentication: Authentication{Type: "jwt"},
		Lifecycle:      Lifecycle{Installed: "/installed", Uninstalled: "/uninstalled"},
		Scopes:         []string{"READ", "WRITE", "ACT_AS_USER"},
		APIVersion:     1,
		Modules: map[string]any{
			"generalPages": []map[string]any{{
				// OK(connectkey/convention): a module's key, not the app's.
				"key":  "teamsync-dashboard",
				"url":  "/dashboard",
				"name": map[string]string{"value": "TeamSync"},
			}},
		},
	}
}

// ConfluenceDescriptor is the descriptor of the Confluence app.
func ConfluenceDescriptor(baseURL string) Descriptor {
	d := JiraDescriptor(baseURL)
	// OK(connectkey/inconsistent): another product, the same source.
	d.Key = "confluence-teamsync-int"
	d.Name = "TeamSync for Confluence"
	d.Modules = nil
	return d
}

// macrosDescriptor is the descriptor of the macro pack, a separate app
// since 2021.
var macrosDescriptor = map[string]any{
	// MISTAKE(connectkey/convention): upper case and no -int.
	"key":            "TeamSync-Confluence-Macros",
	"name":           "TeamSync macros",
	"baseUrl":        "https://teamsync.example.com/macros",
	"authentication": map[string]string{"type": "jwt"},
	"apiVersion":     1,
}

// worklogDescriptor is the descriptor of the worklog bridge, which
// another team wrote and TeamSync now serves.
//
// MISTAKE(connectkey/inconsistent): its source, worklogbridge, is not the teamsync the module's User-Agent names.
const worklogDescriptor = `{"key": "jira-worklogbridge-int",
  "name": "Worklog bridge",
  "baseUrl": "https://teamsync.example.com/worklog",
  "authentication": {"type": "jwt"},
  "lifecycle": {"installed": "/worklog/installed"},
  "scopes": ["READ", "WRITE"],
  "apiVersion": 1
}`

// ServeDescriptors serves the descriptors of the apps.
func ServeDescriptors(mux *http.ServeMux, baseURL string) {
	serve := func(v any) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/json")
			json.NewEncoder(w).Encode(v)
		}
	}
	mux.HandleFunc("GET /jira/atlassian-connect.json", serve(JiraDescriptor(baseURL+"/jira")))
	mux.HandleFunc("GET /confluence/atlassian-connect.json", serve(ConfluenceDescriptor(baseURL+"/confluence")))
	mux.HandleFunc("GET /macros/atlassian-connect.json", serve(macrosDescriptor))
	mux.HandleFunc("GET /worklog/atlassian-connect.json", serve(json.RawMessage(worklogDescriptor)))
}
