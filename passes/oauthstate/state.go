package oauthstate

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/atlvet/atlvet/internal/flow"
	"github.com/atlvet/atlvet/internal/funcs"
)

// Where a state value comes from decides whether an attacker can know
// it in advance: a constant is known, math/rand, the time, a counter
// or the user's own ID can be guessed, crypto/rand cannot.

type provKind int

const (
	provUnknown provKind = iota
	provConstant
	provGuessable
	provRandom
)

// A provenance says what a value is made of.
type provenance struct {
	kind    provKind
	reasons []string // for guessable values: "math/rand", "the time", ...
}

var (
	unknownProv  = provenance{kind: provUnknown}
	constantProv = provenance{kind: provConstant}
	randomProv   = provenance{kind: provRandom}
)

func guessable(reason string) provenance {
	return provenance{kind: provGuessable, reasons: []string{reason}}
}

func (p provenance) reason() string {
	return strings.Join(p.reasons, " and ")
}

func mergeReasons(a, b []string) []string {
	out := slices.Clone(a)
	for _, r := range b {
		if !slices.Contains(out, r) {
			out = append(out, r)
		}
	}
	return out
}

// joinParts combines the provenances of values that are concatenated,
// formatted or hashed together: one random part makes the whole
// unguessable; one unknown part makes it unknown.
func joinParts(ps ...provenance) provenance {
	out := constantProv
	unknown := false
	for _, p := range ps {
		switch p.kind {
		case provRandom:
			return randomProv
		case provUnknown:
			unknown = true
		case provGuessable:
			out.kind = provGuessable
			out.reasons = mergeReasons(out.reasons, p.reasons)
		}
	}
	if unknown {
		return unknownProv
	}
	return out
}

// joinAlternatives combines the provenances of the values a variable
// can hold on different paths: weak only if every path is weak.
func joinAlternatives(ps ...provenance) provenance {
	if len(ps) == 0 {
		return unknownProv
	}
	out := ps[0]
	for _, p := range ps[1:] {
		switch {
		case p.kind == provUnknown || out.kind == provUnknown:
			return unknownProv
		case p.kind == provRandom && out.kind == provRandom:
		case p.kind == provRandom || out.kind == provRandom:
			return unknownProv
		case p.kind == provGuessable || out.kind == provGuessable:
			out = provenance{kind: provGuessable, reasons: mergeReasons(out.reasons, p.reasons)}
		}
	}
	return out
}

// prov returns the provenance of v.
func (c *checker) prov(v ssa.Value) provenance {
	if v == nil {
		return unknownProv
	}
	if p, ok := c.provMemo[v]; ok {
		return p
	}
	if c.provActive[v] || len(c.provActive) > 64 {
		return unknownProv
	}
	c.provActive[v] = true
	p := c.prov0(v)
	delete(c.provActive, v)
	c.provMemo[v] = p
	return p
}

func (c *checker) prov0(v ssa.Value) provenance {
	switch v := v.(type) {
	case *ssa.Const:
		return constantProv
	case *ssa.BinOp:
		switch v.Op {
		case token.ADD, token.SUB, token.MUL, token.QUO, token.REM, token.XOR, token.OR, token.AND, token.SHL, token.SHR, token.AND_NOT:
			return joinParts(c.prov(v.X), c.prov(v.Y))
		}
	case *ssa.Phi:
		var ps []provenance
		for _, e := range v.Edges {
			if c.provActive[e] {
				continue
			}
			ps = append(ps, c.prov(e))
		}
		return joinAlternatives(ps...)
	case *ssa.Convert:
		return c.prov(v.X)
	case *ssa.ChangeType:
		return c.prov(v.X)
	case *ssa.MakeInterface:
		return c.prov(v.X)
	case *ssa.ChangeInterface:
		return c.prov(v.X)
	case *ssa.TypeAssert:
		return c.prov(v.X)
	case *ssa.SliceToArrayPointer:
		return c.prov(v.X)
	case *ssa.Slice:
		if isBuffer(v.X.Type()) || isBuffer(v.Type()) {
			return c.bufferProv(v.X)
		}
		return c.prov(v.X)
	case *ssa.MakeSlice, *ssa.Alloc:
		return c.bufferProv(v)
	case *ssa.UnOp:
		if v.Op == token.MUL {
			return c.loadProv(v)
		}
	case *ssa.Field:
		if st, ok := v.X.Type().Underlying().(*types.Struct); ok && v.Field < st.NumFields() {
			if isUserIDField(v.X.Type(), st.Field(v.Field).Name()) {
				return guessable("a user ID")
			}
		}
	case *ssa.Parameter:
		return c.paramProv(v)
	case *ssa.Call:
		return c.callProv(v, 0)
	case *ssa.Extract:
		if call, ok := v.Tuple.(*ssa.Call); ok {
			return c.callProv(call, v.Index)
		}
	}
	return unknownProv
}

