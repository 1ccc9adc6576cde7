// Package app fills in a descriptor type of another package with a key
// of another package: no literal here says "descriptor".
package app

import "imported/connect"

var descriptor = connect.Descriptor{Key: connect.AppKey} // want `Connect app key "acme-connect" does not follow`

func local() connect.Local { return connect.Local{Key: connect.AppKey + "-int"} } // want `Connect app key "acme-connect-int" does not follow .*: no Atlassian product`
