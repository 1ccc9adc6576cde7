package order

import "net/http"

const (
	site    = "https://acme.atlassian.net"
	gateway = "https://api.atlassian.com/ex/jira/11223344-a1b2-3b33-c444-def123456789"
)

func authorize(req *http.Request, token string) {
	req.Header.Set("Authorization", "Bearer "+token)
}

// Near misses.

// The Basic-auth send returns before the bearer header is set; the
// bearer send only happens on the gateway path.
func early(oauth bool, email, token string) (*http.Response, error) {
	base := site
	if oauth {
		base = gateway
	}
	req, _ := http.NewRequest("GET", base+"/rest/api/3/myself", nil)
	if !oauth {
		req.SetBasicAuth(email, token)
		return http.DefaultClient.Do(req)
	}
	req.Header.Set("Authorization", "Bearer "+token)
	return http.DefaultClient.Do(req)
}

// The header is set after the only send.
func after(email, apiToken, oauthToken string) {
	req, _ := http.NewRequest("GET", site+"/rest/api/3/myself", nil)
	req.SetBasicAuth(email, apiToken)
	http.DefaultClient.Do(req)
	req.Header.Set("Authorization", "Bearer "+oauthToken)
}

// The same, through a helper.
func afterHelper(email, apiToken, oauthToken string) {
	req, _ := http.NewRequest("GET", site+"/rest/api/3/myself", nil)
	req.SetBasicAuth(email, apiToken)
	http.DefaultClient.Do(req)
	authorize(req, oauthToken)
}

// The send happens only when the base is the gateway.
func whenGateway(oauth bool, email, token string) (*http.Response, error) {
	base := site
	if oauth {
		base = gateway
	}
	req, _ := http.NewRequest("GET", base+"/rest/api/3/myself", nil)
	if base == gateway {
		req.Header.Set("Authorization", "Bearer "+token)
		return http.DefaultClient.Do(req)
	}
	req.SetBasicAuth(email, token)
	return http.DefaultClient.Do(req)
}

func unlessSite(oauth bool, token string) (*http.Response, error) {
	base := gateway
	if !oauth {
		base = site
	}
	req, _ := http.NewRequest("GET", base+"/rest/api/3/myself", nil)
	if base != site {
		req.Header.Set("Authorization", "Bearer "+token)
		return http.DefaultClient.Do(req)
	}
	return nil, nil
}

// Mistakes.

// A bearer token on some path to the send.
func someBranch(oauth bool, token string) (*http.Response, error) {
	req, _ := http.NewRequest("GET", site+"/rest/api/3/myself", nil)
	if oauth {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	return http.DefaultClient.Do(req) // want `bearer token sent to the Atlassian site acme.atlassian.net`
}

// Set after the send in a loop: the next round sends it.
func loop(token string) {
	req, _ := http.NewRequest("GET", site+"/rest/api/3/myself", nil)
	for i := 0; i < 2; i++ {
		http.DefaultClient.Do(req) // want `bearer token sent to the Atlassian site acme.atlassian.net`
		req.Header.Set("Authorization", "Bearer "+token)
	}
}

func helperBefore(token string) (*http.Response, error) {
	req, _ := http.NewRequest("GET", site+"/rest/api/3/myself", nil)
	authorize(req, token)
	return http.DefaultClient.Do(req) // want `bearer token sent to the Atlassian site acme.atlassian.net`
}

// The base can still be the site where the bearer token is sent.
func notGateway(oauth bool, token string) (*http.Response, error) {
	base := site
	if oauth {
		base = gateway
	}
	req, _ := http.NewRequest("GET", base+"/rest/api/3/myself", nil)
	if base != gateway {
		req.Header.Set("Authorization", "Bearer "+token)
		return http.DefaultClient.Do(req) // want `bearer token sent to the Atlassian site acme.atlassian.net`
	}
	return nil, nil
}
