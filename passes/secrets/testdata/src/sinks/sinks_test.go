package sinks

import (
	"net/http"
	"testing"
)

// Tests use fixture credentials; only live-format tokens are reported here.
func TestSink(t *testing.T) {
	req, _ := http.NewRequest("GET", site, nil)
	req.SetBasicAuth("bot", "fixture-password-123")
	authorize(req, "Zr8Qx2Lm7Tn4Vb1Kfixture")
}
