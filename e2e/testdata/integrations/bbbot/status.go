package bbbot

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/hashicorp/go-retryablehttp"
)

// setStatus sets a build status on a commit that links to the
// pull request's page in TeamSync.
func (b *Bot) setStatus(ctx context.Context, repo, commit, state string, prID int) error {
	tok, err := b.tokens.Token()
	if err != nil {
		return err
	}
	body, err := json.Marshal(map[string]string{
		"key":   "teamsync",
		"state": state,
		"url":   fmt.Sprintf("%s/pr/%s/%d", b.dashboard, repo, prID),
	})
	if err != nil {
		return err
	}
	req, err := retryablehttp.NewRequestWithContext(ctx, http.MethodPost, "https://api.bitbucket.org/2.0/repositories/"+b.workspace+"/"+repo+"/commit/"+commit+"/statuses/build", body)
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	// OK(useragent/library): the library is named inside the optional parentheses.
	// OK(useragent/convention): product, source, -int, version, then the optional part.
	req.Header.Set("User-Agent", "bitbucket-teamsync-int/1.8.0 (go-retryablehttp)")
	req.Header.Set("Authorization", "Bearer "+tok.AccessToken)
	// OK(useragent/default): set above on the only path.
	// OK(siteurl/bearer-to-site): Bitbucket Cloud's API is where a Bitbucket token goes.
	res, err := b.hc.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if res.StatusCode/100 != 2 {
		return fmt.Errorf("setting the status of %s: %s", commit, res.Status)
	}
	return nil
}

// statuses lists the build statuses of a commit.
func (b *Bot) statuses(ctx context.Context, repo, commit string) ([]map[string]any, error) {
	tok, err := b.tokens.Token()
	if err != nil {
		return nil, err
	}
	req, err := retryablehttp.NewRequestWithContext(ctx, http.MethodGet, "https://api.bitbucket.org/2.0/repositories/"+b.workspace+"/"+repo+"/commit/"+commit+"/statuses", nil)
	if err != nil {
		return nil, err
	}
	// OK(useragent/inconsistent): the same identity as above, a newer version.
	req.Header.Set("User-Agent", "bitbucket-teamsync-int/1.8.1")
	tok.SetAuthHeader(req.Request)
	res, err := b.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	var out struct {
		Values []map[string]any `json:"values"`
	}
	return out.Values, json.NewDecoder(res.Body).Decode(&out)
}
