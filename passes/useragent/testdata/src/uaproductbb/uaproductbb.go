// Package uaproductbb sends one request without a User-Agent: the
// suggestion names the product after it.
package uaproductbb

import "net/http"

func get() error {
	req, err := http.NewRequest("GET", "https://api.bitbucket.org/2.0/user", nil)
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req) // want `set one such as "bitbucket-uaproductbb-int/1.0.0"`
	return err
}
