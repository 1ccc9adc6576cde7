// Package useragent defines an Analyzer that checks the User-Agent of
// requests sent to Atlassian Cloud.
//
// # Analyzer useragent
//
// useragent: check that requests to Atlassian identify the integration
//
// Atlassian asks REST API clients to identify themselves with a
// User-Agent of the form
//
//	{atlassian product}-{source product}-int/{version} ({optional})
//
// all in lower case and without spaces, for example
// "jira-code-int/1.0.0" or "jirasoftware-jellyfish-int/1.7.3 (requests/2.24)",
// and to send the same identity from every part of an integration.
// Go sends "Go-http-client/1.1" unless told otherwise, which makes an
// integration's traffic indistinguishable from every other Go program's.
//
// A request counts as going to Atlassian when its URL has an Atlassian
// Cloud host (a site such as example.atlassian.net, api.atlassian.com,
// auth.atlassian.com, bitbucket.org, their government-cloud
// counterparts), a host declared with -useragent.hosts, or an Atlassian
// REST path such as /rest/api/3/ whatever its host (Data Center on a
// company domain). The paths only Atlassian Cloud serves (/me,
// /ex/jira/..., /gateway/api/...) count only where the host is unknown:
// https://api.intercom.io/me is Intercom's. Requests are followed
// from http.NewRequest through the code that decorates them (directly,
// in helper functions of this package and of imported packages, or in a
// RoundTripper installed as a client's Transport) to the call that sends
// them. A client an unexported helper takes as a parameter is each
// client its callers in the package pass (fetch(ctx, &http.Client{}, u));
// that of an exported helper, or of one used as a value, is not known.
// A send through an HTTPClient interface (Do(*http.Request)) goes
// through what the module stores into it; when that is the parameter of
// an exported constructor no code of the package calls (an SDK's
// New(hc HTTPClient, site)), it is what the packages importing it pass,
// and the send is judged there, at each call of the constructor (by
// facts), as the request it sends through the client given there.
// An oauth2 client ((*oauth2.Config).Client, oauth2.NewClient) sends
// through the *http.Client its context carries under oauth2.HTTPClient:
// with context.Background() or an incoming request's r.Context() in a
// package that never sets that key, through http.DefaultClient; with a
// context from elsewhere, through a client that is not known.
//
// # default
//
// A request to Atlassian is sent with no User-Agent, so Go's default is
// used. Reported at the call that sends the request. A request that is
// handed to code atlvet cannot see before it is sent (a function value,
// an interface method, a header helper it cannot read, a header whose
// name is not a constant), or sent through a client whose transport is
// not known (or after the package replaces http.DefaultClient's
// transport), is not reported; nor is a request to an httptest server
// or any loopback address, where tests run their fakes of Atlassian's
// REST API. A User-Agent written to the header map under a key that is
// not canonical (req.Header["user-agent"] = ...) does not count: Go's
// transport looks up "User-Agent" and sends its default besides; the
// message says so, and there is no fix.
// A request helper of another package of the module whose URL its
// callers give (a (*HTTPClient).Do(ctx, method, path) sending to
// c.baseURL+path, the base from its constructor) sees no Atlassian URL
// and reports nothing; the package that gives it one reports at its
// first call of the helper that does, naming the helper's send, where
// the User-Agent must be set (the helper's other calls would repeat
// it). A helper whose own package gives it an Atlassian URL is reported
// there only.
// When the request is made with http.NewRequest and its error is
// checked, the suggested fix inserts
//
//	req.Header.Set("User-Agent", "<product>-<source>-int/<version>")
//
// after the check, reusing the identity the package (or a package it
// imports) already sends, else naming the product after the host (jira,
// confluence, bitbucket or atlassian) and the source after the module.
//
// # convention
//
// A constant User-Agent on a request to Atlassian breaks the convention:
// upper case, spaces, no "-int", no version. Reported at the value
// expression: where Header.Set is given it, or, when a helper sets the
// header from its parameter (setUserAgent(req, "...")), at each call's
// argument; when it is set from a struct field (c.agent), at each value
// stored into the field (a constructor's agent: "..." or an option's
// c.agent = ua), each judged by itself. The same holds for a
// constructor of the module that sets its parameter as the User-Agent
// of a client library's client it makes (NewWithAgent(site, "..."),
// which calls resty's SetHeader or go-atlassian's Auth.SetUserAgent with
// it), in its package or in packages importing it. A User-Agent set on
// a library client that a function gets as a parameter, or on that
// client's requests, is judged when the requests go to Atlassian,
// though such a client is never reported for lacking one (who made it
// may have set it). When the only fault is upper case, the fix
// lower-cases the literal (at a named constant's declaration if the
// value is one).
//
// A User-Agent built at run time ("Acme-Sync/" + version,
// fmt.Sprintf("Acme Sync/%s", v)) is judged by its constant start, when
// that start holds the whole identity (up to the first "/"): case,
// spaces, a missing "-int" or source are faults whatever follows, and
// are reported with no fix. What is only known at run time is never
// judged; a start without "/" ("Jira" + name) is not either.
//
// # library
//
// The User-Agent names an HTTP library, a tool or a browser
// ("Go-http-client/1.1", "curl/8.0", "python-requests/2.31",
// "Mozilla/5.0 ...") instead of the integration. A library named inside
// the optional parentheses is fine. A built User-Agent whose constant
// start holds the library's whole name ("Mozilla/5.0 (compatible; " +
// name + ")") is one.
//
// # inconsistent
//
// The identity ("{product}-{source}-int") differs from the identity
// required with -useragent.identity, else from one sent by a package it
// imports (directly, or passed on by an import that sends nothing
// itself), else from the first the package sends (its own files in name
// order, then its tests, then lines), a built User-Agent's identity
// too when its constant start holds all of it. Versions and the
// optional part may differ. An identity whose only fault is case is reported as
// convention, not also here, and still counts as the package's identity
// (lower-cased) for the others and for suggestions.
//
// # Packages that do not type-check
//
// Every rule follows requests and values through the flow analysis,
// which needs a package that type-checks: in one that does not,
// nothing is reported. The pass runs there all the same, so that
// drivers do not fail it for the packages that import that one.
//
// # Flags
//
//	-useragent.hosts=jira.example.com,confluence.example.com
//	    more hosts that count as Atlassian (Data Center on a company domain)
//	-useragent.identity=jira-acme-int
//	    the identity every User-Agent must use; a whole User-Agent such
//	    as "jira-acme-int/1.0.0" gives its identity, anything else is an
//	    error
package useragent
