package secrets

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"net/textproto"
	"slices"
	"strings"

	"github.com/atlvet/atlvet/internal/funcs"
)

// A role says what part of a credential a value is on its way to a sink.
type role int

const (
	roleSecret       role = iota // the secret itself
	roleAuthHeader               // an Authorization header value: scheme, space, credential
	roleBasicEncoded             // the base64 of "user:secret" after "Basic "
	roleBasicPayload             // "user:secret" before encoding
)

// A sink is where a credential is used: what the message calls it and
// which environment variable the fix reads it from.
type sink struct {
	Desc string
	Env  string
	// Via names the helper, field or package the value passes through
	// on its way to the sink, for the message.
	Via      string
	pos, end token.Pos // where it is used, when that is in this package
}

func (s sink) via(what string) sink {
	if s.Via == "" {
		s.Via = what
	}
	return s
}

// withScheme narrows a plain Authorization header sink to its scheme.
func (s sink) withScheme(scheme string) sink {
	if s.Desc != sinkAuthHeader.Desc {
		return s
	}
	if strings.EqualFold(scheme, "basic") {
		s.Desc, s.Env = "a Basic Authorization header", "ATLASSIAN_API_TOKEN"
	} else {
		s.Desc, s.Env = "a "+scheme+" Authorization header", "ATLASSIAN_ACCESS_TOKEN"
	}
	return s
}

func (s sink) describe() string {
	if s.Via != "" {
		return s.Desc + " (through " + s.Via + ")"
	}
	return s.Desc
}

// A sinkUse is a parameter's or field's way into a sink, as facts
// carry it.
type sinkUse struct {
	Index int // parameter index; -1 for the receiver; unused for fields
	Role  role
	Sink  sink
}

// paramSinkFact marks a function whose parameters reach credential sinks.
type paramSinkFact struct{ Uses []sinkUse }

func (*paramSinkFact) AFact() {}
func (f *paramSinkFact) String() string {
	var parts []string
	for _, u := range f.Uses {
		parts = append(parts, fmt.Sprintf("param %d -> %s", u.Index, u.Sink.Desc))
	}
	return "credential sinks: " + strings.Join(parts, ", ")
}

// fieldSinkFact marks a struct field whose value reaches a credential sink.
type fieldSinkFact struct{ Uses []sinkUse }

func (*fieldSinkFact) AFact() {}
func (f *fieldSinkFact) String() string {
	if len(f.Uses) == 0 {
		return "credential field"
	}
	return "credential field -> " + f.Uses[0].Sink.Desc
}

// sinkPackageFact marks a package that exports sink facts, so that
// packages importing it are worth following values in.
type sinkPackageFact struct{}

func (*sinkPackageFact) AFact()         {}
func (*sinkPackageFact) String() string { return "has credential sinks" }

// Known sinks of the standard library, oauth2 and Atlassian client
// libraries. Knowledge of other packages lives in tables, not facts:
// drivers need not analyse them.
var (
	sinkSetBasicAuth   = sink{Desc: "the password of (*http.Request).SetBasicAuth", Env: "ATLASSIAN_API_TOKEN"}
	sinkAuthHeader     = sink{Desc: "an Authorization header", Env: "ATLASSIAN_API_TOKEN"}
	sinkUserPassword   = sink{Desc: "the password of url.UserPassword", Env: "ATLASSIAN_API_TOKEN"}
	sinkPasswordGrant  = sink{Desc: "the password of (*oauth2.Config).PasswordCredentialsToken", Env: "ATLASSIAN_PASSWORD"}
	sinkClientSecret   = sink{Desc: "oauth2.Config.ClientSecret", Env: "ATLASSIAN_CLIENT_SECRET"}
	sinkCCClientSecret = sink{Desc: "clientcredentials.Config.ClientSecret", Env: "ATLASSIAN_CLIENT_SECRET"}
	sinkAccessToken    = sink{Desc: "oauth2.Token.AccessToken", Env: "ATLASSIAN_ACCESS_TOKEN"}
	sinkRefreshToken   = sink{Desc: "oauth2.Token.RefreshToken", Env: "ATLASSIAN_REFRESH_TOKEN"}
)

