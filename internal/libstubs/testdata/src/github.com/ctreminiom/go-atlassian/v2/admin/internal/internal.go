// Package internal is a hermetic stub of github.com/ctreminiom/go-atlassian/v2/admin/internal
// (v2.12.0) for atlvet's tests: some of the services of its clients,
// with the real signatures.
package internal

import (
	"context"

	"github.com/ctreminiom/go-atlassian/v2/pkg/infra/models"
)

type OrganizationService struct{ internalClient any }

func (o *OrganizationService) Gets(ctx context.Context, cursor string) (*models.AdminOrganizationPageScheme, *models.ResponseScheme, error) {
	return nil, nil, nil
}
