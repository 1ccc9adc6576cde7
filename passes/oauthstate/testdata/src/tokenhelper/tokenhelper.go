// Package tokenhelper builds the token request's form in the callback
// and posts it with a generic helper.
package tokenhelper

import (
	"context"
	"net/http"
	"net/url"
	"strings"
)

const tokenURL = "https://auth.atlassian.com/oauth/token"

func postToken(ctx context.Context, form url.Values) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, tokenURL, strings.NewReader(form.Encode()))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return http.DefaultClient.Do(req) // want `the callback exchanges the authorization code without first comparing`
}

func callback(w http.ResponseWriter, r *http.Request) {
	form := url.Values{"grant_type": {"authorization_code"}, "code": {r.FormValue("code")}, "client_id": {"id"}}
	resp, err := postToken(r.Context(), form)
	_, _ = resp, err
}

// Near miss: a refresh with the same helper.

func refresh(ctx context.Context, rt string) {
	postToken(ctx, url.Values{"grant_type": {"refresh_token"}, "refresh_token": {rt}})
}
