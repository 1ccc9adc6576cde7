// Package ids makes identifiers. It imports neither net/http nor
// mentions Atlassian: math/rand is what makes its facts worth having.
package ids

import (
	crand "crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math/rand"
	"os"
	"sync/atomic"
	"time"
)

func UUID() string {
	b := make([]byte, 16)
	for i := range b {
		b[i] = byte(rand.Intn(256))
	}
	return fmt.Sprintf("%x", b)
}

func SecureUUID() string {
	b := make([]byte, 16)
	crand.Read(b)
	return fmt.Sprintf("%x", b)
}

func Nonce() string { return fmt.Sprintf("%d-%d", os.Getpid(), time.Now().UnixNano()) }

var seq uint64

func Next() string { return fmt.Sprintf("req-%d", atomic.AddUint64(&seq, 1)) }

// ForUser is made of a constant and its parameter.
func ForUser(accountID string) string {
	sum := sha256.Sum256([]byte("acme:" + accountID))
	return hex.EncodeToString(sum[:])
}

// Wrap passes its parameter through another function of the package.
func Wrap(id string) string { return "w-" + ForUser(id) }

func Salted(accountID string) string {
	salt := make([]byte, 16)
	crand.Read(salt)
	sum := sha256.Sum256(append(salt, accountID...))
	return hex.EncodeToString(sum[:])
}
