package flow

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/atlvet/atlvet/internal/atlassian"
	"github.com/atlvet/atlvet/internal/funcs"
)

// Requests a program builds with a client library's request API
// (go-jira's and go-atlassian's NewRequest + Do, retryablehttp, oreo's
// request builder) are judged like net/http's, at the send: these are
// the library calls that requestOrigins, sendParts, clientOrigins and
// transportClient understand.

// libRequestOrigins returns the requests a library call makes or
// passes on as its result index, and whether it is such a call.
func (r *Result) libRequestOrigins(call *ssa.Call, index int) ([]Request, bool) {
	c := call.Common()
	lc, ok := libCall(c)
	if !ok || index != 0 {
		return nil, false
	}
	switch {
	case lc.Role == atlassian.RoleNewRequest:
		req := Request{Create: call.Pos()}
		if u := libArg(c, lc, atlassian.ArgURL); u != nil {
			req.URLs = r.resolveParams(r.urlArgValues(u), call.Parent())
		} else {
			req.URLs = Strs{Unknown()}
		}
		if recv := libRecv(c, lc); recv != nil {
			// A client's request: its base URL, and what the library
			// puts on every request of the client.
			var urls Strs
			for _, cl := range r.libClientsOf(recv, 0) {
				if lc.ResolvesURL {
					urls = append(urls, resolveAgainst(cl.BaseURLs, req.URLs)...)
				}
				for _, h := range cl.Headers {
					if !h.LibraryDefault {
						req.Headers = append(req.Headers, h)
					}
				}
				req.MaybeDecorated = req.MaybeDecorated || cl.Opaque
			}
			if lc.ResolvesURL {
				req.URLs = urls.bounded()
			}
		}
		return []Request{req}, true
	case lc.Role == atlassian.RoleWrapRequest:
		if arg := libArg(c, lc, atlassian.ArgRequest); arg != nil {
			return r.requestOrigins(arg), true
		}
	case lc.Role == atlassian.RoleBuildRequest:
		return r.builtRequest(libRecv(c, lc), 0), true
	case lc.Result == atlassian.ResultCopy && lc.Recv != "" && r.isLibRequestType(c):
		return r.requestOrigins(libRecv(c, lc)), true
	}
	return nil, false
}

// isLibRequestType reports whether the receiver of c is a request type
// of a client library (a *retryablehttp.Request).
func (r *Result) isLibRequestType(c *ssa.CallCommon) bool {
	obj := calleeObj(c)
	return obj != nil && namedTypeName(obj.Signature().Recv().Type()) == "Request"
}

// builtRequest follows a request builder (oreo's ReqBuilder) back
// through its chain of setters to the call that made it.
func (r *Result) builtRequest(v ssa.Value, depth int) []Request {
	var headers []Header
	opaque := false
	for ; v != nil && depth < 32; depth++ {
		call, ok := v.(*ssa.Call)
		if !ok {
			break
		}
		c := call.Common()
		lc, ok := libCall(c)
		if !ok {
			opaque = true
			break
		}
		switch lc.Role {
		case atlassian.RoleNewRequest:
			req := Request{Create: call.Pos(), Headers: headers, MaybeDecorated: opaque}
			if u := libArg(c, lc, atlassian.ArgURL); u != nil {
				req.URLs = r.resolveParams(r.urlArgValues(u), call.Parent())
			} else {
				req.URLs = Strs{Unknown()}
			}
			return []Request{req}
		case atlassian.RoleSetUserAgent:
			headers = append(headers, r.libHeader(call, "User-Agent", libArg(c, lc, atlassian.ArgValue)))
		case atlassian.RoleSetHeader:
			hs, op := r.libSetHeader(call, c, lc)
			headers, opaque = append(headers, hs...), opaque || op
		case atlassian.RoleSetCredential:
			if libArg(c, lc, atlassian.ArgSecret) != nil {
				headers = append(headers, authHeader(lc.Auth, call))
			}
		}
		if lc.Result == atlassian.ResultOther && lc.Role != atlassian.RoleSetUserAgent && lc.Role != atlassian.RoleSetHeader && lc.Role != atlassian.RoleSetCredential {
			opaque = true
			break
		}
		v = libRecv(c, lc)
	}
	return []Request{{Opaque: true}}
}

