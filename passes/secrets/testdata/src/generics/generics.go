// want package:"has credential sinks"

// Package generics follows credentials through generic code.
package generics

import "net/http"

type Auth[T any] struct {
	extra T
	token string // want token:"credential field -> the password of \\(\\*http.Request\\).SetBasicAuth"
}

func (a *Auth[T]) apply(req *http.Request) {
	req.SetBasicAuth("bot", a.token)
}

func newAuth[T any](x T) *Auth[T] {
	return &Auth[T]{extra: x, token: "Tn4Vb1KZr8Qx2Lm7"} // want `reaches the password of \(\*http.Request\).SetBasicAuth \(through field Auth.token\)`
}

func send[T ~string](req *http.Request, secret T) { // want send:"credential sinks: param 1 -> a Bearer Authorization header"
	req.Header.Set("Authorization", "Bearer "+string(secret))
}

func use(req *http.Request) {
	newAuth(1).apply(req)
	send(req, "Qx2Lm7Tn4Vb1KZr8") // want `reaches a Bearer Authorization header \(through send\)`
}
