package atlassian

import "strings"

// What values are made of.
//
// Atlassian's OAuth 2.0 guidance asks for a state an attacker cannot
// know in advance. Whether a state can be known follows from what it
// is made of: a value from crypto/rand cannot be guessed, the time,
// the process ID, math/rand, a counter or the user's own ID can, and
// hashing, encoding or formatting a value keeps what it is made of. The
// table below says this of the functions a state is built with, by
// identity (package path, receiver type name, name); the flow analysis
// follows values through the program's own code and asks the table at
// each call it cannot see into.

// An OriginKind says what the result of a call is made of, or what
// the call writes.
type OriginKind int

const (
	// OriginNone: not in the table, nothing is known.
	OriginNone OriginKind = iota
	// OriginRandom: unguessable, from a cryptographic source.
	OriginRandom
	// OriginGuessable: an attacker can know or guess it; Reason says
	// why ("math/rand", "the time").
	OriginGuessable
	// OriginConstant: the same on every call (sha256.New, an empty
	// hash, before anything is written into it).
	OriginConstant
	// OriginDerived: made of the arguments From, and of nothing else.
	OriginDerived
	// OriginCounter: the call advances the counter at the address
	// From[0] and returns its new value (atomic.AddInt64(&n, 1)).
	OriginCounter
	// OriginLoad: the value at the address From[0] (atomic.LoadInt64).
	OriginLoad
	// OriginFill: the call writes into the argument Into (a byte
	// buffer, a hash) what Source says: a random or guessable value,
	// or, for OriginDerived, what the arguments From are made of. Its
	// result says nothing of that value.
	OriginFill
)

var originKindNames = [...]string{"none", "random", "guessable", "constant", "derived", "counter", "load", "fill"}

func (k OriginKind) String() string {
	if int(k) < len(originKindNames) {
		return originKindNames[k]
	}
	return "OriginKind(?)"
}

// A ValueOrigin is what the table knows of a function or method.
// Arguments are numbered receiver first, as the flow analysis numbers
// them: in h.Write(p), h is 0 and p is 1.
type ValueOrigin struct {
	Kind   OriginKind
	Reason string // OriginGuessable, and OriginFill with Source OriginGuessable
	// From: for OriginDerived, the arguments the result is made of, nil
	// meaning all of them, the elements of a variadic argument
	// included; for OriginCounter and OriginLoad, the address; for
	// OriginFill with Source OriginDerived, what is written.
	From []int
	// Into and Source: what an OriginFill call writes, and where.
	Into   int
	Source OriginKind
}

// The reasons messages give for a guessable value.
const (
	ReasonMathRand  = "math/rand"
	ReasonTime      = "the time"
	ReasonProcessID = "the process ID"
	ReasonCounter   = "a counter"
	ReasonUserID    = "a user ID"
)

type originRule struct {
	pkg, recv string // recv: the receiver's type name, "" for a function, "*" for any, functions too
	names     string // space-separated; "*" for every name
	origin    ValueOrigin
}

var (
	random     = ValueOrigin{Kind: OriginRandom}
	constant   = ValueOrigin{Kind: OriginConstant}
	allArgs    = ValueOrigin{Kind: OriginDerived}
	derived    = func(from ...int) ValueOrigin { return ValueOrigin{Kind: OriginDerived, From: from} }
	guessable  = func(reason string) ValueOrigin { return ValueOrigin{Kind: OriginGuessable, Reason: reason} }
	fillRandom = func(into int) ValueOrigin { return ValueOrigin{Kind: OriginFill, Into: into, Source: OriginRandom} }
	fillFrom   = func(into int, from ...int) ValueOrigin {
		return ValueOrigin{Kind: OriginFill, Into: into, Source: OriginDerived, From: from}
	}
	fillGuessable = func(into int, reason string) ValueOrigin {
		return ValueOrigin{Kind: OriginFill, Into: into, Source: OriginGuessable, Reason: reason}
	}
)

