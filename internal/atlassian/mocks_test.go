package atlassian

import "testing"

func TestMockURLArg(t *testing.T) {
	tests := []struct {
		pkg, recv, name string
		arg             int
		want            bool
	}{
		{"github.com/jarcoal/httpmock", "", "RegisterResponder", 1, true},
		{"github.com/jarcoal/httpmock", "", "RegisterResponder", 0, false}, // the method
		{"github.com/jarcoal/httpmock", "MockTransport", "RegisterResponder", 1, true},
		{"github.com/jarcoal/httpmock", "", "RegisterResponderWithQuery", 1, true},
		{"github.com/jarcoal/httpmock", "", "RegisterNoResponder", 0, false},
		{"github.com/jarcoal/httpmock", "", "NewStringResponder", 1, false},
		{"gopkg.in/h2non/gock.v1", "", "New", 0, true},
		{"github.com/h2non/gock", "", "New", 0, true},
		{"net/http", "", "Get", 0, false},
		{"example.com/httpmock", "", "RegisterResponder", 1, false},
	}
	for _, tt := range tests {
		if got := MockURLArg(tt.pkg, tt.recv, tt.name, tt.arg); got != tt.want {
			t.Errorf("MockURLArg(%q, %q, %q, %d) = %v, want %v", tt.pkg, tt.recv, tt.name, tt.arg, got, tt.want)
		}
	}
}
