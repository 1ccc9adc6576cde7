// Package provenance: what values are made of, for the states of OAuth
// flows. show(x) reports what the flow analysis knows of x.
package provenance

import (
	crand "crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"math/rand"
	"net/http"
	"os"
	"strconv"
	"sync/atomic"
	"time"
)

func show(v any) {}

var _ = http.MethodGet

// A UUID whose bytes math/rand fills one by one, then formatted.
func mathUUID() string {
	b := make([]byte, 16)
	for i := range b {
		b[i] = byte(rand.Intn(256))
	}
	b[6] = b[6]&0x0f | 0x40
	return fmt.Sprintf("%x-%x", b[0:8], b[8:])
}

// The same with crypto/rand: setting the version bits keeps it random.
func cryptoUUID() string {
	b := make([]byte, 16)
	if _, err := crand.Read(b); err != nil {
		panic(err)
	}
	b[6] = b[6]&0x0f | 0x40
	return fmt.Sprintf("%x-%x", b[0:8], b[8:])
}

func readFull() string {
	var b [32]byte
	if _, err := io.ReadFull(crand.Reader, b[:]); err != nil {
		panic(err)
	}
	return hex.EncodeToString(b[:])
}

// hashOf hashes a constant and its parameter: what it is made of
// depends on what its callers pass.
func hashOf(id string) string {
	sum := sha256.Sum256([]byte("acme:" + id))
	return hex.EncodeToString(sum[:])
}

func salted(id string) string {
	salt := make([]byte, 16)
	crand.Read(salt)
	sum := sha256.Sum256(append(salt, id...))
	return hex.EncodeToString(sum[:])
}

// streamed writes into a hash.
func streamed(id string) string {
	h := sha256.New()
	io.WriteString(h, "acme:")
	h.Write([]byte(id))
	return hex.EncodeToString(h.Sum(nil))
}

type User struct{ AccountID, Name string }

var started = time.Now()

var hits atomic.Int64

var plain int64

func fill(b []byte) {}

func cases(u User, sessionID string) {
	show(mathUUID())                                               // want `prov: guessable \(math/rand\)`
	show(cryptoUUID())                                             // want `prov: random`
	show(readFull())                                               // want `prov: random`
	show(fmt.Sprintf("%d-%d", os.Getpid(), time.Now().Unix()))     // want `prov: guessable \(the process ID, the time\)`
	show(hashOf(u.AccountID))                                      // want `prov: guessable \(a user ID\)`
	show(salted(u.AccountID))                                      // want `prov: random`
	show(streamed(u.AccountID))                                    // want `prov: guessable \(a user ID\)`
	show(strconv.FormatInt(time.Since(started).Nanoseconds(), 36)) // want `prov: guessable \(the time\)`
	show(strconv.FormatInt(hits.Add(1), 10))                       // want `prov: guessable \(a counter\)`
	show(strconv.FormatInt(hits.Load(), 10))                       // want `prov: guessable \(a counter\)`
	show("fixed")                                                  // want `prov: constant`

	// Near misses: what cannot be known stays unknown.
	show(hashOf(sessionID))                               // want `prov: unknown`
	show(streamed(sessionID))                             // want `prov: unknown`
	show(strconv.FormatInt(atomic.LoadInt64(&plain), 10)) // want `prov: unknown`
	b := make([]byte, 16)
	fill(b)
	show(hex.EncodeToString(b)) // want `prov: unknown`
}

// Alternatives: weak only if every path is.
func either(u User, secure bool) {
	s := u.AccountID
	if secure {
		s = cryptoUUID()
	}
	show(s) // want `prov: unknown`
	t := mathUUID()
	if secure {
		t = strconv.FormatInt(time.Now().UnixNano(), 10)
	}
	show(t) // want `prov: guessable \(math/rand, the time\)`
}