// goJiraPackages are the import paths of go-jira's auth transports.
var goJiraPackages = []string{
	"github.com/andygrunwald/go-jira",
	"github.com/andygrunwald/go-jira/v2/cloud",
	"github.com/andygrunwald/go-jira/v2/onpremise",
}

// goJiraFields are the credential fields of go-jira's transports.
var goJiraFields = map[[2]string]string{
	{"BasicAuthTransport", "Password"}:   "ATLASSIAN_API_TOKEN",
	{"BasicAuthTransport", "APIToken"}:   "ATLASSIAN_API_TOKEN",
	{"CookieAuthTransport", "Password"}:  "ATLASSIAN_PASSWORD",
	{"BearerAuthTransport", "Token"}:     "ATLASSIAN_ACCESS_TOKEN",
	{"PATAuthTransport", "Token"}:        "ATLASSIAN_PERSONAL_ACCESS_TOKEN",
	{"APITokenAuthTransport", "Token"}:   "ATLASSIAN_API_TOKEN",
	{"JWTAuthTransport", "Secret"}:       "ATLASSIAN_CONNECT_SHARED_SECRET",
	{"JWTAuthTransport", "SharedSecret"}: "ATLASSIAN_CONNECT_SHARED_SECRET",
}

const (
	goAtlassianPrefix = "github.com/ctreminiom/go-atlassian"
	goBitbucket       = "github.com/ktrysmt/go-bitbucket"
)

// goBitbucketFuncs are go-bitbucket's constructors, with the index of
// their credential parameters.
var goBitbucketFuncs = map[string][]int{
	"NewBasicAuth":               {1},
	"NewBasicAuthWithBaseUrlStr": {1},
	"NewAPITokenAuth":            {1},
	"NewOAuthbearerToken":        {0},
	"NewOAuthClientCredentials":  {1},
	"NewOAuth":                   {1},
	"NewOAuthWithCode":           {1},
	"NewOAuthWithRefreshToken":   {1, 2},
}

// fieldSink returns the sink a field of a third-party type is, if any.
func fieldSink(field *types.Var) (sink, bool) {
	if field.Pkg() == nil {
		return sink{}, false
	}
	if p := field.Pkg().Path(); p != "golang.org/x/oauth2" && p != "golang.org/x/oauth2/clientcredentials" && !slices.Contains(goJiraPackages, p) {
		return sink{}, false
	}
	owner := ownerType(field)
	if owner == nil || owner.Obj().Pkg() == nil {
		return sink{}, false
	}
	path, typ, name := owner.Obj().Pkg().Path(), owner.Obj().Name(), field.Name()
	switch path {
	case "golang.org/x/oauth2":
		switch {
		case typ == "Config" && name == "ClientSecret":
			return sinkClientSecret, true
		case typ == "Token" && name == "AccessToken":
			return sinkAccessToken, true
		case typ == "Token" && name == "RefreshToken":
			return sinkRefreshToken, true
		}
	case "golang.org/x/oauth2/clientcredentials":
		if typ == "Config" && name == "ClientSecret" {
			return sinkCCClientSecret, true
		}
	}
	if slices.Contains(goJiraPackages, path) {
		if env, ok := goJiraFields[[2]string{typ, name}]; ok {
			return sink{Desc: "go-jira " + typ + "." + name, Env: env}, true
		}
	}
	return sink{}, false
}

// ownerType returns the named struct type that declares field.
func ownerType(field *types.Var) *types.Named {
	if field.Pkg() == nil {
		return nil
	}
	// Fields are not in any scope: find the package-level type that
	// declares this one.
	scope := field.Pkg().Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok {
			continue
		}
		named, ok := types.Unalias(tn.Type()).(*types.Named)
		if !ok {
			continue
		}
		st, ok := named.Underlying().(*types.Struct)
		if !ok {
			continue
		}
		for i := 0; i < st.NumFields(); i++ {
			if st.Field(i) == field {
				return named
			}
		}
	}
	return nil
}

