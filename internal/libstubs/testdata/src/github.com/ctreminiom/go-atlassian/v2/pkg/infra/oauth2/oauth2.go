// Package oauth2 is a hermetic stub of github.com/ctreminiom/go-atlassian/v2/pkg/infra/oauth2
// (v2.12.0) for atlvet's tests: the OAuth 2.0 (3LO) service, with
// the real signatures.
package oauth2

import (
	"context"
	"net/url"

	"github.com/ctreminiom/go-atlassian/v2/service/common"
)

// Service implements common.OAuth2Service.
type Service struct {
	httpClient common.HTTPClient
	config     *common.OAuth2Config
}

func NewOAuth2Service(httpClient common.HTTPClient, config *common.OAuth2Config) (*Service, error) {
	return &Service{httpClient: httpClient, config: config}, nil
}

func (s *Service) GetAuthorizationURL(scopes []string, state string) (*url.URL, error) {
	return nil, nil
}

func (s *Service) ExchangeAuthorizationCode(ctx context.Context, code string) (*common.OAuth2Token, error) {
	return nil, nil
}

func (s *Service) RefreshAccessToken(ctx context.Context, refreshToken string) (*common.OAuth2Token, error) {
	return nil, nil
}

func (s *Service) GetAccessibleResources(ctx context.Context, accessToken string) ([]*common.AccessibleResource, error) {
	return nil, nil
}
