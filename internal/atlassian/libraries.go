package atlassian

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Client libraries, modelled from tables.
//
// Most integrations reach Atlassian through a client library rather
// than bare net/http. The passes do not analyse a library's source to
// learn what it sends (drivers need not analyse dependencies, and what
// a library does with a token is buried under layers of interfaces);
// they ask these tables instead. Each row names a function or method
// by identity (package path, receiver type name, name) and says what a
// call of it means: it creates a client, sets a credential, sends a
// request, and so on. The rows were written by reading the source of
// the version each ClientLibrary names; docs/libraries.md says what
// each row means to each pass.

// A ClientLibrary is a client library atlvet models.
type ClientLibrary struct {
	// Name is how messages name the library: "go-jira", "resty".
	Name string
	// Module and Version say which source the tables were checked
	// against.
	Module, Version string
	// ImportPaths are the packages a program imports to use the
	// library.
	ImportPaths []string
	// DefaultUserAgent is what the library sends as User-Agent when
	// nothing sets one; "" means it adds none and Go sends its own,
	// Go-http-client/1.1. "<version>" stands for the library's version.
	DefaultUserAgent string
	// Atlassian is true when every request of the library goes to an
	// Atlassian product's REST API, whatever its base URL says (go-jira,
	// go-atlassian, go-bitbucket); general HTTP libraries (resty,
	// retryablehttp, oreo) are judged by the URLs they are given.
	Atlassian bool
	// BuildsRequests is true when the library builds the requests of
	// its Send calls itself from the client's settings (go-jira and
	// go-atlassian service calls, go-bitbucket, resty): the client,
	// not the call, decides their User-Agent and credentials, so
	// useragent/default and siteurl/bearer-to-site are reported once,
	// at the expression that creates the client. Requests a program
	// builds itself with a library's request API (RoleNewRequest and
	// RoleDo, net/http-shaped sends such as retryablehttp's) are
	// judged at the send, as with net/http.
	BuildsRequests bool
	// ClientType is the type, in each of ImportPaths, of the clients
	// its constructors make, for the libraries that build requests:
	// a value of it that a function gets as a parameter is a client
	// whose settings are made elsewhere.
	ClientType string
}

// A LibraryRole says what a call of a library function or method does.
type LibraryRole int

const (
	RoleNone LibraryRole = iota
	// RoleNewClient creates a client. ArgURL is its base URL (else
	// DefaultBaseURL); ArgHTTPClient the *http.Client, or an interface
	// with Do(*http.Request), that sends its requests (nil: Go's
	// default client); ArgUser and ArgSecret credentials it sends with
	// every request; ArgOptions the variadic RoleOption values that
	// configure it.
	RoleNewClient
	// RoleSetBaseURL sets the receiver's base URL to ArgURL.
	RoleSetBaseURL
	// RoleSetCredential makes the receiver send Auth credentials:
	// ArgUser and ArgSecret.
	RoleSetCredential
	// RoleSetAuthScheme sets the scheme ArgValue that precedes the
	// token of a RoleSetCredential call with Auth AuthBearer ("Bearer"
	// unless set; another scheme makes it no bearer token).
	RoleSetAuthScheme
	// RoleSetUserAgent sets the User-Agent of the receiver's requests
	// to ArgValue.
	RoleSetUserAgent
	// RoleSetHeader sets the header ArgName to ArgValue on every
	// request of the receiver. The name is compared canonically
	// ("user-agent" is User-Agent) unless ExactName is set.
	RoleSetHeader
	// RoleSetHeaders sets the headers of the map ArgMap, name to value
	// (map[string]string or map[string][]string).
	RoleSetHeaders
	// RoleHeaderMap returns the receiver's header map itself: a Set
	// or Add on the result is a header of every request.
	RoleHeaderMap
	// RoleSetQueryParam adds the query parameter ArgName=ArgValue to
	// the receiver's requests.
	RoleSetQueryParam
	// RoleSetQueryParams adds the query parameters of the map ArgMap
	// (map[string]string or url.Values).
	RoleSetQueryParams
	// RoleSetQueryString adds the raw query string ArgValue
	// ("a=1&b=2").
	RoleSetQueryString
	// RoleNewRequestBuilder returns a new request bound to the
	// receiver client: it has the client's settings, and its own
	// setters add to them for that request only.
	RoleNewRequestBuilder
	// RoleSetURL sets the URL ArgURL that the receiver request's
	// argument-less Send uses.
	RoleSetURL
	// RoleSend sends a request the library builds from the receiver's
	// settings. ArgURL is its URL, resolved against the client's base
	// URL when ResolvesURL is set; without ArgURL the URL is the
	// client's base URL plus a path of the library's (service calls),
	// the request's URL field (RoleSetURL, FieldURL), or FixedURL.
	RoleSend
	// RoleNewRequest creates a request a program sends itself with a
	// RoleDo call: ArgURL is its URL, resolved against the receiver
	// client's base URL when ResolvesURL is set. A request of a
	// client's NewRequest carries the client's credentials (go-jira's
	// Authentication.SetBasicAuth and session cookie, go-atlassian's
	// Auth setters) and the User-Agent of go-atlassian's
	// Auth.SetUserAgent.
	RoleNewRequest
	// RoleWrapRequest returns a library request that wraps the
	// *http.Request ArgRequest: its URL and headers are that
	// request's.
	RoleWrapRequest
	// RoleBuildRequest returns the *http.Request the receiver, a
	// request builder, has built.
	RoleBuildRequest
	// RoleDo sends the request ArgRequest as it is, through the
	// receiver's HTTP client (that of its RoleNewClient, or the field
	// of role FieldHTTPClient).
	RoleDo
	// RoleTransportClient returns an *http.Client whose Transport is
	// the receiver: its requests get the receiver's Auth credentials.
	RoleTransportClient
	// RoleRoundTrip is the RoundTrip method of a library transport:
	// it adds Auth credentials (from the receiver's fields) to each
	// request and passes it to the transport in the receiver's field of
	// role FieldInnerTransport (http.DefaultTransport when nil), or
	// sends it through the client in its FieldHTTPClient field.
	RoleRoundTrip
	// RoleSetTransport sets the receiver client's http.RoundTripper
	// to ArgTransport.
	RoleSetTransport
	// RoleOption returns an option for the ArgOptions of a
	// RoleNewClient call: passed there, it adds Auth credentials
	// (ArgSecret) or the OAuth configuration ArgConfig to that client.
	RoleOption
	// RoleAuthorizeURL returns an OAuth 2.0 authorize URL: FixedURL
	// with the query parameters the library always adds, plus the
	// state ArgState and the client ID, scope and redirect_uri of the
	// receiver's OAuth configuration.
	RoleAuthorizeURL
	// RoleExchangeCode exchanges the authorization code ArgCode for
	// tokens at FixedURL (or the endpoint of its arguments).
	RoleExchangeCode
	// RoleChain is a setter atlvet does not model beyond what it
	// returns (Result): its receiver (a builder chain goes on), or a
	// copy of it with the same settings. Chain rules cover whole
	// method sets; they apply only to methods whose one result has
	// the receiver's type, which a caller of LookupLibraryCall checks.
	RoleChain
)

var libraryRoleNames = [...]string{
	RoleNone:              "none",
	RoleNewClient:         "new client",
	RoleSetBaseURL:        "set base URL",
	RoleSetCredential:     "set credential",
	RoleSetAuthScheme:     "set auth scheme",
	RoleSetUserAgent:      "set User-Agent",
	RoleSetHeader:         "set header",
	RoleSetHeaders:        "set headers",
	RoleHeaderMap:         "header map",
	RoleSetQueryParam:     "set query parameter",
	RoleSetQueryParams:    "set query parameters",
	RoleSetQueryString:    "set query string",
	RoleNewRequestBuilder: "new request builder",
	RoleSetURL:            "set URL",
	RoleSend:              "send",
	RoleNewRequest:        "new request",
	RoleWrapRequest:       "wrap request",
	RoleBuildRequest:      "build request",
	RoleDo:                "do",
	RoleTransportClient:   "transport client",
	RoleRoundTrip:         "round trip",
	RoleSetTransport:      "set transport",
	RoleOption:            "option",
	RoleAuthorizeURL:      "authorize URL",
	RoleExchangeCode:      "exchange code",
	RoleChain:             "chain",
}

func (r LibraryRole) String() string {
	if r >= 0 && int(r) < len(libraryRoleNames) {
		return libraryRoleNames[r]
	}
	return "LibraryRole(?)"
}

// An ArgKind says what an argument of a library call is.
type ArgKind int

