// Command jirasync copies issues from Jira Cloud: the module the
// golangci-lint end-to-end test runs atlvet on.
package main

import (
	"context"
	"log"

	"example.com/jirasync/jira"
)

func main() {
	resp, err := jira.Issue(context.Background(), "ACME-1")
	if err != nil {
		log.Fatal(err)
	}
	log.Println(resp.Status)
	if err := resp.Body.Close(); err != nil {
		log.Fatal(err)
	}
}
