// Package atlassian holds what atlvet knows about Atlassian Cloud: hosts,
// REST paths, the User-Agent and Connect app key conventions, credential
// formats, and the client libraries integrations reach it through
// (libraries.go).
//
// Everything here is a pure function of strings, so the passes can share one
// answer to "is this an Atlassian request?" and the knowledge tables can be
// tested and fuzzed without type-checking any code.
package atlassian
