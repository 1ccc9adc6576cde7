package driver

import (
	"errors"
	"fmt"
	"go/token"
	"os"
	"runtime/debug"
	"sync"

	"golang.org/x/tools/go/analysis"
)

// guarded holds the analyzers RecoverPanics has changed.
var guarded = struct {
	sync.Mutex
	done map[*analysis.Analyzer]bool
}{done: map[*analysis.Analyzer]bool{}}

// RecoverPanics makes the Run of every analyzer in analyzers and in
// their requirements recover from a panic, for the drivers this
// package does not run: under the go vet and go fix protocol
// (unitchecker) a panic ends the process and loses every pass's
// findings for the package; golangci-lint re-panics at the end of its
// run and loses every linter's. And go vet, which reads the tool's
// output as JSON, prints only the error when one analyzer of a package
// fails; so a pass whose result nothing needs reports its panic as a
// finding at the package clause, and the other passes' findings are
// printed beside it. An
// analyzer whose result others need gives them its fallback's result
// when it has one (the failure is told on stderr), else fails, and
// its dependents with it.
//
// It changes the analyzers in place, because passes look up their
// requirements' results by the required analyzers' identity, and
// guards each analyzer once however often it is called; a process
// that calls it runs no other driver. What it prints or reports of a
// panic goes through redact (nil: as it is).
func RecoverPanics(analyzers []*analysis.Analyzer, fallback map[*analysis.Analyzer]func(*analysis.Pass) any, redact func(string) string) {
	if redact == nil {
		redact = func(s string) string { return s }
	}
	guarded.Lock()
	defer guarded.Unlock()
	var guard func(a *analysis.Analyzer)
	guard = func(a *analysis.Analyzer) {
		if guarded.done[a] {
			return
		}
		guarded.done[a] = true
		for _, req := range a.Requires {
			guard(req)
		}
		run, fb := a.Run, fallback[a]
		a.Run = func(pass *analysis.Pass) (result any, err error) {
			defer func() {
				r := recover()
				if r == nil {
					return
				}
				// A panic's value may quote the source it choked on.
				msg := redact(Failure{Pass: a.Name, Package: pass.Pkg.Path(), Err: &panicError{value: r, where: panicSite(debug.Stack())}, Panic: true}.String())
				switch {
				case fb != nil:
					fmt.Fprintf(os.Stderr, "atlvet: %s\n", msg)
					result, err = fb(pass), nil
				case a.ResultType == nil:
					var pos token.Pos
					if len(pass.Files) > 0 {
						pos = pass.Files[0].Package
					}
					pass.Report(analysis.Diagnostic{Pos: pos, Message: msg})
					result, err = nil, nil
				default:
					result, err = nil, errors.New(msg)
				}
			}()
			return run(pass)
		}
	}
	for _, a := range analyzers {
		guard(a)
	}
}
