package secrets

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"net/textproto"
	"slices"
	"strings"

	"github.com/atlvet/atlvet/internal/atlassian"
	"github.com/atlvet/atlvet/internal/funcs"
)

// A role says what part of a credential a value is on its way to a sink.
type role int

const (
	roleSecret       role = iota // the secret itself
	roleAuthHeader               // an Authorization header value: scheme, space, credential
	roleBasicEncoded             // the base64 of "user:secret" after "Basic "
	roleBasicPayload             // "user:secret" before encoding
	roleOAuth1Params             // a part of the parameters of an OAuth 1.0a header
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
		s.Desc, s.Env = article(scheme)+" "+scheme+" Authorization header", "ATLASSIAN_ACCESS_TOKEN"
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
	sinkSetBasicAuth = sink{Desc: "the password of (*http.Request).SetBasicAuth", Env: "ATLASSIAN_API_TOKEN"}
	sinkAuthHeader   = sink{Desc: "an Authorization header", Env: "ATLASSIAN_API_TOKEN"}
	sinkUserPassword = sink{Desc: "the password of url.UserPassword", Env: "ATLASSIAN_API_TOKEN"}
)

// fieldSink returns the sink a field of a third-party type is, if any:
// oauth2's, and the credential fields of the client libraries' tables.
func fieldSink(field *types.Var) (sink, bool) {
	if field.Pkg() == nil {
		return sink{}, false
	}
	p := field.Pkg().Path()
	if !atlassian.IsOAuth2Package(p) && !atlassian.IsClientLibraryPackage(p) {
		return sink{}, false
	}
	owner := ownerType(field)
	if owner == nil || owner.Obj().Pkg() == nil {
		return sink{}, false
	}
	path, typ, name := owner.Obj().Pkg().Path(), owner.Obj().Name(), field.Name()
	if cred, ok := atlassian.OAuthCredentialField(path, typ, name); ok {
		return sink{Desc: cred.Desc, Env: cred.Env}, true
	}
	if lf, ok := atlassian.LookupLibraryField(path, typ, name); ok && lf.Role == atlassian.FieldSecret {
		return sink{Desc: lf.Describe(), Env: cmp.Or(lf.Env, "ATLASSIAN_API_TOKEN")}, true
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
	}
	if callee == nil || callee.Pkg() == nil {
		return nil
	}
	if recv := callee.Signature().Recv(); recv != nil {
		if pkg, typ, ok := funcs.NamedType(recv.Type()); ok {
			if cred, ok := atlassian.OAuthCredentialArg(pkg, typ, callee.Name()); ok {
				return []sinkUse{{Index: cred.Arg, Role: roleSecret, Sink: sink{Desc: cred.Desc, Env: cred.Env}}}
			}
		}
	}
	return t.librarySinks(call, callee)
}

// librarySinks returns the credential arguments of a call of a client
// library, by the tables: the secrets its credential setters and
// constructors take, and an Authorization its header setters set.
func (t *tracer) librarySinks(call *ast.CallExpr, callee *types.Func) []sinkUse {
	path := callee.Pkg().Path()
	if !atlassian.IsClientLibraryImport(path) {
		return nil
	}
	recv := ""
	if r := callee.Signature().Recv(); r != nil {
		recv = namedTypeName(r.Type())
	}
	lc, ok := atlassian.LookupLibraryCall(path, recv, callee.Name())
	if !ok {
		return nil
	}
	var out []sinkUse
	for _, a := range lc.Args {
		if a.Kind == atlassian.ArgSecret {
			out = append(out, sinkUse{Index: a.Index, Role: roleSecret, Sink: sink{Desc: lc.Describe(), Env: cmp.Or(lc.Env, "ATLASSIAN_API_TOKEN")}})
		}
	}
	if lc.Role == atlassian.RoleSetHeader {
		name, value := lc.Arg(atlassian.ArgName), lc.Arg(atlassian.ArgValue)
		if name >= 0 && value >= 0 && name < len(call.Args) {
			if n, ok := t.knownString(call.Args[name]); ok && isAuthHeader(n) {
				out = append(out, sinkUse{Index: value, Role: roleAuthHeader, Sink: sinkAuthHeader})
			}
		}
	}
	return out
}

// namedTypeName is the name of the named type t is or points to.
func namedTypeName(t types.Type) string {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return n.Origin().Obj().Name()
	}
	return ""
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