const (
	ArgURL        ArgKind = iota + 1 // a URL: string, *url.URL or url.URL
	ArgTokenURL                      // the OAuth token endpoint a call sends to
	ArgHTTPClient                    // the *http.Client, or an interface with Do, that sends
	ArgUser                          // a user name, e-mail address or client ID
	ArgSecret                        // a credential: a secrets sink
	ArgName                          // a header or query parameter name
	ArgValue                         // a header or query parameter value, User-Agent, auth scheme or query string
	ArgMap                           // a map of header or query names to values
	ArgState                         // an OAuth 2.0 state
	ArgCode                          // an OAuth 2.0 authorization code
	ArgRequest                       // an *http.Request or a library request
	ArgTransport                     // an http.RoundTripper
	ArgOptions                       // the variadic options of a constructor
	ArgConfig                        // an OAuth configuration (its fields are in LibraryField)
)

var argKindNames = [...]string{
	ArgURL:        "URL",
	ArgTokenURL:   "token URL",
	ArgHTTPClient: "HTTP client",
	ArgUser:       "user",
	ArgSecret:     "secret",
	ArgName:       "name",
	ArgValue:      "value",
	ArgMap:        "map",
	ArgState:      "state",
	ArgCode:       "code",
	ArgRequest:    "request",
	ArgTransport:  "transport",
	ArgOptions:    "options",
	ArgConfig:     "config",
}

func (k ArgKind) String() string {
	if k > 0 && int(k) < len(argKindNames) {
		return argKindNames[k]
	}
	return "ArgKind(?)"
}

// A LibraryArg is one argument of a library call: its 0-based index
// among the parameters (the receiver excluded) and what it is.
type LibraryArg struct {
	Index int
	Kind  ArgKind
}

// AuthScheme is the kind of credential a library call or field takes.
type AuthScheme int

const (
	AuthNone AuthScheme = iota
	// AuthBasic: a user name or e-mail address and a password or API
	// token, sent as HTTP Basic authentication.
	AuthBasic
	// AuthBearer: an OAuth 2.0 access token sent as "Bearer <token>".
	// Sent to a Cloud site, it is siteurl/bearer-to-site.
	AuthBearer
	// AuthPAT: a Data Center personal access token, sent as
	// "Bearer <token>" but no OAuth token: it belongs on the
	// Data Center host.
	AuthPAT
	// AuthSessionCookie: a user name and password exchanged for a
	// session cookie.
	AuthSessionCookie
	// AuthClientSecret: an OAuth 2.0 client secret. A client made
	// from client credentials sends the access tokens it gets as
	// bearer tokens.
	AuthClientSecret
	// AuthJWT: an Atlassian Connect shared secret that signs a JWT.
	AuthJWT
	// AuthDigest: a user name and password for HTTP Digest
	// authentication.
	AuthDigest
)

var authSchemeNames = [...]string{
	AuthNone:          "none",
	AuthBasic:         "basic",
	AuthBearer:        "bearer",
	AuthPAT:           "personal access token",
	AuthSessionCookie: "session cookie",
	AuthClientSecret:  "client secret",
	AuthJWT:           "JWT",
	AuthDigest:        "digest",
}

func (a AuthScheme) String() string {
	if a >= 0 && int(a) < len(authSchemeNames) {
		return authSchemeNames[a]
	}
	return "AuthScheme(?)"
}

// SendsOAuthBearer reports whether a client configured with a
// credential of this scheme sends OAuth 2.0 bearer tokens: a bearer
// token itself, or client credentials the library exchanges for one.
func (a AuthScheme) SendsOAuthBearer() bool {
	return a == AuthBearer || a == AuthClientSecret
}

// ResultKind says what a library method returns in terms of its
// receiver.
type ResultKind int

const (
	ResultOther    ResultKind = iota
	ResultReceiver            // the receiver itself: a builder chain
	ResultCopy                // a copy of the receiver with its settings (and the call's)
)

// A LibraryCall describes calls of one library function or method.
type LibraryCall struct {
	Library *ClientLibrary
	// Pkg, Recv and Name identify the function: Recv is the name of
	// the receiver's named type ("" for a function), which may be an
	// interface; RecvPointer notes a pointer receiver.
	Pkg, Recv, Name string
	RecvPointer     bool
	Role            LibraryRole
	// Args lists the arguments that matter, in parameter order.
	Args []LibraryArg
	// Auth is the kind of credential the call takes or sets.
	Auth AuthScheme
	// Env names the environment variable a fix suggests for a
	// hard-coded ArgSecret.
	Env string
	// DefaultBaseURL is a RoleNewClient's base URL when it has no
	// ArgURL or the argument is "". BaseURLEnv names an environment
	// variable the library reads it from first.
	DefaultBaseURL, BaseURLEnv string
	// FixedURL is the URL the call sends to or returns, as far as
	// the library fixes it (query parameters included).
	FixedURL string
	// ResolvesURL: ArgURL may be relative to the client's base URL.
	ResolvesURL bool
	// ExactName: a header name is used as spelled, not canonicalised.
	ExactName bool
	// Sends: the call sends at least one request.
	Sends bool
	// Result says whether the call returns its receiver.
	Result ResultKind
	// Note records a fact the fields cannot say.
	Note string
}

// Arg returns the index of the first argument of the given kind, or -1.
func (c LibraryCall) Arg(kind ArgKind) int {
	for _, a := range c.Args {
		if a.Kind == kind {
			return a.Index
		}
	}
	return -1
}

// ArgKindAt returns what argument i is, or 0.
func (c LibraryCall) ArgKindAt(i int) ArgKind {
	for _, a := range c.Args {
		if a.Index == i {
			return a.Kind
		}
	}
	return 0
}

// Describe names the call as messages do: "go-jira
// BasicAuthTransport.Client", "resty SetAuthToken".
func (c LibraryCall) Describe() string {
	if c.Recv == "" {
		return c.Library.Name + " " + c.Name
	}
	return c.Library.Name + " " + c.Recv + "." + c.Name
}

// A FieldRole says what a struct field of a library type is.
type FieldRole int

const (
	FieldNone FieldRole = iota
	// FieldUser: the user name of a credential (not a secret).
	FieldUser
	// FieldSecret: a credential of scheme Auth: a secrets sink.
	FieldSecret
	// FieldInnerTransport: the http.RoundTripper a library transport
	// passes its requests to (http.DefaultTransport when nil); what it
	// does to requests (a User-Agent) applies after the library's.
	FieldInnerTransport
	// FieldHTTPClient: the client that sends the library's requests.
	FieldHTTPClient
	// FieldRedirectURI: an OAuth 2.0 redirect_uri.
	FieldRedirectURI
	// FieldIgnoredUserAgent: a User-Agent the library never sends;
	// setting it does not set one.
	FieldIgnoredUserAgent
	// FieldBaseURL: the client's base URL.
	FieldBaseURL
	// FieldURL: a URL the library sends a request to.
	FieldURL
	// FieldHeader: an http.Header whose entries are sent with every
	// request of the value that holds it.
	FieldHeader
	// FieldQuery: url.Values added to the query of every request of
	// the value that holds it.
	FieldQuery
	// FieldAuthScheme: the scheme before a FieldSecret bearer token.
	FieldAuthScheme
	// FieldCredentials: a struct of FieldUser and FieldSecret fields
	// the value sends.
	FieldCredentials
	// FieldRequest: the *http.Request a library request wraps.
	FieldRequest
)

var fieldRoleNames = [...]string{
	FieldNone:             "none",
	FieldUser:             "user",
	FieldSecret:           "secret",
	FieldInnerTransport:   "inner transport",
	FieldHTTPClient:       "HTTP client",
	FieldRedirectURI:      "redirect URI",
	FieldIgnoredUserAgent: "ignored User-Agent",
	FieldBaseURL:          "base URL",
	FieldURL:              "URL",
	FieldHeader:           "header",
	FieldQuery:            "query",
	FieldAuthScheme:       "auth scheme",
	FieldCredentials:      "credentials",
	FieldRequest:          "request",
}

func (r FieldRole) String() string {
	if r >= 0 && int(r) < len(fieldRoleNames) {
		return fieldRoleNames[r]
	}
	return "FieldRole(?)"
}

// A LibraryField describes a struct field of a library type.
type LibraryField struct {
	Library          *ClientLibrary
	Pkg, Type, Field string
	Role             FieldRole
	Auth             AuthScheme
	// Env names the environment variable a fix suggests for a
	// hard-coded FieldSecret.
	Env  string
	Note string
}

// Describe names the field as messages do: "go-jira
// BasicAuthTransport.Password".
func (f LibraryField) Describe() string {
	return f.Library.Name + " " + f.Type + "." + f.Field
}

// Environment variables the secrets fixes suggest.
const (
	envAPIToken      = "ATLASSIAN_API_TOKEN"
	envAccessToken   = "ATLASSIAN_ACCESS_TOKEN"
	envRefreshToken  = "ATLASSIAN_REFRESH_TOKEN"
	envPAT           = "ATLASSIAN_PERSONAL_ACCESS_TOKEN"
	envPassword      = "ATLASSIAN_PASSWORD"
	envClientSecret  = "ATLASSIAN_CLIENT_SECRET"
	envSharedSecret  = "ATLASSIAN_CONNECT_SHARED_SECRET"
	envBitbucket     = "BITBUCKET_API_TOKEN"
	envBitbucketAuth = "BITBUCKET_OAUTH_SECRET"
	envBitbucketBear = "BITBUCKET_ACCESS_TOKEN"
)

