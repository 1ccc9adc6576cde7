package oauthstate

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/atlvet/atlvet/internal/atlassian"
	"github.com/atlvet/atlvet/internal/decls"
	"github.com/atlvet/atlvet/internal/flow"
	"github.com/atlvet/atlvet/internal/funcs"
)

// checkRedirectURLs reports an oauth2.Config for an Atlassian or
// Bitbucket authorization server whose RedirectURL is plain http to a
// host that is not loopback, and the same of a client library's OAuth
// configuration (the tables' FieldRedirectURI: go-atlassian's
// OAuth2Config.RedirectURI), whose server is always Atlassian's.
func (c *checker) checkRedirectURLs() {
	for _, s := range c.res.FieldStores(atlassian.OAuth2Path, "Config", "RedirectURL") {
		if urls, _ := c.authorizeAlternatives(c.res.ConfigField(s.Object, flow.PathAuthURL)); len(urls) == 0 {
			continue
		}
		c.checkRedirectStore(s)
	}
	for _, lf := range atlassian.LibraryFields() {
		if lf.Role != atlassian.FieldRedirectURI {
			continue
		}
		for _, s := range c.res.FieldStores(lf.Pkg, lf.Type, lf.Field) {
			c.checkRedirectStore(s)
		}
	}
	c.checkConstructorRedirects()
}

// checkRedirectStore judges the redirect URI a store puts into a
// config: its value, or what the callers of the constructor whose
// parameter it is pass.
func (c *checker) checkRedirectStore(s flow.FieldStore) {
	expr := c.storedExpr(s.Pos)
	if expr == nil {
		return
	}
	if p, ok := s.Val.(*ssa.Parameter); ok {
		// A constructor's parameter: judge what its callers pass.
		fn := p.Parent()
		i := slices.Index(fn.Params, p)
		for _, call := range c.res.Callers(fn) {
			syn := c.res.SyntaxCall(call)
			j := i
			if fn.Signature.Recv() != nil {
				j--
			}
			if syn == nil || i < 0 || i >= len(call.Common().Args) || j < 0 || j >= len(syn.Args) {
				continue
			}
			c.checkRedirectValue(c.res.Eval(call.Common().Args[i]), syn.Args[j])
		}
		return
	}
	c.checkRedirectValue(c.res.Eval(s.Val), expr)
}

// checkConstructorRedirects reports the insecure redirect URIs handed
// to a constructor of another package that stores its argument into
// the RedirectURL of the config it returns: auth.New("http://...").
// (Constructors of this package are judged at their store above.)
func (c *checker) checkConstructorRedirects() {
	for _, fn := range c.sortedFuncs() {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				call, ok := instr.(*ssa.Call)
				if !ok || c.localCallee(call.Common()) != nil {
					continue
				}
				res := call.Common().Signature().Results()
				for i := 0; i < res.Len(); i++ {
					if !funcs.IsNamed(res.At(i).Type(), atlassian.OAuth2Path, "Config") {
						continue
					}
					c.checkConstructorRedirect(call, i)
				}
			}
		}
	}
}

func (c *checker) checkConstructorRedirect(call *ssa.Call, index int) {
	args := c.res.ConfigFieldArgs(call, index, flow.PathRedirectURL)
	if len(args) == 0 {
		return
	}
	var cfg ssa.Value = call
	if call.Common().Signature().Results().Len() > 1 {
		cfg = nil
		for _, ref := range *call.Referrers() {
			if ex, ok := ref.(*ssa.Extract); ok && ex.Index == index {
				cfg = ex
			}
		}
		if cfg == nil {
			return
		}
	}
	if urls, _ := c.authorizeAlternatives(c.res.ConfigField(cfg, flow.PathAuthURL)); len(urls) == 0 {
		return
	}
	syn := c.res.SyntaxCall(call)
	for _, i := range args {
		if i >= len(call.Common().Args) {
			continue
		}
		if expr := syntaxArg(call.Common(), syn, i); expr != nil {
			c.checkRedirectValue(c.res.ConfigField(cfg, flow.PathRedirectURL), expr)
		}
	}
}

// storedExpr returns the expression stored by the store at pos: the
// value of a composite literal's field, or of x.f = v.
func (c *checker) storedExpr(pos token.Pos) ast.Expr {
	if kv, ok := c.kvByColon[pos]; ok {
		return kv.Value
	}
	return c.assignBySel[pos]
}

