// Package oauthstate defines an Analyzer that checks OAuth 2.0 (3LO)
// authorization flows against Atlassian's authorization server.
//
// # Analyzer oauthstate
//
// oauthstate: check OAuth 2.0 (3LO) authorize URLs and callbacks for Atlassian
//
// An OAuth 2.0 (3LO) app sends the user's browser to an authorize URL,
//
//	https://auth.atlassian.com/authorize?audience=api.atlassian.com&client_id=...&scope=...
//	    &redirect_uri=https://app.example.com/callback&state=...&response_type=code&prompt=consent
//
// and Atlassian sends the browser back to the redirect URI with a code
// that the app's callback exchanges for tokens. Atlassian requires every
// parameter above. The state parameter is what stops the
// account-linking attack described in Atlassian's OAuth 2.0 FAQ: without
// an unguessable state that the callback checks, an attacker can make a
// victim's browser deliver the attacker's code, and the app then links
// the attacker's Atlassian account to the victim's session.
//
// An authorize URL is one whose host is an authorization server
// (auth.atlassian.com, auth.atlassian-us-gov-mod.com, or a host declared
// with -oauthstate.authhosts) and whose path is /authorize, or Bitbucket
// Cloud's https://bitbucket.org/site/oauth2/authorize
// (golang.org/x/oauth2/bitbucket.Endpoint), to which only the state
// rules apply. The pass sees it however it is built:
//
//   - (*oauth2.Config).AuthCodeURL(state, opts...) on a config whose
//     Endpoint.AuthURL is known: a composite literal, field assignments,
//     a package variable, a struct field, or a constructor function in
//     this or another package of the module;
//   - its options: oauth2.SetAuthURLParam(k, v) (a "state" set this way
//     overrides the positional state), oauth2.ApprovalForce (prompt=consent),
//     oauth2.AccessTypeOffline (which means nothing to Atlassian: ask for
//     the offline_access scope instead), and options collected in a slice,
//     with append, and passed as opts...;
//   - text concatenated after AuthCodeURL ("&audience=api.atlassian.com");
//   - hand-built URLs: literals, fmt.Sprintf (explicit argument indexes
//     and widths read from the arguments included), strings.Join,
//     url.Values (Set, Add, literals) with Encode, url.URL with RawQuery,
//     and u.Query() / q.Set / u.RawQuery = q.Encode() on a parsed URL.
//
// AuthCodeURL and Exchange are recognised however they are called: on
// the config, through a method value (f := conf.AuthCodeURL; f(state)),
// a method expression ((*oauth2.Config).AuthCodeURL(conf, state)), or
// with go and defer. A literal that is only compared or matched
// (strings.HasPrefix(loc, "https://auth.atlassian.com/authorize?..."),
// ==, a switch case, a regular expression) is a pattern, not an
// authorize URL, and is not reported.
//
// A URL is judged where it is finished, not where it is still being
// built: a base URL that is later concatenated, formatted, parsed or
// returned to code that completes it is not reported. A URL whose
// query is not entirely known is not reported for a missing parameter,
// and a URL that can be built in several ways is judged only when every
// way leads to an authorization server, and reported only when every
// way lacks the parameter. Generated files and test files (which use
// fixed states and partial URLs on purpose) are not checked.
//
// Command-line flows whose redirect URI is a loopback address (or not
// known) and that read the code from the terminal (fmt.Scan, a bufio
// reader or scanner, os.Args) are exempt from the state rules, not from
// the others. This is decided for each authorize URL by the exchanges
// of its own config, so that a command's terminal login and its web
// callback in one package are told apart; when the package has no
// exchange of that config (it builds the URL for a command in another
// package), a known loopback redirect and no callback in the package
// make it a command-line flow. A command that receives the code on a
// loopback HTTP server is not exempt: any web page the user visits can
// send a request there, so the handler that hands the code over (on a
// channel, say) is a callback like any other, and unverified-state
// reports the exchange of a code it did not check the state of.
//
// # missing-state
//
// The authorize URL has no state parameter, or an empty one:
// AuthCodeURL("") sends none. Reported at the expression that yields the
// URL (the AuthCodeURL call, the literal, or the concatenation or
// u.String() that completes it).
//
// # constant-state
//
// The state is a constant: a literal, a const, a package variable that
// is never reassigned, a helper (in this or another package) that
// returns a literal, or YOUR_USER_BOUND_VALUE, the placeholder of
// Atlassian's documentation. Reported at the state argument or value
// where it enters the URL.
//
// # guessable-state
//
// The state is made from math/rand or math/rand/v2 (a value it returns,
// or a buffer its Read or Intn fills, such as a home-made UUID), the
// time (time.Now, its methods, a Duration's), the process ID, a user or
// account ID alone, or a counter; formatting, encoding or hashing such
// parts, or joining them with constants, keeps them guessable:
// fmt.Sprintf("%d-%d", os.Getpid(), time.Now().UnixNano()), the SHA-256
// of a constant and the user's account ID. A user ID is known by where
// it comes from: a field such as UserID or AccountID, the ID or Login of
// a User or Account, a method such as UserID(); a variable or parameter
// whose value comes from elsewhere is not judged by its name. A state
// passed to a helper that builds the URL is reported at the caller's
// argument, also when the helper is in another package of the module
// (a fact names the parameters its URL takes the state from; this
// holds for constant-state and missing-state too). Not reported: values from crypto/rand (Read, Text,
// io.ReadFull(rand.Reader, b)), oauth2.GenerateVerifier, uuid.New,
// uuid.NewRandom and uuid.NewString, hashes and encodings of those, and
// any mixture with a random part such as a constant prefix joined with
// a random value or a hash with a random salt. Helpers are followed
// however deep, in this package and, by facts, in the other packages of
// the module that send requests, mention Atlassian or import math/rand.
//
// # unverified-state
//
// A callback exchanges an authorization code taken from an HTTP request
// ((*oauth2.Config).Exchange, or a POST of grant_type=authorization_code
// to a token endpoint, also when a generic helper sends the form the
// callback built) on a path that does not go through a successful
// comparison of the request's state with the value bound to the user's
// session. Every path from the handler's entry to the exchange must
// take a branch that says the comparison succeeded: the state equal to
// a cookie, a session value or any other value that is neither a
// constant nor the request's state again (==, subtle.ConstantTimeCompare
// found 1, hmac.Equal), a value looked up by the state found (a map,
// also under a key made from the state such as "oauth_state:"+state or
// fmt.Sprintf("oauth:%s", state), sync.Map, a database/sql query with a
// WHERE clause that is given the state, a store behind an interface),
// or the answer of a helper that checks (in this or another package, by
// facts: which result says the state matched, true, false or a nil
// error) or of a library such as gothic.CompleteUserAuth. So these are
// reported: a mismatch only logged, a comparison whose result is
// ignored or only printed, a check skipped when the cookie is missing
// (if c, err := r.Cookie("state"); err == nil { ... }), a state stored
// in the session and never compared, a helper's answer dropped or read
// the wrong way round; and a comparison with a constant ("null", a
// fixed string), which binds nothing to the session. An INSERT that
// only records the state compares nothing. The request is that of
// net/http, gin, echo or fiber. Reported at the Exchange call or at the
// call that sends the token request, with related information at the
// branches of a path that reaches it (the failed comparison it runs
// after, or the condition under which the check is skipped); when the
// exchange is in a helper some callers guard and others do not, the
// related information names the calls that do not. The rule holds for
// any provider: where every token URL is known and not Atlassian's,
// the message speaks of the attacker's own account there.
//
// The check may be elsewhere on the way to the exchange: in the caller
// of a helper that reads the code and exchanges it (every caller must
// check), in the handler whose request a closure uses, in middleware
// wrapped around the handler (of this package or, by facts, another:
// mw.RequireState(callback)) that calls the next handler only after the
// check succeeded, or in gin middleware that runs before it
// (r.GET(path, verifyState, callback), r.Group(path, verifyState),
// r.Use(verifyState)). What atlvet cannot see counts as checked when
// its answer guards the exchange: a state handed to an interface
// method or a function value, a request handed to one that returns a
// verdict (if err := s.store.Validate(r); err != nil { return }), a
// handler wrapped by one.
//
// A command that receives the code on a loopback server exchanges a
// code taken from an HTTP request too. A value received from a channel
// (v := <-ch, case v := <-ch in a select, for v := range ch), also
// through a struct of channels or a struct sent whole, is what the
// package sends on that channel: the handler that sends the code must
// compare the state before it does, or the function that receives it
// must compare the state that came with it.
//
// # missing-prompt
//
// The authorize URL has no prompt parameter, or one other than consent;
// Atlassian requires prompt=consent so that the consent screen is shown.
// The fix adds oauth2.SetAuthURLParam("prompt", "consent") to an
// AuthCodeURL call (not one that passes opts...), or prompt=consent to
// the literal that holds the URL's query.
//
// # missing-audience
//
// The authorize URL has no audience=api.atlassian.com, or the wrong
// one; on the government cloud's authorization server the audience is
// its own gateway, api.atlassian-us-gov-mod.com. The fix adds it as for
// missing-prompt. One Atlassian page omits the parameter, so the rule
// can be turned off with -oauthstate.audience=false.
//
// # response-type
//
// A hand-built authorize URL has no response_type, or one other than
// code (an AuthCodeURL option can override it too). Atlassian's 3LO flow
// only issues authorization codes.
//
// # insecure-redirect
//
// The redirect URI (oauth2.Config.RedirectURL of a config for an
// Atlassian or Bitbucket authorization server, a redirect_uri in a
// hand-built URL or set with SetAuthURLParam, also one handed to a
// constructor in another package that stores it into RedirectURL) is
// plain http:// to a host that is not loopback, so the authorization
// code travels unencrypted. Reported at the literal that holds the
// scheme, also when it is a constant's (RedirectURL: base + "/callback"
// is reported at base's literal), and when a local variable chosen
// branch by branch holds it (reported at the branch's literal, with
// the use as related information). http://localhost and http://127.0.0.1
// are fine: the code never leaves the machine.
//
// # Packages that do not type-check
//
// A package that does not type-check has no SSA form, so only the
// authorize URLs that a string literal (or a constant concatenation)
// spells whole are judged there, when it is used as it is: handed to a
// function of the standard library such as http.Redirect, or kept in
// a variable or constant used only so. They get the rules that read
// the URL's text: missing-state, constant-state, missing-prompt,
// missing-audience, response-type and insecure-redirect (for its
// redirect_uri). AuthCodeURL calls, states and URLs built at run time,
// RedirectURL fields and callbacks (guessable-state, unverified-state)
// are not judged, and no fix is offered.
//
// # Flags
//
//	-oauthstate.authhosts=auth.example.com
//	    more hosts that serve Atlassian's /authorize and /oauth/token
//	    (a proxy or a test double)
//	-oauthstate.audience=false
//	    do not report missing-audience (an //atlvet:ignore directive
//	    for the rule is then not reported as silencing nothing)
package oauthstate
