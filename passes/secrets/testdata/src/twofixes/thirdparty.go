package twofixes

import (
	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	ClientSecret: "ZmP2xR7tNVg3kQz8Lw4", // want `hard-coded credential ZmP2xR… \(19 chars\) reaches oauth2.Config.ClientSecret`
}

var header = "Basic Ym90QGV4YW1wbGUuY29tOlpyOFF4MkxtN1RuNFZiMUt4Ng==" // want `literal Basic credential holds the password or API token of user "bot@example.com"`
