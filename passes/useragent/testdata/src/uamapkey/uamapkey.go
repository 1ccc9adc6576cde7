package uamapkey // want package:"identity jira-acme-int"

// The requests write the User-Agent into the header map directly. Go's
// transport looks the header up as "User-Agent": under any other key it
// sends its own default as well.

import "net/http"

func lowerKey() error {
	req, err := http.NewRequest("GET", "https://acme.atlassian.net/rest/api/3/myself", nil)
	if err != nil {
		return err
	}
	req.Header["user-agent"] = []string{"jira-acme-int/1.0.0"}
	_, err = http.DefaultClient.Do(req) // want `request to acme\.atlassian\.net is sent with Go's default User-Agent besides the one written to the header map under a non-canonical key, which Go does not look up; set it with Header\.Set\("User-Agent", \.\.\.\)`
	return err
}

func literal() error {
	req, err := http.NewRequest("GET", "https://acme.atlassian.net/rest/api/3/project", nil)
	if err != nil {
		return err
	}
	req.Header = http.Header{"user-agent": {"jira-acme-int/1.0.0"}}
	_, err = http.DefaultClient.Do(req) // want `besides the one written to the header map under a non-canonical key`
	return err
}

// The canonical key, and Set with any case, are what Go looks up.
func canonical() error {
	req, err := http.NewRequest("GET", "https://acme.atlassian.net/rest/api/3/issue/KEY-1", nil)
	if err != nil {
		return err
	}
	req.Header["User-Agent"] = []string{"jira-acme-int/1.0.0"}
	_, err = http.DefaultClient.Do(req)
	return err
}

func setLower() error {
	req, err := http.NewRequest("GET", "https://acme.atlassian.net/rest/api/3/issue/KEY-2", nil)
	if err != nil {
		return err
	}
	req.Header.Set("user-agent", "jira-acme-int/1.0.0")
	_, err = http.DefaultClient.Do(req)
	return err
}
