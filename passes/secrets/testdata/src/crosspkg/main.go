// Package main uses the module's client from another package: facts
// carry the sinks across.
package main

import (
	"net/http"
	"os"

	"crosspkg/jiraclient"
)

func main() {
	c := jiraclient.New(jiraclient.Config{
		Site:     "https://example.atlassian.net",
		Email:    "bot@example.com",
		APIToken: "Qz8LmP2xR7tNVg3k", // want `hard-coded credential Qz8Lm… \(16 chars\) reaches the password of \(\*http.Request\).SetBasicAuth \(through field jiraclient.Config.APIToken\); read it at run time, e.g. with os.Getenv\("ATLASSIAN_API_TOKEN"\)`
	})
	c.Myself()

	jiraclient.NewWithToken("https://example.atlassian.net", "bot@example.com", "P2xR7tNVg3kQz8Lm") // want `reaches the password of \(\*http.Request\).SetBasicAuth \(through jiraclient.NewWithToken\)`

	req, _ := http.NewRequest("GET", "https://api.atlassian.com/me", nil)
	jiraclient.Bearer(req, "tNVg3kQz8LmP2xR7") // want `reaches a Bearer Authorization header \(through jiraclient.Bearer\)`

	// From the environment: fine.
	jiraclient.NewWithToken("https://example.atlassian.net", "bot@example.com", os.Getenv("JIRA_API_TOKEN"))
	cfg := jiraclient.Config{Email: "bot@example.com"}
	cfg.APIToken = os.Getenv("JIRA_API_TOKEN")
}
