// Package noimport sends through an imported package's client and
// constants without importing net/http or spelling a URL: it is
// analysed because it imports a package that talks HTTP.
package noimport

import "crosspkg/helpers"

func myself() {
	helpers.Client().Get(helpers.Site + helpers.MyselfPath) // want `send: urls=\["https://acme.atlassian.net/rest/api/3/myself"\]; clients \{User-Agent=\["jira-acme-int/1.0.0"\]\}`
}
