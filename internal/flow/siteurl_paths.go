package flow

import (
	"go/ast"
	"go/constant"
	"go/token"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/atlvet/atlvet/internal/funcs"
)

// A Cond is a branch taken on the way to a value: the condition of an
// if statement and which way it went.
type Cond struct {
	Value ssa.Value
	Taken bool
}

// An Alt is one value an expression can take, with the branches that
// lead to it, relative to the call that sends the request. Merged means
// the value was read from somewhere that merges several values without
// saying which path gives which (a struct field, a helper, the stores
// of several constructors): it may or may not go with any given
// alternative of another value.
type Alt struct {
	Value  Str
	Conds  []Cond
	Merged bool
}

// Certain reports whether a is the value on every path.
func (a Alt) Certain() bool { return !a.Merged && len(a.Conds) == 0 }

// An AuthAlt is one Authorization a request can carry.
type AuthAlt struct {
	Alt
	// Bearer: an OAuth bearer token ("Authorization: Bearer ...", or
	// a client from golang.org/x/oauth2).
	Bearer bool
	// Site is where it was attached, in this package, if known.
	Site token.Pos
}

// maxAlts bounds the alternatives enumerated for one value.
const maxAlts = 16

// SendURLAlts returns the URLs that req, one of the requests send
// sends, can have, each with the branches leading to it. Values built
// in the function that sends the request are split at their phi nodes;
// values from elsewhere are one merged leaf.
func (r *Result) SendURLAlts(send *Send, req Request) []Alt {
	if !r.Relevant {
		return nil
	}
	sendInstr := r.callInstrs[send.Call.Lparen]
	var v ssa.Value
	if sendInstr != nil {
		obj := calleeObj(sendInstr.Common())
		args := callArgs(sendInstr.Common())
		switch {
		case funcs.IsFunc(obj, "net/http", "Get", "Head", "Post", "PostForm") && len(args) > 0:
			v = args[0]
		case funcs.IsMethod(obj, "net/http", "Client", "Get", "Head", "Post", "PostForm") && len(args) > 1:
			v = args[1]
		}
	}
	if v == nil && req.Create.IsValid() {
		if create, ok := r.callInstrs[req.Create]; ok && create.Parent() == send.Fn {
			c := create.Common()
			switch obj := calleeObj(c); {
			case funcs.IsFunc(obj, "net/http", "NewRequest") && len(c.Args) > 1:
				v = c.Args[1]
			case funcs.IsFunc(obj, "net/http", "NewRequestWithContext") && len(c.Args) > 2:
				v = c.Args[2]
			}
		}
	}
	if v == nil || sendInstr == nil {
		return leafAlts(req.URLs)
	}
	base := blockConds(sendInstr.Block())
	return relative(r.alts(v, send.Fn, map[ssa.Value]bool{}, 0), base)
}

