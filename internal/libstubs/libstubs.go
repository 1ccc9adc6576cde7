// Package libstubs holds hermetic stubs of the client libraries that
// internal/atlassian models (go-jira, go-atlassian, resty,
// retryablehttp, go-bitbucket, oreo, x/oauth2/clientcredentials) and of
// golang.org/x/oauth2 with the subpackages the tests use (jira,
// bitbucket, github), in testdata/src, laid out as a GOPATH for
// analysistest. Each stub has the real library's package path and, as
// far as it goes, its exact API: TestLibraryStubsMatchReal in e2e
// compares every function, method, field, variable and constant with
// the real module. Bodies are minimal and do nothing, except that
// go-jira's auth transports set their header as the real ones do and
// x/oauth2's options, AuthCodeURL and Transport do the obvious.
//
// Tests reach the stubs through passtest.TestData, which merges them
// with the test's own testdata; there is one stub of each package for
// every test.
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
