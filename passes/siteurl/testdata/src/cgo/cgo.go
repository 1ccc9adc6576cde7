// Command cgo imports "C": drivers analyse the files cmd/cgo writes,
// whose //line directives map them back to this one.
package main

// #include <stdlib.h>
import "C"

import (
	"net/http"
	"unsafe"
)

func main() {
	p := C.malloc(16)
	defer C.free(unsafe.Pointer(p))
	req, _ := http.NewRequest("GET", "https://acme.atlassian.net/rest/api/3/myself", nil)
	req.Header.Set("Authorization", "Bearer "+C.GoString((*C.char)(p)))
	_, _ = http.DefaultClient.Do(req)                               // want `OAuth 2.0 bearer token sent to the Atlassian site acme.atlassian.net`
	_, _ = http.Get("http://acme.atlassian.net/rest/api/3/project") // want `http:// URL to Atlassian Cloud host acme.atlassian.net`
}
