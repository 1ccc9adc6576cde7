// Package vault stands for a secret manager's client.
package vault

// Get returns the secret stored under name.
func Get(name string) string { return "" }
