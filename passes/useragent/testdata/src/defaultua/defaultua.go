package defaultua // want package:"identity jira-defaultua-int"

import (
	"context"
	"net/http"
)

const site = "https://example.atlassian.net"

func issue(ctx context.Context) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, site+"/rest/api/3/issue/KEY-1", nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req) // want `request to example.atlassian.net is sent with Go's default User-Agent; set one such as "jira-defaultua-int/1.0.0"`
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func gateway(cloudID string) error {
	_, err := http.Get("https://api.atlassian.com/ex/jira/" + cloudID + "/rest/api/3/myself") // want `request to api.atlassian.com is sent with Go's default User-Agent`
	return err
}

func restPathUnknownHost(base string) error {
	req, err := http.NewRequest("GET", base+"/rest/api/2/project", nil)
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req) // want `request to the Atlassian REST path /rest/api/2/project is sent with Go's default User-Agent; set one such as "jira-defaultua-int/1.0.0"`
	return err
}

func bitbucket() error {
	req, err := http.NewRequest("GET", "https://api.bitbucket.org/2.0/repositories", nil)
	if err != nil {
		return err
	}
	_, err = new(http.Client).Do(req) // want `set one such as "jira-defaultua-int/1.0.0"`
	return err
}

// Near misses.

func withUserAgent() error {
	req, err := http.NewRequest("GET", site+"/rest/api/3/myself", nil)
	if err != nil {
		return err
	}
	req.Header.Set("user-agent", "jira-defaultua-int/1.0.0")
	_, err = http.DefaultClient.Do(req)
	return err
}

func headerMap() error {
	req, err := http.NewRequest("GET", site+"/rest/api/3/myself", nil)
	if err != nil {
		return err
	}
	req.Header["User-Agent"] = []string{"jira-defaultua-int/1.0.0"}
	_, err = http.DefaultClient.Do(req)
	return err
}

func dynamicUserAgent(ua string) error {
	req, err := http.NewRequest("GET", site+"/rest/api/3/myself", nil)
	if err != nil {
		return err
	}
	req.Header.Set("User-Agent", ua)
	_, err = http.DefaultClient.Do(req)
	return err
}

func otherHost() error {
	_, err := http.Get("https://example.com/rest/status")
	return err
}

func uiLink() error {
	_, err := http.Get("https://example.atlassian-lookalike.com/browse/KEY-1")
	return err
}

func unknownURL(u string) error {
	_, err := http.Get(u)
	return err
}

func handedToUnknownCode(decorate func(*http.Request)) error {
	req, err := http.NewRequest("GET", site+"/rest/api/3/myself", nil)
	if err != nil {
		return err
	}
	decorate(req)
	_, err = http.DefaultClient.Do(req)
	return err
}

func unknownClient(c *http.Client) error {
	req, err := http.NewRequest("GET", site+"/rest/api/3/myself", nil)
	if err != nil {
		return err
	}
	_, err = c.Do(req)
	return err
}
