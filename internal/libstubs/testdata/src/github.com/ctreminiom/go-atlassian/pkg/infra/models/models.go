// Package models is a hermetic stub of github.com/ctreminiom/go-atlassian/pkg/infra/models
// (v1.6.1) for atlvet's tests: the types of the stubbed calls.
package models

import "net/http"

type ResponseScheme struct {
	*http.Response
	Code int
}

type IssueScheme struct {
	ID     string
	Key    string
	Fields *IssueFieldsScheme
}

type IssueFieldsScheme struct {
	Summary string
}

type IssueSchemeV2 struct {
	ID  string
	Key string
}

type UserScheme struct {
	AccountID    string
	EmailAddress string
	DisplayName  string
}

type ProjectScheme struct {
	ID   string
	Key  string
	Name string
}

type ContentScheme struct {
	ID    string
	Title string
}

type AdminOrganizationPageScheme struct{}

type PageScheme struct {
	ID    string
	Title string
}

type BoardScheme struct {
	ID   int
	Name string
}

type CustomerRequestScheme struct {
	IssueKey string
}

type ObjectScheme struct {
	ID    string
	Label string
}

type WorkspaceScheme struct {
	Name string
	Slug string
}
