// Package v3 is a stub of github.com/ctreminiom/go-atlassian/v2/jira/v3 for tests.
package v3

import (
	"net/http"

	"github.com/ctreminiom/go-atlassian/v2/service/common"
)

type Client struct {
	HTTP *http.Client
	Auth common.Authentication
}

func New(httpClient *http.Client, site string) (*Client, error) { return &Client{}, nil }
