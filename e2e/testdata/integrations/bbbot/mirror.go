package bbbot

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"os/exec"
)

// MISTAKE(secrets/url-credentials): the bot's password in the user info of the mirror's URL.
const legacyMirror = "https://teamsync-bot:Wq7rPz2mVx9KdL4n@bitbucket.org/acme/teamsync-config.git"

// OK(secrets/url-credentials): Bitbucket's documented placeholder, filled in by cloneURL.
const cloneTemplate = "https://x-token-auth:{access_token}@bitbucket.org/"

// cloneURL is the HTTPS clone URL of a repository for the bot's
// current access token.
func (b *Bot) cloneURL(repo string) (string, error) {
	tok, err := b.tokens.Token()
	if err != nil {
		return "", err
	}
	u, err := url.Parse(cloneTemplate + b.workspace + "/" + repo + ".git")
	if err != nil {
		return "", err
	}
	u.User = url.UserPassword("x-token-auth", tok.AccessToken)
	return u.String(), nil
}

// Mirror clones a repository to dir, from the bot's current token or,
// for the configuration repository, from the old mirror account.
func (b *Bot) Mirror(ctx context.Context, repo, dir string) error {
	if err := probeMirrorServer(ctx); err != nil {
		return err
	}
	src := legacyMirror
	if repo != "teamsync-config" {
		var err error
		if src, err = b.cloneURL(repo); err != nil {
			return err
		}
	}
	return exec.CommandContext(ctx, "git", "clone", "--mirror", src, dir).Run()
}

// pushURL is where mirrors are pushed: the company's own git server.
func pushURL(repo string) string {
	u := &url.URL{Scheme: "https", Host: "git.acme-corp.example", Path: "/scm/mirror/" + repo + ".git"}
	// MISTAKE(secrets/hardcoded-credential): a literal password given to url.UserPassword.
	u.User = url.UserPassword("mirror-bot", "h7Rk2pLq9ZxV4mWt")
	return u.String()
}

// probeMirrorServer checks that the company's git server answers.
func probeMirrorServer(ctx context.Context) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "https://git.acme-corp.example/rest/api/1.0/projects/MIRROR", nil)
	if err != nil {
		return err
	}
	// MISTAKE(secrets/basic-literal): decodes to teamsync-bot and its password.
	req.Header.Set("Authorization", "Basic dGVhbXN5bmMtYm90OldxNyFyUHoybVZ4OUtk")
	// OK(useragent/default): an undeclared company host, and /rest/api/1.0/ is not one of the catalogue's REST paths ({2,3,latest}).
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return fmt.Errorf("mirror server: %s (push to %s)", res.Status, pushURL("MIRROR"))
	}
	return nil
}
