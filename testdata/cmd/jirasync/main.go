// Command jirasync copies new Jira issues to Slack and publishes a
// weekly report to Confluence.
package main

import (
	"context"
	"log"
	"os"

	"example.com/jiraintegration/confluence"
	"example.com/jiraintegration/jira"
	"example.com/jiraintegration/slack"
)

func main() {
	ctx := context.Background()
	site := os.Getenv("ATLASSIAN_SITE")
	client := jira.NewClient(site)
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
