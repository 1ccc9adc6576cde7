package twofixes

import (
	"fmt"
	"strings"

	"golang.org/x/oauth2"
)

var _ = fmt.Sprint
var _ = strings.TrimSpace

var tok = &oauth2.Token{
	AccessToken: "eyJhbGciOiJSUzI1NiJ9.e30.c2lnbmF0dXJl", // want `reaches oauth2.Token.AccessToken`
}

var grouped = "Basic Ym90QGV4YW1wbGUuY29tOlpyOFF4MkxtN1RuNFZiMUt4NQ==" // want `literal Basic credential holds the password or API token of user "bot@example.com"`
