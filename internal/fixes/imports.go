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

// AddImports returns the edits that add imports of paths to file: into
// its first import declaration if that is parenthesised, next to the
// imports of the same kind (standard library or not) in sorted
// position; by turning a single-spec declaration into a parenthesised
// one; or as a new declaration after the package clause. Paths the
// file already imports are skipped. Edits at one position are merged,
// so that the result is valid for any set of paths.
func AddImports(file *ast.File, paths ...string) []analysis.TextEdit {
	var missing []string
	for _, p := range paths {
		if !slices.Contains(missing, p) && !imports(file, p) {
			missing = append(missing, p)
		}
	}
	if len(missing) == 0 {
		return nil
	}
	slices.Sort(missing)
	quoted := make([]string, len(missing))
	for i, p := range missing {
		quoted[i] = strconv.Quote(p)
	}

	var decl *ast.GenDecl
	for _, d := range file.Decls {
		if gen, ok := d.(*ast.GenDecl); ok && gen.Tok == token.IMPORT {
			decl = gen
			break
		}
	}
	switch {
	case decl == nil:
		text := "\n\nimport " + quoted[0]
		if len(quoted) > 1 {
			text = "\n\nimport (\n\t" + strings.Join(quoted, "\n\t") + "\n)"
		}
		return []analysis.TextEdit{{Pos: file.Name.End(), End: file.Name.End(), NewText: []byte(text)}}

	case !decl.Lparen.IsValid():
		spec := decl.Specs[0].(*ast.ImportSpec)
		specs := append([]string{}, quoted...)
		old := spec.Path.Value
		if spec.Name != nil {
			old = spec.Name.Name + " " + old
		}
		specs = append(specs, old)
		slices.SortFunc(specs, func(a, b string) int { return strings.Compare(specPath(a), specPath(b)) })
		return []analysis.TextEdit{{
			Pos:     decl.Pos(),
			End:     decl.End(),
			NewText: []byte("import (\n\t" + strings.Join(specs, "\n\t") + "\n)"),
		}}
	}

	var edits []analysis.TextEdit
	add := func(pos token.Pos, text string) {
		for i := range edits {
			if edits[i].Pos == pos {
				edits[i].NewText = append(edits[i].NewText, text...)
				return
			}
		}
		edits = append(edits, analysis.TextEdit{Pos: pos, End: pos, NewText: []byte(text)})
	}
	for i, p := range missing {
		pos, text := insertion(decl, p, quoted[i])
		add(pos, text)
	}
	return edits
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

// specPath returns the quoted path of an import spec's text.
func specPath(spec string) string {
	if i := strings.IndexByte(spec, '"'); i >= 0 {
		return spec[i:]
	}
	return spec
}

// isStd reports whether path looks like a standard-library import path:
// no dot in its first element.
func isStd(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".")
}