// SendAuthAlts returns the Authorization values that req, sent by
// send, can carry: headers set on the request (directly, by helpers,
// by (*oauth2.Token).SetAuthHeader or SetBasicAuth) with the branches
// that lead to them, and the clients' transports.
func (r *Result) SendAuthAlts(send *Send, req Request) []AuthAlt {
	if !r.Relevant {
		return nil
	}
	var out []AuthAlt
	var base []Cond
	sendInstr := r.callInstrs[send.Call.Lparen]
	if sendInstr != nil {
		base = blockConds(sendInstr.Block())
	}
	var sites map[token.Pos]ssa.Instruction
	for _, h := range HeaderValues("Authorization", req, nil) {
		var instr ssa.Instruction
		if h.Site.IsValid() {
			if sites == nil {
				sites = instrsByPos(send.Fn)
			}
			instr = sites[h.Site]
		}
		if instr == nil || sendInstr == nil {
			for _, a := range leafAlts(h.Value) {
				out = append(out, AuthAlt{Alt: a, Bearer: isBearer(a.Value), Site: h.Site})
			}
			continue
		}
		conds := relativeConds(blockConds(instr.Block()), base)
		var alts []Alt
		if call, ok := instr.(ssa.CallInstruction); ok && funcs.IsMethod(calleeObj(call.Common()), "net/http", "Header", "Set", "Add") {
			args := callArgs(call.Common())
			if len(args) == 3 {
				alts = relative(r.alts(args[2], send.Fn, map[ssa.Value]bool{}, 0), base)
			}
		}
		if alts == nil {
			alts = leafAlts(h.Value)
		}
		for _, a := range alts {
			a.Conds = append(append([]Cond(nil), conds...), a.Conds...)
			if conflicting(a.Conds) {
				continue
			}
			out = append(out, AuthAlt{Alt: a, Bearer: isBearer(a.Value), Site: h.Site})
		}
	}
	bearerClients := 0
	for _, c := range send.Clients {
		if clientBearer(c) {
			bearerClients++
		}
	}
	for _, c := range send.Clients {
		if !clientBearer(c) {
			continue
		}
		out = append(out, AuthAlt{
			Alt:    Alt{Value: Lit("Bearer ").Concat(Unknown()), Merged: bearerClients < len(send.Clients)},
			Bearer: true,
			Site:   c.Site,
		})
	}
	return out
}

// clientBearer reports whether every request sent through c carries a
// bearer token.
func clientBearer(c Client) bool {
	if c.Bearer {
		return true
	}
	for _, h := range c.Headers {
		if HasBearer(h) {
			return true
		}
	}
	return false
}

func isBearer(s Str) bool {
	return strings.HasPrefix(strings.ToLower(s.Prefix()), "bearer ")
}

// leafAlts turns the values of something not split by branches into
// alternatives: merged when there is more than one.
func leafAlts(ss Strs) []Alt {
	out := make([]Alt, 0, len(ss))
	for _, s := range ss {
		out = append(out, Alt{Value: s, Merged: len(ss) > 1})
	}
	return out
}

// alts enumerates what v can be in fn, splitting phi nodes into their
// edges and concatenations into their operands.
func (r *Result) alts(v ssa.Value, fn *ssa.Function, visiting map[ssa.Value]bool, depth int) []Alt {
	if depth < 8 && !visiting[v] {
		switch v := v.(type) {
		case *ssa.Phi:
			var out []Alt
			for i, e := range v.Edges {
				if visiting[e] {
					continue // a loop back edge adds nothing new
				}
				edge := edgeConds(v.Block(), i)
				visiting[v] = true
				sub := r.alts(e, fn, visiting, depth+1)
				delete(visiting, v)
				for _, a := range sub {
					a.Conds = append(append([]Cond(nil), edge...), a.Conds...)
					if !conflicting(a.Conds) {
						out = append(out, a)
					}
				}
				if len(out) > maxAlts {
					return leafAlts(r.resolveParams(r.eval(v), fn))
				}
			}
			if len(out) > 0 {
				return out
			}
		case *ssa.BinOp:
			if v.Op == token.ADD && isStringish(v.Type()) {
				xs, ys := r.alts(v.X, fn, visiting, depth+1), r.alts(v.Y, fn, visiting, depth+1)
				if len(xs)*len(ys) <= maxAlts {
					var out []Alt
					for _, x := range xs {
						for _, y := range ys {
							a := Alt{
								Value:  x.Value.Concat(y.Value),
								Conds:  append(append([]Cond(nil), x.Conds...), y.Conds...),
								Merged: x.Merged || y.Merged,
							}
							if !conflicting(a.Conds) {
								out = append(out, a)
							}
						}
					}
					return out
				}
			}
		case *ssa.MakeInterface:
			return r.alts(v.X, fn, visiting, depth+1)
		}
	}
	return leafAlts(r.resolveParams(r.eval(v), fn))
}

