// Package patsink sends Data Center personal access tokens as Bearer
// credentials, the way a PAT is used.
package patsink

import (
	"fmt"
	"net/http"
)

func send(req *http.Request) {
	req.Header.Set("Authorization", "Bearer NzcwNjUwODcxMTYwOjF2ZGduTWxxRExLdjZKZzRCbXdo")                    // want `a live-format Jira/Confluence Data Center personal access token is hard-coded \(\S{6}… \(44 chars\), structure valid\); revoke it and read it at run time, e.g. with os.Getenv\("ATLASSIAN_PERSONAL_ACCESS_TOKEN"\)`
	req.Header.Set("Authorization", fmt.Sprintf("Bearer %s", "ODI4ODQxODQ1NDI0OlJuV2k5d3FJTmV4d2FSa0RhT1hV")) // want `a live-format Jira/Confluence Data Center personal access token is hard-coded`
	req.Header.Set("Authorization", header)
	req.Header.Set("Authorization", "Bearer "+bbdc)

	// A 44-character base64 value without a PAT's structure is some
	// other secret, reported at the sink without a word about PATs.
	req.Header.Set("Authorization", "Bearer eDY4Njk1MjAwMTk5OmFyRHN0WGt0SmMwd2ZJOGVveENz") // want `hard-coded credential \S{6}… \(44 chars\) reaches a Bearer Authorization header; read it at run time`
}

// Through a variable.
var header = "Bearer MDE3ODcwNTA5NTIwOnhEbHZuN0YwOUp2bGNhSGpQR3Z6" // want `a live-format Jira/Confluence Data Center personal access token is hard-coded`

const bbdc = "BBDC-NTUzODc3NzU2MDc3OmNEUEQxTFRPOEtQaUdEdUZnRzli" // want `a live-format Bitbucket Data Center token is hard-coded \(BBDC-\S… \(49 chars\), structure valid\)`

// In text that is no Authorization value, a PAT-shaped value is not
// recognised: it would match countless hashes.
var text = "digest=NzIyODgwODMyMzIzOjU5RjBHSk9HQ1c0c05EQjFSczkz"
