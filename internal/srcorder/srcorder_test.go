package srcorder

import (
	"go/token"
	"testing"
)

func TestCompare(t *testing.T) {
	fset := token.NewFileSet()
	// b.go is added first, so all its positions are smaller.
	b := fset.AddFile("b.go", -1, 100)
	a := fset.AddFile("a.go", -1, 100)
	for _, tc := range []struct {
		name string
		x, y token.Pos
		want int
	}{
		{"same file", a.Pos(1), a.Pos(5), -1},
		{"by file name, not by when the file was added", a.Pos(50), b.Pos(1), -1},
		{"reverse", b.Pos(1), a.Pos(50), 1},
		{"equal", a.Pos(3), a.Pos(3), 0},
	} {
		if got := Compare(fset, tc.x, tc.y); got != tc.want {
			t.Errorf("%s: Compare = %d, want %d", tc.name, got, tc.want)
		}
	}
}