func isBuffer(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Pointer:
		return isBuffer(u.Elem())
	case *types.Array:
		b, ok := u.Elem().Underlying().(*types.Basic)
		return ok && b.Kind() == types.Byte
	case *types.Slice:
		b, ok := u.Elem().Underlying().(*types.Basic)
		return ok && b.Kind() == types.Byte
	}
	return false
}

// bufferProv tells what fills a byte buffer: crypto/rand.Read,
// io.ReadFull(crypto/rand.Reader, b), or math/rand's Read.
func (c *checker) bufferProv(buf ssa.Value) provenance {
	root := buf
	for {
		switch b := root.(type) {
		case *ssa.Slice:
			root = b.X
			continue
		case *ssa.UnOp:
			if b.Op == token.MUL {
				if _, ok := b.X.(*ssa.Alloc); ok {
					root = b.X
					continue
				}
			}
		}
		break
	}
	views := []ssa.Value{root}
	if refs := root.Referrers(); refs != nil {
		for _, ref := range *refs {
			if sl, ok := ref.(*ssa.Slice); ok {
				views = append(views, sl)
			}
		}
	}
	found := unknownProv
	for _, view := range views {
		refs := view.Referrers()
		if refs == nil {
			continue
		}
		for _, ref := range *refs {
			call, ok := ref.(ssa.CallInstruction)
			if !ok {
				continue
			}
			com := call.Common()
			obj := calleeObj(com)
			switch {
			case funcs.IsFunc(obj, "crypto/rand", "Read"),
				funcs.IsFunc(obj, "io", "ReadFull", "ReadAtLeast") && len(com.Args) > 0 && isCryptoReader(com.Args[0]),
				com.IsInvoke() && com.Method.Name() == "Read" && isCryptoReader(com.Value):
				return randomProv
			case funcs.IsFunc(obj, "math/rand", "Read"), funcs.IsMethod(obj, "math/rand", "Rand", "Read"),
				funcs.IsMethod(obj, "math/rand/v2", "ChaCha8", "Read"):
				found = guessable("math/rand")
			}
		}
	}
	return found
}

func isCryptoReader(v ssa.Value) bool {
	if u, ok := v.(*ssa.UnOp); ok && u.Op == token.MUL {
		if g, ok := u.X.(*ssa.Global); ok {
			return g.Pkg != nil && g.Pkg.Pkg.Path() == "crypto/rand" && g.Name() == "Reader"
		}
	}
	return false
}

// callArgs returns a call's arguments, the receiver first for a method
// however it is called (see flow.CallArgs).
func callArgs(c *ssa.CallCommon) []ssa.Value { return flow.CallArgs(c) }

// recvOffset is how many of callArgs(c) come before the call's
// syntactic arguments: 1 when the receiver is written before the dot
// (x.M(a)), bound in a method value (f := x.M; f(a)) or called through
// an interface; 0 for a function or a method expression (T.M(x, a)).
func recvOffset(c *ssa.CallCommon) int {
	if c.IsInvoke() {
		return 1
	}
	switch v := c.Value.(type) {
	case *ssa.Function:
		if v.Signature.Recv() != nil {
			return 1
		}
	case *ssa.MakeClosure:
		return len(callArgs(c)) - len(c.Args)
	}
	return 0
}

