package atlassian

import "testing"

func TestKnownValue(t *testing.T) {
	tests := []struct {
		pkg, name, field string
		want             string
		ok               bool
	}{
		{"golang.org/x/oauth2/bitbucket", "Endpoint", "AuthURL", "https://bitbucket.org/site/oauth2/authorize", true},
		{"golang.org/x/oauth2/bitbucket", "Endpoint", "TokenURL", "https://bitbucket.org/site/oauth2/access_token", true},
		{"golang.org/x/oauth2/bitbucket", "Endpoint", "", "", false}, // a struct, not a string
		{"golang.org/x/oauth2/github", "Endpoint", "AuthURL", "", false},
		{"net/http/httptest", "Server", "URL", "http://127.0.0.1", true},
		{"net/http/httptest", "Server", "Listener", "", false},
		{"example.com/httptest", "Server", "URL", "", false},
	}
	for _, tt := range tests {
		got, ok := KnownValue(tt.pkg, tt.name, tt.field)
		if got != tt.want || ok != tt.ok {
			t.Errorf("KnownValue(%q, %q, %q) = %q, %v; want %q, %v", tt.pkg, tt.name, tt.field, got, ok, tt.want, tt.ok)
		}
	}
}
