// Package identity is the analysis of the User-Agent identity an
// integration sends: the "{product}-{source}-int" its requests to
// Atlassian carry, which the guidance asks every part of one
// integration to share, and which a Connect app's key repeats.
//
// The identity of a package is the one a package it imports sends (the
// first, in import path order, of the same module), else the first
// well-formed one the package sends itself (its own files in name order,
// then lines; tests do not count), else the first whose only fault is
// case, lower-cased. The analyzer's package fact passes it to
// importers, so that connectkey can compare a Connect app's key with it.
//
// A request counts as going to Atlassian with no hosts declared: an
// analyzer shared by the passes cannot know a pass's configuration.
// useragent, whose -useragent.hosts and -useragent.identity change what
// a package is held to, computes its own package's identity with Own
// and its hosts, and passes it on in a fact of its own.
package identity

import (
	"fmt"
	"go/constant"
	"go/token"
	"go/types"
	"path"
	"reflect"
	"slices"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/atlvet/atlvet/internal/atlassian"
	"github.com/atlvet/atlvet/internal/flow"
)

// Analyzer computes a *Result for every package. It reports nothing.
var Analyzer = &analysis.Analyzer{
	Name:       "atlidentity",
	Doc:        "the User-Agent identity each package of an integration sends, for atlvet's passes",
	URL:        "https://pkg.go.dev/github.com/atlvet/atlvet/internal/identity",
	Requires:   []*analysis.Analyzer{flow.Analyzer},
	Run:        run,
	ResultType: reflect.TypeFor[*Result](),
	FactTypes:  []analysis.Fact{new(identityFact)},
	// The passes that require it may run despite errors; such a
	// package gets what its imports send and passes nothing on.
	RunDespiteErrors: true,
}

// identityFact records the identity a package sends (or that one of
// its imports sends, passed on), so that the packages of the same
// module importing it send the same one: one integration, one
// identity. A library of another module, with a default User-Agent of
// its own, does not impose it. From is the package that sends it.
type identityFact struct {
	Identity string
	From     string
	Module   string // the module of the package that exports the fact, when the driver knows it
}

func (*identityFact) AFact()           {}
func (f *identityFact) String() string { return "identity " + f.Identity }

// Result is the identity of one package.
type Result struct {
	// Imported is the identity sent by an imported package of the same
	// module ("" if none), and ImportedFrom the package that sends it.
	Imported, ImportedFrom string
	// Own is the package's own first identity, with the hosts every
	// pass counts as Atlassian (none declared).
	Own Sent
	// Exported is the identity the package passes on to its importers
	// (its package fact): "" for a command, or when it has none.
	Exported string
}

// A Sent is an identity a package sends itself.
type Sent struct {
	Identity string    // lower-cased "{product}-{source}-int"; "" when none
	Version  string    // lower-cased version of the User-Agent it is taken from
	Pos      token.Pos // the User-Agent's value expression, else the call that sets it
}

// Of returns the identity analysis of pass's package.
func Of(pass *analysis.Pass) *Result { return pass.ResultOf[Analyzer].(*Result) }

// Sends returns the identity of the package as Of describes it: the
// imported one, else its own; from says where it comes from for a
// message ("sent by imported package p", "used at client.go:42").
func (r *Result) Sends(fset *token.FileSet) (identity, from string) {
	switch {
	case r.Imported != "":
		return r.Imported, "sent by imported package " + r.ImportedFrom
	case r.Own.Identity != "":
		return r.Own.Identity, r.Own.Where(fset)
	}
	return "", ""
}

// Where says where s is used, for a message: "used at client.go:42".
func (s Sent) Where(fset *token.FileSet) string {
	if posn := fset.Position(s.Pos); posn.IsValid() {
		return fmt.Sprintf("used at %s:%d", path.Base(posn.Filename), posn.Line)
	}
	return "used earlier in this package"
}

func run(pass *analysis.Pass) (any, error) {
	r := &Result{}
	r.Imported, r.ImportedFrom = importedIdentity(pass)
	if len(pass.TypeErrors) > 0 {
		return r, nil
	}
	res, release := flow.Use(pass)
	r.Own, _ = Own(pass, res, atlassian.Hosts{})
	release()

	// Importers compare against the identity this package (or one it
	// imports) sends.
	if id, from := r.Imported, r.ImportedFrom; pass.Pkg.Name() != "main" {
		if id == "" {
			id, from = r.Own.Identity, pass.Pkg.Path()
		}
		if id != "" {
			r.Exported = id
			pass.ExportPackageFact(&identityFact{Identity: id, From: from, Module: modulePath(pass)})
		}
	}
	return r, nil
}

