// Package ids makes identifiers for the rest of the integration. Some
// are fine as request IDs and useless as OAuth states.
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

// UUID returns a version-4-shaped UUID made with math/rand.
func UUID() string {
	b := make([]byte, 16)
	for i := range b {
		b[i] = byte(rand.Intn(256))
	}
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:])
}

// SecureUUID is UUID with crypto/rand.
func SecureUUID() string {
	b := make([]byte, 16)
	if _, err := crand.Read(b); err != nil {
		panic(err)
	}
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:])
}

// ProcessNonce is unique per process and call.
func ProcessNonce() string {
	return fmt.Sprintf("%d-%d", os.Getpid(), time.Now().UnixNano())
}

var seq uint64

// Next is a per-process sequence number.
func Next() string {
	return fmt.Sprintf("req-%06d", atomic.AddUint64(&seq, 1))
}

// ForUser derives an ID from the user's account ID and a constant.
func ForUser(accountID string) string {
	sum := sha256.Sum256([]byte("acme-jira-connect:" + accountID))
	return hex.EncodeToString(sum[:])
}

// ForUserSalted mixes a random salt into the derivation.
func ForUserSalted(accountID string) string {
	salt := make([]byte, 16)
	if _, err := crand.Read(salt); err != nil {
		panic(err)
	}
	sum := sha256.Sum256(append(salt, accountID...))
	return hex.EncodeToString(sum[:])
}
