// A file that does not import oauth2: the fix adds the import, laid
// out by the file's own lines.

//line login.tmpl:40
package linedirective

func loginURL(state string) string {
	return conf.AuthCodeURL(state) // want `authorize URL has no prompt=consent` `authorize URL has no audience=api.atlassian.com`
}
