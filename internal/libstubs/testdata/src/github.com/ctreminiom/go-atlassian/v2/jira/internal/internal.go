// Package internal is a hermetic stub of github.com/ctreminiom/go-atlassian/v2/jira/internal
// (v2.12.0) for atlvet's tests: some of the services of its clients,
// with the real signatures.
package internal

import (
	"context"

	"github.com/ctreminiom/go-atlassian/v2/pkg/infra/models"
)

type IssueADFService struct {
	internalClient any
	Search         *SearchADFService
}

func (i *IssueADFService) Get(ctx context.Context, issueKeyOrID string, fields, expand []string) (*models.IssueScheme, *models.ResponseScheme, error) {
	return nil, nil, nil
}

type IssueRichTextService struct {
	internalClient any
}

func (i IssueRichTextService) Get(ctx context.Context, issueKeyOrID string, fields, expand []string) (*models.IssueSchemeV2, *models.ResponseScheme, error) {
	return nil, nil, nil
}

type SearchADFService struct{ internalClient any }

func (s *SearchADFService) SearchJQL(ctx context.Context, jql string, fields, expands []string, maxResults int, nextPageToken string) (*models.IssueSearchJQLScheme, *models.ResponseScheme, error) {
	return nil, nil, nil
}

type MySelfService struct{ internalClient any }

func (m *MySelfService) Details(ctx context.Context, expand []string) (*models.UserScheme, *models.ResponseScheme, error) {
	return nil, nil, nil
}

type ProjectService struct{ internalClient any }

func (p *ProjectService) Get(ctx context.Context, projectKeyOrID string, expand []string) (*models.ProjectScheme, *models.ResponseScheme, error) {
	return nil, nil, nil
}
