package testorder

import "testing"

func TestSend(t *testing.T) {
	send("jira-apptest-int/1.0.0")
}