// syntaxArg returns the expression of argument i (counted as callArgs
// counts) in syn, the call's syntax, or nil: a receiver before the dot
// or a bound receiver has none, nor has an argument packed into a
// variadic slice after the first.
func syntaxArg(c *ssa.CallCommon, syn *ast.CallExpr, i int) ast.Expr {
	if syn == nil {
		return nil
	}
	j := i - recvOffset(c)
	if j < 0 || j >= len(syn.Args) {
		return nil
	}
	return syn.Args[j]
}

func calleeObj(c *ssa.CallCommon) *types.Func {
	if c.IsInvoke() {
		return c.Method
	}
	if fn := c.StaticCallee(); fn != nil {
		if fn.Origin() != nil {
			fn = fn.Origin()
		}
		if obj, ok := fn.Object().(*types.Func); ok {
			return obj
		}
	}
	return nil
}

// loadProv handles a load: a package variable (a counter, or a value
// never reassigned) or a struct field (a user ID, a counter).
func (c *checker) loadProv(v *ssa.UnOp) provenance {
	switch addr := v.X.(type) {
	case *ssa.Alloc:
		if isBuffer(addr.Type()) {
			return c.bufferProv(addr)
		}
		var ps []provenance
		for _, ref := range *addr.Referrers() {
			if st, ok := ref.(*ssa.Store); ok && st.Addr == addr {
				ps = append(ps, c.prov(st.Val))
			}
		}
		return joinAlternatives(ps...)
	case *ssa.Global:
		if isInteger(v.Type()) && c.isCounter(addr) {
			return guessable("a counter")
		}
		if ss := c.res.Eval(v); len(ss) > 0 {
			if _, ok := ss.Const(); ok {
				return constantProv
			}
		}
	case *ssa.FieldAddr:
		st, ok := structPointee(addr.X.Type())
		if !ok || addr.Field >= st.NumFields() {
			break
		}
		name := st.Field(addr.Field).Name()
		if isUserIDField(addr.X.Type(), name) {
			return guessable("a user ID")
		}
		if isInteger(v.Type()) && c.isCounter(addr) {
			return guessable("a counter")
		}
	}
	return unknownProv
}

func structPointee(t types.Type) (*types.Struct, bool) {
	p, ok := t.Underlying().(*types.Pointer)
	if !ok {
		return nil, false
	}
	st, ok := p.Elem().Underlying().(*types.Struct)
	return st, ok
}

func isInteger(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}

// isCounter reports whether the variable or field at addr is ever
// incremented: x++, x += n, atomic.AddInt64(&x, 1).
func (c *checker) isCounter(addr ssa.Value) bool {
	same := func(a ssa.Value) bool {
		switch x := addr.(type) {
		case *ssa.Global:
			return a == x
		case *ssa.FieldAddr:
			y, ok := a.(*ssa.FieldAddr)
			return ok && y.Field == x.Field && types.Identical(y.X.Type(), x.X.Type())
		}
		return false
	}
	for _, fn := range c.res.Functions() {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				switch instr := instr.(type) {
				case *ssa.Store:
					if !same(instr.Addr) {
						continue
					}
					if op, ok := instr.Val.(*ssa.BinOp); ok && (op.Op == token.ADD || op.Op == token.SUB) {
						for _, operand := range []ssa.Value{op.X, op.Y} {
							if l, ok := operand.(*ssa.UnOp); ok && l.Op == token.MUL && same(l.X) {
								return true
							}
						}
					}
				case ssa.CallInstruction:
					com := instr.Common()
					if obj := calleeObj(com); funcs.IsFunc(obj, "sync/atomic", "AddInt32", "AddInt64", "AddUint32", "AddUint64") &&
						len(com.Args) > 0 && same(com.Args[0]) {
						return true
					}
				}
			}
		}
	}
	return false
}

