// Package internal is a hermetic stub of github.com/ctreminiom/go-atlassian/confluence/internal
// (v1.6.1) for atlvet's tests: some of the services of its clients,
// with the real signatures.
package internal

import (
	"context"

	"github.com/ctreminiom/go-atlassian/pkg/infra/models"
)

type ContentService struct{ internalClient any }

func (c *ContentService) Get(ctx context.Context, contentID string, expand []string, version int) (*models.ContentScheme, *models.ResponseScheme, error) {
	return nil, nil, nil
}

type PageService struct{ internalClient any }

func (p *PageService) Get(ctx context.Context, pageID int, format string, draft bool, version int) (*models.PageScheme, *models.ResponseScheme, error) {
	return nil, nil, nil
}