// Own returns the first identity the package sends itself on requests
// to Atlassian, a host counting as Atlassian as hosts says: the first
// well-formed one, else the first whose only fault is case. res must be
// the package's flow result, held by the caller (flow.Use).
func Own(pass *analysis.Pass, res *flow.Result, hosts atlassian.Hosts) (Sent, bool) {
	if !res.Relevant {
		return Sent{}, false
	}
	sites := userAgentSites(pass, res, hosts)
	// The first well-formed identity; failing that, the first whose
	// only fault is case, which still names the integration.
	for _, caseFaultOK := range []bool{false, true} {
		for _, s := range sites {
			if _, ok := atlassian.LibraryAgent(s.value); ok || s.test {
				continue // a test's identity is not the package's
			}
			ua, faults := atlassian.ParseUserAgent(s.value)
			if s.prefix {
				// Built at run time ("jira-acme-int/" + version): the
				// identity before the "/" is known, the version not.
				var ok bool
				if ua, faults, ok = atlassian.ParseUserAgentPrefix(s.value); !ok {
					continue
				}
			}
			if len(faults) == 0 || caseFaultOK && len(faults) == 1 && faults[0] == atlassian.UAUpperCase {
				return Sent{Identity: ua.Identity(), Version: strings.ToLower(ua.Version), Pos: s.pos}, true
			}
		}
	}
	return Sent{}, false
}

// uaSite is one place that sets a constant User-Agent on a request to
// Atlassian.
type uaSite struct {
	pos    token.Pos
	value  string
	test   bool // in a _test.go file
	prefix bool // value is only the constant start of one built at run time
}

// userAgentSites returns the constant User-Agents set on requests to
// Atlassian, as the useragent pass finds them, in source order: the
// package's own files by name, then its tests, then position.
func userAgentSites(pass *analysis.Pass, res *flow.Result, hosts atlassian.Hosts) []uaSite {
	var sites []uaSite
	seen := map[token.Pos]bool{}
	add := func(pos token.Pos, value string, prefix bool) {
		if seen[pos] {
			return
		}
		seen[pos] = true
		sites = append(sites, uaSite{pos: pos, value: value, test: strings.HasSuffix(pass.Fset.File(pos).Name(), "_test.go"), prefix: prefix})
	}
	for _, send := range res.RequestSites() {
		for _, req := range send.Requests {
			if !atlassianRequest(hosts, req) {
				continue
			}
			uas := flow.HeaderValues("User-Agent", req, send.Clients)
			for _, h := range uas {
				if len(h.ValueExprs) > 0 {
					// Set by a helper from its parameter: each
					// constant argument where it is written.
					for _, e := range h.ValueExprs {
						if tv := pass.TypesInfo.Types[e]; tv.Value != nil && tv.Value.Kind() == constant.String {
							add(e.Pos(), constant.StringVal(tv.Value), false)
						}
					}
					continue
				}
				if stores := res.HeaderStores(h); len(stores) > 0 {
					// Read from a struct field: each value where it
					// is stored.
					for _, st := range stores {
						v, ok := st.Value.Const()
						prefix := false
						if !ok {
							v, prefix = flow.KnownPrefix(st.Value), true
						}
						if v != "" {
							add(st.Expr.Pos(), v, prefix)
						}
					}
					continue
				}
				v, ok := flow.Strs(h.Value).Const()
				prefix := false
				if !ok {
					v, prefix = flow.KnownPrefix(h.Value), true
				}
				if h.Site == token.NoPos || v == "" {
					continue
				}
				pos := h.Site
				if e := res.HeaderValueExpr(h.Site); e != nil {
					pos = e.Pos()
				} else if call := res.CallExprAt(h.Site); call != nil {
					pos = call.Pos() // a helper of another package sets it
				}
				add(pos, v, prefix)
			}
			// A send is judged by its first request that goes with Go's
			// default User-Agent; the requests after it are not looked
			// at (useragent reports one default per send).
			uas = slices.DeleteFunc(uas, func(h flow.Header) bool { return h.NonCanonical })
			if len(uas) > 0 || req.Opaque || req.MaybeDecorated || slices.ContainsFunc(send.Clients, func(c flow.Client) bool { return c.Opaque }) {
				continue
			}
			break
		}
	}
	// User-Agents given to the clients of client libraries.
	for _, site := range res.LibClientSites() {
		c := &site.Client
		atl := false
		if _, ok := flow.LibTarget(hosts, c, nil); ok {
			atl = true
		}
		agents := c.UserAgents(nil)
		for i := range c.Sends {
			if _, ok := flow.LibTarget(hosts, c, &c.Sends[i]); ok {
				atl = true
			}
			agents = append(agents, c.Sends[i].Headers...)
		}
		if !atl {
			continue
		}
		for _, h := range agents {
			if h.Name != "User-Agent" || h.LibraryDefault || h.NonCanonical {
				continue
			}
			v, ok := flow.Strs(h.Value).Const()
			if !ok {
				continue
			}
			switch {
			case len(h.ValueExprs) > 0:
				add(h.ValueExprs[0].Pos(), v, false)
			case h.Site.IsValid():
				add(h.Site, v, false)
			}
		}
	}
	// User-Agents set on the library clients functions get as
	// parameters, where their requests go to Atlassian.
	for _, pc := range res.ParamLibClients() {
		c := &pc.Client
		var agents []flow.Header
		for i := range c.Sends {
			if _, ok := flow.LibTarget(hosts, c, &c.Sends[i]); ok {
				agents = append(agents, c.UserAgents(&c.Sends[i])...)
			}
		}
		if _, ok := flow.LibTarget(hosts, c, nil); ok {
			agents = append(agents, c.UserAgents(nil)...)
		}
		for _, h := range agents {
			if h.Name != "User-Agent" || h.LibraryDefault || h.NonCanonical {
				continue
			}
			if v, ok := flow.Strs(h.Value).Const(); ok && len(h.ValueExprs) > 0 {
				add(h.ValueExprs[0].Pos(), v, false)
			} else if ok && h.Site.IsValid() {
				add(h.Site, v, false)
			}
		}
	}
	// User-Agents given to a constructor of the module that sets them
	// on the library client it makes.
	for _, a := range res.AgentArgs() {
		if _, ok := a.Target(hosts); !ok {
			continue
		}
		if v, ok := a.Value.Const(); ok {
			add(a.Expr.Pos(), v, false)
		} else if v := flow.KnownPrefix(a.Value); v != "" {
			add(a.Expr.Pos(), v, true)
		}
	}
	sort.Slice(sites, func(i, j int) bool {
		if sites[i].test != sites[j].test {
			return !sites[i].test
		}
		pi, pj := pass.Fset.Position(sites[i].pos), pass.Fset.Position(sites[j].pos)
		if pi.Filename != pj.Filename {
			return pi.Filename < pj.Filename
		}
		return pi.Offset < pj.Offset
	})
	return sites
}

