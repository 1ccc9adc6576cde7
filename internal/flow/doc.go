// Package flow is the analysis every atlvet pass builds on: it decides
// cheaply whether a package can matter at all, and for those that can
// it builds SSA and answers the questions the passes share: what can
// this string or URL be, what is it made of, where does it go, and
// which requests does this package send, with which headers, through
// which client, on which paths. A pass asks; it holds no flow logic.
//
// The package is organised by concept; each file opens with the
// paragraph that explains its part:
//
//   - Value evaluation (value.go, eval.go, urlvalues.go, url.go,
//     target.go): a string or URL expression as a symbolic string (Str)
//     whose unknown parts stay unknown, read as a URL and classified in
//     Atlassian's terms. Long values are widened (Str.bound) so cost
//     stays linear; many alternatives are widened to what they share.
//     A reference that starts with a parameter, resolved against a
//     base URL, is held as a Resolution until the callers' values are
//     substituted, since they say whether it keeps the base.
//   - Values through channels and local structs (channels.go): a value
//     received from a channel, or read from a struct field, is what was
//     sent or stored there.
//   - Stores (the stores subpackage): from syntax and types alone,
//     where variables, struct fields and parameters get their values
//     (assignments, composite literals, the calls binding a parameter,
//     a helper's results) and which of those stores a read can see:
//     object-sensitive for a field read whose objects are known, every
//     store of the field otherwise (stores.Index). A pass that follows
//     values without SSA, as secrets does, asks it.
//   - Concatenated text (the concat subpackage): a string built by
//     a + b + c or a Sprintf format read as one text, its query
//     parameters with their exact spans in the source, and what text
//     comes before and after it where it is used (concat.Edges), on
//     syntax so that a fix can edit the bytes that hold a parameter.
//   - Provenance (provenance.go): what a value is made of (constants,
//     clocks, process IDs, weak or strong randomness), so that a rule
//     can tell a guessable OAuth state from an unguessable one.
//   - Request tracking (requests.go, sites.go, headermaps.go,
//     deferred.go): requests from creation through decoration (headers,
//     auth, transports, header maps filled by callers) to the call that
//     sends them, and clients kept behind interfaces and judged where
//     the module stores into them.
//   - Client libraries (libclients.go, librequests.go, agentparams.go):
//     clients and requests of go-jira, go-atlassian, resty,
//     retryablehttp, go-bitbucket and oreo, described by the knowledge
//     package's tables (internal/atlassian) and followed as objects
//     here; a User-Agent a constructor of the module takes from its
//     callers is found at their arguments.
//   - Path conditions (conditions.go, and the paths subpackage): the
//     branches on the way to each alternative of a value (Cond, Alt),
//     and whether something is done on every path between two points
//     of a function (paths.Missed, paths.FromEntry, paths.Describe).
//   - Verification (the verification subpackage): whether a point is
//     reached only after a value the request supplied (an OAuth
//     state) was found to match a value the server stored, on every
//     path (Checks.Guards), and which answer of a verifying helper
//     says so (Verdict). The pass says how the value is read from a
//     request; what counts as a check is decided there.
//   - HTTP handlers (the handlers subpackage): where a function is
//     registered as a handler (a net/http mux, a router's route), which
//     middleware wraps it (chained ahead of it, attached to its router
//     or group, a wrapper it passes through), and whether a middleware
//     calls the next handler only after a check (Chains.GuardsNext);
//     with the closures that share a request and the callers of a
//     helper, whether a request is checked before a point
//     (Chains.Guarded). The check is the pass's (a Guard, such as a
//     verification of the state); the frameworks' request types and
//     the methods that read a query or form value by key (ReadKey)
//     are a table there (Frameworks).
//   - Interprocedural summaries and facts (callers.go, analyzer.go):
//     a helper's parameters resolved caller by caller, summaries of the
//     package's own functions, and facts (Summary, ProvenanceSummary,
//     AuthOptionsSummary, ...) for helpers in other packages of the
//     module. Knowledge of the standard library and client libraries
//     is in tables, never in facts. A request helper of another
//     package whose URL its callers give (helpersends.go) is judged at
//     the importer's call, with its HelperSends and the ResultFields
//     of the constructor that made its receiver: what useragent and
//     siteurl judge there (the headers set on it, a bearer token on
//     every path) is in the HelperSend, and both ask HelperCalls.
//   - URL uses (urluses.go, urlextension.go, textparams.go): where a
//     URL value goes (sent, parsed, redirected to, returned, put in a
//     template), whether it is only a prefix of a longer URL, and the
//     strings that name a URL without being reached (map keys,
//     comparisons, HTTP mock registrations).
//   - Authorize URLs and configuration objects (authorizeurls.go,
//     configobjects.go): a call that builds an authorize URL is
//     evaluated as the URL it returns, the same way for every builder,
//     from what the knowledge package's tables say it is made of (its
//     endpoint or the receiver's field holding it, the parameters it
//     adds, its state and options arguments); the URL fields of a
//     configuration object (an oauth2.Config's endpoints and redirect
//     URL) are followed wherever the object was built. No API is named
//     here: x/oauth2, its options, its HTTP clients and the libraries'
//     calls are rows of internal/atlassian, which calls.go looks up.
package flow
