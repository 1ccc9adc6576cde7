package verification

import (
	"go/constant"
	"go/token"
	"go/types"
	"regexp"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/atlvet/atlvet/internal/flow"
	"github.com/atlvet/atlvet/internal/funcs"
)

// Which values are the request's value a check compares, and which
// were fetched by it: valueOf follows the request's value through conversions, the
// standard library's string functions, keys built from it, channels
// and structs; isKeyed follows what a map, a SQL query, a store behind
// an interface or another package returns for it.

// valueOf says what makes v the request's value: read from an
// incoming request (also after it crossed a channel or a struct), a
// string parameter of the function summarised, or made from one by the
// standard library (trimmed, split, decoded, prefixed into a key).
func (s *Checks) valueOf(v ssa.Value, depth int) *valueUse {
	if v == nil || depth > 8 {
		return nil
	}
	if u, ok := s.values[v]; ok {
		return u
	}
	s.values[v] = nil
	u := s.valueOf0(v, depth)
	s.values[v] = u
	return u
}

func (s *Checks) valueOf0(v ssa.Value, depth int) *valueUse {
	if key := s.v.cfg.Request.KeyArg(v); key != nil {
		return s.keyNamed(key)
	}
	switch v := v.(type) {
	case *ssa.Parameter:
		if s.params && v.Parent() == s.fn && funcs.IsTextType(v.Type()) {
			return &valueUse{params: []int{slices.Index(s.fn.Params, v)}}
		}
		return nil
	case *ssa.Convert:
		return s.valueOf(v.X, depth+1)
	case *ssa.ChangeType:
		return s.valueOf(v.X, depth+1)
	case *ssa.MakeInterface:
		return s.valueOf(v.X, depth+1)
	case *ssa.Phi:
		var u *valueUse
		for _, e := range v.Edges {
			u = u.join(s.valueOf(e, depth+1))
		}
		return u
	case *ssa.BinOp:
		if v.Op == token.ADD {
			return s.valueOf(v.X, depth+1).join(s.valueOf(v.Y, depth+1)) // a key made from it
		}
		return nil
	case *ssa.Extract:
		if call, ok := v.Tuple.(*ssa.Call); ok && s.transforms(call) {
			if res := call.Common().Signature().Results(); v.Index < res.Len() && yieldsText(res.At(v.Index).Type()) {
				return s.argsValue(call.Common(), depth)
			}
		}
		return nil
	case *ssa.Call:
		if s.transforms(v) && (yieldsText(v.Type()) || funcs.IsFunc(flow.CalleeObj(v.Common()), "database/sql", "Named")) {
			return s.argsValue(v.Common(), depth)
		}
		return nil
	case *ssa.Slice:
		// The variadic arguments of fmt.Sprintf: an element stored.
		if arr, ok := v.X.(*ssa.Alloc); ok {
			var u *valueUse
			for _, el := range storedElems(arr) {
				u = u.join(s.valueOf(el, depth+1))
			}
			return u
		}
		return nil
	case *ssa.UnOp:
		if v.Op == token.MUL {
			if ia, ok := v.X.(*ssa.IndexAddr); ok {
				return s.valueOf(ia.X, depth+1) // an element of []string{state}
			}
		}
	case *ssa.Index:
		return s.valueOf(v.X, depth+1)
	}
	// Received from a channel, read from a struct: what was sent or
	// stored, read from a request in another function.
	if origins, ok := s.v.cfg.Values.Origins(v); ok {
		for _, o := range origins {
			if key, ok := s.v.requestKey(o.Value); ok && key == s.v.cfg.Key {
				return &valueUse{direct: true}
			}
		}
	}
	return nil
}

// keyNamed says whether key, the key of a read of a request's query or
// form, names the value: Config.Key, or in a helper summarised a
// parameter its callers set.
func (s *Checks) keyNamed(key ssa.Value) *valueUse {
	if k, ok := s.v.cfg.Values.Eval(key).Const(); ok {
		if k == s.v.cfg.Key {
			return &valueUse{direct: true}
		}
		return nil
	}
	if p, ok := key.(*ssa.Parameter); ok && s.params && p.Parent() == s.fn {
		return &valueUse{keyParams: []int{slices.Index(s.fn.Params, p)}}
	}
	return nil
}

func (s *Checks) argsValue(com *ssa.CallCommon, depth int) *valueUse {
	var u *valueUse
	for _, a := range flow.CallArgs(com) {
		u = u.join(s.valueOf(a, depth+1))
	}
	return u
}

