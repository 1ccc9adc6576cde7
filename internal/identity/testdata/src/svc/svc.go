package svc // want "sends jira-acme-int, sent by imported package base; passes on jira-acme-int"

// svc neither talks HTTP nor spells a URL; it passes on the identity
// of base, which it imports, to its own importers.

import "base"

func Myself() { base.Get("/rest/api/3/myself") }
