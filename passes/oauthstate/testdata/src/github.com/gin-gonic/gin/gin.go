// Package gin is a stub of github.com/gin-gonic/gin.
package gin

import "net/http"

// Context is the request context.
type Context struct {
	Request *http.Request
	Writer  http.ResponseWriter
}

// HandlerFunc handles a request.
type HandlerFunc func(*Context)

// Query returns the URL query value for key.
func (c *Context) Query(key string) string { panic("stub") }

// Cookie returns the named cookie's value.
func (c *Context) Cookie(name string) (string, error) { panic("stub") }

// SetCookie adds a Set-Cookie header.
func (c *Context) SetCookie(name, value string, maxAge int, path, domain string, secure, httpOnly bool) {
}

// Redirect redirects to location.
func (c *Context) Redirect(code int, location string) {}

// String writes a string response.
func (c *Context) String(code int, format string, values ...any) {}

// Engine is the router.
type Engine struct{}

// Default returns an Engine.
func Default() *Engine { return &Engine{} }

// GET registers a handler.
func (e *Engine) GET(path string, handlers ...HandlerFunc) {}
