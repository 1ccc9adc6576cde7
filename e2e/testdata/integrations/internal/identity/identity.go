// Package identity holds the one User-Agent every component of
// TeamSync sends to Atlassian, as Atlassian asks: one identity per
// integration, whatever the technology.
package identity

import "runtime"

// Name is the integration's identity: {product}-{source}-int.
const Name = "jira-teamsync-int"

// Version is stamped in by the release build with -ldflags -X.
var Version = "1.8.0"

// UserAgent is what every request to Atlassian carries.
func UserAgent() string {
	return Name + "/" + Version
}

// UserAgentFor names the component and the Go version in the optional
// part, which the convention allows.
func UserAgentFor(component string) string {
	return Name + "/" + Version + " (" + component + "; " + runtime.Version() + ")"
}
