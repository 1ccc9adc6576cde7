// Package syntax does not parse: the syntax tree has holes (bad
// expressions, statements and declarations).
package syntax

import "net/http"

const site = "https://acme.atlassian.net"

func get() error {
	req, err := http.NewRequest("GET", site+"/rest/api/3/myself?atlOrigin=x", nil
	if err != nil {
		return err
	}
	req.Header.Set("User-Agent", "Jira-Acme-Int/1.0.0" +)
	_, err = http.DefaultClient.Do(req)
	return err
}

func half(
	http.Get(site + "/rest/api/3/project")
}

var x = [
