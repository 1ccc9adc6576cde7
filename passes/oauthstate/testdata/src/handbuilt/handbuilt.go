// Package handbuilt builds authorize URLs without oauth2.
package handbuilt

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

const authorizeBase = "https://auth.atlassian.com/authorize"

type Client struct {
	ClientID    string
	CallbackURL string
}

// valuesLiteral builds the query from a url.Values literal.
func (c *Client) valuesLiteral(state string) string {
	q := url.Values{
		"audience":      {"api.atlassian.com"},
		"client_id":     {c.ClientID},
		"scope":         {"read:jira-work offline_access"},
		"redirect_uri":  {c.CallbackURL},
		"state":         {state},
		"response_type": {"code"},
	}
	return authorizeBase + "?" + q.Encode() // want `authorize URL has no prompt=consent`
}

// parsed edits the query of a parsed URL.
func (c *Client) parsed(state string) string {
	u, err := url.Parse(authorizeBase)
	if err != nil {
		panic(err)
	}
	q := u.Query()
	q.Set("client_id", c.ClientID)
	q.Set("redirect_uri", c.CallbackURL)
	q.Set("state", state)
	q.Set("response_type", "code")
	q.Set("prompt", "consent")
	u.RawQuery = q.Encode()
	return u.String() // want `authorize URL has no audience=api.atlassian.com`
}

// joined builds the query with strings.Join.
func (c *Client) joined(state string) string {
	params := []string{
		"audience=api.atlassian.com",
		"client_id=" + url.QueryEscape(c.ClientID),
		"state=" + state,
		"prompt=consent",
	}
	return authorizeBase + "?" + strings.Join(params, "&") // want `authorize URL has no response_type=code`
}

// formatted uses fmt.Sprintf with a constant state.
func (c *Client) formatted() string {
	return fmt.Sprintf("%s?audience=api.atlassian.com&client_id=%s&state=%s&response_type=code&prompt=consent", authorizeBase, c.ClientID, "login") // want `state is the constant "login"`
}

// Near misses.

func (c *Client) complete(state string) string {
	q := url.Values{}
	q.Set("audience", "api.atlassian.com")
	q.Set("client_id", c.ClientID)
	q.Set("redirect_uri", c.CallbackURL)
	q.Set("state", state)
	q.Set("response_type", "code")
	q.Set("prompt", "consent")
	return authorizeBase + "?" + q.Encode()
}

// base is only the endpoint, completed elsewhere.
func base() string { return authorizeBase }

func (c *Client) Login(w http.ResponseWriter, r *http.Request, state string) {
	http.Redirect(w, r, c.complete(state), http.StatusFound)
	http.Redirect(w, r, base()+"?"+c.query(state), http.StatusFound)
}

// query returns the whole query: the URL it completes is judged whole.
func (c *Client) query(state string) string {
	return "audience=api.atlassian.com&client_id=" + c.ClientID + "&state=" + state + "&response_type=code&prompt=consent"
}

// LoginPartial completes the endpoint with a query that lacks prompt.
func (c *Client) LoginPartial(w http.ResponseWriter, r *http.Request, state string) {
	http.Redirect(w, r, base()+"?"+c.partialQuery(state), http.StatusFound) // want `authorize URL has no prompt=consent`
}

func (c *Client) partialQuery(state string) string {
	return "audience=api.atlassian.com&response_type=code&client_id=" + c.ClientID + "&state=" + state
}

// A documentation link with a query is not an authorize URL.
const docs = "https://developer.atlassian.com/cloud/jira/platform/oauth-2-3lo-apps/?tab=scopes"

func help(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, docs, http.StatusFound)
}
