// Command cgo imports "C": drivers analyse the files cmd/cgo writes,
// whose //line directives map them back to this one.
package main

// #include <stdlib.h>
import "C"

import (
	"net/http"
	"unsafe"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	ClientID:    "client",
	RedirectURL: "https://app.example.com/callback",
	Endpoint: oauth2.Endpoint{
		AuthURL:  "https://auth.atlassian.com/authorize",
		TokenURL: "https://auth.atlassian.com/oauth/token",
	},
}

func login(w http.ResponseWriter, r *http.Request) {
	p := C.malloc(16)
	defer C.free(unsafe.Pointer(p))
	http.Redirect(w, r, conf.AuthCodeURL("fixed"), http.StatusFound) // want `state is the constant "fixed"` `authorize URL has no prompt=consent` `authorize URL has no audience=api.atlassian.com`
}

func main() {
	http.HandleFunc("/login", login)
}
