// Removing the parameter must not leave an import unused.
package danglingimport

import (
	"net/http"
	"net/url"
)

const api = "https://acme.atlassian.net/rest/api/3/myself"

func escaped(origin string) (*http.Response, error) {
	return http.Get(api + "?atlOrigin=" + url.QueryEscape(origin)) // want `atlOrigin parameter on a REST API URL`
}