// paramProv follows a parameter to the arguments of the calls of its
// function in this package; a parameter without such calls is not
// known, whatever its name.
func (c *checker) paramProv(p *ssa.Parameter) provenance {
	fn := p.Parent()
	i := slices.Index(fn.Params, p)
	callers := c.res.Callers(fn)
	if i >= 0 && len(callers) > 0 && len(callers) <= 8 {
		var ps []provenance
		for _, call := range callers {
			if args := call.Common().Args; i < len(args) {
				ps = append(ps, c.prov(args[i]))
			}
		}
		return joinAlternatives(ps...)
	}
	return unknownProv
}

// uuidPackages make random (version 4) UUIDs with these functions.
var uuidPackages = map[string][]string{
	"github.com/google/uuid":    {"New", "NewRandom", "NewString", "NewV7", "Must"},
	"github.com/gofrs/uuid":     {"NewV4", "Must"},
	"github.com/gofrs/uuid/v5":  {"NewV4", "Must"},
	"github.com/satori/go.uuid": {"NewV4", "Must"},
}

func (c *checker) callProv(call *ssa.Call, index int) provenance {
	com := call.Common()
	obj := calleeObj(com)
	args := callArgs(com)
	arg := func(i int) provenance {
		if i < len(args) {
			return c.prov(args[i])
		}
		return unknownProv
	}
	if obj == nil {
		return unknownProv
	}
	pkg := ""
	if obj.Pkg() != nil {
		pkg = obj.Pkg().Path()
	}
	recv := obj.Signature().Recv() != nil
	switch {
	case funcs.IsFunc(obj, "crypto/rand", "Text", "Int", "Prime"):
		return randomProv
	case funcs.IsFunc(obj, "golang.org/x/oauth2", "GenerateVerifier"):
		return randomProv
	case !recv && slices.Contains(uuidPackages[pkg], obj.Name()):
		if obj.Name() == "Must" {
			return arg(0)
		}
		return randomProv
	case recv && uuidPackages[pkg] != nil:
		return arg(0) // (uuid.UUID).String and the like
	case pkg == "math/rand" || pkg == "math/rand/v2":
		return guessable("math/rand")
	case funcs.IsFunc(obj, "time", "Now", "Since", "Until", "Unix", "UnixMilli", "UnixMicro"):
		return guessable("the time")
	case recv && funcs.IsNamed(obj.Signature().Recv().Type(), "time", "Time"):
		return arg(0)
	case funcs.IsFunc(obj, "strconv", "Itoa", "FormatInt", "FormatUint", "Quote", "AppendInt", "AppendUint"),
		funcs.IsFunc(obj, "encoding/hex", "EncodeToString"),
		funcs.IsFunc(obj, "strings", "ToLower", "ToUpper", "TrimSpace", "Title", "Clone"),
		funcs.IsFunc(obj, "crypto/sha256", "Sum256", "Sum224"),
		funcs.IsFunc(obj, "crypto/sha512", "Sum512", "Sum384"),
		funcs.IsFunc(obj, "crypto/sha1", "Sum"),
		funcs.IsFunc(obj, "crypto/md5", "Sum"),
		funcs.IsFunc(obj, "net/url", "QueryEscape", "PathEscape"):
		return arg(0)
	case funcs.IsFunc(obj, "strings", "Repeat", "Trim", "TrimPrefix", "TrimSuffix", "TrimLeft", "TrimRight"):
		return joinParts(arg(0), arg(1))
	case funcs.IsFunc(obj, "strings", "Replace", "ReplaceAll"):
		return joinParts(arg(0), arg(2))
	case funcs.IsMethod(obj, "encoding/base64", "Encoding", "EncodeToString"),
		funcs.IsMethod(obj, "encoding/base32", "Encoding", "EncodeToString"):
		return arg(1)
	case funcs.IsMethod(obj, "math/big", "Int", "String", "Text"):
		return arg(0)
	case funcs.IsFunc(obj, "fmt", "Sprintf", "Sprint", "Sprintln"):
		var ps []provenance
		rest := args
		if obj.Name() == "Sprintf" && len(args) > 0 {
			ps = append(ps, c.prov(args[0]))
			rest = args[1:]
		}
		if len(rest) != 1 {
			return unknownProv
		}
		elems := c.res.SliceElems(rest[0])
		if elems == nil {
			return unknownProv
		}
		for _, e := range elems {
			ps = append(ps, c.prov(e))
		}
		return joinParts(ps...)
	case funcs.IsFunc(obj, "strings", "Join") && len(args) == 2:
		elems := c.res.SliceElems(args[0])
		if elems == nil {
			return unknownProv
		}
		ps := []provenance{arg(1)}
		for _, e := range elems {
			ps = append(ps, c.prov(e))
		}
		return joinParts(ps...)
	case funcs.IsFunc(obj, "sync/atomic", "AddInt32", "AddInt64", "AddUint32", "AddUint64"),
		recv && pkg == "sync/atomic" && obj.Name() == "Add":
		return guessable("a counter")
	case funcs.IsFunc(obj, "sync/atomic", "LoadInt32", "LoadInt64", "LoadUint32", "LoadUint64") && len(args) == 1:
		if c.isCounter(args[0]) {
			return guessable("a counter")
		}
		return unknownProv
	}
	if p := c.calleeProv(com, obj, index); p.kind != provUnknown {
		return p
	}
	if res := obj.Signature().Results(); index == 0 && res.Len() > 0 && isUserIDName(obj.Name()) &&
		(isStringOrBytes(res.At(0).Type()) || isInteger(res.At(0).Type())) {
		return guessable("a user ID") // sess.UserID(), user.GetAccountID()
	}
	return unknownProv
}

