// Command cgo imports "C": drivers analyse the files cmd/cgo writes,
// whose //line directives map them back to this one. The token is
// synthetic, never issued by Atlassian.
package main

// #include <stdlib.h>
import "C"

import (
	"fmt"
	"net/http"
	"unsafe"
)

var apiToken = "ATATT3xFfGF0LxE0wyynBzNKccY2HZMOyhM66fDb_hYh4eofgL_Q2a6_AG58N3vKR4PCbqnfqUyUKP2X4TSvQzdVgQx6c1zRs1M4nmTxMhDx_TC3xkisdXgm68ckpWYyhfxd9RqdhRpdS0pUQMws6haWsnjpT-B_22CI3po76XFZzxbDNQhWKNj=50C7E85C" // want `a live-format Atlassian API token is hard-coded \(ATATT3… \(192 chars\), checksum valid\)`

func main() {
	p := C.malloc(16)
	defer C.free(unsafe.Pointer(p))
	req, _ := http.NewRequest("GET", "https://acme.atlassian.net/rest/api/3/myself", nil)
	req.SetBasicAuth("me@example.com", "hunter2-but-longer") // want `hard-coded credential hunter… \(18 chars\) reaches the password of \(\*http.Request\).SetBasicAuth`
	fmt.Println(apiToken, req)
}