// Well-known URLs the libraries default to or fix.
const (
	gatewayBaseURL        = "https://api.atlassian.com/"
	bitbucketAPIBaseURL   = "https://api.bitbucket.org/2.0"
	bitbucketTokenURL     = "https://bitbucket.org/site/oauth2/access_token"
	atlassianTokenURL     = "https://auth.atlassian.com/oauth/token"
	atlassianResourcesURL = "https://api.atlassian.com/oauth/token/accessible-resources"
	// goAtlassianAuthorizeURL is what go-atlassian's
	// GetAuthorizationURL always returns, before the state, client_id,
	// scope and redirect_uri it adds from its arguments and
	// configuration.
	goAtlassianAuthorizeURL = "https://auth.atlassian.com/authorize?audience=api.atlassian.com&prompt=consent&response_type=code"
)

// The libraries.
var (
	libGoJiraV1 = &ClientLibrary{
		Name: "go-jira", Module: goJiraV1, Version: "v1.17.0",
		ImportPaths:    []string{goJiraV1},
		BuildsRequests: true, Atlassian: true, ClientType: "Client",
	}
	libGoJiraV2 = &ClientLibrary{
		Name: "go-jira", Module: "github.com/andygrunwald/go-jira/v2", Version: "v2.0.0-20240116150243-50d59fe116d6",
		ImportPaths:    []string{goJiraCloud, goJiraOnPremise},
		BuildsRequests: true, Atlassian: true, ClientType: "Client",
	}
	libGoAtlassianV2 = &ClientLibrary{
		Name: "go-atlassian", Module: goAtlassianV2, Version: "v2.12.0",
		ImportPaths:    goAtlassianImports(goAtlassianV2, true),
		BuildsRequests: true, Atlassian: true, ClientType: "Client",
	}
	libGoAtlassianV1 = &ClientLibrary{
		Name: "go-atlassian", Module: goAtlassianV1, Version: "v1.6.1",
		ImportPaths:    goAtlassianImports(goAtlassianV1, false),
		BuildsRequests: true, Atlassian: true, ClientType: "Client",
	}
	libRestyV2 = &ClientLibrary{
		Name: "resty", Module: restyV2, Version: "v2.17.2",
		ImportPaths:      []string{restyV2},
		DefaultUserAgent: "go-resty/<version> (https://github.com/go-resty/resty)",
		BuildsRequests:   true,
		ClientType:       "Client",
	}
	libRestyV3 = &ClientLibrary{
		Name: "resty", Module: restyV3, Version: "v3.0.0-rc.4",
		ImportPaths:      []string{restyV3},
		DefaultUserAgent: "go-resty/<version> (https://resty.dev)",
		BuildsRequests:   true,
		ClientType:       "Client",
	}
	libRetryableHTTP = &ClientLibrary{
		Name: "retryablehttp", Module: retryableHTTP, Version: "v0.7.8",
		ImportPaths: []string{retryableHTTP},
	}
	libGoBitbucket = &ClientLibrary{
		Name: "go-bitbucket", Module: goBitbucket, Version: "v0.10.0",
		ImportPaths:    []string{goBitbucket},
		BuildsRequests: true, Atlassian: true, ClientType: "Client",
	}
	libOreo = &ClientLibrary{
		Name: "oreo", Module: oreo, Version: "v0.0.0-20180804211640-3e1b88fc08f1",
		ImportPaths: []string{oreo},
	}
	libClientCredentials = &ClientLibrary{
		Name: "clientcredentials", Module: "golang.org/x/oauth2", Version: "v0.38.0",
		ImportPaths: []string{clientCredentials},
	}
)

// ClientLibraries returns the modelled libraries. Callers must not
// modify them.
func ClientLibraries() []*ClientLibrary {
	return []*ClientLibrary{
		libGoJiraV1, libGoJiraV2, libGoAtlassianV2, libGoAtlassianV1,
		libRestyV2, libRestyV3, libRetryableHTTP, libGoBitbucket, libOreo,
		libClientCredentials,
	}
}

// Package paths.
const (
	goJiraV1          = "github.com/andygrunwald/go-jira"
	goJiraCloud       = "github.com/andygrunwald/go-jira/v2/cloud"
	goJiraOnPremise   = "github.com/andygrunwald/go-jira/v2/onpremise"
	goAtlassianV1     = "github.com/ctreminiom/go-atlassian"
	goAtlassianV2     = "github.com/ctreminiom/go-atlassian/v2"
	restyV2           = "github.com/go-resty/resty/v2"
	restyV3           = "resty.dev/v3"
	retryableHTTP     = "github.com/hashicorp/go-retryablehttp"
	goBitbucket       = "github.com/ktrysmt/go-bitbucket"
	oreo              = "github.com/coryb/oreo"
	clientCredentials = "golang.org/x/oauth2/clientcredentials"
)

// A goAtlassianClient is one client package of go-atlassian: its
// path below the module, the package holding its services, and where
// New takes its site.
type goAtlassianClient struct {
	sub, services  string
	siteArg        int    // -1: New has no site parameter
	defaultBaseURL string // used when the site is "" (or absent)
}

// goAtlassianClients are the same in v1 and v2. admin.New has no site:
// the admin API lives on the gateway. assets and bitbucket fall back to
// their default when the site is "".
var goAtlassianClients = []goAtlassianClient{
	{"jira/v2", "jira/internal", 1, ""},
	{"jira/v3", "jira/internal", 1, ""},
	{"jira/agile", "jira/agile/internal", 1, ""},
	{"jira/sm", "jira/sm/internal", 1, ""},
	{"confluence", "confluence/internal", 1, ""},
	{"confluence/v2", "confluence/internal", 1, ""},
	{"admin", "admin/internal", -1, gatewayBaseURL},
	{"assets", "assets/internal", 1, gatewayBaseURL},
	{"bitbucket", "bitbucket/internal", 1, "https://api.bitbucket.org"},
}

func goAtlassianImports(module string, v2 bool) []string {
	var paths []string
	for _, c := range goAtlassianClients {
		paths = append(paths, module+"/"+c.sub)
	}
	paths = append(paths, module+"/service/common")
	if v2 {
		paths = append(paths, module+"/pkg/infra/oauth2")
	}
	return paths
}

