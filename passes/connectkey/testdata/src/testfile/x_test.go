package testfile_test

import "testing"

func TestOther(t *testing.T) {
	_ = map[string]any{"key": "Other Test App", "baseUrl": "http://localhost:8080"}
}
