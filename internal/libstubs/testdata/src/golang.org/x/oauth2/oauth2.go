// Package oauth2 is a small hermetic stub of golang.org/x/oauth2 for
// the library stubs (go-bitbucket, clientcredentials). Passes that have
// a stub of their own keep it; these stubs use only Token and Endpoint,
// which every one of them has.
package oauth2

type Endpoint struct {
	AuthURL  string
	TokenURL string
}

type Token struct {
	AccessToken  string
	RefreshToken string
}
