package directives

func finding(category string) int { return 0 }

func unsuppressed() {
	finding("default") // want `finding default`
}

func lineAbove() {
	//atlvet:ignore useragent/default the proxy in front of us sets it
	finding("default")
}

func sameLine() {
	finding("default") //atlvet:ignore useragent/default the proxy in front of us sets it
}

func wholePass() {
	//atlvet:ignore useragent generated client, fixed upstream
	finding("convention")
}

func otherRule() {
	//atlvet:ignore useragent/convention wrong rule named // want `atlvet:ignore directive for useragent/convention silences nothing; remove it`
	finding("default") // want `finding default`
}

func noReason() {
	// want +1 `atlvet:ignore directive for useragent/default gives no reason; say why the finding does not apply after the rule name`
	//atlvet:ignore useragent/default
	finding("default") // want `finding default`
}

func noRule() {
	// want +1 `atlvet:ignore directive names no rule`
	//atlvet:ignore
	finding("default") // want `finding default`
}

func unknownRule() {
	//atlvet:ignore useragent/defualt typo in the rule // want `atlvet:ignore directive names unknown rule "useragent/defualt"; the rules of useragent are default, convention, library`
	finding("default") // want `finding default`
}

func misspeltPass() {
	//atlvet:ignore useragnet/default typo in the pass // want `atlvet:ignore directive names unknown pass "useragnet"; did you mean "useragent"\?`
	finding("default") // want `finding default`
}

func otherPass() {
	// Another pass checks its own directives; this one leaves it alone.
	//atlvet:ignore secrets/credential-name fixture
	finding("default") // want `finding default`
}

func twoLinesAbove() {
	//atlvet:ignore useragent/default too far away // want `silences nothing`

	finding("default") // want `finding default`
}

func trailingCoversOnlyItsLine() {
	_ = 1              //atlvet:ignore useragent/default trailing // want `silences nothing`
	finding("default") // want `finding default`
}

func notADirective() {
	//atlvet:ignorefoo useragent/default some other tool's directive
	finding("default") // want `finding default`
}

func oneDirectiveTwoFindings() {
	//atlvet:ignore useragent both findings on the next line have the same cause
	_ = finding("default") + finding("convention")
}

// A rule the configuration switches off (the test disables
// "library") silences nothing, and that is not reported.
func disabledRule() {
	//atlvet:ignore useragent/library kept for when the rule is on again
	_ = 1
}

func disabledRuleWithoutReason() {
	// want +1 `atlvet:ignore directive for useragent/library gives no reason`
	//atlvet:ignore useragent/library
	_ = 1
}
