// Package srcorder orders positions the same way under every driver.
//
// A token.Pos says where a file was added to the FileSet, and drivers
// add a package's files in different orders (go/packages parses them
// in parallel); comparing two token.Pos of different files makes a
// pass's choice (which request a suggestion is named after, which
// function is judged first) differ between go vet, the atlvet command
// and golangci-lint. Source order is the file name, then the offset.
package srcorder

import (
	"cmp"
	"go/token"
)

// Compare orders a and b by file name, then offset in the file; it is
// negative when a comes first.
func Compare(fset *token.FileSet, a, b token.Pos) int {
	fa, fb := fset.File(a), fset.File(b)
	if fa == nil || fb == nil || fa == fb {
		return cmp.Compare(a, b)
	}
	return cmp.Or(cmp.Compare(fa.Name(), fb.Name()), cmp.Compare(fa.Offset(a), fb.Offset(b)))
}

// Less reports whether a comes before b in source order.
func Less(fset *token.FileSet, a, b token.Pos) bool { return Compare(fset, a, b) < 0 }
