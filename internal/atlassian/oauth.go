package atlassian

import "strings"

// AuthorizeKind says which of Atlassian's rules for OAuth 2.0 (3LO)
// authorize URLs apply to a URL.
type AuthorizeKind int

const (
	NotAuthorize AuthorizeKind = iota
	// AtlassianAuthorize: https://auth.atlassian.com/authorize, its
	// government-cloud counterpart, or /authorize on a declared host.
	// Atlassian requires state, prompt=consent, audience and
	// response_type=code there.
	AtlassianAuthorize
	// BitbucketAuthorize: https://bitbucket.org/site/oauth2/authorize.
	// Only state matters; Bitbucket knows neither prompt nor audience.
	BitbucketAuthorize
)

func (k AuthorizeKind) String() string {
	switch k {
	case AtlassianAuthorize:
		return "atlassian authorize"
	case BitbucketAuthorize:
		return "bitbucket authorize"
	}
	return "not authorize"
}

// Query parameters of the authorize URL and their required values.
const (
	ParamState        = "state"
	ParamPrompt       = "prompt"
	ParamAudience     = "audience"
	ParamResponseType = "response_type"
	ParamRedirectURI  = "redirect_uri"
	ParamClientID     = "client_id"

	PromptConsent    = "consent"
	ResponseTypeCode = "code"

	// StatePlaceholder is the value Atlassian's documentation writes
	// for state in its example authorize URLs; code that sends it
	// copied the example without choosing a state.
	StatePlaceholder = "YOUR_USER_BOUND_VALUE"

	// GrantAuthorizationCode is the grant_type of the token request
	// that exchanges an authorization code.
	GrantAuthorizationCode = "authorization_code"
)

// ClassifyAuthorize says whether host and path, a URL's host and its
// complete path, are an OAuth 2.0 authorize endpoint, and which. The
// declared hosts of h are authorization servers the user named
// (a proxy or test double of auth.atlassian.com); /authorize on them
// counts as Atlassian's.
func (h Hosts) ClassifyAuthorize(host, path string) AuthorizeKind {
	path = strings.TrimSuffix(path, "/")
	switch h.Classify(host) {
	case AuthServer, Declared:
		if path == "/authorize" {
			return AtlassianAuthorize
		}
	case Bitbucket:
		if NormalizeHost(host) == "bitbucket.org" && path == "/site/oauth2/authorize" {
			return BitbucketAuthorize
		}
	}
	return NotAuthorize
}

// IsTokenEndpoint reports whether host and path are an OAuth 2.0
// token endpoint that exchanges authorization codes: /oauth/token on
// an authorization server (or a declared host of h) and Bitbucket's
// /site/oauth2/access_token. /oauth/token/accessible-resources is an
// API, not the token endpoint.
func (h Hosts) IsTokenEndpoint(host, path string) bool {
	path = strings.TrimSuffix(path, "/")
	switch h.Classify(host) {
	case AuthServer, Declared:
		return path == "/oauth/token"
	case Bitbucket:
		return NormalizeHost(host) == "bitbucket.org" && path == "/site/oauth2/access_token"
	}
	return false
}

// Audience returns the audience an authorize URL on authHost must
// request: the API gateway of the same cloud.
func Audience(authHost string) string {
	return GatewayHost(authHost)
}

// AudienceOK reports whether v is an acceptable audience for an
// authorize URL on authHost. On Atlassian's own authorization servers
// it must be the gateway of the same cloud; a declared host may ask for
// either gateway.
func (h Hosts) AudienceOK(authHost, v string) bool {
	v = strings.ToLower(strings.TrimSpace(v))
	if h.Classify(authHost) == Declared {
		return h.Classify(v) == Gateway && NormalizeHost(v) == v
	}
	return v == Audience(authHost)
}

// IsStatePlaceholder reports whether s is the placeholder Atlassian's
// documentation uses for state, as copied into code.
func IsStatePlaceholder(s string) bool {
	s = strings.Trim(strings.TrimSpace(s), "{}<>$")
	return strings.EqualFold(s, StatePlaceholder)
}

// Options of golang.org/x/oauth2's AuthCodeURL.
//
// (*oauth2.Config).AuthCodeURL adds to the authorize URL what its
// options set. The flow analysis evaluates the options a call is given
// and asks this table what each option variable or constructor sets.

// An OptionSet is a query parameter an AuthCodeURL option sets: the
// constant Key, or the key the argument KeyArg gives; the constant
// Value, or the value the argument ValueArg gives (-1 when the value
// is derived from the arguments and cannot be known).
type OptionSet struct {
	Key      string
	KeyArg   int // -1: Key
	Value    string
	ValueArg int // -1: Value, unless Unknown
	Unknown  bool
}

// OAuth2Path is the import path of golang.org/x/oauth2.
const OAuth2Path = "golang.org/x/oauth2"

var (
	authOptionVars = map[string][]OptionSet{
		"ApprovalForce":     {{Key: ParamPrompt, KeyArg: -1, Value: PromptConsent, ValueArg: -1}},
		"AccessTypeOffline": {{Key: "access_type", KeyArg: -1, Value: "offline", ValueArg: -1}},
		"AccessTypeOnline":  {{Key: "access_type", KeyArg: -1, Value: "online", ValueArg: -1}},
	}
	authOptionFuncs = map[string][]OptionSet{
		"SetAuthURLParam": {{KeyArg: 0, ValueArg: 1}},
		"S256ChallengeOption": {
			{Key: "code_challenge", KeyArg: -1, ValueArg: -1, Unknown: true},
			{Key: "code_challenge_method", KeyArg: -1, Value: "S256", ValueArg: -1},
		},
	}
)

// AuthOptionVar returns what the option variable pkg.name sets
// (oauth2.ApprovalForce: prompt=consent).
func AuthOptionVar(pkg, name string) ([]OptionSet, bool) {
	if pkg != OAuth2Path {
		return nil, false
	}
	sets, ok := authOptionVars[name]
	return sets, ok
}

// AuthOptionFunc returns what an option made by the function pkg.name
// sets (oauth2.SetAuthURLParam(key, value): key=value).
func AuthOptionFunc(pkg, name string) ([]OptionSet, bool) {
	if pkg != OAuth2Path {
		return nil, false
	}
	sets, ok := authOptionFuncs[name]
	return sets, ok
}
