package atlassian

import (
	"strconv"
	"strings"
)

// AppKey is an Atlassian Connect app key in Atlassian's convention, the
// first segment of the User-Agent convention with one specific product
// and no version:
//
//	{atlassian product}-{source product}-int
type AppKey struct {
	// Product and Source are as written, in their original case; Source
	// may hold hyphens. Product is "" when the key does not start with
	// an Atlassian product (KeyNoProduct), and then Source holds the
	// words before "-int".
	Product, Source string
}

// Identity is the lower-cased "{product}-{source}-int": the key as it
// must be written, and the identity a User-Agent of the same
// integration starts with. It is "" when there is no product.
func (k AppKey) Identity() string {
	return UserAgent{Product: k.Product, Source: k.Source}.Identity()
}

// KeyFault is one way a Connect app key breaks the convention.
type KeyFault int

const (
	KeyUpperCase     KeyFault = iota + 1 // only upper-case letters are wrong: fixable by lower-casing
	KeySpaces                            // spaces anywhere
	KeyMissingInt                        // no "-int" suffix
	KeyVersion                           // a version after the identity: "jira-acme-int/1.0.0", "jira-acme-int-2"
	KeyMultiProduct                      // "atlassian-acme-int": a Connect app extends one product
	KeyNoProduct                         // the first word is no Atlassian product: "acme-int", "com.acme.app"
	KeyMissingSource                     // "jira-int": no source product
	KeyEmpty                             // nothing but white space
	KeyMalformed                         // anything else: characters other than [a-z0-9-], empty words
)

var keyFaultNames = [...]string{
	KeyUpperCase:     "upper-case letters",
	KeySpaces:        "spaces",
	KeyMissingInt:    `missing "-int" after the source product`,
	KeyVersion:       "a version, which belongs in the User-Agent, not in the key",
	KeyMultiProduct:  `the multi-product "atlassian" where a Connect app names the one product it extends, such as jira or confluence`,
	KeyNoProduct:     "no Atlassian product, such as jira or confluence, in front",
	KeyMissingSource: "missing source product between the atlassian product and \"-int\"",
	KeyEmpty:         "empty value",
	KeyMalformed:     `text that does not fit "{product}-{source}-int" (lower-case letters, digits and single hyphens)`,
}

// String is a short lower-case phrase for diagnostics.
func (f KeyFault) String() string {
	if f > 0 && int(f) < len(keyFaultNames) {
		return keyFaultNames[f]
	}
	return "KeyFault(" + strconv.Itoa(int(f)) + ")"
}

// ParseAppKey parses s, a Connect app key. faults lists every fault
// found, in the order of the KeyFault constants; nil means s follows the
// convention. Even a faulty s yields what could be read of it.
//
// The identity is read by the User-Agent convention's grammar (words of
// [a-z0-9] joined by hyphens, ending in "int"); on top of it the first
// word must be one specific Atlassian product (KnownProduct) and nothing
// may follow "-int": neither "/1.0.0", copied from a User-Agent, nor a
// release number ("-2", "-v2", ".1.0").
func ParseAppKey(s string) (AppKey, []KeyFault) {
	var k AppKey
	if strings.TrimSpace(s) == "" {
		return k, []KeyFault{KeyEmpty}
	}
	var faults [KeyMalformed + 1]bool
	t := strings.TrimSpace(s)
	if t != s {
		faults[KeySpaces] = true
	}
	ident, suffix := splitKeyVersion(t)
	switch {
	case suffix == "":
	case suffix[0] != '/' || len(suffix) > 1 && isVersionRune(rune(suffix[1])):
		// After a "/", any version token, as a User-Agent's: keys
		// copied from one ("jira-acme-int/1.0.0 (optional)").
		faults[KeyVersion] = true
	default:
		faults[KeyMalformed] = true // "jira-acme-int/", "jira/acme-int"
	}

	var ua UserAgent
	var uaFaults [UAMalformed + 1]bool
	parseIdentity(ident, &ua, &uaFaults)
	for uf, kf := range map[UAFault]KeyFault{
		UAUpperCase:     KeyUpperCase,
		UASpaces:        KeySpaces,
		UAMissingInt:    KeyMissingInt,
		UAMissingSource: KeyMissingSource,
		UAMalformed:     KeyMalformed,
	} {
		if uaFaults[uf] {
			faults[kf] = true
		}
	}
	k.Product, k.Source = ua.Product, ua.Source
	if k.Product != "" {
		switch known, one := KnownProduct(k.Product); {
		case known && !one:
			faults[KeyMultiProduct] = true
		case !known:
			// "acme-int", "acme-jira-int": the words are all the
			// source's; there is no product.
			faults[KeyNoProduct] = true
			faults[KeyMissingSource] = false
			if k.Source != "" {
				k.Source = k.Product + "-" + k.Source
			} else {
				k.Source = k.Product
			}
			k.Product = ""
		}
	}
	var out []KeyFault
	for f, on := range faults {
		if on {
			out = append(out, KeyFault(f))
		}
	}
	return k, out
}