// goJiraCalls are go-jira's constructor, request API, transports and
// authentication, in v1 and in v2's cloud and onpremise packages.
func goJiraCalls() []LibraryCall {
	const sessionNote = "posts user and password to rest/auth/1/session on the base URL; later requests of NewRequest and service calls carry the session cookie"
	calls := []LibraryCall{
		{Library: libGoJiraV1, Pkg: goJiraV1, Name: "NewClient", Role: RoleNewClient,
			Args: []LibraryArg{{0, ArgHTTPClient}, {1, ArgURL}}},
		{Library: libGoJiraV1, Pkg: goJiraV1, Recv: "AuthenticationService", RecvPointer: true, Name: "SetBasicAuth",
			Role: RoleSetCredential, Args: []LibraryArg{{0, ArgUser}, {1, ArgSecret}}, Auth: AuthBasic, Env: envAPIToken,
			Note: "deprecated; NewRequest and service calls then set Basic auth"},
		{Library: libGoJiraV1, Pkg: goJiraV1, Recv: "AuthenticationService", RecvPointer: true, Name: "AcquireSessionCookie",
			Role: RoleSetCredential, Args: []LibraryArg{{0, ArgUser}, {1, ArgSecret}}, Auth: AuthSessionCookie, Env: envPassword, Sends: true, Note: sessionNote},
		{Library: libGoJiraV1, Pkg: goJiraV1, Recv: "AuthenticationService", RecvPointer: true, Name: "AcquireSessionCookieWithContext",
			Role: RoleSetCredential, Args: []LibraryArg{{1, ArgUser}, {2, ArgSecret}}, Auth: AuthSessionCookie, Env: envPassword, Sends: true, Note: sessionNote},
		{Library: libGoJiraV1, Pkg: goJiraV1, Recv: "Client", RecvPointer: true, Name: "NewRequest", Role: RoleNewRequest,
			Args: []LibraryArg{{1, ArgURL}}, ResolvesURL: true},
		{Library: libGoJiraV1, Pkg: goJiraV1, Recv: "Client", RecvPointer: true, Name: "NewRequestWithContext", Role: RoleNewRequest,
			Args: []LibraryArg{{2, ArgURL}}, ResolvesURL: true},
		{Library: libGoJiraV1, Pkg: goJiraV1, Recv: "Client", RecvPointer: true, Name: "NewRawRequest", Role: RoleNewRequest,
			Args: []LibraryArg{{1, ArgURL}}, ResolvesURL: true},
		{Library: libGoJiraV1, Pkg: goJiraV1, Recv: "Client", RecvPointer: true, Name: "NewRawRequestWithContext", Role: RoleNewRequest,
			Args: []LibraryArg{{2, ArgURL}}, ResolvesURL: true},
		{Library: libGoJiraV1, Pkg: goJiraV1, Recv: "Client", RecvPointer: true, Name: "NewMultiPartRequest", Role: RoleNewRequest,
			Args: []LibraryArg{{1, ArgURL}}, ResolvesURL: true},
		{Library: libGoJiraV1, Pkg: goJiraV1, Recv: "Client", RecvPointer: true, Name: "NewMultiPartRequestWithContext", Role: RoleNewRequest,
			Args: []LibraryArg{{2, ArgURL}}, ResolvesURL: true},
		{Library: libGoJiraV1, Pkg: goJiraV1, Recv: "Client", RecvPointer: true, Name: "Do", Role: RoleDo,
			Args: []LibraryArg{{0, ArgRequest}}, Sends: true},

		{Library: libGoJiraV2, Pkg: goJiraOnPremise, Recv: "AuthenticationService", RecvPointer: true, Name: "SetBasicAuth",
			Role: RoleSetCredential, Args: []LibraryArg{{0, ArgUser}, {1, ArgSecret}}, Auth: AuthBasic, Env: envAPIToken,
			Note: "NewRequest and service calls then set Basic auth"},
		{Library: libGoJiraV2, Pkg: goJiraOnPremise, Recv: "AuthenticationService", RecvPointer: true, Name: "AcquireSessionCookie",
			Role: RoleSetCredential, Args: []LibraryArg{{1, ArgUser}, {2, ArgSecret}}, Auth: AuthSessionCookie, Env: envPassword, Sends: true, Note: sessionNote},
	}
	for _, pkg := range []string{goJiraCloud, goJiraOnPremise} {
		calls = append(calls,
			LibraryCall{Library: libGoJiraV2, Pkg: pkg, Name: "NewClient", Role: RoleNewClient,
				Args: []LibraryArg{{0, ArgURL}, {1, ArgHTTPClient}}},
			LibraryCall{Library: libGoJiraV2, Pkg: pkg, Recv: "Client", RecvPointer: true, Name: "NewRequest", Role: RoleNewRequest,
				Args: []LibraryArg{{2, ArgURL}}, ResolvesURL: true},
			LibraryCall{Library: libGoJiraV2, Pkg: pkg, Recv: "Client", RecvPointer: true, Name: "NewRawRequest", Role: RoleNewRequest,
				Args: []LibraryArg{{2, ArgURL}}, ResolvesURL: true},
			LibraryCall{Library: libGoJiraV2, Pkg: pkg, Recv: "Client", RecvPointer: true, Name: "NewMultiPartRequest", Role: RoleNewRequest,
				Args: []LibraryArg{{2, ArgURL}}, ResolvesURL: true},
			LibraryCall{Library: libGoJiraV2, Pkg: pkg, Recv: "Client", RecvPointer: true, Name: "Do", Role: RoleDo,
				Args: []LibraryArg{{0, ArgRequest}}, Sends: true},
		)
	}
	// The auth transports: which package has which, and the scheme.
	transports := []struct {
		lib  *ClientLibrary
		pkg  string
		typ  string
		auth AuthScheme
	}{
		{libGoJiraV1, goJiraV1, "BasicAuthTransport", AuthBasic},
		{libGoJiraV1, goJiraV1, "BearerAuthTransport", AuthBearer},
		{libGoJiraV1, goJiraV1, "PATAuthTransport", AuthPAT},
		{libGoJiraV1, goJiraV1, "CookieAuthTransport", AuthSessionCookie},
		{libGoJiraV1, goJiraV1, "JWTAuthTransport", AuthJWT},
		{libGoJiraV2, goJiraCloud, "BasicAuthTransport", AuthBasic},
		{libGoJiraV2, goJiraCloud, "JWTAuthTransport", AuthJWT},
		{libGoJiraV2, goJiraOnPremise, "BasicAuthTransport", AuthBasic},
		{libGoJiraV2, goJiraOnPremise, "BearerAuthTransport", AuthBearer},
		{libGoJiraV2, goJiraOnPremise, "PATAuthTransport", AuthPAT},
		{libGoJiraV2, goJiraOnPremise, "CookieAuthTransport", AuthSessionCookie},
		{libGoJiraV2, goJiraOnPremise, "JWTAuthTransport", AuthJWT},
	}
	for _, t := range transports {
		var note string
		if t.auth == AuthSessionCookie {
			note = "the first request first posts Username and Password to AuthURL through a new http.Client: Go's default User-Agent, not the inner Transport"
		}
		calls = append(calls,
			LibraryCall{Library: t.lib, Pkg: t.pkg, Recv: t.typ, RecvPointer: true, Name: "Client", Role: RoleTransportClient, Auth: t.auth},
			LibraryCall{Library: t.lib, Pkg: t.pkg, Recv: t.typ, RecvPointer: true, Name: "RoundTrip", Role: RoleRoundTrip,
				Args: []LibraryArg{{0, ArgRequest}}, Auth: t.auth, Sends: t.auth == AuthSessionCookie, Note: note},
		)
	}
	return calls
}

// goJiraFields are the fields of go-jira's transports and client.
func goJiraFields() []LibraryField {
	var fields []LibraryField
	add := func(lib *ClientLibrary, pkg, typ, field string, role FieldRole, auth AuthScheme, env string) {
		fields = append(fields, LibraryField{Library: lib, Pkg: pkg, Type: typ, Field: field, Role: role, Auth: auth, Env: env})
	}
	for _, p := range []struct {
		lib *ClientLibrary
		pkg string
	}{{libGoJiraV1, goJiraV1}, {libGoJiraV2, goJiraOnPremise}} {
		add(p.lib, p.pkg, "BasicAuthTransport", "Username", FieldUser, AuthBasic, "")
		add(p.lib, p.pkg, "BasicAuthTransport", "Password", FieldSecret, AuthBasic, envAPIToken)
		add(p.lib, p.pkg, "BearerAuthTransport", "Token", FieldSecret, AuthBearer, envAccessToken)
		add(p.lib, p.pkg, "PATAuthTransport", "Token", FieldSecret, AuthPAT, envPAT)
		add(p.lib, p.pkg, "CookieAuthTransport", "Username", FieldUser, AuthSessionCookie, "")
		add(p.lib, p.pkg, "CookieAuthTransport", "Password", FieldSecret, AuthSessionCookie, envPassword)
		add(p.lib, p.pkg, "CookieAuthTransport", "AuthURL", FieldURL, AuthNone, "")
		for _, typ := range []string{"BasicAuthTransport", "BearerAuthTransport", "PATAuthTransport", "CookieAuthTransport", "JWTAuthTransport"} {
			add(p.lib, p.pkg, typ, "Transport", FieldInnerTransport, AuthNone, "")
		}
		add(p.lib, p.pkg, "JWTAuthTransport", "Secret", FieldSecret, AuthJWT, envSharedSecret)
	}
	add(libGoJiraV2, goJiraCloud, "BasicAuthTransport", "Username", FieldUser, AuthBasic, "")
	add(libGoJiraV2, goJiraCloud, "BasicAuthTransport", "APIToken", FieldSecret, AuthBasic, envAPIToken)
	add(libGoJiraV2, goJiraCloud, "BasicAuthTransport", "Transport", FieldInnerTransport, AuthNone, "")
	add(libGoJiraV2, goJiraCloud, "JWTAuthTransport", "Secret", FieldSecret, AuthJWT, envSharedSecret)
	add(libGoJiraV2, goJiraCloud, "JWTAuthTransport", "Transport", FieldInnerTransport, AuthNone, "")
	for _, pkg := range []string{goJiraCloud, goJiraOnPremise} {
		add(libGoJiraV2, pkg, "Client", "BaseURL", FieldBaseURL, AuthNone, "")
		fields = append(fields, LibraryField{Library: libGoJiraV2, Pkg: pkg, Type: "Client", Field: "UserAgent", Role: FieldIgnoredUserAgent,
			Note: `NewClient sets it to "go-jira/2.0.0", but no request ever carries it`})
	}
	return fields
}

