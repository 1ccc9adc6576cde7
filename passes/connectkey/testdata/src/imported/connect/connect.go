// Package connect declares the descriptor type and the key.
package connect

type Descriptor struct {
	Key       string            `json:"key"`
	BaseURL   string            `json:"baseUrl"`
	Lifecycle map[string]string `json:"lifecycle"`
}

const AppKey = "acme-connect"

// Local is an alias some packages use.
type Local = Descriptor