// calleeProv returns the provenance of result index of a call of a
// function of this package, or by facts of another.
func (c *checker) calleeProv(com *ssa.CallCommon, obj *types.Func, index int) provenance {
	callee := com.StaticCallee()
	if callee == nil || com.IsInvoke() {
		return unknownProv
	}
	if callee.Origin() != nil {
		callee = callee.Origin()
	}
	if callee.Pkg != nil && callee.Pkg.Pkg == c.pass.Pkg && callee.Blocks != nil {
		return c.resultProv(callee, index)
	}
	if index == 0 && obj.Pkg() != c.pass.Pkg {
		var f stateFact
		if c.pass.ImportObjectFact(obj, &f) {
			return f.provenance()
		}
	}
	return unknownProv
}

// resultProv returns the provenance of result index of fn, leaving
// out the returns that also return an error (return "", err): the
// caller does not use the value then.
func (c *checker) resultProv(fn *ssa.Function, index int) provenance {
	var all, ok []provenance
	for _, r := range returnSites(fn, index) {
		p := c.prov(r.val)
		all = append(all, p)
		if !r.withErr {
			ok = append(ok, p)
		}
	}
	if len(ok) > 0 {
		return joinAlternatives(ok...)
	}
	return joinAlternatives(all...)
}

type returnSite struct {
	val     ssa.Value
	withErr bool // a non-nil error is returned beside it
}

