package driver

import (
	"context"
	"slices"

	"golang.org/x/tools/go/packages"
)

// A Listing is what go list said of some patterns: the package graph
// before any package is parsed or type-checked. A language server
// keeps it between edits that change no file's package clause,
// imports or build constraints, and checks the packages again with
// each new set of buffers without running go list again (export data
// of the packages not loaded from source stays valid: none of them
// imports one that is).
type Listing struct {
	cfg    LoadConfig
	listed []*packages.Package // never mutated: Check works on copies
}

// List runs go list as Load does, with cfg.Overlay, and keeps the
// result.
func List(cfg LoadConfig, patterns ...string) (*Listing, error) {
	listed, err := listPackages(cfg, patterns)
	if err != nil {
		return nil, err
	}
	return &Listing{cfg: cfg, listed: listed}, nil
}

// Packages returns the packages the patterns named, as listed. They
// are shared: do not modify them.
func (ls *Listing) Packages() []*packages.Package { return ls.listed }

// Check parses and type-checks a copy of the listed packages as Load
// does, reading source files from overlay (absolute file names to
// contents) before the disk. When roots is not empty, only the
// listed packages with those IDs are the program's roots.
func (ls *Listing) Check(ctx context.Context, overlay map[string][]byte, roots ...string) (*Program, error) {
	cfg := ls.cfg
	cfg.Context = ctx
	cfg.Overlay = overlay
	clones := map[*packages.Package]*packages.Package{}
	var clone func(p *packages.Package) *packages.Package
	clone = func(p *packages.Package) *packages.Package {
		if c, ok := clones[p]; ok {
			return c
		}
		c := new(packages.Package)
		*c = *p
		clones[p] = c
		c.Errors = slices.Clone(p.Errors)
		c.TypeErrors = nil
		c.Syntax = nil
		c.Types = nil
		c.TypesInfo = nil
		c.Fset = nil
		c.IllTyped = false
		c.Imports = make(map[string]*packages.Package, len(p.Imports))
		for path, imp := range p.Imports {
			c.Imports[path] = clone(imp)
		}
		return c
	}
	var listed []*packages.Package
	for _, p := range ls.listed {
		if len(roots) == 0 || slices.Contains(roots, p.ID) {
			listed = append(listed, clone(p))
		}
	}
	if len(listed) == 0 {
		return nil, ErrNoPackages
	}
	return checkListed(cfg, listed)
}
