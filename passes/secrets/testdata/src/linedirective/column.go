package linedirective

import "fmt"

//line client.tmpl:2:30
var clientSecret = "ATOAiR6MnosGLLmRuajj1A0oPTrtNiIksa6Te6Rf2JFyyx_eAB7ApEtmQz64_62OAk9RDBE01FC2" // want `a live-format Atlassian OAuth client secret is hard-coded \(ATOAiR… \(76 chars\), checksum valid\)`

func show() string { return fmt.Sprint(clientSecret) }
