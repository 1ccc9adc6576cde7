package normaliser

import (
	"net/http"
	"testing"
)

var siteCases = []struct {
	in, want string
}{
	{"acme", "https://acme.atlassian.net"},
	{"http://acme.atlassian.net/", "https://acme.atlassian.net"},
	{in: "HTTP://ACME.atlassian.net", want: "https://ACME.atlassian.net"},
}

var upgrades = map[string]string{
	"http://wiki.atlassian.net": "https://wiki.atlassian.net",
}

func TestSite(t *testing.T) {
	for _, tc := range siteCases {
		got, err := Site(tc.in)
		if err != nil || got != tc.want {
			t.Errorf("Site(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
	}
	for in, want := range upgrades {
		if got, _ := Site(in); got != want {
			t.Errorf("Site(%q) = %q; want %q", in, got, want)
		}
	}
}

func TestRejectsNothing(t *testing.T) {
	in := "http://acme.atlassian.net/jira"
	if got, _ := Site(in); got == in {
		t.Errorf("Site(%q) kept http", in)
	}
}

// A test that reaches the site over http is reported like any code.
func TestLive(t *testing.T) {
	resp, err := http.Get("http://acme.atlassian.net/status") // want `http:// URL to Atlassian Cloud host`
	if err == nil {
		resp.Body.Close()
	}
}

// A table of steps whose code reaches the site: the literal is no
// entry of the table, and is reported.
var steps = []struct {
	name string
	run  func() error
}{
	{"status", func() error {
		_, err := http.Get("http://acme.atlassian.net/status") // want `http:// URL to Atlassian Cloud host`
		return err
	}},
}