// storedElems returns the values stored into the elements of the
// array arr: the variadic arguments of a call.
func storedElems(arr *ssa.Alloc) []ssa.Value {
	var out []ssa.Value
	for _, ref := range *arr.Referrers() {
		ia, ok := ref.(*ssa.IndexAddr)
		if !ok {
			continue
		}
		for _, ref2 := range *ia.Referrers() {
			if st, ok := ref2.(*ssa.Store); ok && st.Addr == ia {
				out = append(out, st.Val)
			}
		}
	}
	return out
}

// transforms reports a standard library call that makes a new string
// from its arguments (strings.Cut, strings.TrimSpace, base64 decoding,
// fmt.Sprintf, sql.Named), not one that prints them, tests them, or
// looks them up.
func (s *Checks) transforms(call *ssa.Call) bool {
	obj := flow.CalleeObj(call.Common())
	if obj == nil || !s.v.Standard(obj.Pkg()) || isReporting(obj) || isPredicate(obj) {
		return false
	}
	return !strings.HasPrefix(obj.Pkg().Path(), "database/sql") || funcs.IsFunc(obj, "database/sql", "Named")
}

// keyOf says whether v, a lookup key, is the value or made from it.
func (s *Checks) keyOf(v ssa.Value) *valueUse {
	if u := s.valueOf(v, 0); u.any() {
		return u
	}
	if s.isKeyed(v, 0) {
		return &valueUse{direct: true} // a key read from what the value fetched
	}
	return nil
}

// isKeyed reports whether v was fetched by the value, or made from
// what was: a map lookup, a SQL query with a WHERE clause, a store
// behind an interface or another package given the value, what such a
// call returns and what is read or computed from it.
func (s *Checks) isKeyed(v ssa.Value, depth int) bool {
	if v == nil || depth > 8 {
		return false
	}
	if got, ok := s.keyed[v]; ok {
		return got
	}
	s.keyed[v] = false
	got := s.isKeyed0(v, depth)
	s.keyed[v] = got
	return got
}

func (s *Checks) isKeyed0(v ssa.Value, depth int) bool {
	keyedArg := func(a ssa.Value) bool {
		if u := s.valueOf(a, 0); u.any() {
			s.rely(u)
			return true
		}
		return s.isKeyed(a, depth+1)
	}
	switch v := v.(type) {
	case *ssa.Lookup:
		return keyedArg(v.Index) || s.isKeyed(v.X, depth+1)
	case *ssa.Extract:
		return s.isKeyed(v.Tuple, depth+1)
	case *ssa.Field:
		return s.isKeyed(v.X, depth+1)
	case *ssa.FieldAddr:
		return s.isKeyed(v.X, depth+1)
	case *ssa.IndexAddr:
		return s.isKeyed(v.X, depth+1)
	case *ssa.Index:
		return s.isKeyed(v.X, depth+1)
	case *ssa.UnOp:
		return s.isKeyed(v.X, depth+1)
	case *ssa.Convert:
		return s.isKeyed(v.X, depth+1)
	case *ssa.ChangeType:
		return s.isKeyed(v.X, depth+1)
	case *ssa.MakeInterface:
		return s.isKeyed(v.X, depth+1)
	case *ssa.TypeAssert:
		return s.isKeyed(v.X, depth+1)
	case *ssa.BinOp:
		return s.isKeyed(v.X, depth+1) || s.isKeyed(v.Y, depth+1)
	case *ssa.Phi:
		return slices.ContainsFunc(v.Edges, func(e ssa.Value) bool { return s.isKeyed(e, depth+1) })
	case *ssa.Call:
		return s.callKeyed(v, keyedArg)
	}
	return false
}

// callKeyed reports whether call fetches something by the value, or
// computes from what was fetched.
func (s *Checks) callKeyed(call *ssa.Call, keyedArg func(ssa.Value) bool) bool {
	com := call.Common()
	if _, builtin := com.Value.(*ssa.Builtin); builtin {
		return slices.ContainsFunc(com.Args, func(a ssa.Value) bool { return s.isKeyed(a, 1) }) // len(rows)
	}
	obj := flow.CalleeObj(com)
	args := flow.CallArgs(com)
	switch {
	case isSQLQuery(obj):
		return sqlLooksUp(com, obj) && slices.ContainsFunc(args, keyedArg)
	case funcs.IsMethod(obj, "database/sql", "Stmt", sqlQueryMethods...):
		return slices.ContainsFunc(args, keyedArg) // the query was prepared elsewhere
	case obj != nil && s.v.Standard(obj.Pkg()):
		// Computed from what was fetched (errors.Is(err, sql.ErrNoRows),
		// p.expires.Before(now)); the value itself only transformed or
		// tested (strings.HasPrefix) is no lookup.
		return slices.ContainsFunc(args, func(a ssa.Value) bool { return s.isKeyed(a, 1) })
	case obj != nil && s.v.known(obj.Pkg()):
		return false
	}
	if s.v.calleeVerdict(com) != nil {
		return false // its verdict is what says; callHolds reads it
	}
	// A store behind an interface, another package, a helper of this
	// one: given the value, or called on what it fetched.
	return slices.ContainsFunc(args, keyedArg)
}

