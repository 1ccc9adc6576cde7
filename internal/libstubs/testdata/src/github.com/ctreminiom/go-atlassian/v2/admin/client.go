// Package admin is a hermetic stub of github.com/ctreminiom/go-atlassian/v2/admin
// (v2.12.0) for atlvet's tests: the API atlvet models, with the real
// signatures and no behaviour.
package admin

import (
	"context"
	"net/http"
	"net/url"

	"github.com/ctreminiom/go-atlassian/v2/admin/internal"
	"github.com/ctreminiom/go-atlassian/v2/pkg/infra/models"
	"github.com/ctreminiom/go-atlassian/v2/service/common"
)

type Client struct {
	HTTP         common.HTTPClient
	Auth         common.Authentication
	OAuth        common.OAuth2Service
	Site         *url.URL
	Organization *internal.OrganizationService
}

type ClientOption func(*Client) error

func WithOAuth(config *common.OAuth2Config) ClientOption { return nil }

func WithAutoRenewalToken(token *common.OAuth2Token) ClientOption { return nil }

func WithOAuthWithAutoRenewal(config *common.OAuth2Config, token *common.OAuth2Token) ClientOption {
	return nil
}

func New(httpClient common.HTTPClient, options ...ClientOption) (*Client, error) {
	return &Client{HTTP: httpClient}, nil
}

func (c *Client) NewRequest(ctx context.Context, method, urlStr, contentType string, body interface{}) (*http.Request, error) {
	return nil, nil
}

func (c *Client) Call(request *http.Request, structure interface{}) (*models.ResponseScheme, error) {
	return nil, nil
}

func (c *Client) Do(request *http.Request) (*http.Response, error) { return nil, nil }