// edgeConds returns the branches that lead along edge i into b: the
// decision of an if that ends the predecessor, or that ends the chain
// of single-predecessor blocks above it.
func edgeConds(b *ssa.BasicBlock, i int) []Cond {
	if i >= len(b.Preds) {
		return nil
	}
	pred := b.Preds[i]
	if c, ok := ifDecision(pred, b); ok {
		return append([]Cond{c}, blockConds(pred)...)
	}
	return blockConds(pred)
}

// blockConds returns the decisions that lead to b through blocks with
// a single predecessor, innermost first.
func blockConds(b *ssa.BasicBlock) []Cond {
	var out []Cond
	seen := map[*ssa.BasicBlock]bool{}
	for b != nil && len(b.Preds) == 1 && !seen[b] && len(out) < 8 {
		seen[b] = true
		pred := b.Preds[0]
		if c, ok := ifDecision(pred, b); ok {
			out = append(out, c)
		}
		b = pred
	}
	return out
}

// ifDecision returns the branch of the if that ends pred and leads to
// succ.
func ifDecision(pred, succ *ssa.BasicBlock) (Cond, bool) {
	if len(pred.Instrs) == 0 || len(pred.Succs) != 2 || pred.Succs[0] == pred.Succs[1] {
		return Cond{}, false
	}
	ifInstr, ok := pred.Instrs[len(pred.Instrs)-1].(*ssa.If)
	if !ok {
		return Cond{}, false
	}
	return Cond{Value: ifInstr.Cond, Taken: pred.Succs[0] == succ}, true
}

// relative drops from each alternative the decisions shared with the
// block of the send (the send is only reached on those paths anyway).
func relative(alts []Alt, base []Cond) []Alt {
	for i := range alts {
		alts[i].Conds = relativeConds(alts[i].Conds, base)
	}
	return alts
}

func relativeConds(conds, base []Cond) []Cond {
	var out []Cond
	for _, c := range conds {
		shared := false
		for _, b := range base {
			if same, neg := equivCond(c.Value, b.Value, 0); same && (c.Taken != neg) == b.Taken {
				shared = true
			}
		}
		if !shared {
			out = append(out, c)
		}
	}
	return out
}

// conflicting reports whether conds take both ways of one condition.
func conflicting(conds []Cond) bool {
	return CondsConflict(conds, conds)
}

// CondsConflict reports whether no path takes all the branches of a
// and of b: they decide some condition in opposite ways.
func CondsConflict(a, b []Cond) bool {
	for _, x := range a {
		for _, y := range b {
			if same, neg := equivCond(x.Value, y.Value, 0); same && (x.Taken != neg) != y.Taken {
				return true
			}
		}
	}
	return false
}

// CondsShare reports whether a and b decide some condition the same
// way, which ties the two values to one path.
func CondsShare(a, b []Cond) bool {
	for _, x := range a {
		for _, y := range b {
			if same, neg := equivCond(x.Value, y.Value, 0); same && (x.Taken != neg) == y.Taken {
				return true
			}
		}
	}
	return false
}

