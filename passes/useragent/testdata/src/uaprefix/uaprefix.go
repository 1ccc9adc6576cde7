package uaprefix // want package:"identity jira-uaprefix-int"

// User-Agents built at run time from a constant start and a version
// only the build knows: the constant start is judged where it decides,
// never the rest.

import (
	"fmt"
	"net/http"
	"runtime"
)

const site = "https://acme.atlassian.net"

func send(ua string) {
	req, err := http.NewRequest("GET", site+"/rest/api/3/myself", nil)
	if err != nil {
		return
	}
	req.Header.Set("User-Agent", ua)
	http.DefaultClient.Do(req)
}

func identified() {
	req, err := http.NewRequest("GET", site+"/rest/api/3/myself", nil)
	if err != nil {
		return
	}
	req.Header.Set("User-Agent", "jira-uaprefix-int/1.0.0")
	http.DefaultClient.Do(req)
}

func built(version, name string) {
	req, err := http.NewRequest("GET", site+"/rest/api/3/project", nil)
	if err != nil {
		return
	}
	switch name {
	case "plugin":
		req.Header.Set("User-Agent", "Acme-Plugin-Jira/"+version) // want `User-Agent "Acme-Plugin-Jira/…" does not follow Atlassian's convention \{product\}-\{source\}-int/\{version\} \(\{optional\}\), whatever follows: upper-case letters, missing "-int" after the source product`
	case "chatops":
		req.Header.Set("User-Agent", fmt.Sprintf("Chat Ops Jira/%s (%s)", version, runtime.Version())) // want `User-Agent "Chat Ops Jira/…" does not follow .*: upper-case letters, spaces .*, missing "-int"`
	case "case":
		req.Header.Set("User-Agent", "Jira-UAPrefix-Int/"+version) // want `User-Agent "Jira-UAPrefix-Int/…" does not follow .*whatever follows: upper-case letters$`
	case "browser":
		req.Header.Set("User-Agent", "Mozilla/5.0 (compatible; AcmeSync/"+version+")") // want `User-Agent "Mozilla/5.0 \(compatible; AcmeSync/…" identifies Mozilla, not your integration, whatever follows`
	case "requests":
		req.Header.Set("User-Agent", "python-requests/"+version) // want `User-Agent "python-requests/…" identifies python-requests`
	case "other":
		req.Header.Set("User-Agent", "jira-other-int/"+version) // want `User-Agent identity "jira-other-int" differs from "jira-uaprefix-int"`
	case "ok":
		req.Header.Set("User-Agent", "jira-uaprefix-int/"+version)
	case "okformat":
		req.Header.Set("User-Agent", fmt.Sprintf("jira-uaprefix-int/%s (%s)", version, runtime.Version()))
	case "unknownidentity":
		// The identity goes on in the unknown part: nothing is known.
		req.Header.Set("User-Agent", "Jira"+name+"/"+version)
	case "unknownsource":
		req.Header.Set("User-Agent", "jira-"+name+"-int/1.0.0")
	default:
		req.Header.Set("User-Agent", "jira-uaprefix-int/1.0.0")
	}
	http.DefaultClient.Do(req)
}

func main() {
	send("jira-uaprefix-int/2.0.0")
}
