// Package nearmiss holds keys that are not a Connect app's.
package nearmiss

import (
	"fmt"
	"os"
	"text/template"
)

// A Jira issue: a key and fields.
type Issue struct {
	ID     string         `json:"id"`
	Key    string         `json:"key"`
	Self   string         `json:"self"`
	Fields map[string]any `json:"fields"`
}

// An entity property: a key and a value.
type Property struct {
	Key   string `json:"key"`
	Value any    `json:"value"`
}

// A module of a descriptor has a key of its own.
type Module struct {
	Key  string            `json:"key"`
	Name map[string]string `json:"name"`
	URL  string            `json:"url"`
}

// A descriptor type without its key tagged "key" is none.
type Untagged struct {
	Key     string
	BaseURL string `json:"baseUrl"`
}

var (
	issue    = Issue{Key: "ACME-1", Fields: map[string]any{"summary": "Broken build"}}
	property = Property{Key: "Acme-Settings", Value: map[string]bool{"enabled": true}}
	module   = Module{Key: "Acme-Page", URL: "/page"}
	untagged = Untagged{Key: "Acme", BaseURL: "https://connect.acme.example"}
	issueMap = map[string]any{"key": "ACME-1", "fields": map[string]any{}}
)

const issueJSON = `{"id": "10001", "key": "ACME-1", "self": "https://acme.atlassian.net/rest/api/3/issue/10001"}`

// A descriptor rendered from a template or a format reads its key from
// configuration.
var descriptorTemplate = template.Must(template.New("d").Parse(`{"key": "{{.Key}}", "baseUrl": "{{.BaseURL}}"}`))

func descriptorText() string {
	return fmt.Sprintf(`{"key": %q, "baseUrl": %q}`, os.Getenv("APP_KEY"), os.Getenv("BASE_URL"))
}
