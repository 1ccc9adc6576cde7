package linedirective

import "fmt"

//line consent.tmpl:3:17
func consentURL(state string) string {
	return fmt.Sprint(conf.AuthCodeURL(state)) // want `authorize URL has no prompt=consent` `authorize URL has no audience=api.atlassian.com`
}
