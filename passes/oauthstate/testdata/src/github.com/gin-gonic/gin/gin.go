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

// JSON writes a JSON response.
func (c *Context) JSON(code int, obj any) {}

// Next runs the next handlers of the chain.
func (c *Context) Next() {}

// AbortWithStatus stops the chain.
func (c *Context) AbortWithStatus(code int) {}

// AbortWithError stops the chain with an error.
func (c *Context) AbortWithError(code int, err error) error { return err }

// IRoutes is what route registrations return.
type IRoutes interface {
	Use(...HandlerFunc) IRoutes
	GET(string, ...HandlerFunc) IRoutes
}

// RouterGroup groups routes under a path and middleware.
type RouterGroup struct{}

// Use adds middleware to the group.
func (g *RouterGroup) Use(middleware ...HandlerFunc) IRoutes { return g }

// Group makes a group of routes with more middleware.
func (g *RouterGroup) Group(path string, handlers ...HandlerFunc) *RouterGroup { return &RouterGroup{} }

// GET registers a handler.
func (g *RouterGroup) GET(path string, handlers ...HandlerFunc) IRoutes { return g }

// Engine is the router.
type Engine struct {
	RouterGroup
}

// Default returns an Engine.
func Default() *Engine { return &Engine{} }

// Logger is a middleware that logs requests.
func Logger() HandlerFunc { return func(*Context) {} }

// ServeHTTP serves a request.
func (e *Engine) ServeHTTP(w http.ResponseWriter, r *http.Request) {}