// goAtlassianCalls are go-atlassian's constructors, request API,
// options, authentication and OAuth 2.0 calls, in v2 (with OAuth) or v1.
func goAtlassianCalls(lib *ClientLibrary, module string, v2 bool) []LibraryCall {
	var calls []LibraryCall
	for _, c := range goAtlassianClients {
		pkg := module + "/" + c.sub
		newArgs := []LibraryArg{{0, ArgHTTPClient}}
		options := 1
		if c.siteArg >= 0 {
			newArgs = append(newArgs, LibraryArg{c.siteArg, ArgURL})
			options = c.siteArg + 1
		}
		if v2 {
			newArgs = append(newArgs, LibraryArg{options, ArgOptions})
		}
		calls = append(calls,
			LibraryCall{Library: lib, Pkg: pkg, Name: "New", Role: RoleNewClient, Args: newArgs, DefaultBaseURL: c.defaultBaseURL},
			LibraryCall{Library: lib, Pkg: pkg, Recv: "Client", RecvPointer: true, Name: "NewRequest", Role: RoleNewRequest,
				Args: []LibraryArg{{2, ArgURL}}, ResolvesURL: true},
			LibraryCall{Library: lib, Pkg: pkg, Recv: "Client", RecvPointer: true, Name: "Call", Role: RoleDo,
				Args: []LibraryArg{{0, ArgRequest}}, Sends: true},
		)
		if !v2 {
			continue
		}
		calls = append(calls,
			LibraryCall{Library: lib, Pkg: pkg, Recv: "Client", RecvPointer: true, Name: "Do", Role: RoleDo,
				Args: []LibraryArg{{0, ArgRequest}}, Sends: true},
			LibraryCall{Library: lib, Pkg: pkg, Name: "WithOAuth", Role: RoleOption, Args: []LibraryArg{{0, ArgConfig}}},
			LibraryCall{Library: lib, Pkg: pkg, Name: "WithAutoRenewalToken", Role: RoleOption,
				Args: []LibraryArg{{0, ArgSecret}}, Auth: AuthBearer, Env: envAccessToken,
				Note: "the token is an *OAuth2Token; its AccessToken is sent as a bearer token, its RefreshToken renews it"},
			LibraryCall{Library: lib, Pkg: pkg, Name: "WithOAuthWithAutoRenewal", Role: RoleOption,
				Args: []LibraryArg{{0, ArgConfig}, {1, ArgSecret}}, Auth: AuthBearer, Env: envAccessToken},
		)
	}
	common := module + "/service/common"
	calls = append(calls,
		LibraryCall{Library: lib, Pkg: common, Recv: "Authentication", Name: "SetBasicAuth", Role: RoleSetCredential,
			Args: []LibraryArg{{0, ArgUser}, {1, ArgSecret}}, Auth: AuthBasic, Env: envAPIToken,
			Note: "wins over a bearer token: NewRequest sends the bearer token only without Basic auth"},
		LibraryCall{Library: lib, Pkg: common, Recv: "Authentication", Name: "SetBearerToken", Role: RoleSetCredential,
			Args: []LibraryArg{{0, ArgSecret}}, Auth: AuthBearer, Env: envAccessToken},
		LibraryCall{Library: lib, Pkg: common, Recv: "Authentication", Name: "SetUserAgent", Role: RoleSetUserAgent,
			Args: []LibraryArg{{0, ArgValue}},
			Note: "applies to NewRequest and service calls, not to the OAuth 2.0 token and accessible-resources requests"},
	)
	if !v2 {
		return calls
	}
	oauthNote := "sent through the client's HTTP client with no User-Agent of the library's"
	infra := module + "/pkg/infra/oauth2"
	for _, owner := range []struct {
		pkg, recv string
		ptr       bool
	}{{common, "OAuth2Service", false}, {infra, "Service", true}} {
		calls = append(calls,
			LibraryCall{Library: lib, Pkg: owner.pkg, Recv: owner.recv, RecvPointer: owner.ptr, Name: "GetAuthorizationURL", Role: RoleAuthorizeURL,
				Args: []LibraryArg{{1, ArgState}}, FixedURL: goAtlassianAuthorizeURL,
				Note: "adds offline_access to the scopes; client_id and redirect_uri come from the OAuth2Config"},
			LibraryCall{Library: lib, Pkg: owner.pkg, Recv: owner.recv, RecvPointer: owner.ptr, Name: "ExchangeAuthorizationCode", Role: RoleExchangeCode,
				Args: []LibraryArg{{1, ArgCode}}, FixedURL: atlassianTokenURL, Sends: true, Note: oauthNote},
			LibraryCall{Library: lib, Pkg: owner.pkg, Recv: owner.recv, RecvPointer: owner.ptr, Name: "RefreshAccessToken", Role: RoleSend,
				Args: []LibraryArg{{1, ArgSecret}}, Env: envRefreshToken, FixedURL: atlassianTokenURL, Sends: true, Note: oauthNote},
			LibraryCall{Library: lib, Pkg: owner.pkg, Recv: owner.recv, RecvPointer: owner.ptr, Name: "GetAccessibleResources", Role: RoleSend,
				Args: []LibraryArg{{1, ArgSecret}}, Auth: AuthBearer, Env: envAccessToken, FixedURL: atlassianResourcesURL, Sends: true, Note: oauthNote},
		)
	}
	calls = append(calls, LibraryCall{Library: lib, Pkg: infra, Name: "NewOAuth2Service", Role: RoleNewClient,
		Args: []LibraryArg{{0, ArgHTTPClient}, {1, ArgConfig}}, Note: "its calls send to the FixedURL of each"})
	return calls
}

func goAtlassianFields(lib *ClientLibrary, module string, v2 bool) []LibraryField {
	var fields []LibraryField
	for _, c := range goAtlassianClients {
		pkg := module + "/" + c.sub
		fields = append(fields,
			LibraryField{Library: lib, Pkg: pkg, Type: "Client", Field: "HTTP", Role: FieldHTTPClient},
			LibraryField{Library: lib, Pkg: pkg, Type: "Client", Field: "Site", Role: FieldBaseURL},
		)
	}
	if v2 {
		common := module + "/service/common"
		fields = append(fields,
			LibraryField{Library: lib, Pkg: common, Type: "OAuth2Config", Field: "ClientSecret", Role: FieldSecret, Auth: AuthClientSecret, Env: envClientSecret},
			LibraryField{Library: lib, Pkg: common, Type: "OAuth2Config", Field: "RedirectURI", Role: FieldRedirectURI},
			LibraryField{Library: lib, Pkg: common, Type: "OAuth2Token", Field: "AccessToken", Role: FieldSecret, Auth: AuthBearer, Env: envAccessToken},
			LibraryField{Library: lib, Pkg: common, Type: "OAuth2Token", Field: "RefreshToken", Role: FieldSecret, Env: envRefreshToken},
		)
	}
	return fields
}

// restyCalls are resty's constructors and the setters and sends of its
// Client and Request, in v2 or v3.
func restyCalls(lib *ClientLibrary, pkg string, v3 bool) []LibraryCall {
	m := func(recv, name string, role LibraryRole, as []LibraryArg) LibraryCall {
		c := LibraryCall{Library: lib, Pkg: pkg, Recv: recv, RecvPointer: true, Name: name, Role: role, Args: as}
		if strings.HasPrefix(name, "Set") {
			c.Result = ResultReceiver
		}
		return c
	}
	calls := []LibraryCall{
		{Library: lib, Pkg: pkg, Name: "New", Role: RoleNewClient},
		{Library: lib, Pkg: pkg, Name: "NewWithClient", Role: RoleNewClient, Args: []LibraryArg{{0, ArgHTTPClient}}},
		{Library: lib, Pkg: pkg, Name: "NewWithLocalAddr", Role: RoleNewClient},
		m("Client", "SetBaseURL", RoleSetBaseURL, []LibraryArg{{0, ArgURL}}),
		m("Client", "SetTransport", RoleSetTransport, []LibraryArg{{0, ArgTransport}}),
		m("Client", "R", RoleNewRequestBuilder, nil),
		m("Client", "NewRequest", RoleNewRequestBuilder, nil),
		{Library: lib, Pkg: pkg, Recv: "Client", RecvPointer: true, Name: "Clone", Role: RoleChain, Result: ResultCopy},
	}
	if v3 {
		calls = append(calls,
			LibraryCall{Library: lib, Pkg: pkg, Name: "NewWithTransportSettings", Role: RoleNewClient},
			LibraryCall{Library: lib, Pkg: pkg, Name: "NewWithDialer", Role: RoleNewClient},
			LibraryCall{Library: lib, Pkg: pkg, Name: "NewWithDialerAndTransportSettings", Role: RoleNewClient},
			m("Client", "Header", RoleHeaderMap, nil),
			m("Request", "SetURL", RoleSetURL, []LibraryArg{{0, ArgURL}}),
			LibraryCall{Library: lib, Pkg: pkg, Recv: "Request", RecvPointer: true, Name: "Clone", Role: RoleChain, Result: ResultCopy},
			LibraryCall{Library: lib, Pkg: pkg, Recv: "Request", RecvPointer: true, Name: "WithContext", Role: RoleChain, Result: ResultCopy},
		)
	} else {
		calls = append(calls, m("Client", "SetHostURL", RoleSetBaseURL, []LibraryArg{{0, ArgURL}}))
	}
	for _, recv := range []string{"Client", "Request"} {
		calls = append(calls,
			m(recv, "SetHeader", RoleSetHeader, []LibraryArg{{0, ArgName}, {1, ArgValue}}),
			m(recv, "SetHeaders", RoleSetHeaders, []LibraryArg{{0, ArgMap}}),
			m(recv, "SetQueryParam", RoleSetQueryParam, []LibraryArg{{0, ArgName}, {1, ArgValue}}),
			m(recv, "SetQueryParams", RoleSetQueryParams, []LibraryArg{{0, ArgMap}}),
			m(recv, "SetAuthScheme", RoleSetAuthScheme, []LibraryArg{{0, ArgValue}}),
		)
		verbatim := m(recv, "SetHeaderVerbatim", RoleSetHeader, []LibraryArg{{0, ArgName}, {1, ArgValue}})
		verbatim.ExactName = true
		basic := m(recv, "SetBasicAuth", RoleSetCredential, []LibraryArg{{0, ArgUser}, {1, ArgSecret}})
		basic.Auth, basic.Env = AuthBasic, envAPIToken
		token := m(recv, "SetAuthToken", RoleSetCredential, []LibraryArg{{0, ArgSecret}})
		token.Auth, token.Env = AuthBearer, envAccessToken
		token.Note = `sent as "<scheme> <token>" with the scheme of SetAuthScheme, "Bearer" unless set`
		calls = append(calls, verbatim, basic, token)
		if recv == "Client" || !v3 {
			// v3 has digest auth on the client only.
			digest := m(recv, "SetDigestAuth", RoleSetCredential, []LibraryArg{{0, ArgUser}, {1, ArgSecret}})
			digest.Auth, digest.Env = AuthDigest, envPassword
			calls = append(calls, digest)
		}
	}
	calls = append(calls,
		m("Request", "SetHeaderMultiValues", RoleSetHeaders, []LibraryArg{{0, ArgMap}}),
		m("Request", "SetQueryParamsFromValues", RoleSetQueryParams, []LibraryArg{{0, ArgMap}}),
		m("Request", "SetQueryString", RoleSetQueryString, []LibraryArg{{0, ArgValue}}),
	)
	sends := []string{"Get", "Head", "Post", "Put", "Delete", "Options", "Patch"}
	if v3 {
		sends = append(sends, "Trace", "Query")
	}
	for _, name := range sends {
		c := m("Request", name, RoleSend, []LibraryArg{{0, ArgURL}})
		c.ResolvesURL, c.Sends = true, true
		calls = append(calls, c)
	}
	send := m("Request", "Send", RoleSend, nil)
	send.Sends = true
	send.Note = "sends to the request's URL field (v3: SetURL)"
	execute := m("Request", "Execute", RoleSend, []LibraryArg{{1, ArgURL}})
	execute.ResolvesURL, execute.Sends = true, true
	calls = append(calls, send, execute)
	return calls
}

