// Package app is the Connect app of the integration whose client sends
// the User-Agent jira-acme-int/1.4.2.
package app

import "inconsistent/client"

type Descriptor struct {
	Key     string `json:"key"`
	BaseURL string `json:"baseUrl"`
}

var (
	jira       = Descriptor{Key: "jira-acme-int", BaseURL: "https://connect.acme.example"}
	confluence = Descriptor{Key: "confluence-acme-int", BaseURL: "https://connect.acme.example"}
	other      = Descriptor{Key: "jira-acmeconnect-int", BaseURL: "https://connect.acme.example"} // want `Connect app key "jira-acmeconnect-int" names the source product "acmeconnect", but the integration's User-Agent identity "jira-acme-int" \(sent by imported package inconsistent/client\) names "acme"; one integration names one source product, and an installed app's key cannot change without registering the app again as a new one, so change the User-Agent, or give a new app a key such as "jira-acme-int"`
	// A key that breaks the convention is reported for that alone.
	both = Descriptor{Key: "jira-other-int/1.0", BaseURL: "https://connect.acme.example"} // want `Connect app key "jira-other-int/1.0" does not follow .*: a version, .* such as "jira-acme-int"`
)

const descriptorJSON = `{"key": "confluence-acmewiki-int", "baseUrl": "https://connect.acme.example"}` // want `Connect app key "confluence-acmewiki-int" names the source product "acmewiki", but .* such as "confluence-acme-int"`

func init() { client.Myself("acme") }
