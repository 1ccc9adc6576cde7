// Command atlvet checks Go programs that talk to Atlassian Cloud (Jira,
// Confluence, Bitbucket) against Atlassian's own guidance.
//
// Run it on its own or as a vet tool:
//
//	atlvet ./...
//	go vet -vettool=$(which atlvet) ./...
//	go fix -fixtool=$(which atlvet) ./...
//	atlvet help useragent
//	atlvet -sarif ./... > atlvet.sarif
package main

import (
	"os"

	"golang.org/x/tools/go/analysis/multichecker"

	"github.com/atlvet/atlvet/suite"
)

func main() {
	if wantsSARIF(os.Args[1:]) {
		os.Exit(runSARIF(os.Args[1:]))
	}
	multichecker.Main(suite.Analyzers()...)
}
