// Package embedded serves descriptor files it embeds.
package embedded

import (
	"embed"
	_ "embed"
)

// want +2 `Connect app key "jira-acme-int/1.4.2" in atlassian-connect.json does not follow Atlassian's convention \{product\}-\{source\}-int: a version`
//
//go:embed atlassian-connect.json
var descriptor []byte

//go:embed static/atlassian-connect.json
var good string

// want +2 `Connect app key "Acme" in connect app/atlassian-connect.json does not follow`
//
//go:embed "connect app/atlassian-connect.json" static/other.json
var quoted embed.FS

// A glob is not read.
//
//go:embed glob/*.json
var globbed embed.FS

// A file of another name is not a descriptor.
//
//go:embed static/other.json
var other []byte
