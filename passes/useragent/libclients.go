package useragent

import (
	"fmt"

	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/atlvet/atlvet/internal/atlassian"
	"github.com/atlvet/atlvet/internal/flow"
	"github.com/atlvet/atlvet/internal/suppress"
)

// A libDefault is a library client whose requests go to Atlassian with
// no User-Agent of the program's: reported once, where the client is
// made.
type libDefault struct {
	site   *flow.LibClientSite
	target flow.Target
	send   *flow.LibSend // a send without one, for related information
	agent  string        // the library's own User-Agent, if it sends one
}

// checkLibClients looks at the clients of client libraries made in the
// package: the User-Agents set on them are checked like any other, and
// a client that builds its requests itself and sets none is a
// useragent/default finding at the expression that makes it. (Requests
// a program builds with a library's request API are sends like
// net/http's.)
func checkLibClients(res *flow.Result, hosts atlassian.Hosts, addSites func([]flow.Header, flow.Target), inGenerated func(token.Pos) bool) []libDefault {
	var out []libDefault
	for _, site := range res.LibClientSites() {
		c := &site.Client
		if c.Library == nil {
			continue
		}
		target, ok := flow.LibTarget(hosts, c, nil)
		for i := range c.Sends {
			if t, ok2 := flow.LibTarget(hosts, c, &c.Sends[i]); ok2 {
				target, ok = t, true
				addSites(programAgents(c.UserAgents(&c.Sends[i])), t)
			}
		}
		if !ok {
			continue
		}
		addSites(programAgents(c.UserAgents(nil)), target)
		if !c.Library.BuildsRequests || c.Opaque || c.OpaqueTransport() || inGenerated(site.Call.Pos()) {
			continue
		}
		if site.Wrapped != nil {
			if _, decided := flow.LibTarget(hosts, site.Wrapped, nil); decided {
				continue // judged where the module makes it
			}
		}
		if len(programAgents(c.UserAgents(nil))) > 0 {
			continue
		}
		d := libDefault{site: site, target: target}
		for _, h := range c.UserAgents(nil) {
			if h.LibraryDefault {
				d.agent, _ = flow.Strs(h.Value).Const()
			}
		}
		for i := range c.Sends {
			s := &c.Sends[i]
			if s.Opaque || len(programAgents(s.Headers)) > 0 {
				continue
			}
			if t, ok := flow.LibTarget(hosts, c, s); ok {
				d.send, d.target = s, t
				break
			}
		}
		// Report a client whose sends are in view only if one lacks a
		// User-Agent; one that leaves its function, whatever is seen.
		if d.send == nil && (len(c.Sends) > 0 || !c.Escapes) {
			continue
		}
		out = append(out, d)
	}
	return out
}

// checkParamLibClients looks at the library clients the package's
// functions get as parameters. What was set on such a client before is
// not known, so it is never reported for lacking a User-Agent; but a
// User-Agent set here, on a client of a library made for Atlassian or
// on a request whose URL goes to Atlassian, is checked like any other.
func checkParamLibClients(res *flow.Result, hosts atlassian.Hosts, addSites func([]flow.Header, flow.Target)) {
	for _, pc := range res.ParamLibClients() {
		c := &pc.Client
		for i := range c.Sends {
			if t, ok := flow.LibTarget(hosts, c, &c.Sends[i]); ok {
				addSites(programAgents(c.UserAgents(&c.Sends[i])), t)
			}
		}
		if t, ok := flow.LibTarget(hosts, c, nil); ok {
			addSites(programAgents(c.UserAgents(nil)), t)
		}
	}
}

// programAgents drops from hs the User-Agent a library sends by
// itself.
func programAgents(hs []flow.Header) []flow.Header {
	var out []flow.Header
	for _, h := range hs {
		if h.Name == "User-Agent" && !h.LibraryDefault && !h.NonCanonical {
			out = append(out, h)
		}
	}
	return out
}

// reportLibDefault reports a library client without a User-Agent.
func reportLibDefault(pass *analysis.Pass, reporter *suppress.Reporter, p libDefault, suggestion string) {
	c := &p.site.Client
	lib := c.Library.Name
	sent := "Go's default User-Agent"
	if p.agent != "" {
		sent = fmt.Sprintf("%s's own User-Agent %s, which names the library, not your integration", lib, atlassian.QuoteValue(p.agent))
	}
	var remedy string
	setter, hasSetter := atlassian.UserAgentSetter(c.Library)
	switch {
	case hasSetter && setter.Role == atlassian.RoleSetUserAgent:
		remedy = fmt.Sprintf("set one with %s(%q)", setter.Name, suggestion)
	case hasSetter:
		remedy = fmt.Sprintf("set one with %s(\"User-Agent\", %q)", setter.Name, suggestion)
	default:
		remedy = fmt.Sprintf("give it an *http.Client whose transport sets one, such as %q", suggestion)
	}
	d := analysis.Diagnostic{
		Pos:      p.site.Call.Pos(),
		End:      p.site.Call.End(),
		Category: CategoryDefault,
		Message:  fmt.Sprintf("%s client sends its requests to %s with %s; %s", lib, describeLib(p.target, c), sent, remedy),
	}
	if p.send != nil && p.send.Call != nil {
		d.Related = []analysis.RelatedInformation{{Pos: p.send.Call.Pos(), End: p.send.Call.End(), Message: "a request it sends without one"}}
	}
	if fix, ok := libUserAgentFix(pass, p.site, setter, hasSetter, suggestion); ok {
		d.SuggestedFixes = []analysis.SuggestedFix{fix}
	}
	reporter.Report(d)
}

// describeLib names where a library client's requests go.
func describeLib(t flow.Target, c *flow.LibClient) string {
	switch {
	case t.URL.HostKnown:
		return atlassian.SafeText(t.URL.Host)
	case t.Host != atlassian.NotAtlassian, t.URL.Path != "" && t.Path == atlassian.RESTPath:
		return describe(t)
	}
	if p := atlassian.LibraryProduct(c.Package); p != "" {
		return strings.ToUpper(p[:1]) + p[1:]
	}
	return "Atlassian"
}

// libUserAgentFix sets the User-Agent where the client is made: resty's
// SetHeader appended to the constructor in the builder chain;
// go-atlassian's client.Auth.SetUserAgent after the constructor's
// error check.
func libUserAgentFix(pass *analysis.Pass, site *flow.LibClientSite, setter atlassian.LibraryCall, ok bool, ua string) (analysis.SuggestedFix, bool) {
	if !ok || site.Wrapped != nil {
		return analysis.SuggestedFix{}, false
	}
	msg := fmt.Sprintf("Set User-Agent %q", ua)
	switch {
	case setter.Role == atlassian.RoleSetHeader && setter.Recv == "Client":
		// resty.New() returns the client a chain goes on with.
		return analysis.SuggestedFix{Message: msg, TextEdits: []analysis.TextEdit{{
			Pos: site.Call.End(), End: site.Call.End(),
			NewText: fmt.Appendf(nil, ".SetHeader(\"User-Agent\", %q)", ua),
		}}}, true
	case setter.Role == atlassian.RoleSetUserAgent && setter.Recv == "Authentication":
		return insertAfterCheck(pass, site.Call.Lparen, func(client string) string {
			return fmt.Sprintf("%s.Auth.SetUserAgent(%q)", client, ua)
		}, msg)
	}
	return analysis.SuggestedFix{}, false
}
