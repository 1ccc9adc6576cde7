// Code written from a template: //line directives name the template,
// without a column, with one, and naming another file of the package.

package ualinedirective

import "net/http"

func noColumn() error {
//line myself.tmpl:40
	req, err := http.NewRequest("GET", "https://acme.atlassian.net/rest/api/3/myself", nil)
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req) // want `request to acme.atlassian.net is sent with Go's default User-Agent; set one such as "jira-ualinedirective-int/1.0.0"`
	return err
}
