package uamanycallers

import (
	"context"
	"net/http"
)

// GitHub has the same helper, but every caller's URL is GitHub's:
// Go's default User-Agent there is not Atlassian's concern.
type GitHub struct{ hc *http.Client }

const githubAPI = "https://api.github.com"

func (g *GitHub) request(ctx context.Context, endpoint string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, "GET", endpoint, nil)
	if err != nil {
		return nil, err
	}
	return g.hc.Do(req)
}

func (g *GitHub) get(ctx context.Context, path string) (*http.Response, error) {
	return g.request(ctx, githubAPI+path)
}

func (g *GitHub) Repo(ctx context.Context, o, r string)    { g.get(ctx, "/repos/"+o+"/"+r) }
func (g *GitHub) Pulls(ctx context.Context, o, r string)   { g.get(ctx, "/repos/"+o+"/"+r+"/pulls") }
func (g *GitHub) Issues(ctx context.Context, o, r string)  { g.get(ctx, "/repos/"+o+"/"+r+"/issues") }
func (g *GitHub) Commits(ctx context.Context, o, r string) { g.get(ctx, "/repos/"+o+"/"+r+"/commits") }
func (g *GitHub) Tags(ctx context.Context, o, r string)    { g.get(ctx, "/repos/"+o+"/"+r+"/tags") }
func (g *GitHub) Hooks(ctx context.Context, o, r string)   { g.get(ctx, "/repos/"+o+"/"+r+"/hooks") }
func (g *GitHub) Labels(ctx context.Context, o, r string)  { g.get(ctx, "/repos/"+o+"/"+r+"/labels") }
func (g *GitHub) Teams(ctx context.Context, o, r string)   { g.get(ctx, "/repos/"+o+"/"+r+"/teams") }
func (g *GitHub) Forks(ctx context.Context, o, r string)   { g.get(ctx, "/repos/"+o+"/"+r+"/forks") }

// Identified's helper sets the User-Agent itself, for every caller.
type Identified struct {
	site string
	hc   *http.Client
}

func (c *Identified) request(ctx context.Context, path string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, "GET", c.site+path, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", "jira-uamanycallers-int/1.0.0")
	return c.hc.Do(req)
}

func (c *Identified) get(ctx context.Context, path string) { c.request(ctx, path) }

func (c *Identified) Myself(ctx context.Context)  { c.get(ctx, "/rest/api/3/myself") }
func (c *Identified) Project(ctx context.Context) { c.get(ctx, "/rest/api/3/project") }
func (c *Identified) Fields(ctx context.Context)  { c.get(ctx, "/rest/api/3/field") }
func (c *Identified) Status(ctx context.Context)  { c.get(ctx, "/rest/api/3/status") }
func (c *Identified) Users(ctx context.Context)   { c.get(ctx, "/rest/api/3/users") }
func (c *Identified) Groups(ctx context.Context)  { c.get(ctx, "/rest/api/3/groups") }
func (c *Identified) Roles(ctx context.Context)   { c.get(ctx, "/rest/api/3/role") }
func (c *Identified) Types(ctx context.Context)   { c.get(ctx, "/rest/api/3/issuetype") }
func (c *Identified) Filters(ctx context.Context) { c.get(ctx, "/rest/api/3/filter") }
