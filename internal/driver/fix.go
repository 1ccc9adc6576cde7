package driver

import (
	"bytes"
	"cmp"
	"fmt"
	"go/ast"
	"go/format"
	"go/token"
	"slices"
	"sort"
)

// An edit replaces the bytes [start, end) of a file by text.
type edit struct {
	start, end int
	text       string
}

// A FixPlan is the outcome of merging the findings' fixes: the new
// content of every file they change, and what became of each fix.
type FixPlan struct {
	// Files maps each changed file to its old and new content.
	Files map[string][2][]byte
	// Applied counts the fixes merged; Conflicts those left out
	// because they overlap one already merged; Generated those left
	// out because they would edit a generated file.
	Applied, Conflicts, Generated int
	// Unfixed counts the findings with no fix, or whose fix was left out.
	Unfixed int
}

// PlanFixes merges the first suggested fix of every finding, file by
// file. Identical edits (the same import added by two fixes) count
// once; a fix that overlaps an edit already merged is left out whole.
// Files that were gofmt-formatted are formatted again.
func PlanFixes(fset *token.FileSet, findings []Finding, readFile func(string) ([]byte, error)) (*FixPlan, error) {
	plan := &FixPlan{Files: map[string][2][]byte{}}
	generated := map[*token.File]bool{}
	for _, f := range findings {
		for _, file := range f.Package.Syntax {
			if tf := fset.File(file.FileStart); tf != nil {
				if _, ok := generated[tf]; !ok {
					generated[tf] = ast.IsGenerated(file)
				}
			}
		}
	}
	accepted := map[string][]edit{}
	baseline := map[string][]byte{}
fixes:
	for _, f := range findings {
		if len(f.Diagnostic.SuggestedFixes) == 0 {
			plan.Unfixed++
			continue
		}
		fix := f.Diagnostic.SuggestedFixes[0]
		byFile := map[string][]edit{}
		for _, e := range fix.TextEdits {
			tf := fset.File(e.Pos)
			if tf == nil {
				plan.Unfixed++
				continue fixes
			}
			if generated[tf] {
				plan.Generated++
				plan.Unfixed++
				continue fixes
			}
			name := tf.Name()
			if _, ok := baseline[name]; !ok {
				data, err := readFile(name)
				if err != nil {
					return nil, err
				}
				if len(data) != tf.Size() {
					return nil, fmt.Errorf("%s changed while atlvet ran (size %d, now %d); run it again", name, tf.Size(), len(data))
				}
				baseline[name] = data
			}
			start, end := Offsets(fset, e)
			byFile[name] = append(byFile[name], edit{start, end, string(e.NewText)})
		}
		merged := map[string][]edit{}
		for name, edits := range byFile {
			out, ok := mergeEdits(accepted[name], edits)
			if !ok {
				plan.Conflicts++
				plan.Unfixed++
				continue fixes
			}
			merged[name] = out
		}
		for name, edits := range merged {
			accepted[name] = edits
		}
		plan.Applied++
	}
	for name, edits := range accepted {
		old := baseline[name]
		var b bytes.Buffer
		last := 0
		for _, e := range edits {
			b.Write(old[last:e.start])
			b.WriteString(e.text)
			last = e.end
		}
		b.Write(old[last:])
		updated := b.Bytes()
		if formatted, err := format.Source(old); err == nil && bytes.Equal(formatted, old) {
			if f, err := format.Source(updated); err == nil {
				updated = f
			}
		}
		plan.Files[name] = [2][]byte{old, updated}
	}
	return plan, nil
}

// mergeEdits adds edits to the sorted, disjoint list have. An edit
// equal to one already there is dropped; one that overlaps another
// (or inserts other text at the same point) makes the merge fail.
func mergeEdits(have, edits []edit) ([]edit, bool) {
	out := slices.Clone(have)
	for _, e := range edits {
		if slices.Contains(out, e) {
			continue
		}
		for _, h := range out {
			if overlaps(h, e) {
				return nil, false
			}
		}
		out = append(out, e)
	}
	sort.SliceStable(out, func(i, j int) bool {
		return cmp.Or(cmp.Compare(out[i].start, out[j].start), cmp.Compare(out[i].end, out[j].end)) < 0
	})
	// Two edits of one fix may themselves overlap.
	for i := 1; i < len(out); i++ {
		if overlaps(out[i-1], out[i]) {
			return nil, false
		}
	}
	return out, true
}

func overlaps(a, b edit) bool {
	if a == b {
		return false
	}
	if a.start == a.end && b.start == b.end {
		return a.start == b.start // two insertions at one point: which first?
	}
	if a.start == a.end {
		return b.start < a.start && a.start < b.end
	}
	if b.start == b.end {
		return a.start < b.start && b.start < a.end
	}
	return a.start < b.end && b.start < a.end
}
