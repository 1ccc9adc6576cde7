// Package common is a hermetic stub of github.com/ctreminiom/go-atlassian/service/common
// (v1.6.1) for atlvet's tests: the API atlvet models, with the real
// signatures.
package common

import (
	"net/http"
)

// Authentication holds what NewRequest adds to every request.
type Authentication interface {
	SetBasicAuth(mail, token string)
	GetBasicAuth() (string, string)
	HasBasicAuth() bool
	SetUserAgent(agent string)
	GetUserAgent() string
	HasUserAgent() bool
	SetExperimentalFlag()
	HasSetExperimentalFlag() bool
	SetBearerToken(token string)
	GetBearerToken() string
}

type HttpClient interface {
	Do(request *http.Request) (*http.Response, error)
}
