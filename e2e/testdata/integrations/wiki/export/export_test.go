package export

import (
	"strings"
	"testing"
)

func TestLinks(t *testing.T) {
	// OK(secrets/hardcoded-credential): a placeholder made of words that describe the value.
	e := New("https://example.atlassian.net", "me@example.com", "your-api-token", "eyJpIjoiZXhwb3J0In0")
	got := e.PageLink("ENG", Page{ID: "4242"})
	if !strings.HasPrefix(got, "https://example.atlassian.net/wiki/spaces/ENG/pages/4242?") {
		t.Errorf("PageLink = %s", got)
	}
}
