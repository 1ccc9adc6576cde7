// Package echoflow serves the callback with echo and fiber.
package echoflow

import (
	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"
	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	RedirectURL: "https://app.example.com/callback",
	Endpoint:    oauth2.Endpoint{AuthURL: "https://auth.atlassian.com/authorize", TokenURL: "https://auth.atlassian.com/oauth/token"},
}

func echoCallback(c echo.Context) error {
	tok, err := conf.Exchange(c.Request().Context(), c.QueryParam("code")) // want `the callback exchanges the authorization code without first comparing`
	_ = tok
	return err
}

func echoCallbackChecked(c echo.Context) error {
	cookie, err := c.Cookie("state")
	if err != nil || cookie.Value != c.QueryParam("state") {
		return err
	}
	tok, err := conf.Exchange(c.Request().Context(), c.QueryParam("code"))
	_ = tok
	return err
}

func fiberCallback(c *fiber.Ctx) error {
	tok, err := conf.Exchange(c.UserContext(), c.Query("code")) // want `the callback exchanges the authorization code without first comparing`
	_ = tok
	return err
}

func fiberCallbackChecked(c *fiber.Ctx) error {
	if c.Cookies("state") != c.Query("state") {
		return nil
	}
	tok, err := conf.Exchange(c.UserContext(), c.Query("code"))
	_ = tok
	return err
}
