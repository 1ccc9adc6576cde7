// Package urlcreds writes passwords into URLs.
package urlcreds

import "net/http"

var dsn = "https://bot:s3cr3t-Passw0rd@example.atlassian.net/rest/api/3/myself" // want `URL literal holds the password of user "bot" \(s3cr3… \(15 chars\)\) in its user info; remove it and pass the credential at run time, e.g. with SetBasicAuth and a token from the environment`

const mirror = "https://ci:" + "Zr8Qx2Lm7Tn4@bitbucket.org/acme/repo.git" // want `URL literal holds the password of user "ci"`

func get() {
	http.Get("https://bot:Lm7Tn4Vb1KZr@example.atlassian.net/rest/api/3/issue/KEY-1") // want `URL literal holds the password of user "bot"`

	// Not credentials: no password, placeholders, templates.
	http.Get("https://bot@example.atlassian.net/rest/api/3/myself")
	http.Get("https://user:password@example.com/")
	http.Get("https://bot:${JIRA_API_TOKEN}@example.atlassian.net/")
	http.Get("https://bot:%3Ctoken%3E@example.atlassian.net/")
	http.Get("https://%s:%s@example.atlassian.net/")
	http.Get("https://example.atlassian.net/login?user=bot&password=")
}
