package e2e

import (
	"strings"
	"testing"
)

// integrationsModule is a corpus of realistic integrations written from
// the rule catalogue alone, without reading atlvet's implementation: a
// Jira sync service, a Confluence exporter, a Bitbucket webhook bot, an
// OAuth 2.0 (3LO) web app, an SDK behind an HTTPClient interface, a
// CLI with a loopback OAuth flow, a go-jira v1 report and a Connect
// app, with the client libraries of the catalogue.
const integrationsModule = "testdata/integrations"

// integrationsGaps lists the markers of the integrations module that
// atlvet is known to get wrong still.
const integrationsGaps = "testdata/integrations.gaps"

// integrationsPasses are the passes the corpus must exercise on both
// sides: each needs MISTAKE and OK markers.
var integrationsPasses = []string{"useragent", "oauthstate", "secrets", "atlorigin", "siteurl", "connectkey"}

// TestIntegrations: atlvet, standalone and as go vet's tool, reports on
// the integrations module exactly what its MISTAKE markers say, and
// none of the near misses its OK markers name, except the known gaps.
func TestIntegrations(t *testing.T) {
	parallel(t)
	dir := copyModule(t, integrationsModule)
	markers := readMarkers(t, dir)
	mistakes, oks := map[string]int{}, map[string]int{}
	for _, m := range markers {
		pass, _, _ := strings.Cut(m.rule, "/")
		if m.mistake {
			mistakes[pass]++
			mistakes[""]++
		} else {
			oks[pass]++
			oks[""]++
		}
	}
	if mistakes[""] < 40 || oks[""] < 40 {
		t.Fatalf("only %d MISTAKE and %d OK markers in the integrations module", mistakes[""], oks[""])
	}
	for _, pass := range integrationsPasses {
		if mistakes[pass] == 0 || oks[pass] == 0 {
			t.Errorf("the integrations module has %d MISTAKE and %d OK markers for %s; want both", mistakes[pass], oks[pass], pass)
		}
	}
	checkModuleMarkers(t, dir, "the integrations module", markers, readGaps(t, integrationsGaps))
}

// TestIntegrationsModuleBuilds: the integrations module builds, passes
// go vet's own checks, and its go.mod and go.sum are tidy.
func TestIntegrationsModuleBuilds(t *testing.T) {
	parallel(t)
	checkModuleBuilds(t, integrationsModule)
}
