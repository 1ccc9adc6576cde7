// Package libstubs holds hermetic stubs of the client libraries that
// internal/atlassian models (go-jira, go-atlassian, resty,
// retryablehttp, go-bitbucket, oreo, x/oauth2/clientcredentials), in
// testdata/src, laid out as a GOPATH for analysistest. Each stub has the
// real library's package path and, as far as it goes, its exact API:
// the test in e2e compares every function, method and field with the
// real module. Bodies are minimal and do nothing, except that go-jira's
// auth transports set their header as the real ones do.
//
// Pass tests reach the stubs through passtest.TestData, which merges
// them with the pass's own testdata.
package libstubs

import (
	"path/filepath"
	"runtime"
)

// Dir returns the GOPATH directory of the stubs: Dir()/src holds them.
func Dir() string {
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		panic("libstubs: no caller information")
	}
	return filepath.Join(filepath.Dir(file), "testdata")
}
