// Package ginflow serves the flow with gin.
package ginflow

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	RedirectURL: "https://app.example.com/callback",
	Endpoint:    oauth2.Endpoint{AuthURL: "https://auth.atlassian.com/authorize", TokenURL: "https://auth.atlassian.com/oauth/token"},
}

func Register(e *gin.Engine) {
	e.GET("/login", login)
	e.GET("/callback", callback)
	e.GET("/callback-unchecked", callbackUnchecked)
}

func login(c *gin.Context) {
	state := oauth2.GenerateVerifier()
	c.SetCookie("state", state, 600, "/", "", true, true)
	c.Redirect(http.StatusFound, conf.AuthCodeURL(state, oauth2.SetAuthURLParam("audience", "api.atlassian.com"), oauth2.ApprovalForce))
}

func callback(c *gin.Context) {
	want, err := c.Cookie("state")
	if err != nil || want != c.Query("state") {
		c.String(http.StatusBadRequest, "bad state")
		return
	}
	tok, err := conf.Exchange(c.Request.Context(), c.Query("code"))
	_, _ = tok, err
}

func callbackUnchecked(c *gin.Context) {
	tok, err := conf.Exchange(c.Request.Context(), c.Query("code")) // want `the callback exchanges the authorization code without first comparing`
	_, _ = tok, err
}
