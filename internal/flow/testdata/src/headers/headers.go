package headers

import "net/http"

const site = "https://acme.atlassian.net"

func setDefaults(h http.Header) {
	h.Set("User-Agent", "jira-acme-int/1.0.0")
}

func defaultHeaders() http.Header {
	return http.Header{"User-Agent": {"jira-acme-int/1.0.0"}}
}

// The package never sets these fields: ranging over one or copying it
// sets no header.
type client struct {
	headers map[string]string
	defHdr  http.Header
}

func (c *client) cases() {
	req, _ := http.NewRequest("GET", site+"/rest/api/3/myself", nil)
	setDefaults(req.Header)
	http.DefaultClient.Do(req) // want `send: urls=\["https://acme.atlassian.net/rest/api/3/myself"\] User-Agent=\["jira-acme-int/1.0.0"\]; clients \{\}`

	req2, _ := http.NewRequest("GET", site+"/rest/api/3/myself", nil)
	req2.Header = defaultHeaders()
	http.DefaultClient.Do(req2) // want `send: urls=\["https://acme.atlassian.net/rest/api/3/myself"\] User-Agent=\["jira-acme-int/1.0.0"\]; clients \{\}`

	req3, _ := http.NewRequest("GET", site+"/rest/api/3/myself", nil)
	for k, v := range c.headers {
		req3.Header.Set(k, v)
	}
	http.DefaultClient.Do(req3) // want `send: urls=\["https://acme.atlassian.net/rest/api/3/myself"\]; clients \{\}`

	req4, _ := http.NewRequest("GET", site+"/rest/api/3/myself", nil)
	req4.Header = c.defHdr.Clone()
	http.DefaultClient.Do(req4) // want `send: urls=\["https://acme.atlassian.net/rest/api/3/myself"\]; clients \{\}`

	req5, _ := http.NewRequest("GET", site+"/rest/api/3/myself", nil)
	req5.Header = http.Header{"Accept": {"application/json"}}
	_ = req5.Header.Get("Accept")
	http.DefaultClient.Do(req5) // want `send: urls=\["https://acme.atlassian.net/rest/api/3/myself"\] Accept=\["application/json"\]; clients \{\}`
}

// A copy made by WithContext shares the original's Header map.
func withContext(req *http.Request) {
	r2 := req.WithContext(req.Context())
	r2.Header.Set("User-Agent", "jira-acme-int/1.0.0")
}

func sharedHeader() {
	req, _ := http.NewRequest("GET", site+"/rest/api/3/myself", nil)
	withContext(req)
	http.DefaultClient.Do(req) // want `send: urls=\["https://acme.atlassian.net/rest/api/3/myself"\] User-Agent=\["jira-acme-int/1.0.0"\]; clients \{\}`
}
