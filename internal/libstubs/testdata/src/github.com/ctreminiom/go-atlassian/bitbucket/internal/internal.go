// Package internal is a hermetic stub of github.com/ctreminiom/go-atlassian/bitbucket/internal
// (v1.6.1) for atlvet's tests: some of the services of its clients,
// with the real signatures.
package internal

import (
	"context"

	"github.com/ctreminiom/go-atlassian/pkg/infra/models"
)

type WorkspaceService struct{ internalClient any }

func (w *WorkspaceService) Get(ctx context.Context, workspace string) (*models.WorkspaceScheme, *models.ResponseScheme, error) {
	return nil, nil, nil
}
