package ualibrary // want package:"identity jira-ualibrary-int"

import (
	"net/http"
)

const site = "https://acme.atlassian.net"

func newRequest() (*http.Request, error) {
	return http.NewRequest("GET", site+"/rest/api/3/myself", nil)
}

// setUserAgent is how most clients set the header: reported at the
// argument of each call, where the value is written.
func setUserAgent(req *http.Request, ua string) {
	req.Header.Set("User-Agent", ua)
}

func library() {
	for _, ua := range []string{"x"} {
		_ = ua
	}
	req, _ := newRequest()
	setUserAgent(req, "Go-http-client/1.1") // want `User-Agent "Go-http-client/1.1" identifies Go-http-client, not your integration; send your own such as "jira-ualibrary-int/1.0.0", naming the library in parentheses if you like`
	http.DefaultClient.Do(req)

	req, _ = newRequest()
	setUserAgent(req, "curl/8.0") // want `User-Agent "curl/8.0" identifies curl`
	http.DefaultClient.Do(req)

	req, _ = newRequest()
	setUserAgent(req, "python-requests/2.31") // want `identifies python-requests`
	http.DefaultClient.Do(req)

	req, _ = newRequest()
	req.Header.Set("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0") // want `identifies Mozilla, not your integration`
	http.DefaultClient.Do(req)

	// Upper case, but a library: library only, not also convention.
	req, _ = newRequest()
	req.Header.Set("User-Agent", "Go-Resty/2.12.0 (https://github.com/go-resty/resty)") // want `identifies Go-Resty`
	http.DefaultClient.Do(req)
}

// A library named in the optional part is what the convention asks for.
func inParentheses() {
	req, _ := newRequest()
	setUserAgent(req, "jira-ualibrary-int/1.0.0 (curl/8.0)")
	http.DefaultClient.Do(req)

	req, _ = newRequest()
	req.Header.Set("User-Agent", "jira-ualibrary-int/1.0.0 (Go-http-client/1.1)")
	http.DefaultClient.Do(req)
}
