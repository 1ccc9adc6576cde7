package lsp_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/atlvet/atlvet/internal/lsp"
	"github.com/atlvet/atlvet/internal/lsp/lsptest"
)

// bearerFile attaches a bearer token to a request for a site, and
// sends a request for a site from a helper whose URL its caller gives.
const bearerFile = `package site

import "net/http"

func Myself(token string) (*http.Response, error) {
	req, err := http.NewRequest("GET", "https://acme.atlassian.net/rest/api/3/myself", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header.Set("User-Agent", "jira-acme-int/1.4.2")
	return http.DefaultClient.Do(req)
}

func get(url string) (*http.Response, error) {
	req, err := http.NewRequest("GET", url, nil)
	if err != nil {
		return nil, err
	}
	return http.DefaultClient.Do(req)
}
`

// callerFile, not open, gives the helper a site's URL.
const callerFile = `package site

import "net/http"

func Projects() (*http.Response, error) {
	return get("https://acme.atlassian.net/rest/api/3/project")
}
`

// TestRelatedInformation: the other end of a finding's flow comes as
// relatedInformation, in the open buffer and in a file on disk that
// is not open.
func TestRelatedInformation(t *testing.T) {
	dir := writeModule(t, map[string]string{"go.mod": goMod, "site/site.go": bearerFile, "site/caller.go": callerFile})
	s := start(t, config())
	s.initialize(dir, nil, true)
	path := filepath.Join(dir, "site", "site.go")
	s.open(path, bearerFile)
	ds := s.diagnostics(path, 1)

	bearer := only(t, ds, "siteurl/bearer-to-site")
	if len(bearer.RelatedInformation) != 1 {
		t.Fatalf("bearer-to-site related information %+v, want where the token is attached", bearer.RelatedInformation)
	}
	r := bearer.RelatedInformation[0]
	if r.Location.URI != uri(path) || r.Message != "the bearer token is attached here" {
		t.Errorf("related information %+v, want the bearer token attached in %s", r, uri(path))
	}
	if line := lineOf(bearerFile, `req.Header.Set("Authorization"`); r.Location.Range.Start.Line != line {
		t.Errorf("related information at line %d, want %d (the Authorization header)", r.Location.Range.Start.Line, line)
	}

	dflt := only(t, ds, "useragent/default")
	if len(dflt.RelatedInformation) != 1 {
		t.Fatalf("useragent/default related information %+v, want the caller", dflt.RelatedInformation)
	}
	r = dflt.RelatedInformation[0]
	callerPath := filepath.Join(dir, "site", "caller.go")
	if r.Location.URI != uri(callerPath) || !strings.HasPrefix(r.Message, "a call that sends it to ") {
		t.Errorf("related information %+v, want a call in %s", r, uri(callerPath))
	}
	if got, err := lsptest.Text(callerFile, r.Location.Range); err != nil || got != `get("https://acme.atlassian.net/rest/api/3/project")` {
		t.Errorf("related information covers %q (%v), want the call of get", got, err)
	}
}

// lineOf returns the 0-based line of the first occurrence of s in text.
func lineOf(text, s string) int {
	i := strings.Index(text, s)
	if i < 0 {
		panic("no " + s)
	}
	return strings.Count(text[:i], "\n")
}

// stateFile makes an authorize URL with a constant state.
const stateFile = `package auth

import (
	"fmt"
	"net/http"
)

const fixedState = "s3cr3t-state"

func Login(w http.ResponseWriter, r *http.Request, clientID string) {
	u := fmt.Sprintf("https://auth.atlassian.com/authorize?audience=api.atlassian.com&client_id=%s&state=%s&response_type=code&prompt=consent", clientID, fixedState)
	http.Redirect(w, r, u, http.StatusFound)
}
`

// TestErrorSeverity: a rule whose SARIF level is error is published
// with severity Error.
func TestErrorSeverity(t *testing.T) {
	dir := writeModule(t, map[string]string{"go.mod": goMod, "auth/auth.go": stateFile})
	s := start(t, config())
	s.initialize(dir, nil, true)
	path := filepath.Join(dir, "auth", "auth.go")
	s.open(path, stateFile)
	d := only(t, s.diagnostics(path, 1), "oauthstate/constant-state")
	if d.Severity != lsp.SeverityError {
		t.Errorf("oauthstate/constant-state severity %d, want error (%d)", d.Severity, lsp.SeverityError)
	}
}

// connectFile holds Connect descriptors: a struct whose key differs
// from the convention only in case, and JSON text in a string.
const connectFile = `package connect

type Descriptor struct {
	Key     string ` + "`json:\"key\"`" + `
	BaseURL string ` + "`json:\"baseUrl\"`" + `
}

var App = Descriptor{Key: "Jira-Acme-Int", BaseURL: "https://connect.acme.example"}

const Raw = ` + "`" + `{"name": "Größe", "key": "acme", "baseUrl": "https://connect.acme.example"}` + "`" + `
`

// TestConnectKey: connectkey findings come through the server, the
// one in JSON text on the key's string inside the literal, and the
// case fix as a code action.
func TestConnectKey(t *testing.T) {
	dir := writeModule(t, map[string]string{"go.mod": goMod, "connect/connect.go": connectFile})
	s := start(t, config())
	// The case fix is offered only for an app never installed.
	s.initialize(dir, map[string]any{"connectkey": map[string]any{"newapp": true}}, true)
	path := filepath.Join(dir, "connect", "connect.go")
	s.open(path, connectFile)
	ds := s.diagnostics(path, 1)
	var inStruct, inJSON *lsp.Diagnostic
	for i, d := range ds {
		if d.Code != "connectkey/convention" {
			continue
		}
		switch got, _ := lsptest.Text(connectFile, d.Range); got {
		case `"Jira-Acme-Int"`:
			inStruct = &ds[i]
		case `"acme"`:
			inJSON = &ds[i]
		default:
			t.Errorf("connectkey/convention diagnostic on %q", got)
		}
	}
	if inStruct == nil || inJSON == nil {
		t.Fatalf("diagnostics %+v, want connectkey/convention on the struct's key and on the key inside the JSON text", ds)
	}
	if inJSON.Range.Start.Line != lineOf(connectFile, "const Raw") {
		t.Errorf("diagnostic in the JSON text at %+v", inJSON.Range)
	}
	if inStruct.CodeDescription == nil || !strings.HasSuffix(inStruct.CodeDescription.Href, "/passes/connectkey#hdr-convention") {
		t.Errorf("code description %+v, want the rule's section of connectkey's documentation", inStruct.CodeDescription)
	}

	actions := s.codeActions(path, inStruct.Range)
	if len(actions) == 0 || actions[0].Diagnostics == nil || actions[0].Diagnostics[0].Code != "connectkey/convention" {
		t.Fatalf("code actions %+v, want the case fix first", actions)
	}
	text := applyEdit(t, connectFile, path, actions[0].Edit, 1)
	if !strings.Contains(text, `Key: "jira-acme-int"`) {
		t.Errorf("after the fix:\n%s", text)
	}
	s.change(path, 2, text)
	if d := only(t, s.diagnostics(path, 2), "connectkey/convention"); d.Range.Start.Line != inJSON.Range.Start.Line {
		t.Errorf("after the fix: the diagnostic left is at %+v, want the JSON text's", d.Range)
	}
}
