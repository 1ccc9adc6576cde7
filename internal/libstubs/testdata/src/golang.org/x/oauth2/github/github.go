// Package github is a hermetic stub of golang.org/x/oauth2/github
// (v0.38.0), whose Endpoint is that of golang.org/x/oauth2/endpoints.
package github

import "golang.org/x/oauth2"

// Endpoint is GitHub's OAuth 2.0 endpoint.
var Endpoint = oauth2.Endpoint{
	AuthURL:       "https://github.com/login/oauth/authorize",
	TokenURL:      "https://github.com/login/oauth/access_token",
	DeviceAuthURL: "https://github.com/login/device/code",
}
