package atlassian

import "strings"

// OriginParam is the query parameter, issued by Atlassian, that
// identifies links into the product UI ("?atlOrigin=abc123"). It
// belongs on UI links only: REST APIs and OAuth 2.0 flows may not
// ignore it.
const OriginParam = "atlOrigin"

// OriginMatch says how a query parameter name relates to OriginParam.
type OriginMatch int

const (
	NotOrigin      OriginMatch = iota
	OriginExact                // "atlOrigin"
	OriginNearMiss             // "atlorigin", "atl_origin", "AtlOrigin", "atlOrign", ...: ignored by the product
)

func (m OriginMatch) String() string {
	switch m {
	case OriginExact:
		return "exact"
	case OriginNearMiss:
		return "near miss"
	}
	return "not origin"
}

// MatchOriginParam says whether key, a decoded query parameter name,
// is atlOrigin, a near miss of it, or something else. A near miss is a
// name that differs from "atlOrigin" only in case and in the separators
// "_", "-", "." and " ", or that is one edit (an insertion, a deletion,
// a substitution or a swap of two neighbours) away from "atlorigin"
// once those are ignored: "atl_origin", "AtlOrigin", "atlOrign",
// "altOrigin". Names that merely contain the word ("origin",
// "atlassianOrigin", "atlOriginId") are not near misses.
func MatchOriginParam(key string) OriginMatch {
	if key == OriginParam {
		return OriginExact
	}
	var b strings.Builder
	for i := 0; i < len(key); i++ {
		c := key[i]
		switch {
		case c == '_' || c == '-' || c == '.' || c == ' ':
			continue
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		default:
			return NotOrigin
		}
		b.WriteByte(c)
	}
	const want = "atlorigin"
	if n := b.String(); n == want || withinOneEdit(n, want) && (strings.HasPrefix(n, "atl") || strings.HasPrefix(n, "alt")) {
		return OriginNearMiss
	}
	return NotOrigin
}

// withinOneEdit reports whether a and b are at most one insertion,
// deletion, substitution or transposition of neighbours apart.
func withinOneEdit(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	switch len(b) - len(a) {
	case 0:
		var diffs []int
		for i := 0; i < len(a); i++ {
			if a[i] != b[i] {
				diffs = append(diffs, i)
				if len(diffs) > 2 {
					return false
				}
			}
		}
		switch len(diffs) {
		case 0, 1:
			return true
		case 2:
			i, j := diffs[0], diffs[1]
			return j == i+1 && a[i] == b[j] && a[j] == b[i]
		}
		return false
	case 1:
		i := 0
		for i < len(a) && a[i] == b[i] {
			i++
		}
		return a[i:] == b[i+1:]
	}
	return false
}