func restyFields(lib *ClientLibrary, pkg string, v3 bool) []LibraryField {
	f := func(typ, field string, role FieldRole, auth AuthScheme, env string) LibraryField {
		return LibraryField{Library: lib, Pkg: pkg, Type: typ, Field: field, Role: role, Auth: auth, Env: env}
	}
	if v3 {
		// v3 keeps the client's settings unexported.
		return []LibraryField{
			f("Request", "URL", FieldURL, AuthNone, ""),
			f("Request", "Header", FieldHeader, AuthNone, ""),
			f("Request", "QueryParams", FieldQuery, AuthNone, ""),
			f("Request", "AuthToken", FieldSecret, AuthBearer, envAccessToken),
			f("Request", "AuthScheme", FieldAuthScheme, AuthNone, ""),
		}
	}
	return []LibraryField{
		f("Client", "BaseURL", FieldBaseURL, AuthNone, ""),
		f("Client", "HostURL", FieldBaseURL, AuthNone, ""),
		f("Client", "Header", FieldHeader, AuthNone, ""),
		f("Client", "QueryParam", FieldQuery, AuthNone, ""),
		f("Client", "Token", FieldSecret, AuthBearer, envAccessToken),
		f("Client", "AuthScheme", FieldAuthScheme, AuthNone, ""),
		f("Client", "UserInfo", FieldCredentials, AuthBasic, ""),
		f("Request", "URL", FieldURL, AuthNone, ""),
		f("Request", "Header", FieldHeader, AuthNone, ""),
		f("Request", "QueryParam", FieldQuery, AuthNone, ""),
		f("Request", "Token", FieldSecret, AuthBearer, envAccessToken),
		f("Request", "AuthScheme", FieldAuthScheme, AuthNone, ""),
		f("Request", "UserInfo", FieldCredentials, AuthBasic, ""),
		f("User", "Username", FieldUser, AuthBasic, ""),
		f("User", "Password", FieldSecret, AuthBasic, envAPIToken),
	}
}

func retryableHTTPCalls() []LibraryCall {
	lib, pkg := libRetryableHTTP, retryableHTTP
	calls := []LibraryCall{
		{Library: lib, Pkg: pkg, Name: "NewClient", Role: RoleNewClient},
		{Library: lib, Pkg: pkg, Name: "NewRequest", Role: RoleNewRequest, Args: []LibraryArg{{1, ArgURL}}},
		{Library: lib, Pkg: pkg, Name: "NewRequestWithContext", Role: RoleNewRequest, Args: []LibraryArg{{2, ArgURL}}},
		{Library: lib, Pkg: pkg, Name: "FromRequest", Role: RoleWrapRequest, Args: []LibraryArg{{0, ArgRequest}}},
		{Library: lib, Pkg: pkg, Recv: "Request", RecvPointer: true, Name: "WithContext", Role: RoleChain, Result: ResultCopy,
			Note: "a shallow copy: the copy shares the header map"},
		{Library: lib, Pkg: pkg, Recv: "Client", RecvPointer: true, Name: "Do", Role: RoleDo, Args: []LibraryArg{{0, ArgRequest}}, Sends: true},
		{Library: lib, Pkg: pkg, Recv: "Client", RecvPointer: true, Name: "StandardClient", Role: RoleTransportClient},
		{Library: lib, Pkg: pkg, Recv: "RoundTripper", RecvPointer: true, Name: "RoundTrip", Role: RoleRoundTrip, Args: []LibraryArg{{0, ArgRequest}}, Sends: true},
	}
	for _, name := range []string{"Get", "Head", "Post", "PostForm"} {
		calls = append(calls,
			LibraryCall{Library: lib, Pkg: pkg, Recv: "Client", RecvPointer: true, Name: name, Role: RoleSend, Args: []LibraryArg{{0, ArgURL}}, Sends: true},
			LibraryCall{Library: lib, Pkg: pkg, Name: name, Role: RoleSend, Args: []LibraryArg{{0, ArgURL}}, Sends: true,
				Note: "sends with a default client of NewClient"},
		)
	}
	return calls
}

func retryableHTTPFields() []LibraryField {
	lib, pkg := libRetryableHTTP, retryableHTTP
	return []LibraryField{
		{Library: lib, Pkg: pkg, Type: "Client", Field: "HTTPClient", Role: FieldHTTPClient},
		{Library: lib, Pkg: pkg, Type: "RoundTripper", Field: "Client", Role: FieldHTTPClient,
			Note: "a *retryablehttp.Client; nil means one of NewClient"},
		{Library: lib, Pkg: pkg, Type: "Request", Field: "Request", Role: FieldRequest},
	}
}

