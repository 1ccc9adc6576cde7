package main

import "testing"

func TestValidateToken(t *testing.T) {
	for _, tc := range []struct {
		tok  string
		okay bool
	}{
		{"", false},
		{"ATATT3xFfGF0truncated", false},
		// OK(secrets/atlassian-token): the documentation's example shape, whose checksum fails; it reaches no sink.
		{"ATATT3xFfGF0R7aPSXe6u9zt2uF_GyfE2cTih-lt1MXpQbnEZY3crQUN0l6VE8k9K3zrBQ64ajKfUXj9i5SOuBoP2cp1AXpkrt8-wFd7kYBRHyOpn8DUsIK8G8m6n3bZ4Zs7TRGFLjOCYOP8cjgc3obuQhc0KFnq_yjOzVB4LxjbL0ZGsfTvNB0=0BADC0DE", true},
	} {
		if err := validateToken(tc.tok); (err == nil) != tc.okay {
			t.Errorf("validateToken(%.12q) = %v", tc.tok, err)
		}
	}
}
