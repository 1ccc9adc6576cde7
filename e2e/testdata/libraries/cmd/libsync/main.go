// Command libsync copies the week's Jira issues into a Confluence
// report and lists the Bitbucket repositories they touch.
package main

import (
	"context"
	"fmt"
	"log"
	"os"

	"example.com/libintegration/atlassian"
	"example.com/libintegration/jiraclient"
	"example.com/libintegration/jiracloud"
	"example.com/libintegration/legacycli"
	"example.com/libintegration/legacyjira"
	"example.com/libintegration/machine"
	"example.com/libintegration/repos"
	"example.com/libintegration/retry"
	"example.com/libintegration/search"
	"example.com/libintegration/wiki"
)

func main() {
	ctx := context.Background()
	site := os.Getenv("JIRA_SITE")
	cloudID := os.Getenv("JIRA_CLOUD_ID")
	accessToken := os.Getenv("ATLASSIAN_ACCESS_TOKEN")

	svc, err := jiraclient.New(site, os.Getenv("JIRA_EMAIL"), os.Getenv("JIRA_API_TOKEN"))
	check(err)
	summary, err := svc.Summary("LIB-1")
	check(err)
	me, err := svc.Myself(ctx)
	check(err)
	version, err := jiraclient.ServerInfo(ctx, site)
	check(err)
	fmt.Println(summary, me, version)

	// The report client is built in jiraclient and used here.
	reporter, err := jiraclient.NewReporter(site)
	check(err)
	issues, _, err := reporter.Issue.Search("updated >= -7d", nil)
	check(err)
	fmt.Println(len(issues), "issues this week")

	oauthClient, err := jiraclient.NewOAuth(site, accessToken)
	check(err)
	self, _, err := oauthClient.User.GetSelf()
	check(err)
	gateway, err := jiraclient.NewGateway(cloudID, accessToken)
	check(err)
	project, _, err := gateway.Project.Get("LIB")
	check(err)
	legacy, err := jiraclient.NewLegacy(site)
	check(err)
	ok, err := legacy.Authentication.AcquireSessionCookie(os.Getenv("JIRA_USER"), os.Getenv("JIRA_PASSWORD"))
	check(err)
	fmt.Println(self.DisplayName, project.Name, ok)

	board, err := jiracloud.NewBoard(site)
	check(err)
	titles, err := board.Titles(ctx, "project = LIB")
	check(err)
	agentBoard, err := jiracloud.NewBoardWithAgent(site)
	check(err)
	more, err := agentBoard.Titles(ctx, "project = OPS")
	check(err)
	sandbox, err := jiracloud.NewSandbox()
	check(err)
	sandboxTitles, err := sandbox.Titles(ctx, "project = SBX")
	check(err)
	fmt.Println(len(titles), len(more), len(sandboxTitles))

	dc, err := jiracloud.NewDataCenter()
	check(err)
	dcSummary, err := dc.Summary(ctx, "OPS-1")
	check(err)
	bot, err := jiracloud.NewBuildBot()
	check(err)
	botSummary, err := bot.Summary(ctx, "BLD-1")
	check(err)
	fmt.Println(dcSummary, botSummary)

	for _, newJira := range []func() (*atlassian.Jira, error){
		func() (*atlassian.Jira, error) {
			return atlassian.NewJira(site, os.Getenv("JIRA_EMAIL"), os.Getenv("JIRA_API_TOKEN"))
		},
		func() (*atlassian.Jira, error) { return atlassian.NewJiraOAuth(site, accessToken) },
		func() (*atlassian.Jira, error) { return atlassian.NewJiraGateway(cloudID, accessToken) },
		func() (*atlassian.Jira, error) { return atlassian.NewJiraBot(site) },
	} {
		j, err := newJira()
		check(err)
		s, err := j.Summary(ctx, "LIB-2")
		check(err)
		fmt.Println(s)
	}
	w, err := atlassian.NewWiki(site)
	check(err)
	title, err := w.Title(ctx, "12345")
	check(err)
	wb, err := atlassian.NewWikiBot(cloudID)
	check(err)
	botTitle, err := wb.Title(ctx, "67890")
	check(err)
	fmt.Println(title, botTitle)
	oldKey, err := legacyjira.Summary(ctx, site, "LIB-3")
	check(err)
	oldTitle, err := legacyjira.PageTitle(ctx, site, "12345")
	check(err)
	fmt.Println(oldKey, oldTitle)

	page, err := wiki.Get("12345")
	check(err)
	for _, p := range []*wiki.Publisher{
		wiki.NewPublisher(site),
		wiki.NewOAuthPublisher(site, accessToken),
		wiki.NewGatewayPublisher(cloudID, accessToken),
		wiki.NewBotPublisher(site),
		wiki.NewStagingPublisher(),
	} {
		check(p.Link("LIB-1", "https://"+site+".atlassian.net/wiki/spaces/LIB/pages/"+page.ID))
	}
	raw, err := wiki.NewPublisher(site).Issue("LIB-1")
	check(err)
	fmt.Println(len(raw))

	keys, err := search.New(site).Keys("project = LIB")
	check(err)
	count, err := search.Count(site, "project = LIB")
	check(err)
	fmt.Println(keys, count)

	for _, newLister := range []func() (*repos.Lister, error){repos.NewLister, repos.NewIdentifiedLister, repos.NewLegacyLister} {
		l, err := newLister()
		check(err)
		names, err := l.Names("acme")
		check(err)
		fmt.Println(names)
	}

	rc := retry.New()
	for _, call := range []func(context.Context) error{
		func(ctx context.Context) error { _, err := rc.Myself(ctx); return err },
		func(ctx context.Context) error { _, err := rc.Projects(ctx); return err },
		func(ctx context.Context) error { _, err := rc.Standard(ctx); return err },
		func(context.Context) error { _, err := retry.ServerInfo(); return err },
		func(context.Context) error { _, err := legacycli.Myself(); return err },
		func(context.Context) error { _, err := legacycli.ServerInfo(); return err },
		func(ctx context.Context) error { _, err := machine.CurrentUser(ctx); return err },
	} {
		check(call(ctx))
	}
}

func check(err error) {
	if err != nil {
		log.Fatal(err)
	}
}
