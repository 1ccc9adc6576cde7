package secrets

import (
	"encoding/base64"
	"testing"

	"github.com/atlvet/atlvet/internal/atlassian"
	"github.com/atlvet/atlvet/internal/atlassian/atlassiantest"
)

// TestLeaks checks the last guard of every fix: the text it writes
// back into the source holds no secret.
func TestLeaks(t *testing.T) {
	tok := atlassiantest.Token(atlassian.OAuthClientSecret, "leaks")
	pat := atlassiantest.Token(atlassian.DataCenterPAT, "leaks")
	doc := atlassiantest.BadChecksum(atlassian.CloudAPIToken, "leaks")
	secret := secretRef{text: "Sink-Secret-Zr8Q " + tok}
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"Bearer ", false},
		{"bot42@example.com:", false},
		{"https://example.atlassian.net/rest/api/3/myself?token=", false},
		{" ", false},
		{"Sink-Secret-Zr8Q ", true}, // a piece of the finding's secret
		{"x=" + tok, true},          // a live token
		{"x=" + doc, true},          // a documentation example is still a token's shape
		{" " + pat, true},           // a PAT, by its shape
		{"https://bot:Zr8Qx2Lm7Tn4@x.atlassian.net/?x=", true},
		{"Authorization: Basic " + base64.StdEncoding.EncodeToString([]byte("bot:Zr8Qx2Lm7Tn4")), true},
		{"id=7 q8Zr2Lw0Xv7Tn4Kp1Ys", true}, // a random word
	} {
		if got := leaks(tt.text, []secretRef{secret}); got != tt.want {
			t.Errorf("leaks(%s) = %v, want %v", atlassian.QuoteValue(tt.text), got, tt.want)
		}
	}
}

func TestRender(t *testing.T) {
	p := spanPlan("a=TOKEN1&b=TOKEN2", []span{
		{11, 17, envPart("B")},
		{2, 8, fixPart{basic: []fixPart{textPart("bot:"), envPart("A")}}},
	})
	got := render(p.parts, "os", "base64")
	want := `"a=" + base64.StdEncoding.EncodeToString([]byte("bot:" + os.Getenv("A"))) + "&b=" + os.Getenv("B")`
	if got != want {
		t.Errorf("render = %s, want %s", got, want)
	}
	if msg := fixMessage(p); msg != `Build the Basic credential from os.Getenv("A") and os.Getenv("B")` {
		t.Errorf("fixMessage = %s", msg)
	}
	if spanPlan("abc", []span{{0, 2, envPart("A")}, {1, 3, envPart("B")}}) != nil {
		t.Error("spanPlan accepted overlapping spans")
	}
}
