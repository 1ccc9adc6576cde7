// Package fixes holds what the passes' suggested fixes share: finding
// the name under which an imported package can be referred to at a
// position, and adding imports to a file without disturbing its layout.
package fixes

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// ImportName returns the identifier through which code at pos in file
// can refer to the package with import path path, whose declared name
// is name (for the standard library, the last element of its path).
// add reports that the file does not import the package yet, so the
// fix must also add the import (see AddImports). ok is false when no
// identifier can be had without renaming something: the file imports
// the package only as "_" or ".", or name is taken at pos by some
// other declaration.
func ImportName(info *types.Info, file *ast.File, pos token.Pos, path, name string) (ident string, add, ok bool) {
	for _, spec := range file.Imports {
		p, err := strconv.Unquote(spec.Path.Value)
		if err != nil || p != path {
			continue
		}
		local := name
		if spec.Name != nil {
			local = spec.Name.Name
		}
		if local == "_" || local == "." {
			continue // look for a usable import of the same path
		}
		pkgName, isPkg := lookup(info, file, pos, local).(*types.PkgName)
		if !isPkg || pkgName.Imported().Path() != path {
			return "", false, false // shadowed at pos
		}
		return local, false, true
	}
	// The import would declare name in the file scope: it must be free
	// there and not shadowed at pos.
	if lookup(info, file, pos, name) != nil {
		return "", false, false
	}
	return name, true, true
}

// lookup resolves ident in the innermost scope of file enclosing pos.
func lookup(info *types.Info, file *ast.File, pos token.Pos, ident string) types.Object {
	scope := info.Scopes[file]
	if scope == nil {
		return nil
	}
	if inner := scope.Innermost(pos); inner != nil {
		scope = inner
	}
	_, obj := scope.LookupParent(ident, pos)
	return obj
}

