// Command jirasync copies new Jira issues to Slack and publishes a
// weekly report to Confluence.
package main

import (
	"context"
	"flag"
	"log"
	"os"

	"example.com/jiraintegration/confluence"
	"example.com/jiraintegration/jira"
	"example.com/jiraintegration/slack"
)

// MISTAKE(secrets/atlassian-token): a live API token as a flag default,
// in the binary and in the repository's history.
var token = flag.String("token", "ATATT3xFfGF0RJZLIG6dnXuwhjilNXMeIEUyri-mT5I0QX9SEINFzE5lB-seVW030mFjH-XaG-wPdoujkNKDvbkbo30xpTHnA1hrKPqcPXqtns-BEKZUj_L4XhJ-VE47UPE6PRYSOi7pqLH-yvkK-g6xR-HT_Truvwb4TyCWnOXIRVS66M5MSLI=E50C2411", "Atlassian API token of the sync bot")

// OK(secrets/atlassian-token): the format's example from the docs, whose checksum fails.
const docsExample = "ATATT3xFfGF0f1Y3Qp2Gwf3_u5DFyq92Z5O1zuSUIvOjnFZQH4aTKtS7i0XyhP0HHv9nm6oYenimonxBG0C4-k_ePsBu-43MLA_F4DjXySpephYpS_zT8VeR5ZtC6tWaa_Aiicy_iZijina0LWu65xaabW2CdJw9OBDfkwkjvV49jx_dXE3keor=C2948255"

func main() {
	flag.Parse()
	ctx := context.Background()
	site := os.Getenv("ATLASSIAN_SITE")
	if *token == docsExample {
		log.Fatal("set -token to the sync bot's API token")
	}
	client := jira.NewClient(site).WithAPIToken("sync-bot@acme.example", *token)
	if err := client.ServerInfo(); err != nil {
		log.Fatal(err)
	}
	issues, err := client.Search(ctx, "project = OPS AND created >= -1d")
	if err != nil {
		log.Fatal(err)
	}
	for _, issue := range issues {
		if err := slack.Notify(issue.Fields.Summary, client.BrowseURL(issue.Key)); err != nil {
			log.Print(err)
		}
	}
	pub := confluence.NewPublisher(site, client)
	if err := pub.Publish(ctx, os.Getenv("CONFLUENCE_SPACE_ID"), "Weekly sync", "<p>done</p>"); err != nil {
		log.Fatal(err)
	}
}
