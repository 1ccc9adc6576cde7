package e2e

import (
	"slices"
	"strings"
	"testing"
)

// TestWorkspace: in a go.work of two modules, a helper of one sets the
// User-Agent for requests the other sends, and a helper in another
// package of the same module does too: facts flow between the user's
// own packages, across the modules of the workspace, under the
// standalone driver and under go vet alike. The one request sent
// without a User-Agent is reported, by both.
func TestWorkspace(t *testing.T) {
	parallel(t)
	dir := writeModule(t, map[string]string{
		"go.work":        "go 1.26\n\nuse (\n\t./agent\n\t./app\n)\n",
		"agent/go.mod":   "module example.com/agent\n\ngo 1.26\n",
		"agent/agent.go": "package agent\n\nimport \"net/http\"\n\n// Name names the integration on a request.\nfunc Name(req *http.Request) { req.Header.Set(\"User-Agent\", \"jira-acme-int/1.0.0\") }\n",
		"app/go.mod":     "module example.com/app\n\ngo 1.26\n\nrequire example.com/agent v0.0.0\n",
		"app/local/local.go": `package local

import "net/http"

// Name names the integration on a request, in this module.
func Name(req *http.Request) { req.Header.Set("User-Agent", "jira-acme-int/1.0.0") }
`,
		"app/jira/jira.go": `package jira

import (
	"net/http"

	"example.com/agent"
	"example.com/app/local"
)

func Myself() (*http.Response, error) {
	req, err := http.NewRequest("GET", "https://acme.atlassian.net/rest/api/3/myself", nil)
	if err != nil {
		return nil, err
	}
	agent.Name(req)
	return http.DefaultClient.Do(req)
}

func ServerInfo() (*http.Response, error) {
	req, err := http.NewRequest("GET", "https://acme.atlassian.net/rest/api/3/serverInfo", nil)
	if err != nil {
		return nil, err
	}
	local.Name(req)
	return http.DefaultClient.Do(req)
}

func Projects() (*http.Response, error) {
	req, err := http.NewRequest("GET", "https://acme.atlassian.net/rest/api/3/project", nil)
	if err != nil {
		return nil, err
	}
	return http.DefaultClient.Do(req)
}
`,
	})
	environ := append(slices.DeleteFunc(env(), func(kv string) bool {
		return strings.HasPrefix(kv, "GOWORK=") || strings.HasPrefix(kv, "GOFLAGS=")
	}), "GOWORK="+dir+"/go.work", "GOFLAGS=")
	appDir := dir + "/app"
	want := []string{"jira/jira.go:33:9: useragent"}
	for _, drv := range []struct {
		name string
		args []string
	}{
		{"standalone", []string{atlvet, "-useragent", "./..."}},
		{"go vet", []string{"go", "vet", "-vettool=" + atlvet, "-useragent", "./..."}},
	} {
		name, args := drv.args[0], drv.args[1:]
		r := commandEnv(t, environ, appDir, name, args...)
		var got []string
		for _, line := range findingLines(appDir, r.stdout+r.stderr) {
			if strings.Contains(line, "related:") || !strings.Contains(line, "User-Agent") {
				continue
			}
			file, _, _ := strings.Cut(line, ": ")
			got = append(got, file+": useragent")
			if !strings.Contains(line, "Go's default User-Agent") {
				t.Errorf("%s: %s is not about Go's default User-Agent", drv.name, line)
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s in a workspace found %q, want %q; output:\n%s%s", drv.name, got, want, r.stdout, r.stderr)
		}
	}
}