// checkRedirectValue reports an insecure redirect URI among ss, at
// the literal that holds its scheme: expr itself, the constant or
// package variable expr names, the leftmost part of a concatenation
// that holds it (RedirectURL: base + "/callback"), or what a local
// variable expr names is given (redirect = "http://..." on one
// branch), with the use as related information.
func (c *checker) checkRedirectValue(ss flow.Strs, expr ast.Expr) {
	for _, s := range ss {
		u := flow.ParseURL(s)
		if !insecure(u) {
			continue
		}
		var related []analysis.RelatedInformation
		at := c.holderOf(expr, "http://", 0)
		if at == nil {
			if at = c.localHolder(expr, u); at != nil {
				related = []analysis.RelatedInformation{{Pos: expr.Pos(), End: expr.End(), Message: "used as the redirect URI here"}}
			}
		}
		if at == nil {
			at = expr
		}
		c.reportInsecureRedirect(at.Pos(), at.End(), u, related...)
		return
	}
}

// localHolder returns the literal that holds the insecure redirect URI
// u among the values given to the local variable expr names,
// preferring one that spells u's host; nil when expr names none or
// none holds it.
func (c *checker) localHolder(expr ast.Expr, u flow.URL) ast.Expr {
	id, ok := ast.Unparen(expr).(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok {
		return nil
	}
	vals := c.localValues[v]
	for _, val := range vals {
		if h := c.holderOf(val, "http://"+strings.ToLower(u.Host), 0); h != nil {
			return h
		}
	}
	// The host is joined on: the scheme's literal, unless it is
	// another, loopback, redirect URI.
	for _, val := range vals {
		h := c.holderOf(val, "http://", 0)
		if h == nil {
			continue
		}
		if text, ok := c.constString(h); ok {
			if hu := flow.ParseURL(flow.Lit(text)); hu.HostKnown && atlassian.IsLoopback(hu.Host) {
				continue
			}
		}
		return h
	}
	return nil
}

// holderOf returns the narrowest expression in expr whose constant
// text contains text (case-insensitively), looking through constants
// and never-reassigned package variables of this package to the
// literals they are declared with: the literal itself, or the name of a
// constant of another package. It returns nil when none does.
func (c *checker) holderOf(expr ast.Expr, text string, depth int) ast.Expr {
	if depth > 8 {
		return nil
	}
	holds := func(e ast.Expr) bool {
		v, ok := c.constString(e)
		return ok && strings.Contains(strings.ToLower(v), text)
	}
	switch e := ast.Unparen(expr).(type) {
	case *ast.BasicLit:
		if holds(e) {
			return e
		}
	case *ast.Ident:
		if val := c.declValue(e); val != nil {
			if h := c.holderOf(val, text, depth+1); h != nil {
				return h
			}
		}
		if holds(e) {
			return e // a constant declared elsewhere
		}
	case *ast.SelectorExpr:
		if val := c.declValue(e.Sel); val != nil {
			if h := c.holderOf(val, text, depth+1); h != nil {
				return h
			}
		}
		if holds(e) {
			return e
		}
	case *ast.BinaryExpr:
		if h := c.holderOf(e.X, text, depth+1); h != nil {
			return h
		}
		return c.holderOf(e.Y, text, depth+1)
	case *ast.CallExpr:
		if tv, ok := c.pass.TypesInfo.Types[e.Fun]; ok && tv.IsType() && len(e.Args) == 1 {
			return c.holderOf(e.Args[0], text, depth+1) // a conversion
		}
		for _, arg := range e.Args {
			if h := c.holderOf(arg, text, depth+1); h != nil {
				return h
			}
		}
	}
	return nil
}

// declValue returns the expression the constant or package variable
// id names is declared with, when it is declared in this package with
// one value per name.
func (c *checker) declValue(id *ast.Ident) ast.Expr {
	obj := c.pass.TypesInfo.ObjectOf(id)
	if obj == nil || obj.Pkg() != c.pass.Pkg || obj.Parent() != c.pass.Pkg.Scope() {
		return nil
	}
	return decls.Value(c.pass.TypesInfo, c.pass.Files, obj)
}
