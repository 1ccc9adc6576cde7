// Package internal is a hermetic stub of golang.org/x/oauth2/internal:
// the type of oauth2.HTTPClient.
package internal

// ContextKey is the type of the context key oauth2.HTTPClient.
type ContextKey struct{}
