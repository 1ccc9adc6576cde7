// Command nop is the baseline of bench/run.sh: the multichecker driver
// with do-nothing analyzers. Run alone, nopfacts declares a fact type,
// so that multichecker loads and type-checks every dependency from
// source (the floor of any driver of analyzers with facts); nop
// declares none, so that only the packages named are loaded from source
// and the rest from export data (the floor of any analysis at all).
//
//	nop -nop ./...        # no facts: roots from source
//	nop -nopfacts ./...   # facts: everything from source
package main

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/multichecker"
)

type nopFact struct{}

func (*nopFact) AFact()         {}
func (*nopFact) String() string { return "nop" }

var (
	nop = &analysis.Analyzer{
		Name: "nop",
		Doc:  "nop does nothing; the no-facts floor of atlvet's benchmark",
		Run:  func(*analysis.Pass) (any, error) { return nil, nil },
	}
	nopFacts = &analysis.Analyzer{
		Name:      "nopfacts",
		Doc:       "nopfacts does nothing but declare a fact type; the facts floor of atlvet's benchmark",
		Run:       func(*analysis.Pass) (any, error) { return nil, nil },
		FactTypes: []analysis.Fact{new(nopFact)},
	}
)

func main() { multichecker.Main(nop, nopFacts) }
