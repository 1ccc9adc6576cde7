// Package v3 is a hermetic stub of github.com/ctreminiom/go-atlassian/jira/v3
// (v1.6.1) for atlvet's tests: the API atlvet models, with the real
// signatures and no behaviour.
package v3

import (
	"context"
	"net/http"
	"net/url"

	"github.com/ctreminiom/go-atlassian/jira/internal"
	"github.com/ctreminiom/go-atlassian/pkg/infra/models"
	"github.com/ctreminiom/go-atlassian/service/common"
)

type Client struct {
	HTTP    common.HttpClient
	Auth    common.Authentication
	Site    *url.URL
	Issue   *internal.IssueADFService
	MySelf  *internal.MySelfService
	Project *internal.ProjectService
}

func New(httpClient common.HttpClient, site string) (*Client, error) {
	return &Client{HTTP: httpClient}, nil
}

func (c *Client) NewRequest(ctx context.Context, method, urlStr, contentType string, body interface{}) (*http.Request, error) {
	return nil, nil
}

func (c *Client) Call(request *http.Request, structure interface{}) (*models.ResponseScheme, error) {
	return nil, nil
}
