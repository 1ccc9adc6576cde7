package uafixshapes // want package:"identity jira-fix-int"

import "net/http"

const site = "https://acme.atlassian.net"

func first() {
	req, _ := http.NewRequest("GET", site+"/rest/api/3/myself", nil)
	req.Header.Set("User-Agent", "jira-fix-int/1.0.0")
	http.DefaultClient.Do(req)
}

func inSwitch(kind string) error {
	switch kind {
	case "issue":
		req, err := http.NewRequest("GET", site+"/rest/api/3/issue/KEY-1", nil)
		if err != nil {
			return err
		}
		_, err = http.DefaultClient.Do(req) // want `set one such as "jira-fix-int/1.0.0"`
		return err
	}
	return nil
}

func yodaCheck() error {
	req, err := http.NewRequest("GET", site+"/rest/api/3/project", nil)
	if nil != err {
		return err
	}
	_, err = http.DefaultClient.Do(req) // want `set one such as "jira-fix-int/1.0.0"`
	return err
}

// No fix where the error is not checked right after, or not at all.
func unchecked() {
	req, _ := http.NewRequest("GET", site+"/rest/api/3/field", nil)
	http.DefaultClient.Do(req) // want `set one such as "jira-fix-int/1.0.0"`
}

func checkedLater() error {
	req, err := http.NewRequest("GET", site+"/rest/api/3/field", nil)
	req.Close = true
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req) // want `set one such as "jira-fix-int/1.0.0"`
	return err
}

// A request made in generated code is reported where it is sent, with
// no fix: generated files are not edited.
func fromGenerated() {
	req, err := newGeneratedRequest()
	if err != nil {
		return
	}
	http.DefaultClient.Do(req) // want `set one such as "jira-fix-int/1.0.0"`
}
