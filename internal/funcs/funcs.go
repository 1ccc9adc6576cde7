// Package funcs identifies functions, methods and types by package path
// and name, never by how a call is spelled in the source.
package funcs

import (
	"go/ast"
	"go/types"
	"slices"

	"golang.org/x/tools/go/types/typeutil"
)

// IsFunc reports whether obj is a package-level function of pkgPath
// with one of the given names.
func IsFunc(obj types.Object, pkgPath string, names ...string) bool {
	fn, ok := obj.(*types.Func)
	if !ok || fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != pkgPath {
		return false
	}
	if fn.Signature().Recv() != nil {
		return false
	}
	return slices.Contains(names, fn.Name())
}

// IsMethod reports whether obj is a method of the named type
// pkgPath.typeName (or a pointer to it) with one of the given names.
// Interface methods count: (net/http.RoundTripper).RoundTrip.
func IsMethod(obj types.Object, pkgPath, typeName string, names ...string) bool {
	fn, ok := obj.(*types.Func)
	if !ok || fn == nil || !slices.Contains(names, fn.Name()) {
		return false
	}
	recv := fn.Signature().Recv()
	if recv == nil {
		return false
	}
	return IsNamed(recv.Type(), pkgPath, typeName)
}

// IsNamed reports whether t, or the type t points to, is the named
// type pkgPath.name (aliases resolved, type arguments ignored).
func IsNamed(t types.Type, pkgPath, name string) bool {
	p, n, ok := NamedType(t)
	return ok && n == name && p == pkgPath
}

// NamedType returns the package path and name of the named type t, or
// of the type t points to, so that a table keyed by them can be asked.
func NamedType(t types.Type) (pkgPath, name string, ok bool) {
	t = types.Unalias(t)
	if ptr, ok := t.(*types.Pointer); ok {
		t = types.Unalias(ptr.Elem())
	}
	named, ok := t.(*types.Named)
	if !ok {
		return "", "", false
	}
	obj := named.Origin().Obj()
	if obj.Pkg() == nil {
		return "", "", false
	}
	return obj.Pkg().Path(), obj.Name(), true
}

// Callee returns the function or method a call statically refers to,
// or nil (a call of a function value, a conversion, a builtin).
func Callee(info *types.Info, call *ast.CallExpr) *types.Func {
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	if fn != nil {
		return fn.Origin()
	}
	return nil
}

// Imports reports whether pkg imports any of the given paths directly.
func Imports(pkg *types.Package, paths ...string) bool {
	for _, imp := range pkg.Imports() {
		if slices.Contains(paths, imp.Path()) {
			return true
		}
	}
	return false
}

// IsTextType reports whether t holds text as bytes or a string: a
// string, a byte slice, or a byte array (uuid.UUID).
func IsTextType(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&types.IsString != 0
	case *types.Slice:
		b, ok := u.Elem().Underlying().(*types.Basic)
		return ok && b.Kind() == types.Byte
	case *types.Array:
		b, ok := u.Elem().Underlying().(*types.Basic)
		return ok && b.Kind() == types.Byte
	}
	return false
}

// Underlying returns the underlying type of t; nil when t is not known,
// as in a package that does not type-check.
func Underlying(t types.Type) types.Type {
	if t == nil {
		return nil
	}
	if b, ok := t.Underlying().(*types.Basic); ok && b.Kind() == types.Invalid {
		return nil
	}
	return t.Underlying()
}
