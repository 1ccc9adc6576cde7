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

// A helperDefault is a request that a helper of another package of
// the module sends with Go's default User-Agent, to an Atlassian URL
// that this package gives it.
type helperDefault struct {
	call   flow.HelperCall
	target flow.Target
	unset  *flow.UnsetHeader // set, but not on every path to the send
}

// helperDefaults returns the package's calls of other packages'
// request helpers that send Go's default User-Agent to an Atlassian
// URL the call gives: the first such call of each helper's send. The
// fix is in the helper, so its other calls would only repeat it.
func helperDefaults(res *flow.Result, hosts atlassian.Hosts, inGenerated func(token.Pos) bool) []helperDefault {
	var out []helperDefault
	seen := map[string]bool{}
	for _, c := range res.HelperCalls() {
		s := c.Send
		key := s.Via + "\x00" + s.At
		if s.Opaque || s.KnownAtlassian || c.InTest || seen[key] || inGenerated(c.Call.Pos()) {
			continue
		}
		target, ok := atlassianTarget(hosts, flow.Request{URLs: s.URLs})
		if !ok {
			continue
		}
		h := helperDefault{call: c, target: target}
		if uas := flow.HeaderValues("User-Agent", flow.Request{Headers: s.Headers}, nil); len(uas) > 0 {
			for i := range s.Unset {
				if s.Unset[i].Name == "User-Agent" {
					h.unset = &s.Unset[i]
				}
			}
			if h.unset == nil || nonCanonicalOnly(uas) {
				continue // set on every path (a non-canonical key is judged in the helper)
			}
		}
		seen[key] = true
		out = append(out, h)
	}
	return out
}

func nonCanonicalOnly(hs []flow.Header) bool {
	for _, h := range hs {
		if !h.NonCanonical {
			return false
		}
	}
	return true
}

// reportHelperDefault reports at the call that gives the helper its
// Atlassian URL, naming the helper's send, where the fix goes.
func reportHelperDefault(pass *analysis.Pass, reporter *suppress.Reporter, h helperDefault, suggestion string) {
	s := h.call.Send
	msg := fmt.Sprintf("request to %s is sent by %s (%s) with Go's default User-Agent; set one there, such as %q", describe(h.target), atlassian.SafeText(s.Via), atlassian.SafeText(s.At), suggestion)
	if h.unset != nil {
		msg = fmt.Sprintf("request to %s is sent by %s (%s) with Go's default User-Agent %s; set it there before the send on every path, such as %q", describe(h.target), atlassian.SafeText(s.Via), atlassian.SafeText(s.At), helperUnsetWhy(h.unset), suggestion)
	}
	reporter.Report(analysis.Diagnostic{
		Pos:      h.call.Call.Pos(),
		End:      h.call.Call.End(),
		Category: CategoryDefault,
		Message:  msg,
		Related:  []analysis.RelatedInformation{{Pos: h.call.Callee.Pos(), Message: "the helper called, which sends it through " + atlassian.SafeText(s.Via)}},
	})
}

// helperUnsetWhy says, as unsetWhy does for a send of this package, on
// which path of the helper the User-Agent is missing.
func helperUnsetWhy(u *flow.UnsetHeader) string {
	switch {
	case u.After && len(u.Path) == 0:
		return "because the User-Agent is set only after the request is sent"
	case u.After:
		return "when " + strings.Join(u.Path, " and ") + ", where the User-Agent is set only after the request is sent"
	case len(u.Path) == 0:
		return "on a path that does not set the User-Agent"
	}
	return "when " + strings.Join(u.Path, " and ") + ": the User-Agent is set only on the other paths"
}
