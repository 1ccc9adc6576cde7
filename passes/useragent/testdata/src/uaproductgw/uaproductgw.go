// Package uaproductgw sends one request without a User-Agent: the
// suggestion names the product after it.
package uaproductgw

import "net/http"

func get() error {
	req, err := http.NewRequest("GET", "https://api.atlassian.com/ex/jira/cloud-1/rest/api/3/myself", nil)
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req) // want `set one such as "jira-uaproductgw-int/1.0.0"`
	return err
}
