package uaconvention

import (
	"fmt"
	"net/http"
)

// A named constant is reported where it is used; the fix rewrites
// its declaration.
const agentConst = "Jira-Code-Int/1.0.0"

func faults() {
	get("JIRA-CODE-INT/1.0.0")                  // want `User-Agent "JIRA-CODE-INT/1.0.0" does not follow Atlassian's convention .*: upper-case letters`
	get("Jira-Code-Int/1.0.0 (Go 1.26; Linux)") // want `: upper-case letters`
	get("jira-code-int/1.0.0  (go)")            // want `: spaces \(only one is allowed, before "\(optional\)"\)`
	get("jira code int/1.0.0")                  // want `User-Agent "jira code int/1.0.0" does not follow`
	get("jira-code/1.0.0")                      // want `: missing "-int" after the source product`
	get("jira-code-int")                        // want `: missing "/version" after the identity`
	get("jira-code-int/")                       // want `: missing "/version" after the identity`
	get("Jira-Code/1.0.0")                      // want `: upper-case letters, missing "-int" after the source product`
	get("jira-int/1.0.0")                       // want `: missing source product`
	get(agentConst)                             // want `User-Agent "Jira-Code-Int/1.0.0" does not follow Atlassian's convention \{product\}-\{source\}-int/\{version\} \(\{optional\}\): upper-case letters`
}

// Only constant values are checked, and only on requests to Atlassian.
func notChecked(version string) error {
	get(fmt.Sprintf("jira-code-int/%s", version))
	get("jira-code-int/" + version)
	req, err := http.NewRequest("GET", "https://example.com/status", nil)
	if err != nil {
		return err
	}
	req.Header.Set("User-Agent", "Acme Status Bot")
	_, err = http.DefaultClient.Do(req)
	return err
}

// The header map and an http.Header literal are read like Header.Set.
func headerForms() error {
	req, err := http.NewRequest("GET", site+"/rest/api/3/myself", nil)
	if err != nil {
		return err
	}
	req.Header["User-Agent"] = []string{"Jira-Code-Int/1.1.0"} // want `: upper-case letters`
	_, err = http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	req2, err := http.NewRequest("GET", site+"/rest/api/3/myself", nil)
	if err != nil {
		return err
	}
	req2.Header = http.Header{"User-Agent": {"jira-code-int 1.1.0"}} // want `: spaces \(only one is allowed, before "\(optional\)"\), missing "/version" after the identity`
	_, err = http.DefaultClient.Do(req2)
	return err
}

// A local constant is fixed where it is declared.
func localConst() {
	const agent = "JIRA-CODE-INT/1.2.0"
	get(agent) // want `upper-case letters`
}
