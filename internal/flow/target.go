package flow

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/atlvet/atlvet/internal/atlassian"
	"github.com/atlvet/atlvet/internal/funcs"
)

// A Target is where a URL goes, in Atlassian's terms.
type Target struct {
	URL  URL
	Host atlassian.HostClass // NotAtlassian when unknown
	Path atlassian.PathClass
}

// Classify reads s as a URL and classifies its host and path.
func Classify(hosts atlassian.Hosts, s Str) Target {
	u := ParseURL(s)
	t := Target{URL: u}
	switch {
	case u.HostKnown:
		t.Host = hosts.Classify(u.Host)
	case u.HostPattern != "":
		// "https://" + site + ".atlassian.net": only the first label
		// is unknown, which is enough to know the kind of host.
		if i := strings.LastIndex(u.HostPattern, hole); i >= 0 && !strings.Contains(u.HostPattern[:i], ".") && strings.Contains(u.HostPattern[i:], ".") {
			t.Host = hosts.Classify(strings.ReplaceAll(u.HostPattern, hole, "x"))
		}
	}
	if u.Path != "" {
		t.Path = atlassian.ClassifyPath(u.Path, u.PathComplete)
		switch {
		case t.Path != atlassian.RESTPath || !u.HostKnown || t.Host != atlassian.NotAtlassian:
		case atlassian.IsLoopback(u.Host):
			// An httptest server or a local fake standing in for
			// Atlassian in a test: srv.URL + "/rest/api/3/myself".
			t.Path = atlassian.OtherPath
		case atlassian.CloudOnlyPath(u.Path, u.PathComplete):
			t.Path = atlassian.OtherPath // https://api.intercom.io/me is Intercom's
		}
	}
	return t
}

// Atlassian reports whether a request to t talks to Atlassian: its
// host is an Atlassian or declared host, or its path is an Atlassian
// REST path whatever the host (on a known host that is not Atlassian's,
// one that Data Center serves too, and not on the loopback interface,
// where tests run their fakes).
func (t Target) Atlassian() bool {
	return t.Host != atlassian.NotAtlassian || t.Path == atlassian.RESTPath
}

// Describe names the target for a message: the host when known,
// else the REST path.
func (t Target) Describe() string {
	switch {
	case t.URL.HostKnown:
		return t.URL.Host
	case t.Host != atlassian.NotAtlassian:
		return strings.ReplaceAll(t.URL.HostPattern, hole, "…")
	case t.URL.Path != "":
		return "the Atlassian REST path " + t.URL.Path
	}
	return "Atlassian"
}

// HeaderValueExpr returns the expression that gives the value of the
// header set at site (a Header.Set/Add call, an h[k] = []string{v}
// assignment, or an http.Header{k: {v}} literal), or nil.
func (r *Result) HeaderValueExpr(site token.Pos) ast.Expr {
	if !r.Relevant {
		return nil
	}
	if call, ok := r.calls[site]; ok {
		if fn := funcs.Callee(r.pass.TypesInfo, call); funcs.IsMethod(fn, "net/http", "Header", "Set", "Add") && len(call.Args) == 2 {
			return call.Args[1]
		}
		return nil
	}
	var found ast.Expr
	for _, f := range r.pass.Files {
		if f.Pos() > site || f.End() < site {
			continue
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if found != nil || n == nil || n.Pos() > site || n.End() < site {
				return false
			}
			switch n := n.(type) {
			case *ast.AssignStmt:
				if len(n.Lhs) == 1 && len(n.Rhs) == 1 {
					if ix, ok := n.Lhs[0].(*ast.IndexExpr); ok && ix.Lbrack == site {
						found = firstElem(n.Rhs[0])
					}
				}
			case *ast.KeyValueExpr:
				if n.Colon == site {
					found = firstElem(n.Value)
				}
			}
			return true
		})
	}
	return found
}

// firstElem returns v of []string{v} or {v}, else e itself.
func firstElem(e ast.Expr) ast.Expr {
	if lit, ok := ast.Unparen(e).(*ast.CompositeLit); ok {
		if len(lit.Elts) == 1 {
			return lit.Elts[0]
		}
		return nil
	}
	return e
}

// A HeaderStore is one store of this package to the struct field a
// header's value is read from: the expression stored, and what it can
// be (its function's parameters resolved through its callers).
type HeaderStore struct {
	Expr  ast.Expr
	Value Strs
}

// HeaderStores returns, when the value of header h is read from a
// field of a struct where it is set (req.Header.Set("User-Agent",
// c.agent)), every store of this package to that field, with the
// expression it stores (agent: "acme/" + Version in a constructor's
// literal, c.agent = ua in an option): where the value is written,
// and where a pass reports it. It returns nil when the value is not
// such a field, when no store or too many are in view, when the
// expression of one cannot be found, or when a store's value is not
// among h's (the field of an object that does not reach the request).
func (r *Result) HeaderStores(h Header) []HeaderStore {
	if !r.Relevant || !h.Site.IsValid() {
		return nil
	}
	e := r.HeaderValueExpr(h.Site)
	if e == nil {
		return nil
	}
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	selection := r.pass.TypesInfo.Selections[sel]
	if selection == nil || selection.Kind() != types.FieldVal || len(selection.Index()) != 1 {
		return nil // an embedded struct's field: its stores are another type's
	}
	field, _ := selection.Obj().(*types.Var)
	ptr := selection.Recv()
	if !isPointer(ptr) {
		ptr = types.NewPointer(ptr)
	}
	key, ok := fieldKeyOf(ptr, selection.Index()[0])
	if !ok || field == nil {
		return nil
	}
	sites := r.stores[key]
	if len(sites) == 0 || len(sites) > maxMerged {
		return nil
	}
	values := map[string]bool{}
	for _, s := range h.Value {
		values[s.key()] = true
	}
	out := make([]HeaderStore, 0, len(sites))
	for _, s := range sites {
		expr := r.storedExpr(s.pos, field)
		if expr == nil {
			return nil
		}
		vals := r.resolveParams(r.eval(s.val), s.fn)
		for _, v := range vals {
			if !values[v.key()] {
				return nil
			}
		}
		out = append(out, HeaderStore{Expr: expr, Value: vals})
	}
	return out
}

// storedExpr returns the expression a store at pos puts into field:
// the value of a composite literal's field: value element, or the
// right-hand side of an assignment to the field; nil if neither is
// found there.
func (r *Result) storedExpr(pos token.Pos, field *types.Var) ast.Expr {
	isField := func(e ast.Expr) bool {
		switch e := ast.Unparen(e).(type) {
		case *ast.SelectorExpr:
			return r.pass.TypesInfo.Uses[e.Sel] == field
		case *ast.Ident:
			return r.pass.TypesInfo.Uses[e] == field
		}
		return false
	}
	var found ast.Expr
	for _, f := range r.pass.Files {
		if f.FileStart > pos || f.FileEnd < pos {
			continue
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if found != nil || n == nil || n.Pos() > pos || n.End() < pos {
				return false
			}
			switch n := n.(type) {
			case *ast.KeyValueExpr:
				if (n.Colon == pos || n.Key.Pos() == pos) && isField(n.Key) {
					found = n.Value
				}
			case *ast.AssignStmt:
				if n.Tok != token.ASSIGN || len(n.Lhs) != len(n.Rhs) {
					break
				}
				for i, lhs := range n.Lhs {
					if (n.TokPos == pos || lhs.Pos() <= pos && pos < lhs.End()) && isField(lhs) {
						found = n.Rhs[i]
					}
				}
			}
			return true
		})
	}
	return found
}
