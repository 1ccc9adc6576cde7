package twofixes

import "golang.org/x/oauth2"

var refresh = &oauth2.Token{
	RefreshToken: "rt-9Zr6Tn4Vb1KQx2Lm", // want `reaches oauth2.Token.RefreshToken`
}

var basicNonStd = "Basic Ym90QGV4YW1wbGUuY29tOlpyOFF4MkxtN1RuNFZiMUt4NA==" // want `literal Basic credential holds the password or API token of user "bot@example.com"`
