package driver

import (
	"crypto/sha256"
	"fmt"
	"io"
	"os"
	"runtime/debug"
)

// ModuleVersion returns the version of the main module the running
// program was built from ("v1.2.3", or a pseudo-version the go command
// stamps from version control), or "" when the build does not say.
func ModuleVersion() string {
	info, ok := debug.ReadBuildInfo()
	if !ok || info.Main.Version == "" || info.Main.Version == "(devel)" {
		return ""
	}
	return info.Main.Version
}

// VersionLine is what -V=full prints: the name, the module version
// and a build ID made from the executable's content. The go command
// keys its vet and fix caches on this line (a "devel" version on the
// build ID alone), so a rebuilt tool never reuses stale results.
func VersionLine(name, version string) (string, error) {
	exe, err := os.Executable()
	if err != nil {
		return "", err
	}
	f, err := os.Open(exe)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	if version == "" {
		version = "devel"
	}
	return fmt.Sprintf("%s version %s buildID=%x", name, version, h.Sum(nil)), nil
}