// splitKeyVersion splits a trimmed key into the identity and what
// follows it as a version: everything from a "/", or a separator and a
// version after "int" ("-int-2", "-int_v2", "-int 1.0"), or a dotted
// version as the last word ("jira-acme-1.2.0"). suffix starts with its
// separator and is "" when there is none.
func splitKeyVersion(t string) (ident, suffix string) {
	if i := strings.IndexByte(t, '/'); i >= 0 {
		return t[:i], t[i:]
	}
	// The longest version wins: "jira-acme-1.2.0" is "jira-acme" and
	// "-1.2.0", not "jira-acme-1.2" and ".0".
	split := -1
	for i := strings.LastIndexAny(t, "-_. \t"); i > 0; i = strings.LastIndexAny(t[:i], "-_. \t") {
		before, after := t[:i], t[i+1:]
		if !looksLikeKeyVersion(after) {
			break
		}
		n := len(before)
		afterInt := n >= 3 && strings.EqualFold(before[n-3:], "int") && (n == 3 || strings.ContainsRune("-_ \t", rune(before[n-4])))
		if afterInt || strings.Contains(after, ".") {
			split = i
		}
	}
	if split < 0 {
		return t, ""
	}
	return strings.TrimRight(t[:split], " \t"), t[split:]
}

// looksLikeKeyVersion reports whether s is a release number: digits,
// optionally after a "v", then only version characters.
func looksLikeKeyVersion(s string) bool {
	if !looksLikeVersion(s) {
		return false
	}
	for _, r := range s {
		if !isVersionRune(r) {
			return false
		}
	}
	return true
}

// FixAppKeyCase lower-cases s: the fix for a key whose only fault is
// KeyUpperCase.
func FixAppKeyCase(s string) string { return strings.ToLower(s) }

// AppKeyTemplate reports whether s is no key but the place where one
// is filled in: a template's "{{key}}" or "${APP_KEY}", a format verb
// ("%s"), a "<your-app-key>" or "$APP_KEY" placeholder. Descriptors
// rendered from templates read their key from configuration.
func AppKeyTemplate(s string) bool {
	t := strings.TrimSpace(s)
	switch {
	case strings.Contains(t, "{{"), strings.Contains(t, "${"),
		len(t) > 2 && t[0] == '<' && t[len(t)-1] == '>',
		len(t) > 1 && t[0] == '$':
		return true
	}
	for i := 0; i+1 < len(t); i++ {
		if t[i] == '%' && strings.IndexByte("svqdx", t[i+1]) >= 0 {
			return true
		}
	}
	return false
}

// Atlassian Connect's user impersonation: an app exchanges a JWT for a
// user's token at ConnectAuthHost (of class ConnectAuthServer), as
// golang.org/x/oauth2/jira does, and sends it to the site itself, not
// through the API gateway.
const (
	ConnectAuthHost             = "oauth-2-authorization-server.services.atlassian.com"
	ConnectImpersonationPackage = OAuth2Path + "/jira"
)
