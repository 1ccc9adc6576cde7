// Command custom-gcl is golangci-lint v2 with the atlvet module plugin
// built in: what `golangci-lint custom` makes from .custom-gcl.yml, but
// built from the Go module proxy alone (golangci-lint custom clones
// golangci-lint's repository with git):
//
//	cd tools/custom-gcl && go build -o ../../bin/custom-gcl .
//	bin/custom-gcl run ./...
//
// Its go.mod pins golangci-lint and takes the plugin from this checkout
// (replace github.com/atlvet/atlvet => ../..). golangci-lint v2.15.0
// requires golang.org/x/tools v0.52.0: keep the main module on the same
// version (plugin's tests check it).
package main

import (
	"fmt"
	"os"
	"runtime/debug"
	"strings"

	"github.com/golangci/golangci-lint/v2/pkg/commands"
	"github.com/golangci/golangci-lint/v2/pkg/exitcodes"

	// The atlvet plugin registers itself with golangci-lint.
	_ "github.com/atlvet/atlvet/plugin"
)

// version may be set with -ldflags "-X main.version=...", as
// `golangci-lint custom` does. golangci-lint salts its result cache with
// it, so it must change whenever the plugin's code does.
var version = ""

func main() {
	if err := commands.Execute(buildInfo()); err != nil {
		_, _ = fmt.Fprintf(os.Stderr, "The command is terminated due to an error: %v\n", err)
		os.Exit(exitcodes.Failure)
	}
}

func buildInfo() commands.BuildInfo {
	info := commands.BuildInfo{Version: version, Commit: "?", GoVersion: "unknown", Date: "(unknown)"}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return info
	}
	info.GoVersion = bi.GoVersion
	for _, s := range bi.Settings {
		if s.Key == "vcs.revision" {
			info.Commit = s.Value
		}
	}
	if info.Version != "" {
		return info
	}
	// A released atlvet names its code by version; a replaced one (a
	// checkout) does not, so report "(devel)", which makes golangci-lint
	// salt its cache with a hash of this binary instead.
	info.Version = "(devel)"
	var gcl string
	for _, dep := range bi.Deps {
		switch {
		case dep.Path == "github.com/golangci/golangci-lint/v2":
			gcl = strings.TrimPrefix(dep.Version, "v")
		case dep.Path == "github.com/atlvet/atlvet" && dep.Replace == nil && dep.Version != "(devel)":
			info.Version = "-custom-gcl-atlvet-" + dep.Version
		}
	}
	if info.Version != "(devel)" {
		info.Version = gcl + info.Version
	}
	return info
}
