// Command nop is the baseline of bench/run.sh: the multichecker driver
// with one analyzer that does nothing but declare a fact type, so that
// the driver loads and type-checks every dependency from source just
// as it does for atlvet, whose passes use facts.
package main

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/multichecker"
)

type nopFact struct{}

func (*nopFact) AFact()         {}
func (*nopFact) String() string { return "nop" }

var analyzer = &analysis.Analyzer{
	Name:      "nop",
	Doc:       "nop does nothing; it is the baseline of atlvet's benchmark",
	Run:       func(*analysis.Pass) (any, error) { return nil, nil },
	FactTypes: []analysis.Fact{new(nopFact)},
}

func main() { multichecker.Main(analyzer) }
