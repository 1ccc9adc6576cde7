// Package uaproductme sends one request without a User-Agent: the
// suggestion names the product after it.
package uaproductme

import "net/http"

func get() error {
	req, err := http.NewRequest("GET", "https://api.atlassian.com/me", nil)
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req) // want `set one such as "atlassian-uaproductme-int/1.0.0"`
	return err
}
