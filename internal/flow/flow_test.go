package flow_test

import (
	"fmt"
	"go/ast"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/atlvet/atlvet/internal/atlassian"
	"github.com/atlvet/atlvet/internal/flow"
	"github.com/atlvet/atlvet/internal/funcs"
	"github.com/atlvet/atlvet/internal/passtest"
)

// probe reports what the flow analysis knows, so that testdata can
// state it in // want comments, one case per line:
//
//   - show(s): the values the string s can take, "…" for unknown parts
//   - showURL(s): s read as a URL: scheme, host, path and query
//   - every request send: its URLs, headers and clients
var probe = &analysis.Analyzer{
	Name:     "probe",
	Doc:      "reports the flow analysis' values, URLs and sends",
	Requires: []*analysis.Analyzer{flow.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		res, release := flow.Use(pass)
		defer release()
		if !res.Relevant {
			return nil, nil
		}
		for cur := range res.Inspector().Root().Preorder((*ast.CallExpr)(nil)) {
			call := cur.Node().(*ast.CallExpr)
			fn := funcs.Callee(pass.TypesInfo, call)
			if fn == nil || fn.Pkg() != pass.Pkg || len(call.Args) != 1 {
				continue
			}
			instr, _ := res.CallAt(call)
			if instr == nil {
				continue
			}
			v := res.Eval(instr.Common().Args[0])
			switch fn.Name() {
			case "show":
				pass.Reportf(call.Pos(), "show: %s", render(v))
			case "showURL":
				var urls []string
				for _, s := range v {
					urls = append(urls, describeURL(flow.ParseURL(s)))
				}
				pass.Reportf(call.Pos(), "url: %s", strings.Join(urls, " | "))
			}
		}
		for _, send := range res.Sends() {
			pass.Reportf(send.Call.Pos(), "send: %s", describeSend(send.Requests, send.Clients))
		}
		return nil, nil
	},
}

// siteProbe reports every request site (see flow.RequestSites) with its
// requests and clients, described as probe describes a send.
var siteProbe = &analysis.Analyzer{
	Name:     "siteprobe",
	Doc:      "reports the flow analysis' request sites",
	Requires: []*analysis.Analyzer{flow.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		res, release := flow.Use(pass)
		defer release()
		for _, site := range res.RequestSites() {
			pass.Reportf(site.Call.Pos(), "site: %s", describeSend(site.Requests, site.Clients))
		}
		return nil, nil
	},
}

// callerProbe reports every request site as siteProbe does, and the
// caller URLCaller names for an Atlassian URL, if any.
var callerProbe = &analysis.Analyzer{
	Name:     "callerprobe",
	Doc:      "reports the flow analysis' request sites and the callers that make them Atlassian's",
	Requires: []*analysis.Analyzer{flow.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		res, release := flow.Use(pass)
		defer release()
		hosts := atlassian.NewHosts(nil)
		for _, site := range res.RequestSites() {
			desc := describeSend(site.Requests, site.Clients)
			for _, req := range site.Requests {
				if call, url, ok := res.URLCaller(req, func(s flow.Str) bool { return flow.Classify(hosts, s).Atlassian() }); ok {
					p := pass.Fset.Position(call.Pos())
					desc += fmt.Sprintf("; caller %s:%d %s", filepath.Base(p.Filename), p.Line, url)
				}
			}
			pass.Reportf(site.Call.Pos(), "site: %s", desc)
		}
		return nil, nil
	},
}

func TestURLCaller(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), callerProbe, "manycallers")
}

func TestSites(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), siteProbe, "sites/...")
}

// describeSend describes requests and the clients they go through.
func describeSend(requests []flow.Request, clients []flow.Client) string {
	var reqs []string
	for _, req := range requests {
		desc := "urls=" + render(req.URLs)
		for _, h := range req.Headers {
			desc += fmt.Sprintf(" %s=%s", h.Name, render(h.Value))
		}
		if req.Opaque {
			desc += " opaque"
		}
		if req.MaybeDecorated {
			desc += " maybe-decorated"
		}
		reqs = append(reqs, desc)
	}
	var cs []string
	for _, c := range clients {
		var desc []string
		for _, h := range c.Headers {
			desc = append(desc, fmt.Sprintf("%s=%s", h.Name, render(h.Value)))
		}
		if c.Bearer {
			desc = append(desc, "bearer")
		}
		if c.Opaque {
			desc = append(desc, "opaque")
		}
		if c.Deferred {
			desc = append(desc, "deferred")
		}
		cs = append(cs, "{"+strings.Join(desc, " ")+"}")
	}
	return strings.Join(reqs, " | ") + "; clients " + strings.Join(cs, " ")
}

// render writes the alternatives of ss in order, as [a b].
func render(ss flow.Strs) string {
	var alts []string
	for _, s := range ss {
		alts = append(alts, fmt.Sprintf("%q", s.String()))
	}
	return "[" + strings.Join(alts, " ") + "]"
}

func describeURL(u flow.URL) string {
	var b strings.Builder
	fmt.Fprintf(&b, "scheme=%s host=%s", u.Scheme, strings.ReplaceAll(u.Host, "\x00", "…"))
	if !u.HostKnown {
		b.WriteString("?")
	}
	fmt.Fprintf(&b, " path=%s", u.Path)
	if !u.PathComplete {
		b.WriteString("…")
	}
	var q []string
	for _, p := range u.Query {
		q = append(q, p.Key+"="+p.Value.String())
	}
	fmt.Fprintf(&b, " query=%s", strings.Join(q, "&"))
	if !u.QueryComplete {
		b.WriteString("…")
	}
	t := flow.Classify(atlassian.NewHosts(nil), u.Text)
	fmt.Fprintf(&b, " class=%v/%v", t.Host, t.Path)
	return b.String()
}

func TestValues(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), probe, "values", "urls")
}

func TestRequests(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), probe, "requests", "resolveparam", "crosspkg/...", "transports", "headers", "headermaps", "defaultclient")
}

// libProbe reports every expression that makes a client-library
// client, with what the flow analysis knows of the client.
var libProbe = &analysis.Analyzer{
	Name:     "libprobe",
	Doc:      "reports the flow analysis' library clients",
	Requires: []*analysis.Analyzer{flow.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		res, release := flow.Use(pass)
		defer release()
		for _, site := range res.LibClientSites() {
			c := site.Client
			desc := fmt.Sprintf("lib %s base=%s", c.Library.Name, render(c.BaseURLs))
			for _, h := range c.Headers {
				desc += fmt.Sprintf(" %s=%s", h.Name, render(h.Value))
			}
			desc += "; http " + describeSend(nil, c.HTTP)
			if c.Bearer {
				desc += "; bearer"
			}
			if c.Opaque {
				desc += "; opaque"
			}
			if c.Escapes {
				desc += "; escapes"
			}
			for _, s := range c.Sends {
				desc += "; send " + render(s.URLs)
				for _, h := range s.Headers {
					desc += fmt.Sprintf(" %s=%s", h.Name, render(h.Value))
				}
			}
			pass.Reportf(site.Call.Pos(), "%s", desc)
		}
		for _, send := range res.Sends() {
			pass.Reportf(send.Call.Pos(), "send: %s", describeSend(send.Requests, send.Clients))
		}
		return nil, nil
	},
}

func TestLibClients(t *testing.T) {
	analysistest.Run(t, passtest.TestData(t), libProbe, "libclients")
}

func TestDoer(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), probe, "doer")
}
