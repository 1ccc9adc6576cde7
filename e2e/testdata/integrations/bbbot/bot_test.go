package bbbot

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"testing"
)

// sandboxToken reaches the sandbox workspace when $BB_SANDBOX_TOKEN is
// not set.
func sandboxToken() string {
	if tok := os.Getenv("BB_SANDBOX_TOKEN"); tok != "" {
		return tok
	}
	// MISTAKE(secrets/atlassian-token): a repository access token whose checksum holds, in a test file.
	return "ATCTT3xFfGN0J6XuDvSUGU7LyIBYJh8-tp-N0zjJvvD1zkLjY0S9V9rfwkduEQyBWgJS9F0tkORA0tnKluSlZV09ojym_IvAVfRZxrCT8_0PjsFme3AZL-AfMtRRz7BW_7z88gpuFx0G9LMbtE6K0jTvND1_hXLUcf6d0VdKxZIuaQjeuFNhKhk=F9BB4B18"
}

func TestValidSignature(t *testing.T) {
	b := &Bot{secret: []byte("webhook secret for the test")}
	body := []byte(`{"repository":{"name":"teamsync"}}`)
	mac := hmac.New(sha256.New, b.secret)
	mac.Write(body)
	if !b.validSignature("sha256="+hex.EncodeToString(mac.Sum(nil)), body) {
		t.Error("a correct signature is refused")
	}
	if b.validSignature("sha256=00", body) {
		t.Error("a wrong signature is accepted")
	}
	if testing.Short() || sandboxToken() == "" {
		t.Skip("no sandbox")
	}
}
