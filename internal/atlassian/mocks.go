package atlassian

// HTTP mocking libraries.
//
// Tests register what a fake answers for a URL: httpmock's
// RegisterResponder("GET", "http://acme.atlassian.net/...", responder),
// gock.New("http://acme.atlassian.net"). Such a URL is a key the fake
// matches requests against, not a place the program reaches: a test
// that registers an http:// URL to assert that nothing is ever sent
// there sends nothing.

// A MockRegistration is a function or method of an HTTP mocking library
// whose argument URLArg (0-based, the receiver not counted) is a URL a
// fake answers for.
type MockRegistration struct {
	Pkg    string // import path
	Recv   string // the receiver's type name, "" for a function
	Name   string
	URLArg int
}

var mockRegistrations = func() []MockRegistration {
	var out []MockRegistration
	// github.com/jarcoal/httpmock: the package-level functions act on
	// the default transport, the methods on a MockTransport.
	for _, recv := range []string{"", "MockTransport"} {
		for _, name := range []string{"RegisterResponder", "RegisterResponderWithQuery", "RegisterMatcherResponder", "RegisterMatcherResponderWithQuery"} {
			out = append(out, MockRegistration{"github.com/jarcoal/httpmock", recv, name, 1})
		}
	}
	// gock: New(uri) starts the mock of every request to uri.
	for _, pkg := range []string{"gopkg.in/h2non/gock.v1", "github.com/h2non/gock"} {
		out = append(out, MockRegistration{pkg, "", "New", 0})
	}
	return out
}()

// MockURLArg reports whether argument arg (0-based, the receiver not
// counted) of the function or method name of package pkg, whose
// receiver's type is named recv ("" for a function), is a URL an HTTP
// mock answers for.
func MockURLArg(pkg, recv, name string, arg int) bool {
	for _, m := range mockRegistrations {
		if m.Pkg == pkg && m.Recv == recv && m.Name == name && m.URLArg == arg {
			return true
		}
	}
	return false
}