// libSendParts tells whether a library call sends a request as
// net/http's sends do (see sendParts): a Do of a request the program
// built, or a Get of a URL.
func (r *Result) libSendParts(c *ssa.CallCommon) (clients []Client, reqArg, urlArg ssa.Value, ok bool) {
	lc, isLib := libCall(c)
	if !isLib || !lc.Sends {
		return nil, nil, nil, false
	}
	switch {
	case lc.Role == atlassian.RoleDo:
		reqArg = libArg(c, lc, atlassian.ArgRequest)
	case lc.Role == atlassian.RoleSend && !lc.Library.BuildsRequests && lc.FixedURL == "":
		urlArg = libArg(c, lc, atlassian.ArgURL)
	default:
		return nil, nil, nil, false
	}
	if reqArg == nil && urlArg == nil {
		return nil, nil, nil, false
	}
	if recv := libRecv(c, lc); recv != nil {
		for _, cl := range r.libClientsOf(recv, 0) {
			clients = append(clients, cl.httpClients(r)...)
		}
	} else {
		clients = []Client{r.defaultClient()} // a package-level Get: the library's default client
	}
	return clients, reqArg, urlArg, true
}

// httpClients describes what sends the requests of the library client
// c: its HTTP client, else Go's default one.
func (c LibClient) httpClients(r *Result) []Client {
	if c.Opaque && c.Library == nil {
		return []Client{{Opaque: true}}
	}
	if len(c.HTTP) == 0 {
		return []Client{r.defaultClient()}
	}
	return c.HTTP
}

// libClientOrigins describes the *http.Client a library call returns,
// and whether it is such a call: a go-jira auth transport's Client,
// retryablehttp's StandardClient.
func (r *Result) libClientOrigins(call *ssa.Call) ([]Client, bool) {
	c := call.Common()
	lc, ok := libCall(c)
	if !ok || lc.Role != atlassian.RoleTransportClient {
		return nil, false
	}
	recv := libRecv(c, lc)
	if recv == nil {
		return nil, false
	}
	if pkg, name, ok := funcs.NamedType(recv.Type()); ok && atlassian.IsOAuthClientConfig(pkg, name) {
		return nil, false // clientOrigins knows it, context and all
	}
	if lc.Auth == atlassian.AuthNone {
		// A client that sends through another library client
		// (retryablehttp's StandardClient): that client's HTTP client.
		var out []Client
		for _, cl := range r.libClientsOf(recv, 0) {
			out = append(out, cl.httpClients(r)...)
		}
		return out, true
	}
	return []Client{r.libTransport(recv, lc.Auth, call.Pos())}, true
}

// libTransport describes a library's auth transport v (a go-jira
// BearerAuthTransport): its credential on every request, and what the
// transport it wraps adds.
func (r *Result) libTransport(v ssa.Value, auth atlassian.AuthScheme, site token.Pos) Client {
	out := Client{Bearer: auth.SendsOAuthBearer(), Site: site}
	out.Headers = append(out.Headers, Header{Name: "Authorization", Value: Strs{Unknown()}, Site: site})
	inner, ok := r.innerTransport(v)
	if !ok {
		out.Opaque = true
		return out
	}
	out.Headers = append(out.Headers, inner.Headers...)
	out.Opaque = inner.Opaque
	return out
}

// innerTransport describes the transport in the field of role
// FieldInnerTransport of the library transport v points to (or is).
func (r *Result) innerTransport(v ssa.Value) (Client, bool) {
	if mi, ok := v.(*ssa.MakeInterface); ok {
		v = mi.X
	}
	st, ok := structOf(v.Type())
	if !ok {
		if load, isLoad := v.(*ssa.UnOp); isLoad && load.Op == token.MUL {
			v = load.X
			st, ok = structOf(v.Type())
		}
		if !ok {
			return Client{}, false
		}
	}
	for i := 0; i < st.NumFields(); i++ {
		lf, ok := libField(v.Type(), i)
		if !ok || lf.Role != atlassian.FieldInnerTransport {
			continue
		}
		if alloc, ok := v.(*ssa.Alloc); ok {
			return r.structFieldClient(alloc, st.Field(i).Name())
		}
		// A transport held elsewhere: every transport the package
		// stores into that field.
		sites := r.storesTo(v.Type(), i)
		if len(sites) == 0 {
			return r.defaultClient(), true
		}
		return r.storedTransports(sites), true
	}
	return r.defaultClient(), true
}

// libRoundTripper describes a value of a library transport type used
// as an http.RoundTripper, by the tables; ok is false for other types.
func (r *Result) libRoundTripper(v ssa.Value) (Client, bool) {
	named, ok := types.Unalias(deref(v.Type())).(*types.Named)
	if !ok || named.Obj().Pkg() == nil {
		return Client{}, false
	}
	lc, ok := atlassian.LookupLibraryCall(named.Obj().Pkg().Path(), named.Obj().Name(), "RoundTrip")
	if !ok || lc.Role != atlassian.RoleRoundTrip || lc.Auth == atlassian.AuthNone {
		return Client{}, false
	}
	return r.libTransport(v, lc.Auth, v.Pos()), true
}
