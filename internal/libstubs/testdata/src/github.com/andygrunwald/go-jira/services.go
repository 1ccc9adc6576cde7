package jira

import "context"

type AuthenticationService struct{ client *Client }

func (s *AuthenticationService) AcquireSessionCookie(username, password string) (bool, error) {
	return false, nil
}

func (s *AuthenticationService) AcquireSessionCookieWithContext(ctx context.Context, username, password string) (bool, error) {
	return false, nil
}

func (s *AuthenticationService) SetBasicAuth(username, password string) {}
func (s *AuthenticationService) Authenticated() bool                    { return false }
func (s *AuthenticationService) Logout() error                          { return nil }
func (s *AuthenticationService) GetCurrentUser() (*Session, error)      { return nil, nil }

type Session struct {
	Self string
	Name string
}

type IssueService struct{ client *Client }

func (s *IssueService) Get(issueID string, options *GetQueryOptions) (*Issue, *Response, error) {
	return nil, nil, nil
}

func (s *IssueService) GetWithContext(ctx context.Context, issueID string, options *GetQueryOptions) (*Issue, *Response, error) {
	return nil, nil, nil
}

func (s *IssueService) Create(issue *Issue) (*Issue, *Response, error) { return nil, nil, nil }

func (s *IssueService) Search(jql string, options *SearchOptions) ([]Issue, *Response, error) {
	return nil, nil, nil
}

func (s *IssueService) AddComment(issueID string, comment *Comment) (*Comment, *Response, error) {
	return nil, nil, nil
}

type ProjectService struct{ client *Client }

func (s *ProjectService) Get(projectID string) (*Project, *Response, error) { return nil, nil, nil }

type BoardService struct{ client *Client }

func (s *BoardService) GetAllBoards(opt *BoardListOptions) (*BoardsList, *Response, error) {
	return nil, nil, nil
}

type UserService struct{ client *Client }

func (s *UserService) GetSelf() (*User, *Response, error)             { return nil, nil, nil }
func (s *UserService) Get(accountId string) (*User, *Response, error) { return nil, nil, nil }

type Issue struct {
	ID     string
	Key    string
	Fields *IssueFields
}

type IssueFields struct {
	Summary string
}

type GetQueryOptions struct {
	Fields string
	Expand string
}

type SearchOptions struct {
	StartAt    int
	MaxResults int
	Fields     []string
}

type Comment struct {
	ID   string
	Body string
}

type Project struct {
	ID   string
	Key  string
	Name string
}

type BoardListOptions struct {
	BoardType string
	Name      string
}

type BoardsList struct {
	Values []Board
}

type Board struct {
	ID   int
	Name string
}

type User struct {
	AccountID    string
	EmailAddress string
	DisplayName  string
}
