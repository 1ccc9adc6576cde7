// Package bitbucket is a hermetic stub of golang.org/x/oauth2/bitbucket
// (v0.38.0).
package bitbucket

import "golang.org/x/oauth2"

// Endpoint is Bitbucket's OAuth 2.0 endpoint.
var Endpoint = oauth2.Endpoint{
	AuthURL:  "https://bitbucket.org/site/oauth2/authorize",
	TokenURL: "https://bitbucket.org/site/oauth2/access_token",
}
