package atlassian

import (
	"slices"
	"testing"
)

func TestLookupValueOrigin(t *testing.T) {
	tests := []struct {
		pkg, recv, name string
		kind            OriginKind
		reason          string
		from            []int
		into            int
	}{
		{"crypto/rand", "", "Text", OriginRandom, "", nil, 0},
		{"crypto/rand", "", "Read", OriginFill, "", nil, 0},
		{"golang.org/x/oauth2", "", "GenerateVerifier", OriginRandom, "", nil, 0},
		{"github.com/google/uuid", "", "NewString", OriginRandom, "", nil, 0},
		{"github.com/google/uuid", "UUID", "String", OriginDerived, "", []int{0}, 0},
		{"github.com/gofrs/uuid/v5", "", "Must", OriginDerived, "", []int{0}, 0},
		// math/rand: Read fills its buffer, everything else is guessable.
		{"math/rand", "", "Read", OriginFill, ReasonMathRand, nil, 0},
		{"math/rand", "Rand", "Read", OriginFill, ReasonMathRand, nil, 1},
		{"math/rand", "", "Intn", OriginGuessable, ReasonMathRand, nil, 0},
		{"math/rand", "Rand", "Int63", OriginGuessable, ReasonMathRand, nil, 0},
		{"math/rand/v2", "", "Uint64", OriginGuessable, ReasonMathRand, nil, 0},
		{"math/rand/v2", "ChaCha8", "Read", OriginFill, ReasonMathRand, nil, 1},
		{"time", "", "Now", OriginGuessable, ReasonTime, nil, 0},
		{"time", "Time", "UnixNano", OriginDerived, "", []int{0}, 0},
		{"time", "Duration", "Nanoseconds", OriginDerived, "", []int{0}, 0},
		{"os", "", "Getpid", OriginGuessable, ReasonProcessID, nil, 0},
		{"sync/atomic", "", "AddUint64", OriginCounter, "", []int{0}, 0},
		{"sync/atomic", "Int64", "Add", OriginCounter, "", []int{0}, 0},
		{"sync/atomic", "", "LoadInt64", OriginLoad, "", []int{0}, 0},
		{"io", "", "ReadFull", OriginFill, "", []int{0}, 1},
		{"io", "Reader", "Read", OriginFill, "", []int{0}, 1},
		{"io", "Writer", "Write", OriginFill, "", []int{1}, 0},
		{"crypto/sha256", "", "Sum256", OriginDerived, "", []int{0}, 0},
		{"crypto/sha256", "", "New", OriginConstant, "", nil, 0},
		{"crypto/md5", "", "Sum", OriginDerived, "", []int{0}, 0},
		{"hash", "Hash", "Sum", OriginDerived, "", []int{0, 1}, 0},
		{"encoding/hex", "", "EncodeToString", OriginDerived, "", []int{0}, 0},
		{"encoding/base64", "Encoding", "EncodeToString", OriginDerived, "", []int{1}, 0},
		{"fmt", "", "Sprintf", OriginDerived, "", nil, 0},
		{"strings", "", "Replace", OriginDerived, "", []int{0, 2}, 0},
		// Not in the table.
		{"fmt", "", "Println", OriginNone, "", nil, 0},
		{"crypto/rand", "", "Reader", OriginNone, "", nil, 0},
		{"time", "Timer", "Reset", OriginNone, "", nil, 0},
		{"os", "", "Getenv", OriginNone, "", nil, 0},
		{"example.com/rand", "", "Int", OriginNone, "", nil, 0},
	}
	for _, tt := range tests {
		o, ok := LookupValueOrigin(tt.pkg, tt.recv, tt.name)
		if ok != (tt.kind != OriginNone) || o.Kind != tt.kind {
			t.Errorf("LookupValueOrigin(%q, %q, %q) = %v, %v; want %v", tt.pkg, tt.recv, tt.name, o.Kind, ok, tt.kind)
			continue
		}
		if o.Reason != tt.reason || !slices.Equal(o.From, tt.from) || o.Into != tt.into {
			t.Errorf("LookupValueOrigin(%q, %q, %q) = %+v; want reason %q, from %v, into %d", tt.pkg, tt.recv, tt.name, o, tt.reason, tt.from, tt.into)
		}
	}
	if got := LookupGlobalOrigin("crypto/rand", "Reader"); got != OriginRandom {
		t.Errorf("crypto/rand.Reader is %v, want random", got)
	}
	if got := LookupGlobalOrigin("os", "Stdin"); got != OriginNone {
		t.Errorf("os.Stdin is %v, want none", got)
	}
}

// Every rule is well formed: a fill writes somewhere, a counter or load
// has one address, and guessable values say why.
func TestOriginRules(t *testing.T) {
	for _, r := range originRules {
		o := r.origin
		switch o.Kind {
		case OriginGuessable:
			if o.Reason == "" {
				t.Errorf("%s %s %s: guessable without a reason", r.pkg, r.recv, r.names)
			}
		case OriginCounter, OriginLoad:
			if len(o.From) != 1 {
				t.Errorf("%s %s %s: %v needs one address", r.pkg, r.recv, r.names, o.Kind)
			}
		case OriginFill:
			if o.Source == OriginDerived && (len(o.From) == 0 || slices.Contains(o.From, o.Into)) {
				t.Errorf("%s %s %s: a fill from %v into %d", r.pkg, r.recv, r.names, o.From, o.Into)
			}
			if o.Source == OriginGuessable && o.Reason == "" {
				t.Errorf("%s %s %s: a guessable fill without a reason", r.pkg, r.recv, r.names)
			}
		}
	}
}

func TestIsUserIDField(t *testing.T) {
	for _, tt := range []struct {
		typ, field string
		want       bool
	}{
		{"", "AccountID", true},
		{"Session", "user_id", true},
		{"User", "ID", true},
		{"Account", "Email", true},
		{"Principal", "Name", true},
		{"Session", "ID", false},
		{"Session", "Login", false},
		{"", "Token", false},
	} {
		if got := IsUserIDField(tt.typ, tt.field); got != tt.want {
			t.Errorf("IsUserIDField(%q, %q) = %v, want %v", tt.typ, tt.field, got, tt.want)
		}
	}
	if !IsUserIDName("GetAccountID") || IsUserIDName("ID") {
		t.Error("IsUserIDName: GetAccountID names a user ID, ID alone does not")
	}
}
