// Package atlassiantest makes synthetic Atlassian credentials for tests.
//
// The values have the shape and, unless asked otherwise, the checksum of
// real credentials, but are derived from a seed by SHA-256, so they were
// never issued and never grant anything. Generating them at run time keeps
// credential-shaped literals out of the repository, where atlvet itself and
// every secret scanner would rightly report them.
package atlassiantest

import (
	"crypto/md5"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"hash/crc32"
	"strings"

	"github.com/atlvet/atlvet/internal/atlassian"
)

const (
	tokenAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
	alnumAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
)

// Token returns a synthetic credential of the given kind whose checksum or
// structure holds. The same kind and seed always give the same value.
func Token(kind atlassian.CredentialKind, seed string) string {
	return build(kind, seed, true)
}

// BadChecksum returns a value of the same shape as Token(kind, seed) whose
// checksum, MD5 digits or structure is wrong, like a made-up example in
// documentation.
func BadChecksum(kind atlassian.CredentialKind, seed string) string {
	return build(kind, seed, false)
}

func build(kind atlassian.CredentialKind, seed string, valid bool) string {
	r := newStream(kind, seed)
	switch kind {
	case atlassian.CloudAPIToken:
		return withCRC("ATATT3xFfGF0"+r.text(171, tokenAlphabet)+"=", valid)
	case atlassian.BitbucketAccessToken:
		return withCRC("ATCTT3xFfGN0"+r.text(171, tokenAlphabet)+"=", valid)
	case atlassian.ServiceAccountKey:
		return withCRC("ATSTT3xFfGF0"+r.text(171, tokenAlphabet)+"=", valid)
	case atlassian.OAuthClientSecret:
		return withCRC("ATOA"+r.text(64, tokenAlphabet), valid)
	case atlassian.BitbucketAppPassword:
		return withCRC("ATBB"+r.text(24, alnumAlphabet), valid)
	case atlassian.LegacyAPIToken:
		body := r.text(20, alnumAlphabet)
		sum := md5.Sum([]byte(body))
		check := sum[:2]
		if !valid {
			check = []byte{sum[0] ^ 0x5a, sum[1]}
		}
		return body + strings.ToUpper(hex.EncodeToString(check))
	case atlassian.DataCenterPAT:
		return pat(r, valid)
	case atlassian.BitbucketDataCenterToken:
		return "BBDC-" + pat(r, valid)
	}
	panic(fmt.Sprintf("atlassiantest: unknown credential kind %d", int(kind)))
}

func withCRC(s string, valid bool) string {
	sum := crc32.ChecksumIEEE([]byte(s))
	if !valid {
		sum ^= 0x1
	}
	return fmt.Sprintf("%s%08X", s, sum)
}

// pat encodes "<12 digits>:<20 bytes>", 33 bytes and so 44 characters of
// base64 without padding. The broken form starts with a letter instead.
func pat(r *stream, valid bool) string {
	raw := []byte(r.text(12, "0123456789") + ":" + string(r.bytes(20)))
	if !valid {
		raw[0] = 'x'
	}
	return base64.StdEncoding.EncodeToString(raw)
}

// stream is SHA-256 in counter mode over the kind and the seed.
type stream struct {
	seed []byte
	n    uint64
	buf  []byte
}

func newStream(kind atlassian.CredentialKind, seed string) *stream {
	return &stream{seed: []byte(fmt.Sprintf("atlvet-synthetic/%d/%s", int(kind), seed))}
}

func (s *stream) next() byte {
	if len(s.buf) == 0 {
		h := sha256.New()
		h.Write(s.seed)
		fmt.Fprintf(h, "/%d", s.n)
		s.n++
		s.buf = h.Sum(nil)
	}
	b := s.buf[0]
	s.buf = s.buf[1:]
	return b
}

func (s *stream) bytes(n int) []byte {
	out := make([]byte, n)
	for i := range out {
		out[i] = s.next()
	}
	return out
}

func (s *stream) text(n int, alphabet string) string {
	out := make([]byte, n)
	for i := range out {
		out[i] = alphabet[int(s.next())%len(alphabet)]
	}
	return string(out)
}
