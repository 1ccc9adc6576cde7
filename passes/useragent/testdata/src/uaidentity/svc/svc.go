package svc // want package:"identity jira-acme-int"

// svc neither talks HTTP nor spells a URL; it passes on the identity
// of base, which it imports, to its own importers.

import "uaidentity/base"

func Myself() { base.Get("/rest/api/3/myself") }