// originRules are checked in order; the first that covers a function
// answers, so exceptions come before the rule for a whole package.
var originRules = []originRule{
	// Cryptographic randomness.
	{"crypto/rand", "", "Text Int Prime", random},
	{"crypto/rand", "", "Read", fillRandom(0)},
	{"golang.org/x/oauth2", "", "GenerateVerifier", random},
	{"golang.org/x/oauth2", "", "S256ChallengeFromVerifier", derived(0)},
	// Version 4 (and 7) UUIDs are random; their methods render them.
	{"github.com/google/uuid", "", "New NewRandom NewString NewV7", random},
	{"github.com/google/uuid", "", "Must", derived(0)},
	{"github.com/google/uuid", "UUID", "*", derived(0)},
	{"github.com/gofrs/uuid", "", "NewV4", random},
	{"github.com/gofrs/uuid", "", "Must", derived(0)},
	{"github.com/gofrs/uuid", "UUID", "*", derived(0)},
	{"github.com/gofrs/uuid/v5", "", "NewV4", random},
	{"github.com/gofrs/uuid/v5", "", "Must", derived(0)},
	{"github.com/gofrs/uuid/v5", "UUID", "*", derived(0)},
	{"github.com/satori/go.uuid", "", "NewV4", random},
	{"github.com/satori/go.uuid", "", "Must", derived(0)},
	{"github.com/satori/go.uuid", "UUID", "*", derived(0)},

	// math/rand, whatever is asked of it.
	{"math/rand", "", "Read", fillGuessable(0, ReasonMathRand)},
	{"math/rand", "Rand", "Read", fillGuessable(1, ReasonMathRand)},
	{"math/rand", "*", "*", guessable(ReasonMathRand)},
	{"math/rand/v2", "ChaCha8", "Read", fillGuessable(1, ReasonMathRand)},
	{"math/rand/v2", "*", "*", guessable(ReasonMathRand)},

	// The clock and the process.
	{"time", "", "Now Since Until Unix UnixMilli UnixMicro", guessable(ReasonTime)},
	{"time", "Time", "*", derived(0)},
	{"time", "Duration", "*", derived(0)},
	{"os", "", "Getpid Getppid", guessable(ReasonProcessID)},

	// Counters.
	{"sync/atomic", "", "AddInt32 AddInt64 AddUint32 AddUint64", ValueOrigin{Kind: OriginCounter, From: []int{0}}},
	{"sync/atomic", "", "LoadInt32 LoadInt64 LoadUint32 LoadUint64", ValueOrigin{Kind: OriginLoad, From: []int{0}}},
	{"sync/atomic", "*", "Add", ValueOrigin{Kind: OriginCounter, From: []int{0}}},
	{"sync/atomic", "*", "Load", ValueOrigin{Kind: OriginLoad, From: []int{0}}},

	// Readers and writers: what a Read puts into its buffer is what
	// the reader gives (crypto/rand.Reader is random); what is written
	// into a hash is what it is made of.
	{"io", "", "ReadFull ReadAtLeast", fillFrom(1, 0)},
	{"io", "Reader", "Read", fillFrom(1, 0)},
	{"io", "Writer", "Write", fillFrom(0, 1)},
	{"io", "StringWriter", "WriteString", fillFrom(0, 1)},

	// Hashes keep what they are made of.
	{"crypto/sha256", "", "Sum256 Sum224", derived(0)},
	{"crypto/sha256", "", "New New224", constant},
	{"crypto/sha512", "", "Sum512 Sum384 Sum512_224 Sum512_256", derived(0)},
	{"crypto/sha512", "", "New New384 New512_224 New512_256", constant},
	{"crypto/sha1", "", "Sum", derived(0)},
	{"crypto/sha1", "", "New", constant},
	{"crypto/md5", "", "Sum", derived(0)},
	{"crypto/md5", "", "New", constant},
	{"crypto/hmac", "", "New", derived(1)},
	{"hash", "Hash", "Sum", derived(0, 1)},

	// Encodings and formatting keep what they are made of.
	{"encoding/hex", "", "EncodeToString", derived(0)},
	{"encoding/hex", "", "Encode", fillFrom(0, 1)},
	{"encoding/base64", "Encoding", "EncodeToString", derived(1)},
	{"encoding/base64", "Encoding", "Encode", fillFrom(1, 2)},
	{"encoding/base32", "Encoding", "EncodeToString", derived(1)},
	{"encoding/base32", "Encoding", "Encode", fillFrom(1, 2)},
	{"strconv", "", "Itoa FormatInt FormatUint Quote", derived(0)},
	{"strconv", "", "AppendInt AppendUint", derived(0, 1)},
	{"strings", "", "ToLower ToUpper TrimSpace Title Clone", derived(0)},
	{"strings", "", "Repeat Trim TrimPrefix TrimSuffix TrimLeft TrimRight", derived(0, 1)},
	{"strings", "", "Replace ReplaceAll", derived(0, 2)},
	{"strings", "", "Join", allArgs},
	{"net/url", "", "QueryEscape PathEscape", derived(0)},
	{"math/big", "Int", "String Text", derived(0)},
	{"fmt", "", "Sprintf Sprint Sprintln", allArgs},
}

// LookupValueOrigin returns what the table knows of the function pkg.name,
// or of the method name of the type pkg.recv (for an interface method,
// the interface that declares it: io.Reader for Read).
func LookupValueOrigin(pkg, recv, name string) (ValueOrigin, bool) {
	for _, r := range originRules {
		if r.pkg != pkg {
			continue
		}
		if r.recv != "*" && r.recv != recv {
			continue
		}
		if r.names == "*" || containsWord(r.names, name) {
			return r.origin, true
		}
	}
	return ValueOrigin{}, false
}

// globalOrigins are package variables whose values the table knows.
var globalOrigins = map[string]OriginKind{
	"crypto/rand.Reader": OriginRandom,
}

// LookupGlobalOrigin returns what the package variable pkg.name holds,
// or OriginNone.
func LookupGlobalOrigin(pkg, name string) OriginKind {
	return globalOrigins[pkg+"."+name]
}

func containsWord(list, word string) bool {
	for w := range strings.FieldsSeq(list) {
		if w == word {
			return true
		}
	}
	return false
}

// IsUserIDName reports whether the name of a field or method says
// plainly that it holds a user's or account's identifier, which anyone
// who knows the user can know.
func IsUserIDName(name string) bool {
	switch normalizeIDName(name) {
	case "userid", "accountid", "useraccountid", "atlassianaccountid", "memberid", "customerid",
		"username", "useremail", "userlogin", "getuserid", "getaccountid", "currentuserid":
		return true
	}
	return false
}

// IsUserIDField reports whether the field name of a struct type named
// typeName ("" when the type has no name) is a user ID: UserID,
// AccountID, or ID, UID, Email, Login or Name of a type named User,
// Account, Member, Customer or Principal.
func IsUserIDField(typeName, name string) bool {
	if IsUserIDName(name) {
		return true
	}
	switch normalizeIDName(name) {
	case "id", "uid", "email", "login", "name":
	default:
		return false
	}
	switch strings.ToLower(typeName) {
	case "user", "account", "member", "customer", "principal":
		return true
	}
	return false
}

func normalizeIDName(name string) string {
	return strings.ToLower(strings.NewReplacer("_", "", "-", "").Replace(name))
}
