package suppressed

type Descriptor struct {
	Key     string `json:"key"`
	BaseURL string `json:"baseUrl"`
}

var (
	//atlvet:ignore connectkey/convention installed on 2,000 sites under this key since 2019
	installed = Descriptor{Key: "com.acme.jira", BaseURL: "https://connect.acme.example"}
	legacy    = Descriptor{Key: "acme-jira", BaseURL: "https://connect.acme.example"} //atlvet:ignore connectkey installed
	// want +1 `atlvet:ignore directive for connectkey/inconsistent silences nothing`
	//atlvet:ignore connectkey/inconsistent nothing to silence here
	fine = Descriptor{Key: "jira-acme-int", BaseURL: "https://connect.acme.example"}
)
