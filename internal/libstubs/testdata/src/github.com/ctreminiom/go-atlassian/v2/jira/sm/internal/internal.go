// Package internal is a hermetic stub of github.com/ctreminiom/go-atlassian/v2/jira/sm/internal
// (v2.12.0) for atlvet's tests: some of the services of its clients,
// with the real signatures.
package internal

import (
	"context"

	"github.com/ctreminiom/go-atlassian/v2/pkg/infra/models"
)

type RequestService struct{ internalClient any }

func (r *RequestService) Get(ctx context.Context, issueKeyOrID string, expand []string) (*models.CustomerRequestScheme, *models.ResponseScheme, error) {
	return nil, nil, nil
}
