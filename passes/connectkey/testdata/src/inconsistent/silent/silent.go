// Package silent sends no User-Agent and imports none: its key has no
// identity to be compared with.
package silent

var descriptor = map[string]any{
	"key":     "jira-anything-int",
	"baseUrl": "https://connect.acme.example",
}