// equivCond reports whether two conditions always have the same value
// (same) or, with neg, always opposite values. Loads of the same field
// or variable count as the same value, which holds unless the code
// writes it between the two branches.
func equivCond(a, b ssa.Value, depth int) (same, neg bool) {
	if a == b {
		return true, false
	}
	if depth > 6 || a == nil || b == nil {
		return false, false
	}
	if u, ok := a.(*ssa.UnOp); ok && u.Op == token.NOT {
		s, n := equivCond(u.X, b, depth+1)
		return s, !n
	}
	if u, ok := b.(*ssa.UnOp); ok && u.Op == token.NOT {
		s, n := equivCond(a, u.X, depth+1)
		return s, !n
	}
	switch a := a.(type) {
	case *ssa.Const:
		if b, ok := b.(*ssa.Const); ok && a.Value != nil && b.Value != nil && a.Type() == b.Type() {
			return constant.Compare(a.Value, token.EQL, b.Value), false
		}
		if b, ok := b.(*ssa.Const); ok && a.Value == nil && b.Value == nil {
			return true, false
		}
	case *ssa.UnOp:
		if b, ok := b.(*ssa.UnOp); ok && a.Op == token.MUL && b.Op == token.MUL {
			return sameAddr(a.X, b.X, depth+1), false
		}
	case *ssa.FieldAddr:
		return sameAddr(a, b, depth+1), false
	case *ssa.BinOp:
		b, ok := b.(*ssa.BinOp)
		if !ok {
			break
		}
		if sx, nx := equivCond(a.X, b.X, depth+1); sx && !nx {
			if sy, ny := equivCond(a.Y, b.Y, depth+1); sy && !ny {
				switch {
				case a.Op == b.Op:
					return true, false
				case negated(a.Op) == b.Op:
					return true, true
				}
			}
		}
	case *ssa.Call:
		// len(x) and friends: the same builtin on the same value.
		if b, ok := b.(*ssa.Call); ok {
			ba, okA := a.Call.Value.(*ssa.Builtin)
			bb, okB := b.Call.Value.(*ssa.Builtin)
			if okA && okB && ba.Name() == bb.Name() && len(a.Call.Args) == 1 && len(b.Call.Args) == 1 {
				if s, n := equivCond(a.Call.Args[0], b.Call.Args[0], depth+1); s && !n {
					return true, false
				}
			}
		}
	}
	return false, false
}

func negated(op token.Token) token.Token {
	switch op {
	case token.EQL:
		return token.NEQ
	case token.NEQ:
		return token.EQL
	case token.LSS:
		return token.GEQ
	case token.GEQ:
		return token.LSS
	case token.GTR:
		return token.LEQ
	case token.LEQ:
		return token.GTR
	}
	return token.ILLEGAL
}

// sameAddr reports whether two addresses are the same variable or
// field of the same object.
func sameAddr(a, b ssa.Value, depth int) bool {
	if a == b {
		return true
	}
	if depth > 6 {
		return false
	}
	fa, ok1 := a.(*ssa.FieldAddr)
	fb, ok2 := b.(*ssa.FieldAddr)
	if ok1 && ok2 {
		return fa.Field == fb.Field && sameAddr(fa.X, fb.X, depth+1)
	}
	la, ok1 := a.(*ssa.UnOp)
	lb, ok2 := b.(*ssa.UnOp)
	if ok1 && ok2 && la.Op == token.MUL && lb.Op == token.MUL {
		return sameAddr(la.X, lb.X, depth+1)
	}
	return false
}

// instrsByPos indexes the instructions of fn by position.
func instrsByPos(fn *ssa.Function) map[token.Pos]ssa.Instruction {
	out := map[token.Pos]ssa.Instruction{}
	if fn == nil {
		return out
	}
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			if p := instr.Pos(); p.IsValid() {
				if _, ok := out[p]; !ok {
					out[p] = instr
				}
			}
		}
	}
	return out
}

// ClientArg returns the clients that an argument of a call of this
// package can be: an *http.Client, or an interface holding one.
func (r *Result) ClientArg(call *ast.CallExpr, arg int) []Client {
	if !r.Relevant || arg >= len(call.Args) {
		return nil
	}
	instr, ok := r.callInstrs[call.Lparen]
	if !ok {
		return nil
	}
	c := instr.Common()
	k := arg
	if !c.IsInvoke() && c.Signature().Recv() != nil {
		k++
	}
	if k >= len(c.Args) {
		return nil
	}
	v := c.Args[k]
	for {
		mi, ok := v.(*ssa.MakeInterface)
		if !ok {
			break
		}
		v = mi.X
	}
	if !funcs.IsNamed(v.Type(), "net/http", "Client") {
		return nil
	}
	return r.clientOrigins(v)
}

// CarriesBearer reports whether every request sent through c carries
// an OAuth bearer token.
func (c Client) CarriesBearer() bool { return clientBearer(c) }
