// Package bbbot is a Bitbucket Cloud webhook bot: when a pull request
// is opened it comments with the size of the change and sets a build
// status that links to TeamSync.
package bbbot

import (
	"context"
	"fmt"

	"github.com/hashicorp/go-retryablehttp"
	"github.com/ktrysmt/go-bitbucket"
	"golang.org/x/oauth2"
	"golang.org/x/oauth2/clientcredentials"
)

// Bot answers Bitbucket's webhooks for one workspace.
type Bot struct {
	bb        *bitbucket.Client
	hc        *retryablehttp.Client
	tokens    oauth2.TokenSource
	secret    []byte
	workspace string
	dashboard string
}

// New returns a bot that authenticates as an OAuth consumer of the
// workspace (client credentials grant).
func New(workspace, clientID, clientSecret string, webhookSecret []byte, dashboard string) (*Bot, error) {
	// MISTAKE(useragent/default): go-bitbucket's client sends Go's default User-Agent and has no way to set one.
	bb, err := bitbucket.NewOAuthClientCredentials(clientID, clientSecret)
	if err != nil {
		return nil, err
	}
	cc := clientcredentials.Config{
		ClientID:     clientID,
		ClientSecret: clientSecret,
		TokenURL:     "https://bitbucket.org/site/oauth2/access_token",
	}
	hc := retryablehttp.NewClient()
	hc.RetryMax = 4
	hc.Logger = nil
	return &Bot{
		bb:        bb,
		hc:        hc,
		tokens:    oauth2.ReuseTokenSource(nil, cc.TokenSource(context.Background())),
		secret:    webhookSecret,
		workspace: workspace,
		dashboard: dashboard,
	}, nil
}

// comment posts a comment on a pull request.
func (b *Bot) comment(repo string, prID int, text string) error {
	_, err := b.bb.Repositories.PullRequests.AddComment(&bitbucket.PullRequestCommentOptions{
		Owner:         b.workspace,
		RepoSlug:      repo,
		PullRequestID: fmt.Sprint(prID),
		Content:       text,
	})
	return err
}
