// Package mapdesc builds Connect descriptors as maps.
package mapdesc

type jsonObject = map[string]any

var descriptor = map[string]any{
	"key":     "jira-acme-int-1.0.0", // want `Connect app key "jira-acme-int-1.0.0" does not follow .*: a version`
	"name":    "Acme for Jira",
	"baseUrl": "https://connect.acme.example",
	"modules": map[string]any{
		"generalPages": []any{
			map[string]any{"key": "Acme-Page", "name": map[string]string{"value": "Acme"}, "url": "/page"},
		},
	},
}

var good = jsonObject{"key": "jira-acme-int", "baseUrl": "https://connect.acme.example"}

var strings = map[string]string{"baseUrl": "https://connect.acme.example", "key": "Acme Connect"} // want `Connect app key "Acme Connect" does not follow .*: upper-case letters, spaces, missing "-int" after the source product, no Atlassian product`

// Not descriptors: no baseUrl.
var property = map[string]any{"key": "Acme-Settings", "value": map[string]bool{"enabled": true}}
var issue = map[string]any{"key": "ACME-1", "fields": map[string]any{"summary": "x"}}
var keyed = map[int]string{1: "key"}
