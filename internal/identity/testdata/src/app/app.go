package app // want "sends jira-acme-int, sent by imported package base; passes on jira-acme-int"

// app imports svc, which passes on base's identity: that is app's,
// whatever app sends itself.

import (
	"net/http"

	"svc"
)

func pages() error {
	svc.Myself()
	req, err := http.NewRequest("GET", "https://acme.atlassian.net/wiki/api/v2/pages", nil)
	if err != nil {
		return err
	}
	req.Header.Set("User-Agent", "confluence-acmereports-int/1.0.0")
	_, err = http.DefaultClient.Do(req)
	return err
}
