// Package blowup follows a value through helpers that call helpers,
// each with many return paths: without a summary per helper the work
// is exponential in the depth (11 return paths nested 12 deep are
// 11^12 paths), with one it is linear, and this package is checked in
// well under a second.
package blowup

import "net/http"

var c int

func h0(s string) string { return s }

func h1(s string) string {
	if c == 0 {
		return h0(s)
	}
	if c == 1 {
		return h0(s)
	}
	if c == 2 {
		return h0(s)
	}
	if c == 3 {
		return h0(s)
	}
	if c == 4 {
		return h0(s)
	}
	if c == 5 {
		return h0(s)
	}
	if c == 6 {
		return h0(s)
	}
	if c == 7 {
		return h0(s)
	}
	if c == 8 {
		return h0(s)
	}
	if c == 9 {
		return h0(s)
	}
	return h0(s)
}

func h2(s string) string {
	if c == 0 {
		return h1(s)
	}
	if c == 1 {
		return h1(s)
	}
	if c == 2 {
		return h1(s)
	}
	if c == 3 {
		return h1(s)
	}
	if c == 4 {
		return h1(s)
	}
	if c == 5 {
		return h1(s)
	}
	if c == 6 {
		return h1(s)
	}
	if c == 7 {
		return h1(s)
	}
	if c == 8 {
		return h1(s)
	}
	if c == 9 {
		return h1(s)
	}
	return h1(s)
}

func h3(s string) string {
	if c == 0 {
		return h2(s)
	}
	if c == 1 {
		return h2(s)
	}
	if c == 2 {
		return h2(s)
	}
	if c == 3 {
		return h2(s)
	}
	if c == 4 {
		return h2(s)
	}
	if c == 5 {
		return h2(s)
	}
	if c == 6 {
		return h2(s)
	}
	if c == 7 {
		return h2(s)
	}
	if c == 8 {
		return h2(s)
	}
	if c == 9 {
		return h2(s)
	}
	return h2(s)
}

func h4(s string) string {
	if c == 0 {
		return h3(s)
	}
	if c == 1 {
		return h3(s)
	}
	if c == 2 {
		return h3(s)
	}
	if c == 3 {
		return h3(s)
	}
	if c == 4 {
		return h3(s)
	}
	if c == 5 {
		return h3(s)
	}
	if c == 6 {
		return h3(s)
	}
	if c == 7 {
		return h3(s)
	}
	if c == 8 {
		return h3(s)
	}
	if c == 9 {
		return h3(s)
	}
	return h3(s)
}

func h5(s string) string {
	if c == 0 {
		return h4(s)
	}
	if c == 1 {
		return h4(s)
	}
	if c == 2 {
		return h4(s)
	}
	if c == 3 {
		return h4(s)
	}
	if c == 4 {
		return h4(s)
	}
	if c == 5 {
		return h4(s)
	}
	if c == 6 {
		return h4(s)
	}
	if c == 7 {
		return h4(s)
	}
	if c == 8 {
		return h4(s)
	}
	if c == 9 {
		return h4(s)
	}
	return h4(s)
}

func h6(s string) string {
	if c == 0 {
		return h5(s)
	}
	if c == 1 {
		return h5(s)
	}
	if c == 2 {
		return h5(s)
	}
	if c == 3 {
		return h5(s)
	}
	if c == 4 {
		return h5(s)
	}
	if c == 5 {
		return h5(s)
	}
	if c == 6 {
		return h5(s)
	}
	if c == 7 {
		return h5(s)
	}
	if c == 8 {
		return h5(s)
	}
	if c == 9 {
		return h5(s)
	}
	return h5(s)
}

func h7(s string) string {
	if c == 0 {
		return h6(s)
	}
	if c == 1 {
		return h6(s)
	}
	if c == 2 {
		return h6(s)
	}
	if c == 3 {
		return h6(s)
	}
	if c == 4 {
		return h6(s)
	}
	if c == 5 {
		return h6(s)
	}
	if c == 6 {
		return h6(s)
	}
	if c == 7 {
		return h6(s)
	}
	if c == 8 {
		return h6(s)
	}
	if c == 9 {
		return h6(s)
	}
	return h6(s)
}

