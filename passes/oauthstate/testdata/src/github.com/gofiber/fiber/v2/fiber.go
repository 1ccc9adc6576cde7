// Package fiber is a stub of github.com/gofiber/fiber/v2.
package fiber

import "context"

// Ctx is the context of the current request.
type Ctx struct{}

// Query returns the query string parameter key.
func (c *Ctx) Query(key string, defaultValue ...string) string { panic("stub") }

// Cookies returns the named cookie's value.
func (c *Ctx) Cookies(key string, defaultValue ...string) string { panic("stub") }

// UserContext returns the request's context.
func (c *Ctx) UserContext() context.Context { panic("stub") }