func goBitbucketCalls() []LibraryCall {
	lib, pkg := libGoBitbucket, goBitbucket
	c := func(name string, auth AuthScheme, env string, as []LibraryArg) LibraryCall {
		return LibraryCall{Library: lib, Pkg: pkg, Name: name, Role: RoleNewClient, Args: as, Auth: auth, Env: env,
			DefaultBaseURL: bitbucketAPIBaseURL, BaseURLEnv: "BITBUCKET_API_BASE_URL"}
	}
	calls := []LibraryCall{
		c("NewBasicAuth", AuthBasic, envBitbucket, []LibraryArg{{0, ArgUser}, {1, ArgSecret}}),
		c("NewBasicAuthWithBaseUrlStr", AuthBasic, envBitbucket, []LibraryArg{{0, ArgUser}, {1, ArgSecret}, {2, ArgURL}}),
		c("NewBasicAuthWithCaCert", AuthBasic, envBitbucket, []LibraryArg{{0, ArgUser}, {1, ArgSecret}}),
		c("NewBasicAuthWithBaseUrlStrCaCert", AuthBasic, envBitbucket, []LibraryArg{{0, ArgUser}, {1, ArgSecret}, {2, ArgURL}}),
		c("NewAPITokenAuth", AuthBasic, envBitbucket, []LibraryArg{{0, ArgUser}, {1, ArgSecret}}),
		c("NewAPITokenAuthWithBaseUrlStr", AuthBasic, envBitbucket, []LibraryArg{{0, ArgUser}, {1, ArgSecret}, {2, ArgURL}}),
		c("NewAPITokenAuthWithCaCert", AuthBasic, envBitbucket, []LibraryArg{{0, ArgUser}, {1, ArgSecret}}),
		c("NewAPITokenAuthWithBaseUrlStrCaCert", AuthBasic, envBitbucket, []LibraryArg{{0, ArgUser}, {1, ArgSecret}, {2, ArgURL}}),
		c("NewOAuthbearerToken", AuthBearer, envBitbucketBear, []LibraryArg{{0, ArgSecret}}),
		c("NewOAuthbearerTokenWithBaseUrlStr", AuthBearer, envBitbucketBear, []LibraryArg{{0, ArgSecret}, {1, ArgURL}}),
		c("NewOAuthbearerTokenWithCaCert", AuthBearer, envBitbucketBear, []LibraryArg{{0, ArgSecret}}),
		c("NewOAuthbearerTokenWithBaseUrlStrCaCert", AuthBearer, envBitbucketBear, []LibraryArg{{0, ArgSecret}, {1, ArgURL}}),
	}
	oauth := []LibraryCall{
		c("NewOAuthClientCredentials", AuthClientSecret, envBitbucketAuth, []LibraryArg{{0, ArgUser}, {1, ArgSecret}}),
		c("NewOAuthClientCredentialsWithEndpoint", AuthClientSecret, envBitbucketAuth, []LibraryArg{{0, ArgUser}, {1, ArgSecret}, {2, ArgTokenURL}}),
		c("NewOAuth", AuthClientSecret, envBitbucketAuth, []LibraryArg{{0, ArgUser}, {1, ArgSecret}}),
		c("NewOAuthWithEndpoint", AuthClientSecret, envBitbucketAuth, []LibraryArg{{0, ArgUser}, {1, ArgSecret}}),
		c("NewOAuthWithCode", AuthClientSecret, envBitbucketAuth, []LibraryArg{{0, ArgUser}, {1, ArgSecret}, {2, ArgCode}}),
		c("NewOAuthWithCodeWithEndpoint", AuthClientSecret, envBitbucketAuth, []LibraryArg{{0, ArgUser}, {1, ArgSecret}, {2, ArgCode}}),
		c("NewOAuthWithRefreshToken", AuthClientSecret, envBitbucketAuth, []LibraryArg{{0, ArgUser}, {1, ArgSecret}, {2, ArgSecret}}),
		c("NewOAuthWithRefreshTokenWithEndpoint", AuthClientSecret, envBitbucketAuth, []LibraryArg{{0, ArgUser}, {1, ArgSecret}, {2, ArgSecret}}),
	}
	for i := range oauth {
		// The token request goes through golang.org/x/oauth2 before
		// the client exists: Go's default User-Agent, always.
		oauth[i].Sends = true
		if oauth[i].Arg(ArgTokenURL) < 0 && !strings.HasSuffix(oauth[i].Name, "WithEndpoint") {
			oauth[i].FixedURL = bitbucketTokenURL
		}
		if strings.HasPrefix(oauth[i].Name, "NewOAuthWithEndpoint") || oauth[i].Name == "NewOAuth" {
			oauth[i].Note = `deprecated and interactive: prints an authorize URL with the constant state "state" and no redirect_uri, and reads the code from stdin`
		}
	}
	calls = append(calls, oauth...)
	calls = append(calls, LibraryCall{Library: lib, Pkg: pkg, Recv: "Client", RecvPointer: true, Name: "SetApiBaseURL",
		Role: RoleSetBaseURL, Args: []LibraryArg{{0, ArgURL}}, Note: "takes a url.URL value"})
	return calls
}

func oreoCalls() []LibraryCall {
	lib, pkg := libOreo, oreo
	calls := []LibraryCall{
		{Library: lib, Pkg: pkg, Name: "New", Role: RoleNewClient},
		{Library: lib, Pkg: pkg, Recv: "Client", RecvPointer: true, Name: "WithTransport", Role: RoleSetTransport,
			Args: []LibraryArg{{0, ArgTransport}}, Result: ResultCopy},
		{Library: lib, Pkg: pkg, Recv: "Client", RecvPointer: true, Name: "Do", Role: RoleDo, Args: []LibraryArg{{0, ArgRequest}}, Sends: true},
		{Library: lib, Pkg: pkg, Name: "RequestBuilder", Role: RoleNewRequest, Args: []LibraryArg{{0, ArgURL}}},
		{Library: lib, Pkg: pkg, Recv: "ReqBuilder", RecvPointer: true, Name: "WithHeader", Role: RoleSetHeader,
			Args: []LibraryArg{{0, ArgName}, {1, ArgValue}}, Result: ResultReceiver, Note: "adds with Header.Add"},
		{Library: lib, Pkg: pkg, Recv: "ReqBuilder", RecvPointer: true, Name: "WithUserAgent", Role: RoleSetUserAgent,
			Args: []LibraryArg{{0, ArgValue}}, Result: ResultReceiver, Note: "adds with Header.Add"},
		{Library: lib, Pkg: pkg, Recv: "ReqBuilder", RecvPointer: true, Name: "WithAuth", Role: RoleSetCredential,
			Args: []LibraryArg{{0, ArgUser}, {1, ArgSecret}}, Auth: AuthBasic, Env: envAPIToken, Result: ResultReceiver},
		{Library: lib, Pkg: pkg, Recv: "ReqBuilder", RecvPointer: true, Name: "Build", Role: RoleBuildRequest},
	}
	for _, name := range []string{"Get", "GetJSON", "GetXML", "Head", "Post", "PostForm", "PostJSON", "PostXML",
		"Put", "PutJSON", "PutXML", "Delete", "DeleteJSON", "DeleteXML"} {
		calls = append(calls, LibraryCall{Library: lib, Pkg: pkg, Recv: "Client", RecvPointer: true, Name: name,
			Role: RoleSend, Args: []LibraryArg{{0, ArgURL}}, Sends: true})
	}
	return calls
}

func clientCredentialsCalls() []LibraryCall {
	lib, pkg := libClientCredentials, clientCredentials
	return []LibraryCall{
		{Library: lib, Pkg: pkg, Recv: "Config", RecvPointer: true, Name: "Client", Role: RoleTransportClient, Auth: AuthClientSecret,
			Note: "fetches tokens from TokenURL and sends them as bearer tokens; adds no User-Agent"},
		{Library: lib, Pkg: pkg, Recv: "Config", RecvPointer: true, Name: "Token", Role: RoleSend, Sends: true,
			Note: "posts to the TokenURL field"},
	}
}

// The tables, built once.
var (
	libraryCalls  []LibraryCall
	libraryFields []LibraryField
	callsByName   map[[2]string][]int32 // by package and name
	fieldsByName  map[[2]string][]int32 // by package and field
	libraryPkgs   map[string]bool
	libraryOf     map[string]*ClientLibrary // by the packages of its constructors
)

// A methodRule covers every exported method of some types of a
// package that has no row of its own.
type methodRule struct {
	lib    *ClientLibrary
	pkg    string
	suffix string   // types whose name ends in suffix
	types  []string // or these types
	except []string // types the rule leaves out
	// exceptMethods are "Type.Method"s the rule leaves out.
	exceptMethods []string
	role          LibraryRole
	result        ResultKind
}

// methodRules describe method sets too large to list. The service rules
// (RoleSend) were checked against the real libraries by listing what
// each matches and whether it can reach (*http.Client).Do in a VTA call
// graph: every match sends, and no other exported method of those
// packages does, apart from the rows above.
var methodRules []methodRule
var rulesByPkg map[string][]int32

