// Package cycles declares constants, types and functions in cycles and
// twice.
package cycles

import "net/http"

const a = b + "/rest/api/3/myself"
const b = a

type T struct{ t T }

type U = V
type V = U

func get() { http.Get(a) }
func get() { http.Get(b + "?atlOrigin=x") }

var site = site + "https://acme.atlassian.net"

func init() { http.Get(site) }
