package uasuppressed

import "net/http"

const site = "https://acme.atlassian.net"

func suppressed() {
	//atlvet:ignore useragent/default the egress proxy sets our User-Agent
	http.Get(site + "/rest/api/3/myself")

	http.Get(site + "/rest/api/3/project") //atlvet:ignore useragent the egress proxy sets our User-Agent

	req, _ := http.NewRequest("GET", site+"/rest/api/3/myself", nil)
	req.Header.Set("User-Agent", "curl/8.0") //atlvet:ignore useragent/library replaying a support ticket's request verbatim
	http.DefaultClient.Do(req)
}

func wrongRule() {
	//atlvet:ignore useragent/library not the rule that fires // want `atlvet:ignore directive for useragent/library silences nothing; remove it`
	http.Get(site + "/rest/api/3/myself") // want `sent with Go's default User-Agent`
}

func noReason() {
	// want +1 `atlvet:ignore directive for useragent/default gives no reason`
	//atlvet:ignore useragent/default
	http.Get(site + "/rest/api/3/myself") // want `sent with Go's default User-Agent`
}
