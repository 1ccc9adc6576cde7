// Package echo is a stub of github.com/labstack/echo/v4.
package echo

import "net/http"

// Context is the context of the current HTTP request.
type Context interface {
	Request() *http.Request
	QueryParam(name string) string
	FormValue(name string) string
	Cookie(name string) (*http.Cookie, error)
	Redirect(code int, url string) error
}
