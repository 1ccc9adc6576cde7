// Package common is a stub of github.com/ctreminiom/go-atlassian/v2/service/common for tests.
package common

type Authentication interface {
	SetBasicAuth(mail, token string)
	SetBearerToken(token string)
	SetUserAgent(agent string)
}