// returnSites returns the values fn returns as result index. In a
// function with defers the results go through local slots, stored to
// by each return statement in its own block.
func returnSites(fn *ssa.Function, index int) []returnSite {
	var out []returnSite
	for _, b := range fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok || index >= len(ret.Results) {
			continue
		}
		n := len(ret.Results)
		slot, isSlot := loadedAlloc(ret.Results[index])
		errSlot, _ := loadedAlloc(ret.Results[n-1])
		if !isSlot {
			out = append(out, returnSite{ret.Results[index], isError(ret.Results[n-1]) && n > 1 && !isNil(ret.Results[n-1])})
			continue
		}
		for _, b2 := range fn.Blocks {
			var val, errVal ssa.Value
			for _, instr := range b2.Instrs {
				if st, ok := instr.(*ssa.Store); ok {
					switch st.Addr {
					case slot:
						val = st.Val
					case errSlot:
						errVal = st.Val
					}
				}
			}
			if val != nil {
				withErr := n > 1 && errSlot != nil && isError(ret.Results[n-1]) && (errVal == nil || !isNil(errVal))
				out = append(out, returnSite{val, withErr})
			}
		}
		break
	}
	return out
}

func loadedAlloc(v ssa.Value) (*ssa.Alloc, bool) {
	if l, ok := v.(*ssa.UnOp); ok && l.Op == token.MUL {
		a, ok := l.X.(*ssa.Alloc)
		return a, ok
	}
	return nil, false
}

func isError(v ssa.Value) bool {
	return types.Identical(v.Type(), types.Universe.Lookup("error").Type())
}

func isNil(v ssa.Value) bool {
	k, ok := v.(*ssa.Const)
	return ok && k.IsNil()
}

// isUserIDName reports whether the name of a field or method says
// plainly that it holds a user's or account's identifier.
func isUserIDName(name string) bool {
	switch normalizeName(name) {
	case "userid", "accountid", "useraccountid", "atlassianaccountid", "memberid", "customerid",
		"username", "useremail", "userlogin", "getuserid", "getaccountid", "currentuserid":
		return true
	}
	return false
}

func normalizeName(name string) string {
	return strings.ToLower(strings.NewReplacer("_", "", "-", "").Replace(name))
}

// isUserIDField reports whether field name of the struct that t is (or
// points to) is a user ID: UserID, AccountID, or ID, UID, Email or
// Login of a type named User, Account, Member, Customer or Principal.
func isUserIDField(t types.Type, name string) bool {
	if isUserIDName(name) {
		return true
	}
	switch normalizeName(name) {
	case "id", "uid", "email", "login", "name":
	default:
		return false
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		switch strings.ToLower(n.Obj().Name()) {
		case "user", "account", "member", "customer", "principal":
			return true
		}
	}
	return false
}

// stateFact records what a function's first result is made of, for
// packages that build a state with it.
type stateFact struct {
	Kind    int
	Reasons []string
}

func (*stateFact) AFact() {}

func (f *stateFact) String() string {
	switch provKind(f.Kind) {
	case provRandom:
		return "state random"
	case provConstant:
		return "state constant"
	case provGuessable:
		return "state guessable (" + strings.Join(f.Reasons, " and ") + ")"
	}
	return "state unknown"
}

func (f *stateFact) provenance() provenance {
	return provenance{kind: provKind(f.Kind), reasons: f.Reasons}
}

// exportStateFacts exports a stateFact for every function of the
// package whose first result is a string or bytes of known provenance.
func (c *checker) exportStateFacts() {
	for _, fn := range c.res.Functions() {
		obj, ok := fn.Object().(*types.Func)
		if !ok || fn.Parent() != nil || fn.Signature.Results().Len() == 0 {
			continue
		}
		t := fn.Signature.Results().At(0).Type()
		if !isStringOrBytes(t) {
			continue
		}
		p := c.resultProv(fn, 0)
		if p.kind != provRandom && p.kind != provGuessable {
			continue // constants reach other packages through flow's summaries
		}
		c.pass.ExportObjectFact(obj, &stateFact{Kind: int(p.kind), Reasons: p.reasons})
	}
}

func isStringOrBytes(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&types.IsString != 0
	case *types.Slice:
		b, ok := u.Elem().Underlying().(*types.Basic)
		return ok && b.Kind() == types.Byte
	case *types.Array:
		b, ok := u.Elem().Underlying().(*types.Basic)
		return ok && b.Kind() == types.Byte // uuid.UUID
	}
	return false
}
