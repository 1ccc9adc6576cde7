// Package ualibtestfile makes library clients in its tests, and one
// for the plugin SDK's local Jira.
package ualibtestfile

import v3 "github.com/ctreminiom/go-atlassian/v2/jira/v3"

const Site = "https://acme.atlassian.net"

// sdkJira is the Jira that the Atlassian plugin SDK runs on this
// machine: a Jira, on the loopback interface, outside any test.
const sdkJira = "http://localhost:2990/jira"

func Local() (*v3.Client, error) {
	return v3.New(nil, sdkJira) // want `go-atlassian client sends its requests to localhost:2990 with Go's default User-Agent`
}