// AddImports returns the edits that add imports of paths to file (whose
// token.File is tf): into its first import declaration if that is
// parenthesised, next to the imports of the same kind (standard library
// or not) in sorted position; by turning a single-spec declaration into
// a parenthesised one; or as a new declaration after the package clause.
// (Drivers format the files they fix, which sorts each block.)
// Paths the file already imports are skipped. ok is false when no edit
// can be made without disturbing comments.
//
// Every path gets an insertion of its own, and the edits that make room
// for imports (an opening parenthesis, a new declaration) are the same
// whichever paths are added. Drivers merge the fixes of a file as a
// three-way diff does, coalescing identical edits and keeping both of
// two insertions at one place, so fixes that add different sets of
// imports to one file apply together; edits that differed over one
// range would conflict, and one fix would be dropped.
func AddImports(tf *token.File, file *ast.File, paths ...string) (edits []analysis.TextEdit, ok bool) {
	var missing []string
	for _, p := range paths {
		if !slices.Contains(missing, p) && !imports(file, p) {
			missing = append(missing, p)
		}
	}
	if len(missing) == 0 {
		return nil, true
	}
	if tf == nil {
		return nil, false
	}
	slices.Sort(missing)
	// Lines of the file itself: tf.Line gives those a //line
	// directive renumbers, which say nothing about the layout.
	line := func(p token.Pos) int { return tf.PositionFor(p, false).Line }
	insert := func(pos token.Pos, text string) analysis.TextEdit {
		return analysis.TextEdit{Pos: pos, End: pos, NewText: []byte(text)}
	}
	// lineEnd returns the end of what may stay on pos's line after pos
	// (a line comment), and whether nothing but that follows there (no
	// declaration).
	lineEnd := func(pos token.Pos) (token.Pos, bool) {
		end := pos
		for _, cg := range file.Comments {
			if cg.Pos() >= pos && line(cg.Pos()) == line(pos) {
				end = cg.End()
			}
		}
		for _, d := range file.Decls {
			if d.Pos() >= pos && line(d.Pos()) == line(pos) {
				return end, false
			}
		}
		return end, true
	}

	var decl *ast.GenDecl
	for _, d := range file.Decls {
		gen, ok := d.(*ast.GenDecl)
		if !ok || gen.Tok != token.IMPORT {
			continue
		}
		if slices.ContainsFunc(gen.Specs, func(s ast.Spec) bool { return s.(*ast.ImportSpec).Path.Value == `"C"` }) {
			continue // cgo's preamble must stay where it is
		}
		decl = gen
		break
	}
	switch {
	case decl == nil:
		// package p → package p\n\nimport (\n\t"a"\n\t"b"\n)
		end, ok := lineEnd(file.Name.End())
		if !ok {
			return nil, false
		}
		closing := tf.Pos(tf.Size()) // the package clause is the last line
		if line(end) < tf.LineCount() {
			closing = tf.LineStart(line(end) + 1)
		}
		edits = append(edits, analysis.TextEdit{Pos: file.Name.Pos(), End: file.Name.End(), NewText: []byte(file.Name.Name + "\n\nimport (")})
		for _, p := range missing {
			edits = append(edits, insert(file.Name.End(), "\n\t"+strconv.Quote(p)))
		}
		edits = append(edits, insert(closing, ")\n"))

	case !decl.Lparen.IsValid():
		// import "x" → import (\n\t"a"\n\t"x"\n)
		spec := decl.Specs[0].(*ast.ImportSpec)
		start := spec.Pos()
		kw := decl.TokPos + token.Pos(len("import"))
		for _, cg := range file.Comments {
			if cg.Pos() >= kw && cg.End() <= start {
				return nil, false
			}
		}
		end, ok := lineEnd(spec.End())
		if !ok {
			return nil, false
		}
		edits = append(edits, analysis.TextEdit{Pos: kw, End: start, NewText: []byte(" (\n\t")})
		for _, p := range missing {
			edits = append(edits, insert(start, strconv.Quote(p)+"\n\t"))
		}
		if p, _ := strconv.Unquote(spec.Path.Value); !isStd(p) && slices.ContainsFunc(missing, isStd) {
			// A blank line between the standard library and the rest,
			// written over the spec's first character so that it
			// follows every insertion at the spec's start.
			first := spec.Path.Value[:1]
			if spec.Name != nil {
				first = spec.Name.Name[:1]
			}
			edits = append(edits, analysis.TextEdit{Pos: start, End: start + 1, NewText: []byte("\n\t" + first)})
		}
		edits = append(edits, insert(end, "\n)"))

	default:
		hasKind := func(std bool) bool {
			return slices.ContainsFunc(decl.Specs, func(s ast.Spec) bool {
				p, _ := strconv.Unquote(s.(*ast.ImportSpec).Path.Value)
				return isStd(p) == std
			})
		}
		var newRun [2]bool // a first import of its kind: [standard library, others]
		for _, p := range missing {
			if hasKind(isStd(p)) {
				pos, text := insertion(decl, p, strconv.Quote(p))
				edits = append(edits, insert(pos, text))
				continue
			}
			if len(decl.Specs) == 0 {
				edits = append(edits, insert(decl.Lparen+1, "\n\t"+strconv.Quote(p)))
				continue
			}
			if isStd(p) {
				// A new run at the start, before the others.
				edits = append(edits, insert(decl.Lparen+1, "\n\t"+strconv.Quote(p)))
				newRun[0] = true
			} else {
				// A new run at the end, after the standard library.
				edits = append(edits, insert(specEnd(decl.Specs[len(decl.Specs)-1].(*ast.ImportSpec)), "\n\t"+strconv.Quote(p)))
				newRun[1] = true
			}
		}
		// The blank line that separates a new run, as one edit that is
		// the same whichever paths a fix adds.
		if newRun[0] {
			first := decl.Specs[0].(*ast.ImportSpec)
			if specStart(first) <= decl.Lparen+1 {
				return nil, false
			}
			edits = append(edits, insert(specStart(first), "\n\t"))
		}
		if newRun[1] {
			// Written over the last character of the last spec, so that
			// it comes before every insertion at the spec's end.
			last := decl.Specs[len(decl.Specs)-1].(*ast.ImportSpec)
			text := last.Path.Value
			if last.Comment != nil {
				text = last.Comment.List[len(last.Comment.List)-1].Text
			}
			end := specEnd(last)
			edits = append(edits, analysis.TextEdit{Pos: end - 1, End: end, NewText: []byte(text[len(text)-1:] + "\n")})
		}
	}
	return edits, true
}

// specStart is where an import spec begins, its doc comment included.
func specStart(s *ast.ImportSpec) token.Pos {
	if s.Doc != nil {
		return s.Doc.Pos()
	}
	return s.Pos()
}

// specEnd is where an import spec ends, its line comment included.
func specEnd(s *ast.ImportSpec) token.Pos {
	if s.Comment != nil {
		return s.Comment.End()
	}
	return s.End()
}

// insertion returns where and what to insert into the parenthesised
// import declaration decl to import path.
func insertion(decl *ast.GenDecl, path, quoted string) (token.Pos, string) {
	std := isStd(path)
	var last *ast.ImportSpec
	for _, s := range decl.Specs {
		spec := s.(*ast.ImportSpec)
		p, _ := strconv.Unquote(spec.Path.Value)
		if isStd(p) != std {
			continue
		}
		if spec.Path.Value > quoted {
			start := spec.Pos()
			if spec.Doc != nil {
				start = spec.Doc.Pos()
			}
			return start, quoted + "\n\t"
		}
		last = spec
	}
	if last != nil {
		end := last.End()
		if last.Comment != nil {
			end = last.Comment.End()
		}
		return end, "\n\t" + quoted
	}
	if std {
		return decl.Lparen + 1, "\n\t" + quoted + "\n"
	}
	return decl.Rparen, "\n\t" + quoted + "\n"
}

func imports(file *ast.File, path string) bool {
	for _, spec := range file.Imports {
		if p, err := strconv.Unquote(spec.Path.Value); err == nil && p == path {
			if spec.Name == nil || (spec.Name.Name != "_" && spec.Name.Name != ".") {
				return true
			}
		}
	}
	return false
}

// isStd reports whether path looks like a standard-library import path:
// no dot in its first element.
func isStd(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".")
}
