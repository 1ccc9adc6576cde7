// Package web passes its redirect URI to package auth's constructors.
package web

import "xpkgredirect/auth"

var cfg = auth.New("http://app.example.com/cb") // want `redirect URI http://app.example.com uses plain http`

var cfg2, _ = auth.NewWithError("http://app2.example.com/cb") // want `redirect URI http://app2.example.com uses plain http`

// Near misses: https, loopback, and another provider.

var secure = auth.New("https://app.example.com/cb")

var local = auth.New("http://localhost:8080/cb")

var other = auth.NewOther("http://app.example.com/cb")
