package flow

import (
	"fmt"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"

	"github.com/atlvet/atlvet/internal/atlassian"
)

// Text parameters.
//
// A string can name a URL without being one a program reaches: a key
// of a map, text a value is compared with, the URL an HTTP mock answers
// for. A function of the module may take such a string as a parameter
// (a test helper that registers a fake's responder under
// method+" "+url, a router's table); a URL passed there is text too.
// textParam tells for this package's functions, by following the
// parameter to every use; the textParams fact tells importing packages,
// and the mocking libraries' registrations come from
// atlassian.MockURLArg.

// textParams is the fact of a function whose string parameters at
// Params (0-based, the receiver not counted) are only read as text.
type textParams struct {
	Params []int
}

func (*textParams) AFact()           {}
func (f *textParams) String() string { return fmt.Sprint("text parameters ", f.Params) }

// textArgOf reports whether obj reads its argument param (0-based, the
// receiver not counted) only as text: the standard library's text
// functions, an HTTP mock's registration, or a function of the module
// that facts (or this package's own code) say does.
func (r *Result) textArgOf(obj *types.Func, param int) bool {
	if obj == nil || obj.Pkg() == nil || param < 0 {
		return false
	}
	if textArg(obj, param) || atlassian.MockURLArg(obj.Pkg().Path(), recvName(obj), obj.Name(), param) {
		return true
	}
	if obj.Pkg() == r.pass.Pkg {
		fn := r.pkg.Prog.FuncValue(obj)
		if fn == nil {
			return false
		}
		if fn.Signature.Recv() != nil {
			param++ // SSA's parameters start with the receiver
		}
		return r.textParam(fn, param)
	}
	var f textParams
	return r.pass.ImportObjectFact(obj.Origin(), &f) && slices.Contains(f.Params, param)
}

// recvName returns the name of obj's receiver's type, "" for a function.
func recvName(obj *types.Func) string {
	recv := obj.Signature().Recv()
	if recv == nil {
		return ""
	}
	t := recv.Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return n.Obj().Name()
	}
	return ""
}

// textParam reports whether parameter i of fn (receiver first) is a
// string only ever read as text, on every use: compared, searched for,
// a map's key, handed to a function that reads it so.
func (r *Result) textParam(fn *ssa.Function, i int) bool {
	if fn.Origin() != nil {
		fn = fn.Origin()
	}
	if i >= len(fn.Params) || !isStringish(fn.Params[i].Type()) || fn.Blocks == nil {
		return false
	}
	key := paramKey{fn, i}
	if t, ok := r.texts[key]; ok {
		return t
	}
	r.texts[key] = false // a recursive call proves nothing
	text, other := r.textUses(fn.Params[i], map[ssa.Value]bool{}, 0)
	r.texts[key] = text && !other
	return r.texts[key]
}

// textUses follows the string v to its uses: text tells that one reads
// it as text, other that one does anything else with it.
func (r *Result) textUses(v ssa.Value, seen map[ssa.Value]bool, depth int) (text, other bool) {
	if seen[v] {
		return false, false
	}
	if depth > 8 || v.Referrers() == nil {
		return false, true
	}
	seen[v] = true
	add := func(t, o bool) { text, other = text || t, other || o }
	for _, ref := range *v.Referrers() {
		switch ref := ref.(type) {
		case *ssa.DebugRef:
		case *ssa.BinOp:
			switch {
			case ref.Op == token.ADD && isStringish(ref.Type()):
				add(r.textUses(ref, seen, depth+1))
			case isComparison(ref.Op):
				text = true
			default:
				other = true
			}
		case *ssa.Phi, *ssa.ChangeType:
			add(r.textUses(ref.(ssa.Value), seen, depth+1))
		case *ssa.Convert:
			if isStringish(ref.Type()) {
				add(r.textUses(ref, seen, depth+1))
			} else {
				other = true
			}
		case *ssa.MapUpdate:
			if ref.Key == v && ref.Value != v {
				text = true
			} else {
				other = true
			}
		case *ssa.Lookup:
			if ref.Index == v {
				text = true
			} else {
				other = true
			}
		case ssa.CallInstruction:
			c := ref.Common()
			obj := calleeObj(c)
			for k, a := range c.Args {
				if a != v {
					continue
				}
				param := k
				if !c.IsInvoke() && c.Signature().Recv() != nil {
					param-- // c.Args starts with the receiver
				}
				if r.textArgOf(obj, param) {
					text = true
				} else {
					other = true
				}
			}
			if c.Value == v {
				other = true
			}
		default:
			other = true
		}
	}
	return text, other
}

// exportTextParams exports the textParams fact of the package's
// exported functions with such parameters.
func (r *Result) exportTextParams() {
	if r.pass.Pkg.Name() == "main" {
		return
	}
	for _, fn := range r.funcs {
		obj, ok := fn.Object().(*types.Func)
		if !ok || fn.Parent() != nil || !obj.Exported() {
			continue
		}
		recv := 0
		if fn.Signature.Recv() != nil {
			recv = 1
		}
		var params []int
		for i := recv; i < len(fn.Params); i++ {
			if r.textParam(fn, i) {
				params = append(params, i-recv)
			}
		}
		if len(params) > 0 {
			r.pass.ExportObjectFact(obj, &textParams{Params: params})
		}
	}
}
