// Package atlassian holds what atlvet knows about Atlassian Cloud: hosts,
// REST paths, the User-Agent and Connect app key conventions, credential
// formats, and the client libraries integrations reach it through
// (libraries.go); and what atlvet knows of the other APIs a value passes
// through on its way: what x/oauth2's AuthCodeURL options set
// (oauth.go), what a state or token is made of when it comes from a
// standard function (origins.go), which calls register a URL with an
// HTTP mock (mocks.go), and the values of other packages' variables
// and fields (knownvalues.go).
//
// Everything here is a pure function of strings, so the passes can share one
// answer to "is this an Atlassian request?" and the knowledge tables can be
// tested and fuzzed without type-checking any code.
package atlassian