// isPredicate reports standard library functions that test a string
// without binding it to anything.
func isPredicate(obj *types.Func) bool {
	return funcs.IsFunc(obj, "strings", "HasPrefix", "HasSuffix", "Contains", "ContainsAny", "ContainsRune", "Index", "Count") ||
		funcs.IsFunc(obj, "bytes", "HasPrefix", "HasSuffix", "Contains", "Index", "Count") ||
		funcs.IsFunc(obj, "crypto/subtle", "ConstantTimeCompare") ||
		funcs.IsFunc(obj, "crypto/hmac", "Equal") ||
		funcs.IsFunc(obj, "bytes", "Equal", "EqualFold", "Compare") ||
		funcs.IsFunc(obj, "strings", "EqualFold", "Compare")
}

// isConstant reports a constant, also one converted ([]byte("x")).
func isConstant(v ssa.Value) bool {
	for {
		switch x := v.(type) {
		case *ssa.Const:
			return true
		case *ssa.Convert:
			v = x.X
		case *ssa.ChangeType:
			v = x.X
		case *ssa.MakeInterface:
			v = x.X
		default:
			return false
		}
	}
}

func isErrorType(t types.Type) bool { return types.Identical(t, errorType) }

var errorType = types.Universe.Lookup("error").Type()

// isReporting reports functions that only print or wrap a value.
func isReporting(obj *types.Func) bool {
	if obj == nil || obj.Pkg() == nil {
		return false
	}
	if funcs.IsFunc(obj, "fmt", "Sprintf", "Sprint", "Sprintln", "Sscan", "Sscanf", "Sscanln") {
		return false // these make or take apart a value
	}
	switch obj.Pkg().Path() {
	case "fmt", "log", "log/slog", "errors":
		return true
	}
	return funcs.IsFunc(obj, "net/http", "Error", "Redirect") ||
		funcs.IsMethod(obj, "net/http", "Header", "Set", "Add") ||
		funcs.IsMethod(obj, "net/http", "ResponseWriter", "Write")
}

var sqlQueryMethods = []string{"Exec", "ExecContext", "Query", "QueryContext", "QueryRow", "QueryRowContext"}

// isSQLQuery reports the database/sql methods that run a query given
// as text: a server-side store kept in a SQL table.
func isSQLQuery(obj *types.Func) bool {
	return funcs.IsMethod(obj, "database/sql", "DB", sqlQueryMethods...) ||
		funcs.IsMethod(obj, "database/sql", "Tx", sqlQueryMethods...) ||
		funcs.IsMethod(obj, "database/sql", "Conn", sqlQueryMethods...)
}

// sqlWhere matches a WHERE clause, which is where a query compares
// the value it is given.
var sqlWhere = regexp.MustCompile(`(?i)\bwhere\b`)

// sqlLooksUp reports whether a SQL query looks its arguments up: a
// query with a WHERE clause (SELECT, DELETE, UPDATE) does, one without
// (an INSERT into an audit table) does not, one whose text is not a
// constant may.
func sqlLooksUp(com *ssa.CallCommon, obj *types.Func) bool {
	params := obj.Signature().Params()
	args := flow.CallArgs(com)
	for j := 0; j < params.Len(); j++ {
		if params.At(j).Name() != "query" {
			continue
		}
		k := j + len(args) - params.Len() // args may start with the receiver
		if k < 0 || k >= len(args) {
			break
		}
		q, ok := args[k].(*ssa.Const)
		if !ok || q.Value == nil || q.Value.Kind() != constant.String {
			return true
		}
		return sqlWhere.MatchString(constant.StringVal(q.Value))
	}
	return true
}

// yieldsText reports a string, bytes, or a slice of them.
func yieldsText(t types.Type) bool {
	if s, ok := t.Underlying().(*types.Slice); ok && funcs.IsTextType(s.Elem()) {
		return true
	}
	return funcs.IsTextType(t)
}
