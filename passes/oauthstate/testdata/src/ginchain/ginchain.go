// Package ginchain checks state in gin middleware that runs before the
// callback: in the route's handler chain, in a group's, or with Use.
package ginchain

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	RedirectURL: "https://app.example.com/callback",
	Endpoint:    oauth2.Endpoint{AuthURL: "https://auth.atlassian.com/authorize", TokenURL: "https://auth.atlassian.com/oauth/token"},
}

// verifyState runs before the callback in the handler chain.
func verifyState(c *gin.Context) {
	want, err := c.Cookie("oauthstate")
	if err != nil || c.Query("state") != want {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	c.Next()
}

func exchange(c *gin.Context) {
	tok, err := conf.Exchange(c.Request.Context(), c.Query("code"))
	if err != nil {
		c.AbortWithError(http.StatusBadGateway, err)
		return
	}
	c.JSON(http.StatusOK, tok)
}

func inGroup(c *gin.Context) {
	tok, err := conf.Exchange(c.Request.Context(), c.Query("code"))
	_, _ = tok, err
}

func afterUse(c *gin.Context) {
	tok, err := conf.Exchange(c.Request.Context(), c.Query("code"))
	_, _ = tok, err
}

func Chain() {
	r := gin.Default()
	r.GET("/callback", verifyState, exchange)
	oauthGroup := r.Group("/oauth", verifyState)
	oauthGroup.GET("/callback", inGroup)
}

func WithUse() {
	r := gin.Default()
	r.Use(gin.Logger())
	r.Use(verifyState)
	r.GET("/callback", afterUse)
}

// Near misses: middleware that checks nothing, and a group without
// the check next to one with it.

func unchecked(c *gin.Context) {
	tok, err := conf.Exchange(c.Request.Context(), c.Query("code")) // want `the callback exchanges the authorization code without first comparing`
	_, _ = tok, err
}

func otherGroup(c *gin.Context) {
	tok, err := conf.Exchange(c.Request.Context(), c.Query("code")) // want `the callback exchanges the authorization code without first comparing`
	_, _ = tok, err
}

func afterCallback(c *gin.Context) {
	tok, err := conf.Exchange(c.Request.Context(), c.Query("code")) // want `the callback exchanges the authorization code without first comparing`
	_, _ = tok, err
}

func Unchecked() {
	r := gin.Default()
	r.Use(gin.Logger())
	r.GET("/callback", unchecked)
	checked := r.Group("/checked", verifyState)
	checked.GET("/x", inGroup)
	plain := r.Group("/plain")
	plain.GET("/callback", otherGroup)
	r.GET("/late", afterCallback, verifyState)
}
