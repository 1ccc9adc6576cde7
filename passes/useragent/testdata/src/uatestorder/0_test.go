package uatestorder

import "testing"

func TestSend(t *testing.T) {
	send("jira-apptest-int/1.0.0") // want `User-Agent identity "jira-apptest-int" differs from "jira-app-int", used at a.go:16`
}
