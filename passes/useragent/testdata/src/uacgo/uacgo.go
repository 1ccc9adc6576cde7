// Command uacgo imports "C": drivers analyse the files cmd/cgo writes,
// whose //line directives map them back to this one. (A command, which
// exports no identity fact: analysistest would expect it in a file of
// cmd/cgo's.)
package main

// #include <stdlib.h>
import "C"

import (
	"net/http"
	"unsafe"
)

func get() error {
	p := C.malloc(16)
	defer C.free(unsafe.Pointer(p))
	req, err := http.NewRequest("GET", "https://acme.atlassian.net/rest/api/3/myself", nil)
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req) // want `request to acme.atlassian.net is sent with Go's default User-Agent; set one such as "jira-uacgo-int/1.0.0"`
	return err
}

func withAgent() error {
	req, err := http.NewRequest("GET", "https://acme.atlassian.net/rest/api/3/project", nil)
	if err != nil {
		return err
	}
	req.Header.Set("User-Agent", "Jira-Uacgo-Int/1.0.0") // want `User-Agent "Jira-Uacgo-Int/1.0.0" does not follow Atlassian's convention`
	_, err = http.DefaultClient.Do(req)
	return err
}

func main() {
	_, _ = get(), withAgent()
}
