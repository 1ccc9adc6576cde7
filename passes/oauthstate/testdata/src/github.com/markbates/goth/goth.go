// Package goth is a stub of github.com/markbates/goth.
package goth

// User contains the information common amongst most OAuth providers.
type User struct {
	UserID      string
	AccessToken string
}
