// Package ids makes identifiers for the rest of the app: some fit for
// request IDs, not for OAuth states. It neither sends requests nor
// mentions Atlassian; its functions reach package web by facts.
package ids

import (
	"crypto/md5"
	crand "crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math/rand"
	"os"
	"sync/atomic"
	"time"
)

// RandomUUID fills a version-4-shaped UUID with math/rand.
func RandomUUID() string {
	b := make([]byte, 16)
	for i := range b {
		b[i] = byte(rand.Intn(256))
	}
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:])
}

// ReadUUID is RandomUUID with math/rand's Read.
func ReadUUID() string {
	b := make([]byte, 16)
	rand.Read(b)
	return hex.EncodeToString(b)
}

// CryptoUUID is RandomUUID with crypto/rand.
func CryptoUUID() string {
	b := make([]byte, 16)
	if _, err := crand.Read(b); err != nil {
		panic(err)
	}
	b[6] = b[6]&0x0f | 0x40
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:])
}

// Nonce is unique per process and call, and guessable.
func Nonce() string {
	return fmt.Sprintf("%d-%d", os.Getpid(), time.Now().UnixNano())
}

var issued uint64

// Sequence numbers the requests of the process.
func Sequence() string {
	return fmt.Sprintf("req-%06d", atomic.AddUint64(&issued, 1))
}

// Digest hashes a constant and an account ID: whoever knows the ID
// can compute it.
func Digest(accountID string) string {
	sum := sha256.Sum256([]byte("acme-connect:" + accountID))
	return hex.EncodeToString(sum[:])
}

// LegacyDigest is Digest with MD5, through a hash written to.
func LegacyDigest(accountID string) string {
	h := md5.New()
	h.Write([]byte(accountID))
	return hex.EncodeToString(h.Sum(nil))
}

// SaltedDigest mixes in a random salt.
func SaltedDigest(accountID string) string {
	salt := make([]byte, 16)
	if _, err := crand.Read(salt); err != nil {
		panic(err)
	}
	sum := sha256.Sum256(append(salt, accountID...))
	return hex.EncodeToString(sum[:])
}
