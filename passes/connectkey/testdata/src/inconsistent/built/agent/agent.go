// Package agent builds the integration's User-Agent, naming the
// component and the Go version in the optional part: its whole value
// is known only at run time, its identity is not.
package agent

import "runtime"

const name = "jira-acme-int"

func For(component string) string {
	return name + "/1.0.0 (" + component + "; " + runtime.Version() + ")"
}
