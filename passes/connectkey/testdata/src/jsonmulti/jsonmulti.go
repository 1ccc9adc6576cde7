// Package jsonmulti holds descriptors as JSON text on several lines:
// the finding is on the literal, where a suppression comment can go.
package jsonmulti

// want +1 `Connect app key "jira-acme-int/1.4.2" does not follow`
const descriptor = `{
	"key": "jira-acme-int/1.4.2",
	"name": "Acme for Jira",
	"baseUrl": "https://connect.acme.example",
	"authentication": {"type": "jwt"},
	"modules": {"generalPages": [{"key": "Acme-Page", "url": "/page"}]}
}`

//atlvet:ignore connectkey/convention registered in 2019 under this key
const installed = `{
	"key": "com.acme.jira",
	"baseUrl": "https://connect.acme.example"
}`

const good = `{
	"key": "jira-acme-int",
	"baseUrl": "https://connect.acme.example"
}`
