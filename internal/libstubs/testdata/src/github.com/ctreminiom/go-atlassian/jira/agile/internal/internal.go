// Package internal is a hermetic stub of github.com/ctreminiom/go-atlassian/jira/agile/internal
// (v1.6.1) for atlvet's tests: some of the services of its clients,
// with the real signatures.
package internal

import (
	"context"

	"github.com/ctreminiom/go-atlassian/pkg/infra/models"
)

type BoardService struct{ internalClient any }

func (b *BoardService) Get(ctx context.Context, boardID int) (*models.BoardScheme, *models.ResponseScheme, error) {
	return nil, nil, nil
}
