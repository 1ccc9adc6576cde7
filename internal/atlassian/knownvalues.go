package atlassian

// Values of other packages.
//
// Some variables and fields of other packages hold strings a program
// cannot change and atlvet need not analyse: the endpoints x/oauth2
// declares for providers whose URLs it does not build from a template,
// and the address an httptest server listens on (the loopback
// interface, never an Atlassian host). The flow analysis evaluates a
// read of one of them to the value this table gives.

// knownValues is indexed by import path, name and, for a field of a
// struct variable or of a struct type, the field's name, joined by
// dots.
var knownValues = map[string]string{
	"golang.org/x/oauth2/bitbucket.Endpoint.AuthURL":  "https://bitbucket.org/site/oauth2/authorize",
	"golang.org/x/oauth2/bitbucket.Endpoint.TokenURL": "https://bitbucket.org/site/oauth2/access_token",
	"net/http/httptest.Server.URL":                    "http://127.0.0.1",
}

// KnownValue returns the value of the string variable pkgPath.name,
// of its field (field non-empty), or of the field of every value of
// the struct type pkgPath.name.
func KnownValue(pkgPath, name, field string) (string, bool) {
	key := pkgPath + "." + name
	if field != "" {
		key += "." + field
	}
	v, ok := knownValues[key]
	return v, ok
}
