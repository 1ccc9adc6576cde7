package matchers

import "testing"

func TestStrip(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"origin", "https://acme.atlassian.net/rest/api/3/issue?atlOrigin=abc", "https://acme.atlassian.net/rest/api/3/issue"},
	}
	for _, tt := range tests {
		if got := strip(tt.in); got != tt.want {
			t.Errorf("strip(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if !check("https://acme.atlassian.net/rest/api/3/users") {
		t.Error("check")
	}
}
