//line config.go:1
package linedirective

func reconnectURL(state string) string {
	return conf.AuthCodeURL(state) // want `authorize URL has no prompt=consent` `authorize URL has no audience=api.atlassian.com`
}
