// Package casefix holds keys whose only fault is case: the fix
// lower-cases them where they are written.
package casefix

type Descriptor struct {
	Key     string `json:"key"`
	BaseURL string `json:"baseUrl"`
}

const appKey = "Jira-Acme-Int"

var (
	inline = Descriptor{Key: "Jira-Acme-Int", BaseURL: "https://connect.acme.example"}               // want `Connect app key "Jira-Acme-Int" does not follow .*: upper-case letters; an installed app's key cannot change without registering the app again as a new one, so lower-case it only if the app was never installed`
	named  = Descriptor{Key: appKey, BaseURL: "https://connect.acme.example"}                        // want `Connect app key "Jira-Acme-Int" does not follow`
	rawKey = Descriptor{Key: `JIRA-ACME-INT`, BaseURL: "https://connect.acme.example"}               // want `Connect app key "JIRA-ACME-INT" does not follow`
	joined = Descriptor{Key: "Jira-" + "acme-int", BaseURL: "https://connect.acme.example"}          // want `Connect app key "Jira-acme-int" does not follow`
	mapKey = map[string]any{"key": "Confluence-Acme-Int", "baseUrl": "https://connect.acme.example"} // want `Connect app key "Confluence-Acme-Int" does not follow`
)

const rawJSON = `{"key": "Jira-Acme-Int", "baseUrl": "https://connect.acme.example"}` // want `Connect app key "Jira-Acme-Int" does not follow`

const jsonText = "{\"baseUrl\": \"https://connect.acme.example\", \"key\": \"Jira-Acme-Int\"}" // want `Connect app key "Jira-Acme-Int" does not follow`

// An escape inside the key: reported, but no edit is exact.
const escapedKey = "{\"key\": \"Jira-\x41cme-Int\", \"baseUrl\": \"https://connect.acme.example\"}" // want `Connect app key "Jira-Acme-Int" does not follow`

// want +1 `Connect app key "Jira-Acme-Int" does not follow`
const multiLine = `{
	"key": "Jira-Acme-Int",
	"baseUrl": "https://connect.acme.example"
}`