// callSinks returns the arguments of call that are credential sinks
// by the tables: each with its role and sink. An index of -1 is the
// receiver.
func (t *tracer) callSinks(call *ast.CallExpr, callee *types.Func) []sinkUse {
	switch {
	case funcs.IsMethod(callee, "net/http", "Request", "SetBasicAuth"):
		return []sinkUse{{Index: 1, Role: roleSecret, Sink: sinkSetBasicAuth}}
	case funcs.IsMethod(callee, "net/http", "Header", "Set", "Add"):
		if len(call.Args) == 2 {
			if name, ok := t.knownString(call.Args[0]); ok && isAuthHeader(name) {
				return []sinkUse{{Index: 1, Role: roleAuthHeader, Sink: sinkAuthHeader}}
			}
		}
	case funcs.IsFunc(callee, "net/url", "UserPassword"):
		return []sinkUse{{Index: 1, Role: roleSecret, Sink: sinkUserPassword}}
	case funcs.IsMethod(callee, "golang.org/x/oauth2", "Config", "PasswordCredentialsToken"):
		return []sinkUse{{Index: 2, Role: roleSecret, Sink: sinkPasswordGrant}}
	}
	if callee == nil || callee.Pkg() == nil {
		return nil
	}
	path := callee.Pkg().Path()
	if recv := callee.Signature().Recv(); recv != nil && (path == goAtlassianPrefix || strings.HasPrefix(path, goAtlassianPrefix+"/")) {
		switch callee.Name() {
		case "SetBasicAuth":
			return []sinkUse{{Index: 1, Role: roleSecret, Sink: sink{Desc: "go-atlassian Auth.SetBasicAuth", Env: "ATLASSIAN_API_TOKEN"}}}
		case "SetBearerToken":
			return []sinkUse{{Index: 0, Role: roleSecret, Sink: sink{Desc: "go-atlassian Auth.SetBearerToken", Env: "ATLASSIAN_ACCESS_TOKEN"}}}
		}
	}
	if path == goBitbucket && callee.Signature().Recv() == nil {
		var out []sinkUse
		for _, i := range goBitbucketFuncs[callee.Name()] {
			env := "BITBUCKET_API_TOKEN"
			if strings.HasPrefix(callee.Name(), "NewOAuth") {
				env = "BITBUCKET_OAUTH_SECRET"
			}
			out = append(out, sinkUse{Index: i, Role: roleSecret, Sink: sink{Desc: "go-bitbucket " + callee.Name(), Env: env}})
		}
		return out
	}
	return nil
}

// isAuthHeader reports whether a header name carries credentials.
func isAuthHeader(name string) bool {
	switch textproto.CanonicalMIMEHeaderKey(name) {
	case "Authorization", "Proxy-Authorization":
		return true
	}
	return false
}

// authSchemes are the schemes an Authorization value may start with.
var authSchemes = []string{
	"basic", "bearer", "token", "jwt", "digest", "sso-key", "apikey", "api-key",
	"negotiate", "ntlm", "oauth", "dpop", "hoba", "mutual", "aws4-hmac-sha256",
}

// splitScheme splits an Authorization value into its scheme and the
// credential that follows it.
func splitScheme(v string) (scheme, rest string, ok bool) {
	s, r, found := strings.Cut(strings.TrimSpace(v), " ")
	if !found || !slices.Contains(authSchemes, strings.ToLower(s)) {
		return "", "", false
	}
	return s, strings.TrimSpace(r), true
}

// literalResultFact marks an exported function of which a result is
// always one secret-looking literal: an importer that hands that result
// to a sink hard-codes the credential as surely as if it wrote it. The
// fact names the literal only redacted, where it is, never its text.
type literalResultFact struct{ Results []literalResult }

// A literalResult is one such result.
type literalResult struct {
	Index    int    // which result
	Redacted string // as atlassian.Redact gives it
	Where    string // "cfg.go:12"
}

func (*literalResultFact) AFact() {}
func (f *literalResultFact) String() string {
	var parts []string
	for _, r := range f.Results {
		parts = append(parts, fmt.Sprintf("result %d is literal %s", r.Index, r.Redacted))
	}
	return strings.Join(parts, ", ")
}
