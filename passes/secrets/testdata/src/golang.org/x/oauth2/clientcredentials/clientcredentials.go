// Package clientcredentials is a stub of golang.org/x/oauth2/clientcredentials for tests.
package clientcredentials

type Config struct {
	ClientID     string
	ClientSecret string
	TokenURL     string
	Scopes       []string
}
