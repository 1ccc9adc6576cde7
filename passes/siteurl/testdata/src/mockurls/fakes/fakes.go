// Package fakes is the module's own stand-in for an HTTP mock: Register
// keeps a responder under method and URL, which only requests are
// matched against.
package fakes

import (
	"net/http"
	"sync"
)

var (
	mu     sync.Mutex
	routes = map[string]func(*http.Request) (*http.Response, error){}
)

func Register(method, url string, fn func(*http.Request) (*http.Response, error)) {
	mu.Lock()
	defer mu.Unlock()
	routes[method+" "+url] = fn
}

// Seen reports whether url was asked for: compared, not reached.
func Seen(url string, asked []string) bool {
	for _, a := range asked {
		if a == url {
			return true
		}
	}
	return false
}

// Fetch reaches the URL it is given: not text.
func Fetch(url string) (*http.Response, error) { return http.Get(url) }
