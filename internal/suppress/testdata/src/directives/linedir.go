package directives

// A //line directive renumbers what follows; directives still cover the
// line below as the file is written.

//line linedir.go:100
func lineDirective() {
	//atlvet:ignore useragent/default generated from a template
	_ = finding("default")
	_ = finding("default") // want `finding default`
}

// A pasted secret in a directive is not echoed back.
func pasted() {
	//atlvet:ignore useragent/ATATT3xFfGF0Zq8Zq8Zq8Zq8Zq8Zq8Zq8Zq8Zq8Zq8Zq8Zq8Zq8Zq8Zq8Zq8Zq8Zq8Zq8Zq8Zq8Zq8Zq8Zq8Zq8Zq8Zq8Zq8Zq8Zq8Zq8Zq8Zq8Zq8Zq8Zq8Zq8Zq8Zq8Zq8Zq8Zq8Zq8Zq8Zq8Zq8Zq8Zq8Zq8Zq8Zq8Zq8Zq8Zq8Zq8Zq8Zq8=0A1B2C3D oops // want `names unknown rule "useragent/ATATT3… \(192 chars\)"`
	_ = finding("default") // want `finding default`
}
