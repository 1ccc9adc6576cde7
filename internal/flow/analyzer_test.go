package flow

import "testing"

func TestMentionsAtlassian(t *testing.T) {
	for s, want := range map[string]bool{
		`"https://ACME.atlassian.net"`: true,
		`"/rest/api/3/issue"`:          true,
		`"?atlOrigin=x"`:               true,
		`"JIRA_TOKEN"`:                 true,
		`"/ex/confluence/x"`:           true,
		`"https://example.com/api"`:    false,
		`"atlassia"`:                   false,
		`""`:                           false,
	} {
		if got := mentionsAtlassian(s); got != want {
			t.Errorf("mentionsAtlassian(%s) = %v, want %v", s, got, want)
		}
	}
}
