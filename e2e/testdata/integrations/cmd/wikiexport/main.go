// Command wikiexport copies a Confluence space to a directory, or
// prints the page tree below a page.
//
//	wikiexport -site https://acme.atlassian.net -space ENG -out ./eng
//	wikiexport -site https://acme.atlassian.net -tree 98765
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"os"
	"strconv"

	confluence "github.com/ctreminiom/go-atlassian/v2/confluence/v2"

	"example.com/integrations/internal/identity"
	"example.com/integrations/wiki/export"
)

var version = "2.1.0"

func main() {
	site := flag.String("site", "", "Confluence site URL")
	space := flag.String("space", "", "space key to export")
	out := flag.String("out", ".", "directory to write the pages to")
	tree := flag.Int("tree", 0, "print the page tree below this page ID")
	oauthSite := flag.String("oauth-site", "", "deprecated: site name for an OAuth token ($CONFLUENCE_OAUTH_TOKEN)")
	flag.Parse()

	email, token := os.Getenv("CONFLUENCE_EMAIL"), os.Getenv("CONFLUENCE_API_TOKEN")
	ctx := context.Background()
	if *tree != 0 {
		if err := printTree(ctx, *site, email, token, *tree); err != nil {
			log.Fatal(err)
		}
		return
	}

	var ex *export.Exporter
	if *oauthSite != "" {
		ex = export.NewSiteOAuth(*oauthSite, os.Getenv("CONFLUENCE_OAUTH_TOKEN"))
	} else {
		// MISTAKE(useragent/convention): "TeamSync-Exporter/" already breaks the convention (upper case, no -int); the value expression is this argument, which NewWithAgent sets on the client.
		ex = export.NewWithAgent(*site, email, token, "TeamSync-Exporter/"+version)
	}
	if err := ex.Export(ctx, *space, *out); err != nil {
		log.Fatal(err)
	}
}

// printTree prints the children of a page, two levels deep.
func printTree(ctx context.Context, site, email, token string, root int) error {
	// MISTAKE(useragent/default): go-atlassian sends Go's default User-Agent unless Auth.SetUserAgent is called.
	cc, err := confluence.New(nil, site)
	if err != nil {
		return err
	}
	cc.Auth.SetBasicAuth(email, token)
	children, _, err := cc.Page.GetsByParent(ctx, root, "", 50)
	if err != nil {
		return err
	}
	for _, child := range children.Results {
		fmt.Println(child.Title)
		id, err := strconv.Atoi(child.ID)
		if err != nil {
			continue
		}
		if err := printTitle(ctx, site, email, token, id); err != nil {
			return err
		}
	}
	return nil
}

// printTitle prints the title of one page, indented.
func printTitle(ctx context.Context, site, email, token string, id int) error {
	// OK(useragent/default): Auth.SetUserAgent gives the client the integration's User-Agent.
	cc, err := confluence.New(nil, site)
	if err != nil {
		return err
	}
	cc.Auth.SetBasicAuth(email, token)
	cc.Auth.SetUserAgent(identity.UserAgentFor("wikiexport"))
	page, _, err := cc.Page.Get(ctx, id, "storage", false, 0)
	if err != nil {
		return err
	}
	fmt.Println("  " + page.Title)
	return nil
}
