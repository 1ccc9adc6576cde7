// Package gothicflow leaves state to goth, which checks it.
package gothicflow

import (
	"net/http"

	"github.com/markbates/goth/gothic"
)

func Register(mux *http.ServeMux) {
	mux.HandleFunc("/auth/atlassian", gothic.BeginAuthHandler)
	mux.HandleFunc("/auth/atlassian/callback", func(w http.ResponseWriter, r *http.Request) {
		user, err := gothic.CompleteUserAuth(w, r)
		if err != nil {
			http.Error(w, err.Error(), http.StatusUnauthorized)
			return
		}
		_ = user.AccessToken
	})
}
