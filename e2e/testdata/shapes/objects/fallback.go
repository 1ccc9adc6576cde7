package objects

import (
	"context"
	"net/http"
	"os"

	"example.com/shapes/agent"
)

// Token is an access token and when it expires.
type Token struct {
	AccessToken string
	Expires     int64
}

// attach sets the token on a request.
func attach(req *http.Request, tok Token) {
	req.Header.Set("Authorization", "Bearer "+tok.AccessToken)
}

// RunWithFallback uses a built-in account when the environment has no
// token: the literal object is the one sent.
func RunWithFallback(ctx context.Context, cloudID string) error {
	tok := Token{AccessToken: os.Getenv("JIRASYNC_ACCESS_TOKEN")}
	if tok.AccessToken == "" {
		tok = Token{
			// MISTAKE(secrets/hardcoded-credential): this token object is the one attach sends.
			AccessToken: "s3rv1ce-acct-2024",
		}
	}
	req, err := http.NewRequestWithContext(ctx, "GET", "https://api.atlassian.com/ex/jira/"+cloudID+"/rest/api/3/myself", nil)
	if err != nil {
		return err
	}
	attach(req, tok)
	res, err := agent.Client().Do(req)
	if err != nil {
		return err
	}
	return res.Body.Close()
}

// Banner is the token the status page shows when no one is connected;
// it is displayed, never sent.
func Banner() Token {
	// OK(secrets/hardcoded-credential): displayed on the status page, never attached to a request.
	return Token{AccessToken: "not-connected-yet"}
}

// Endpoint is where a client sends its requests, and whether it sends
// an OAuth bearer token there.
type Endpoint struct {
	Base   string
	Bearer string
}

// Links is the endpoint used only to build links for people.
func Links(site string) Endpoint {
	return Endpoint{Base: "https://" + site + ".atlassian.net"}
}

// Gateway is the endpoint OAuth calls go through.
func Gateway(cloudID, token string) Endpoint {
	return Endpoint{Base: "https://api.atlassian.com/ex/jira/" + cloudID, Bearer: token}
}

// BrowseLink is a link to an issue.
func BrowseLink(site, key string) string { return Links(site).Base + "/browse/" + key }

// Fields lists the fields through the gateway endpoint.
func Fields(ctx context.Context, cloudID string) error {
	ep := Gateway(cloudID, os.Getenv("JIRASYNC_ACCESS_TOKEN"))
	req, err := http.NewRequestWithContext(ctx, "GET", ep.Base+"/rest/api/3/field", nil)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+ep.Bearer)
	// OK(siteurl/bearer-to-site): ep is the gateway endpoint; the site endpoint only makes links.
	res, err := agent.Client().Do(req)
	if err != nil {
		return err
	}
	return res.Body.Close()
}

// Statuses lists the statuses with the bearer token sent to the links
// endpoint by mistake.
func Statuses(ctx context.Context, site string) error {
	ep := Links(site)
	req, err := http.NewRequestWithContext(ctx, "GET", ep.Base+"/rest/api/3/status", nil)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+os.Getenv("JIRASYNC_ACCESS_TOKEN"))
	// MISTAKE(siteurl/bearer-to-site): this endpoint is the site's.
	res, err := agent.Client().Do(req)
	if err != nil {
		return err
	}
	return res.Body.Close()
}
