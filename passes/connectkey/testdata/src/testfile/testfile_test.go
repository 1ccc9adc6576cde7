package testfile

import "testing"

// A test's descriptor is a fixture, not the app's.
var fixture = map[string]any{"key": "test-app", "baseUrl": "http://localhost:8080"}

func TestDescriptor(t *testing.T) {
	if descriptor["key"] == fixture["key"] {
		t.Fatal("same key")
	}
}
