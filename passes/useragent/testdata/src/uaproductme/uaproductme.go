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

// Other services have a /me too: on their hosts it is no Atlassian
// API, whatever User-Agent the request sends.
func intercom(token string) error {
	req, err := http.NewRequest("GET", "https://api.intercom.io/me", nil)
	if err != nil {
		return err
	}
	req.Header.Add("User-Agent", "goth-intercom")
	req.SetBasicAuth(token, "")
	_, err = http.DefaultClient.Do(req)
	return err
}

func graph() error {
	_, err := http.Get("https://graph.microsoft.com/v1.0/me")
	return err
}
