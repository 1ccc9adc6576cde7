// Command atl shows and edits Jira issues and Confluence pages.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"

	"example.com/shapes/atlcli/api"
)

func main() {
	site := flag.String("site", os.Getenv("ATL_SITE"), "site URL, such as https://acme.atlassian.net")
	flag.Parse()
	c := api.New(api.Config{Site: *site, Email: os.Getenv("ATL_EMAIL"), Token: os.Getenv("ATL_API_TOKEN")})
	ctx := context.Background()
	var out map[string]any
	var err error
	switch flag.Arg(0) {
	case "me":
		err = c.Myself(ctx, &out)
	case "issue":
		err = c.Issue(ctx, flag.Arg(1), &out)
	case "search":
		err = c.Search(ctx, flag.Arg(1), &out)
	case "page":
		err = c.Page(ctx, flag.Arg(1), &out)
	case "raw":
		// The raw command sends what the user asks, through the same helper.
		var res any
		res, err = c.Get(ctx, flag.Arg(1))
		_ = res
	default:
		log.Fatalf("atl: unknown command %q", flag.Arg(0))
	}
	if err != nil {
		log.Fatal(err)
	}
	b, _ := json.MarshalIndent(out, "", "  ")
	fmt.Println(string(b))
}
