// Command cgo imports "C": drivers analyse the files cmd/cgo writes,
// whose //line directives map them back to this one.
package main

// #include <stdlib.h>
import "C"

import (
	"net/http"
	"net/url"
	"unsafe"
)

func search(jql string) (*http.Response, error) {
	p := C.malloc(16)
	defer C.free(unsafe.Pointer(p))
	q := url.Values{}
	q.Set("jql", jql)
	q.Set("atlOrigin", "abc123") // want `atlOrigin parameter on a REST API URL \(acme.atlassian.net/rest/api/3/search\)`
	return http.Get("https://acme.atlassian.net/rest/api/3/search?" + q.Encode())
}

func main() {
	C.free(C.malloc(1))
	_, _ = search("project = KEY")
	_, _ = http.Get("https://acme.atlassian.net/browse/KEY-1?atlOrigin=abc123")
	_, _ = http.Get("https://acme.atlassian.net/rest/api/3/myself?atlOrigin=abc123") // want `atlOrigin parameter on a REST API URL`
}