func init() {
	libraryCalls = append(libraryCalls, goJiraCalls()...)
	libraryCalls = append(libraryCalls, goAtlassianCalls(libGoAtlassianV2, goAtlassianV2, true)...)
	libraryCalls = append(libraryCalls, goAtlassianCalls(libGoAtlassianV1, goAtlassianV1, false)...)
	libraryCalls = append(libraryCalls, restyCalls(libRestyV2, restyV2, false)...)
	libraryCalls = append(libraryCalls, restyCalls(libRestyV3, restyV3, true)...)
	libraryCalls = append(libraryCalls, retryableHTTPCalls()...)
	libraryCalls = append(libraryCalls, goBitbucketCalls()...)
	libraryCalls = append(libraryCalls, oreoCalls()...)
	libraryCalls = append(libraryCalls, clientCredentialsCalls()...)

	libraryFields = append(libraryFields, goJiraFields()...)
	libraryFields = append(libraryFields, goAtlassianFields(libGoAtlassianV2, goAtlassianV2, true)...)
	libraryFields = append(libraryFields, goAtlassianFields(libGoAtlassianV1, goAtlassianV1, false)...)
	libraryFields = append(libraryFields, restyFields(libRestyV2, restyV2, false)...)
	libraryFields = append(libraryFields, restyFields(libRestyV3, restyV3, true)...)
	libraryFields = append(libraryFields, retryableHTTPFields()...)
	libraryFields = append(libraryFields,
		LibraryField{Library: libGoBitbucket, Pkg: goBitbucket, Type: "Client", Field: "HttpClient", Role: FieldHTTPClient},
		LibraryField{Library: libOreo, Pkg: oreo, Type: "Client", Field: "Client", Role: FieldHTTPClient,
			Note: "the embedded http.Client: its Transport is oreo's transport"},
		LibraryField{Library: libClientCredentials, Pkg: clientCredentials, Type: "Config", Field: "ClientSecret", Role: FieldSecret,
			Auth: AuthClientSecret, Env: envClientSecret},
		LibraryField{Library: libClientCredentials, Pkg: clientCredentials, Type: "Config", Field: "TokenURL", Role: FieldURL},
	)

	// Service calls.
	methodRules = append(methodRules,
		// AuthenticationService.SetBasicAuth has a row of its own.
		methodRule{lib: libGoJiraV1, pkg: goJiraV1, suffix: "Service", role: RoleSend,
			exceptMethods: []string{"AuthenticationService.Authenticated"}},
		methodRule{lib: libGoJiraV2, pkg: goJiraCloud, suffix: "Service", role: RoleSend},
		methodRule{lib: libGoJiraV2, pkg: goJiraOnPremise, suffix: "Service", role: RoleSend,
			exceptMethods: []string{"AuthenticationService.Authenticated"}},
		methodRule{lib: libGoBitbucket, pkg: goBitbucket, role: RoleSend, types: []string{
			"BranchRestrictions", "Commits", "DeployKeys", "Diff", "Downloads", "Issues", "Permission",
			"Pipelines", "PullRequests", "Repositories", "Repository", "SSHKeys", "Teams", "User", "Users",
			"Webhooks", "Workspace",
			// the interface types of Client.User and Client.Teams
			"user", "teams",
		}},
	)
	seen := map[string]bool{}
	for _, c := range goAtlassianClients {
		for _, lib := range []*ClientLibrary{libGoAtlassianV2, libGoAtlassianV1} {
			pkg := lib.Module + "/" + c.services
			if seen[pkg] {
				continue
			}
			seen[pkg] = true
			methodRules = append(methodRules, methodRule{lib: lib, pkg: pkg, suffix: "Service",
				except: []string{"AuthenticationService"}, role: RoleSend})
		}
	}
	// Builder chains: setters that return their receiver, or a copy.
	methodRules = append(methodRules,
		methodRule{lib: libRestyV2, pkg: restyV2, types: []string{"Client", "Request"}, role: RoleChain, result: ResultReceiver},
		methodRule{lib: libRestyV3, pkg: restyV3, types: []string{"Client", "Request"}, role: RoleChain, result: ResultReceiver},
		methodRule{lib: libOreo, pkg: oreo, types: []string{"Client"}, role: RoleChain, result: ResultCopy},
		methodRule{lib: libOreo, pkg: oreo, types: []string{"ReqBuilder"}, role: RoleChain, result: ResultReceiver},
	)

	callsByName = map[[2]string][]int32{}
	for i, c := range libraryCalls {
		k := [2]string{c.Pkg, c.Name}
		callsByName[k] = append(callsByName[k], int32(i))
	}
	fieldsByName = map[[2]string][]int32{}
	for i, f := range libraryFields {
		k := [2]string{f.Pkg, f.Field}
		fieldsByName[k] = append(fieldsByName[k], int32(i))
	}
	rulesByPkg = map[string][]int32{}
	for i, r := range methodRules {
		rulesByPkg[r.pkg] = append(rulesByPkg[r.pkg], int32(i))
	}
	libraryPkgs = map[string]bool{}
	libraryOf = map[string]*ClientLibrary{}
	for _, lib := range ClientLibraries() {
		for _, p := range lib.ImportPaths {
			libraryPkgs[p] = true
		}
	}
	for _, c := range libraryCalls {
		libraryPkgs[c.Pkg] = true
		if c.Role == RoleNewClient && c.Library != nil {
			libraryOf[c.Pkg] = c.Library
		}
	}
	for _, r := range methodRules {
		libraryPkgs[r.pkg] = true // the service packages
	}
	for _, f := range libraryFields {
		libraryPkgs[f.Pkg] = true
	}
}

// LookupLibraryCall returns what a call of the function or method
// pkg.recv.name means, by the tables: recv is the name of the
// receiver's named type (pointer or not, or an interface), "" for a
// function. A method that has no row of its own may be covered by a
// rule: a service call (RoleSend, no arguments that matter) or a
// builder setter (RoleChain, see there).
func LookupLibraryCall(pkg, recv, name string) (LibraryCall, bool) {
	for _, i := range callsByName[[2]string{pkg, name}] {
		if c := &libraryCalls[i]; c.Recv == recv {
			return *c, true
		}
	}
	if recv == "" || !isExported(name) {
		return LibraryCall{}, false
	}
	for _, i := range rulesByPkg[pkg] {
		r := &methodRules[i]
		if r.covers(recv, name) {
			return LibraryCall{Library: r.lib, Pkg: pkg, Recv: recv, Name: name, Role: r.role,
				Sends: r.role == RoleSend, Result: r.result}, true
		}
	}
	return LibraryCall{}, false
}

func (r *methodRule) covers(typ, method string) bool {
	for _, t := range r.except {
		if t == typ {
			return false
		}
	}
	for _, m := range r.exceptMethods {
		if len(m) == len(typ)+1+len(method) && strings.HasPrefix(m, typ) && m[len(typ)] == '.' && strings.HasSuffix(m, method) {
			return false
		}
	}
	if r.suffix != "" {
		return strings.HasSuffix(typ, r.suffix) && isExported(typ)
	}
	for _, t := range r.types {
		if t == typ {
			return true
		}
	}
	return false
}

func isExported(name string) bool {
	r, _ := utf8.DecodeRuneInString(name)
	return unicode.IsUpper(r)
}

// LookupLibraryField returns what the field pkg.typ.field means, by
// the tables; typ is the name of the struct type that declares it.
func LookupLibraryField(pkg, typ, field string) (LibraryField, bool) {
	for _, i := range fieldsByName[[2]string{pkg, field}] {
		if f := &libraryFields[i]; f.Type == typ {
			return *f, true
		}
	}
	return LibraryField{}, false
}

// UserAgentSetter returns how a program sets the User-Agent of a
// library's client, for advice: a call of role RoleSetUserAgent, else
// RoleSetHeader, on the library's client type (not a request or
// builder); ok is false when only an *http.Client's transport can set
// it (go-jira, go-bitbucket).
func UserAgentSetter(lib *ClientLibrary) (LibraryCall, bool) {
	var header LibraryCall
	found := false
	for _, c := range libraryCalls {
		if c.Library != lib || c.Recv == "Request" || c.Recv == "ReqBuilder" {
			continue
		}
		switch c.Role {
		case RoleSetUserAgent:
			return c, true
		case RoleSetHeader:
			if !found && !c.ExactName {
				header, found = c, true
			}
		}
	}
	return header, found
}

// LibraryProduct names the Atlassian product a library package's
// client talks to, for advice that names one (the gateway form
// /ex/{product}/{cloudid}): "jira", "confluence" or "bitbucket"; ""
// when the package does not say (a general HTTP library, the admin
// and assets APIs).
func LibraryProduct(pkg string) string {
	switch {
	case pkg == goJiraV1 || pkg == goJiraCloud || pkg == goJiraOnPremise:
		return "jira"
	case pkg == goBitbucket:
		return "bitbucket"
	}
	for _, module := range []string{goAtlassianV2, goAtlassianV1} {
		sub, ok := strings.CutPrefix(pkg, module+"/")
		if !ok {
			continue
		}
		for _, product := range []string{"jira", "confluence", "bitbucket"} {
			if sub == product || strings.HasPrefix(sub, product+"/") {
				return product
			}
		}
	}
	return ""
}

// IsClientLibraryPackage reports whether path is any package of a
// modelled library's module, its internal ones included: what such a
// package does is known from the tables, never from its source.
func IsClientLibraryPackage(path string) bool {
	for _, lib := range ClientLibraries() {
		if lib == libClientCredentials {
			continue // a package of golang.org/x/oauth2, which is modelled by name
		}
		if path == lib.Module || strings.HasPrefix(path, lib.Module+"/") {
			return true
		}
	}
	return false
}

// LibraryClientType returns the library whose clients have the type
// named typ of the package pkg, a package with a constructor of the
// library (see ClientLibrary.ClientType).
func LibraryClientType(pkg, typ string) (*ClientLibrary, bool) {
	lib := libraryOf[pkg]
	if lib == nil || lib.ClientType == "" || lib.ClientType != typ {
		return nil, false
	}
	return lib, true
}

// IsClientLibraryImport reports whether path is a package of a modelled
// client library: a package importing one may talk to Atlassian.
func IsClientLibraryImport(path string) bool {
	return libraryPkgs[path]
}

// LibraryCalls returns every row of the call table, and LibraryFields
// every row of the field table, for tests and documentation. Callers
// must not modify them.
func LibraryCalls() []LibraryCall   { return libraryCalls }
func LibraryFields() []LibraryField { return libraryFields }
