// Package importfix calls AuthCodeURL on a config of another package
// without importing oauth2: the fixes add the import.
package importfix

import (
	"net/http"

	"crosspkg/atlauth"
)

func login(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, atlauth.Shared.AuthCodeURL(atlauth.NewState()), http.StatusFound) // want `authorize URL has no prompt=consent` `authorize URL has no audience=api.atlassian.com`
}
