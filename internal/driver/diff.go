package driver

import (
	"fmt"
	"strings"
)

// UnifiedDiff returns the unified diff (three lines of context) that
// turns old into new, with the headers "--- oldName" and "+++ newName";
// "" when they are equal.
func UnifiedDiff(oldName, newName, old, new string) string {
	if old == new {
		return ""
	}
	a, b := splitLines(old), splitLines(new)
	ops := diffLines(a, b)
	const context = 3
	var out strings.Builder
	fmt.Fprintf(&out, "--- %s\n+++ %s\n", oldName, newName)
	// Group the operations into hunks.
	i := 0
	for i < len(ops) {
		if ops[i].kind == ' ' {
			i++
			continue
		}
		start := max(0, i-context)
		end := i
		for end < len(ops) {
			if ops[end].kind != ' ' {
				end++
				continue
			}
			// A run of equal lines: the hunk goes on if another change
			// follows within twice the context.
			run := end
			for run < len(ops) && ops[run].kind == ' ' {
				run++
			}
			if run == len(ops) || run-end > 2*context {
				end = min(len(ops), end+context)
				break
			}
			end = run
		}
		hunk := ops[start:end]
		oldStart, newStart := ops[start].a+1, ops[start].b+1
		oldCount, newCount := 0, 0
		for _, op := range hunk {
			if op.kind != '+' {
				oldCount++
			}
			if op.kind != '-' {
				newCount++
			}
		}
		if oldCount == 0 {
			oldStart--
		}
		if newCount == 0 {
			newStart--
		}
		fmt.Fprintf(&out, "@@ -%s +%s @@\n", hunkRange(oldStart, oldCount), hunkRange(newStart, newCount))
		for _, op := range hunk {
			line := op.line
			out.WriteByte(op.kind)
			out.WriteString(line)
			if !strings.HasSuffix(line, "\n") {
				out.WriteString("\n\\ No newline at end of file\n")
			}
		}
		i = end
	}
	return out.String()
}

func hunkRange(start, count int) string {
	if count == 1 {
		return fmt.Sprint(start)
	}
	return fmt.Sprintf("%d,%d", start, count)
}

func splitLines(s string) []string {
	lines := strings.SplitAfter(s, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// A lineOp is one line of a diff: kept (' '), removed ('-') or added
// ('+'), with its index in the old (a) and new (b) text.
type lineOp struct {
	kind byte
	line string
	a, b int
}

// diffLines computes a shortest edit script from a to b with Myers'
// O((N+M)D) algorithm.
func diffLines(a, b []string) []lineOp {
	n, m := len(a), len(b)
	max := n + m
	v := make([]int, 2*max+2)
	var trace [][]int
	for d := 0; d <= max; d++ {
		trace = append(trace, append([]int(nil), v...))
		for k := -d; k <= d; k += 2 {
			var x int
			if k == -d || k != d && v[max+k-1] < v[max+k+1] {
				x = v[max+k+1]
			} else {
				x = v[max+k-1] + 1
			}
			y := x - k
			for x < n && y < m && a[x] == b[y] {
				x++
				y++
			}
			v[max+k] = x
			if x >= n && y >= m {
				return backtrack(trace, v, a, b, d)
			}
		}
	}
	return nil
}

func backtrack(trace [][]int, last []int, a, b []string, d int) []lineOp {
	n, m := len(a), len(b)
	max := n + m
	x, y := n, m
	var ops []lineOp
	v := last
	for ; d > 0; d-- {
		prev := trace[d]
		k := x - y
		var pk int
		if k == -d || k != d && prev[max+k-1] < prev[max+k+1] {
			pk = k + 1
		} else {
			pk = k - 1
		}
		px := prev[max+pk]
		py := px - pk
		for x > px && y > py {
			x--
			y--
			ops = append(ops, lineOp{' ', a[x], x, y})
		}
		if x == px {
			y--
			ops = append(ops, lineOp{'+', b[y], x, y})
		} else {
			x--
			ops = append(ops, lineOp{'-', a[x], x, y})
		}
		v = prev
	}
	_ = v
	for x > 0 && y > 0 {
		x--
		y--
		ops = append(ops, lineOp{' ', a[x], x, y})
	}
	for i, j := 0, len(ops)-1; i < j; i, j = i+1, j-1 {
		ops[i], ops[j] = ops[j], ops[i]
	}
	return ops
}
