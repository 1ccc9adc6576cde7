// Package jsonsingle holds descriptors as JSON text on one line: the
// finding is on the key's string inside the literal.
package jsonsingle

const raw = `{"key": "jira-acme-int/1.4.2", "baseUrl": "https://connect.acme.example"}` // want `Connect app key "jira-acme-int/1.4.2" does not follow`

const interpreted = "{\"name\": \"Acme\", \"key\": \"atlassian-acme-int\", \"baseUrl\": \"https://connect.acme.example\"}" // want `Connect app key "atlassian-acme-int" does not follow .*: the multi-product`

// Escapes before the key (\u00e9 is two bytes of text, six of source).
const escaped = "{\"name\": \"Acm\u00e9 \\\\ \x41\", \"key\": \"acme\", \"baseUrl\": \"https://x.example\"}" // want `Connect app key "acme" does not follow`

// A constant made of pieces is reported as a whole.
const joined = `{"key": "jira-acme-int-2",` + // want `Connect app key "jira-acme-int-2"`
	` "baseUrl": "https://connect.acme.example"}`

const good = `{"key": "jira-acme-int", "baseUrl": "https://connect.acme.example", "modules": {"webItems": [{"key": "Acme-Item"}]}}`

// Not descriptors, or not keys.
const issue = `{"key": "ACME-1", "fields": {"summary": "baseUrl"}}`
const property = `{"key": "Acme", "value": {"baseUrl": "x"}}`
const nested = `{"app": {"key": "Acme", "baseUrl": "x"}}`
const template = `{"key": "{{.Key}}", "baseUrl": "{{.BaseURL}}"}`
const notJSON = `{"key": "Acme", "baseUrl": "x"} trailing`
const format = `{"key": %q, "baseUrl": %q}`
const notString = `{"key": 7, "baseUrl": "x"}`
