// Package funclit writes helpers as function literals.
package funclit

import "net/http"

func send(req *http.Request) {
	// The literal's parameter reaches the sink.
	auth := func(r *http.Request, tok string) { r.SetBasicAuth("bot", tok) }
	auth(req, "FuncLit-Param-Secret-1") // want `hard-coded credential FuncLi… \(22 chars\) reaches the password of \(\*http.Request\).SetBasicAuth \(through auth\)`

	// The literal's result reaches the sink.
	password := func() string { return "FuncLit-Result-Secret-2" } // want `hard-coded credential FuncLi… \(23 chars\) reaches the password of \(\*http.Request\).SetBasicAuth \(through password\)`
	req.SetBasicAuth("bot", password())

	// Called where it is written.
	req.Header.Set("Authorization", "Bearer "+func() string { return "Inline-FuncLit-Secret-3" }()) // want `hard-coded credential Inline… \(23 chars\) reaches a Bearer Authorization header`

	// A function value that may be anything is not followed.
	var get func() string
	get = func() string { return "Reassigned-FuncLit-4" }
	get = func() string { return "Reassigned-FuncLit-5" }
	req.SetBasicAuth("bot", get())
}
