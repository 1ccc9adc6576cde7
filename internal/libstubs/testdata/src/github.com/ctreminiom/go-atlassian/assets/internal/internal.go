// Package internal is a hermetic stub of github.com/ctreminiom/go-atlassian/assets/internal
// (v1.6.1) for atlvet's tests: some of the services of its clients,
// with the real signatures.
package internal

import (
	"context"

	"github.com/ctreminiom/go-atlassian/pkg/infra/models"
)

type ObjectService struct{ internalClient any }

func (o *ObjectService) Get(ctx context.Context, workspaceID, objectID string) (*models.ObjectScheme, *models.ResponseScheme, error) {
	return nil, nil, nil
}