func h8(s string) string {
	if c == 0 {
		return h7(s)
	}
	if c == 1 {
		return h7(s)
	}
	if c == 2 {
		return h7(s)
	}
	if c == 3 {
		return h7(s)
	}
	if c == 4 {
		return h7(s)
	}
	if c == 5 {
		return h7(s)
	}
	if c == 6 {
		return h7(s)
	}
	if c == 7 {
		return h7(s)
	}
	if c == 8 {
		return h7(s)
	}
	if c == 9 {
		return h7(s)
	}
	return h7(s)
}

func h9(s string) string {
	if c == 0 {
		return h8(s)
	}
	if c == 1 {
		return h8(s)
	}
	if c == 2 {
		return h8(s)
	}
	if c == 3 {
		return h8(s)
	}
	if c == 4 {
		return h8(s)
	}
	if c == 5 {
		return h8(s)
	}
	if c == 6 {
		return h8(s)
	}
	if c == 7 {
		return h8(s)
	}
	if c == 8 {
		return h8(s)
	}
	if c == 9 {
		return h8(s)
	}
	return h8(s)
}

func h10(s string) string {
	if c == 0 {
		return h9(s)
	}
	if c == 1 {
		return h9(s)
	}
	if c == 2 {
		return h9(s)
	}
	if c == 3 {
		return h9(s)
	}
	if c == 4 {
		return h9(s)
	}
	if c == 5 {
		return h9(s)
	}
	if c == 6 {
		return h9(s)
	}
	if c == 7 {
		return h9(s)
	}
	if c == 8 {
		return h9(s)
	}
	if c == 9 {
		return h9(s)
	}
	return h9(s)
}

func h11(s string) string {
	if c == 0 {
		return h10(s)
	}
	if c == 1 {
		return h10(s)
	}
	if c == 2 {
		return h10(s)
	}
	if c == 3 {
		return h10(s)
	}
	if c == 4 {
		return h10(s)
	}
	if c == 5 {
		return h10(s)
	}
	if c == 6 {
		return h10(s)
	}
	if c == 7 {
		return h10(s)
	}
	if c == 8 {
		return h10(s)
	}
	if c == 9 {
		return h10(s)
	}
	return h10(s)
}

func h12(s string) string {
	if c == 0 {
		return h11(s)
	}
	if c == 1 {
		return h11(s)
	}
	if c == 2 {
		return h11(s)
	}
	if c == 3 {
		return h11(s)
	}
	if c == 4 {
		return h11(s)
	}
	if c == 5 {
		return h11(s)
	}
	if c == 6 {
		return h11(s)
	}
	if c == 7 {
		return h11(s)
	}
	if c == 8 {
		return h11(s)
	}
	if c == 9 {
		return h11(s)
	}
	return h11(s)
}

// Recursion, direct and mutual, ends too.
func loop(s string, n int) string {
	if n == 0 {
		return s
	}
	return loop(s, n-1)
}

func ping(s string, n int) string {
	if n == 0 {
		return s
	}
	return pong(s, n-1)
}

func pong(s string, n int) string { return ping(s, n) }

func send(req *http.Request) {
	req.SetBasicAuth("bot", h12("Blowup-Secret-0001"))      // want `hard-coded credential Blowup… \(18 chars\) reaches the password of \(\*http.Request\).SetBasicAuth \(through h12\)`
	req.SetBasicAuth("bot", h12(h12("Blowup-Secret-0002"))) // want `hard-coded credential Blowup… \(18 chars\) reaches .* \(through h12\)`
	req.SetBasicAuth("bot", loop("Recursive-Secret-03", 3)) // want `hard-coded credential Recurs… \(19 chars\) reaches .* \(through loop\)`
	req.SetBasicAuth("bot", ping("Mutual-Secret-0004", 3))  // want `hard-coded credential Mutual… \(18 chars\) reaches .* \(through ping\)`
	req.SetBasicAuth("bot", h12(""))
}