// atlassianRequest reports whether one of the URLs req may have goes
// to Atlassian.
func atlassianRequest(hosts atlassian.Hosts, req flow.Request) bool {
	for _, u := range req.URLs {
		if flow.Classify(hosts, u).Atlassian() {
			return true
		}
	}
	return false
}

// importedIdentity returns the identity sent by an imported package, in
// import path order, and the package that sends it.
func importedIdentity(pass *analysis.Pass) (identity, from string) {
	// The first by path, found without sorting (or copying) the
	// imports: this runs for every package, dependencies included.
	var first *types.Package
	var fact identityFact
	for _, imp := range pass.Pkg.Imports() {
		if first != nil && imp.Path() >= first.Path() {
			continue
		}
		var f identityFact
		if pass.ImportPackageFact(imp, &f) && f.Identity != "" && sameModule(f.Module, modulePath(pass)) {
			first, fact = imp, f
		}
	}
	if first == nil {
		return "", ""
	}
	if fact.From == "" {
		fact.From = first.Path()
	}
	return fact.Identity, fact.From
}

// modulePath is the module of the package under analysis, "" when the
// driver does not say (GOPATH mode, some build systems).
func modulePath(pass *analysis.Pass) string {
	if pass.Module == nil {
		return ""
	}
	return pass.Module.Path
}

// sameModule reports whether two packages may be of one integration:
// their modules are the same, or one is not known.
func sameModule(a, b string) bool { return a == "" || b == "" || a == b }

// Normalize checks an identity a pass's configuration requires:
// "jira-acme-int", or a whole User-Agent such as "jira-acme-int/1.0.0",
// whose identity is taken. Case and surrounding space do not matter; ""
// means none is required. ok is false for anything else.
func Normalize(v string) (identity string, ok bool) {
	v = strings.ToLower(strings.TrimSpace(v))
	if v == "" {
		return "", true
	}
	ident, _, _ := strings.Cut(v, "/")
	ua, faults := atlassian.ParseUserAgent(ident + "/1")
	if len(faults) > 0 || ua.Source == "" {
		return "", false
	}
	return ua.Identity(), true
}

// Source returns the {source product} of an identity, "" if it has none.
func Source(identity string) string {
	ua, _ := atlassian.ParseUserAgent(identity + "/1")
	return strings.ToLower(ua.Source)
}
