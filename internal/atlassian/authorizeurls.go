package atlassian

import (
	"slices"
	"strings"
	"sync"
)

// Calls that build OAuth 2.0 authorize URLs, and the configuration
// objects they read.
//
// golang.org/x/oauth2's (*Config).AuthCodeURL and the client libraries'
// own authorize calls return a URL made from an endpoint, parameters
// the builder always adds, the state it is given and, for x/oauth2,
// the options it is given. The flow analysis evaluates such a call as
// that URL from what these tables say, the same way for every
// builder; it knows how URLs are made, these tables know which calls
// make them.

// An AuthorizeURLBuilder is a function or method that returns an OAuth
// 2.0 authorize URL.
type AuthorizeURLBuilder struct {
	Pkg  string
	Recv string // the receiver's type name, "" for a function
	Name string
	// Endpoint is the URL the builder starts from, query included;
	// empty when it is the receiver configuration's field at
	// EndpointField.
	Endpoint      string
	EndpointField []string
	// Query lists the parameters the builder adds, in order.
	Query []BuilderParam
	// StateArg is the index of the state argument among the call's
	// arguments, the receiver not counted; OptionsArg that of the
	// variadic AuthCodeURL options (see AuthOptionVar), -1 for none.
	StateArg   int
	OptionsArg int
}

// A BuilderParam is a query parameter an authorize URL builder adds.
type BuilderParam struct {
	Key string
	// From says where its value comes from; Value is the constant
	// value when From is FromConstant, and Field the receiver's field
	// when From is FromReceiverField.
	From  BuilderSource
	Value string
	Field []string
	// OmitEmpty: the parameter is left out when its value is empty.
	OmitEmpty bool
}

// A BuilderSource says where the value of a builder's parameter comes
// from.
type BuilderSource int

const (
	// FromConstant: the constant Value.
	FromConstant BuilderSource = iota
	// FromConfiguration: a setting of the builder's configuration that
	// atlvet does not follow (a client ID, scopes); unknown.
	FromConfiguration
	// FromReceiverField: the receiver's field at Field.
	FromReceiverField
	// FromState: the state argument.
	FromState
)

// Field paths of golang.org/x/oauth2's Config.
var (
	OAuth2AuthURL     = []string{"Endpoint", "AuthURL"}
	OAuth2TokenURL    = []string{"Endpoint", "TokenURL"}
	OAuth2RedirectURL = []string{"RedirectURL"}
)

// authorizeURLBuilders is built on first use: the library rows come
// from the call table, which init fills.
var authorizeURLBuilders = sync.OnceValue(func() []AuthorizeURLBuilder {
	builders := []AuthorizeURLBuilder{{
		// https://pkg.go.dev/golang.org/x/oauth2#Config.AuthCodeURL
		Pkg: OAuth2Path, Recv: "Config", Name: "AuthCodeURL",
		EndpointField: OAuth2AuthURL,
		Query: []BuilderParam{
			{Key: ParamResponseType, From: FromConstant, Value: ResponseTypeCode},
			{Key: ParamClientID, From: FromConfiguration},
			{Key: "scope", From: FromConfiguration},
			{Key: ParamRedirectURI, From: FromReceiverField, Field: OAuth2RedirectURL, OmitEmpty: true},
			{Key: ParamState, From: FromState, OmitEmpty: true},
		},
		StateArg: 0, OptionsArg: 1,
	}}
	// The libraries' authorize calls start from a fixed URL that holds
	// what they always add (go-atlassian: audience, prompt,
	// response_type) and take the rest from their own configuration.
	for _, lc := range libraryCalls {
		if lc.Role != RoleAuthorizeURL {
			continue
		}
		builders = append(builders, AuthorizeURLBuilder{
			Pkg: lc.Pkg, Recv: lc.Recv, Name: lc.Name,
			Endpoint: lc.FixedURL,
			Query: []BuilderParam{
				{Key: ParamClientID, From: FromConfiguration},
				{Key: "scope", From: FromConfiguration},
				{Key: ParamRedirectURI, From: FromConfiguration},
				{Key: ParamState, From: FromState},
			},
			StateArg: lc.Arg(ArgState), OptionsArg: -1,
		})
	}
	return builders
})

// LookupAuthorizeURLBuilder returns the authorize URL builder pkg.name,
// a method of the type named recv when recv is not empty.
func LookupAuthorizeURLBuilder(pkg, recv, name string) (AuthorizeURLBuilder, bool) {
	for _, b := range authorizeURLBuilders() {
		if b.Pkg == pkg && b.Recv == recv && b.Name == name {
			return b, true
		}
	}
	return AuthorizeURLBuilder{}, false
}

// AuthorizeURLBuilders returns every row of the table, for tests and
// documentation. Callers must not modify them.
func AuthorizeURLBuilders() []AuthorizeURLBuilder { return authorizeURLBuilders() }

// A ConfigType is a configuration type whose URL fields the flow
// analysis follows wherever a value of it is built (a composite
// literal, field stores, a package variable, a constructor).
type ConfigType struct {
	Pkg, Name string
	URLFields [][]string
}

var configTypes = []ConfigType{
	{OAuth2Path, "Config", [][]string{OAuth2AuthURL, OAuth2TokenURL, OAuth2RedirectURL}},
	{OAuth2Path, "Endpoint", [][]string{{"AuthURL"}, {"TokenURL"}}},
}

// ConfigURLFields returns the followed URL field paths of the
// configuration type pkg.name, or nil when it is not one.
func ConfigURLFields(pkg, name string) [][]string {
	for _, c := range configTypes {
		if c.Pkg == pkg && c.Name == name {
			return c.URLFields
		}
	}
	return nil
}

// wholeURLFields are the names of the fields of golang.org/x/oauth2's
// types that hold a whole URL, never a part of one.
var wholeURLFields = []string{"AuthURL", "TokenURL", "DeviceAuthURL", "RedirectURL"}

// IsWholeURLField reports whether the field name of a type of the
// package pkg holds a whole URL: text stored there has nothing before
// or after it.
func IsWholeURLField(pkg, name string) bool {
	return pkg == OAuth2Path && slices.Contains(wholeURLFields, name)
}

// IsAuthOptionType reports whether pkg.name is the type of the options
// an authorize URL builder takes (oauth2.AuthCodeOption).
func IsAuthOptionType(pkg, name string) bool {
	return pkg == OAuth2Path && name == "AuthCodeOption"
}

// IsOAuth2Package reports whether path is a package of
// golang.org/x/oauth2, whose calls these tables describe: what its
// source does is known from them, never analysed.
func IsOAuth2Package(path string) bool {
	return path == OAuth2Path || strings.HasPrefix(path, OAuth2Path+"/")
}

// An AuthOptionTaker is a call that takes AuthCodeURL options and puts
// what they set on the URL in its receiver configuration's field
// URLField: the authorize URL (AuthCodeURL) or, for the code exchange,
// the token request's body (Exchange).
type AuthOptionTaker struct {
	Pkg, Recv, Name string
	OptionsArg      int // the call's argument index, the receiver not counted
	URLField        []string
	Exchange        bool
}

var authOptionTakers = []AuthOptionTaker{
	{Pkg: OAuth2Path, Recv: "Config", Name: "AuthCodeURL", OptionsArg: 1, URLField: OAuth2AuthURL},
	{Pkg: OAuth2Path, Recv: "Config", Name: "Exchange", OptionsArg: 2, URLField: OAuth2TokenURL, Exchange: true},
}

// LookupAuthOptionTaker returns the option taker pkg.recv.name.
func LookupAuthOptionTaker(pkg, recv, name string) (AuthOptionTaker, bool) {
	for _, t := range authOptionTakers {
		if t.Pkg == pkg && t.Recv == recv && t.Name == name {
			return t, true
		}
	}
	return AuthOptionTaker{}, false
}

// OAuth 2.0 HTTP clients.
//
// golang.org/x/oauth2 sends a program's requests through its Transport,
// which adds a bearer token and passes the request to a base client:
// the one a context holds under oauth2.HTTPClient, or Go's default
// client (and with it Go's User-Agent) when the context holds none.

// An OAuthClientMaker returns an *http.Client that sends a bearer
// token over the base client its context argument ContextArg (the
// receiver not counted) holds.
type OAuthClientMaker struct {
	Pkg, Recv, Name string
	ContextArg      int
}

var oauthClientMakers = []OAuthClientMaker{
	{Pkg: OAuth2Path, Name: "NewClient"},
	{Pkg: OAuth2Path, Recv: "Config", Name: "Client"},
	{Pkg: clientCredentials, Recv: "Config", Name: "Client"},
	{Pkg: OAuth2Path + "/jira", Recv: "Config", Name: "Client"},
}

// LookupOAuthClientMaker returns the client maker pkg.recv.name.
func LookupOAuthClientMaker(pkg, recv, name string) (OAuthClientMaker, bool) {
	for _, m := range oauthClientMakers {
		if m.Pkg == pkg && m.Recv == recv && m.Name == name {
			return m, true
		}
	}
	return OAuthClientMaker{}, false
}

// IsBaseClientKey reports whether the package variable pkg.name is the
// context key under which oauth2 finds its base client
// (oauth2.HTTPClient).
func IsBaseClientKey(pkg, name string) bool { return pkg == OAuth2Path && name == "HTTPClient" }

// BearerTransportBase returns the field holding the base transport of
// the type pkg.name when it is a transport that adds a bearer token
// (oauth2.Transport: Base).
func BearerTransportBase(pkg, name string) (field string, ok bool) {
	if pkg == OAuth2Path && name == "Transport" {
		return "Base", true
	}
	return "", false
}

// SetsBearerHeader reports whether the method pkg.recv.name puts a
// bearer token in its request argument's Authorization header
// ((*oauth2.Token).SetAuthHeader).
func SetsBearerHeader(pkg, recv, name string) bool {
	return pkg == OAuth2Path && recv == "Token" && name == "SetAuthHeader"
}

// IsOAuthClientConfig reports whether pkg.name is the configuration of
// an OAuthClientMaker that the client-library table also describes
// (clientcredentials.Config), which the OAuth client rules cover.
func IsOAuthClientConfig(pkg, name string) bool {
	return pkg == clientCredentials && name == "Config"
}

// A CodeExchange is a call that exchanges an authorization code for
// tokens: golang.org/x/oauth2's (*Config).Exchange and the libraries'
// own (go-atlassian's ExchangeAuthorizationCode). CodeArg is the index
// of the code among the call's arguments, the receiver not counted;
// the receiver is the configuration exchanged with.
type CodeExchange struct {
	Pkg, Recv, Name string
	CodeArg         int
}

var codeExchanges = sync.OnceValue(func() []CodeExchange {
	out := []CodeExchange{{Pkg: OAuth2Path, Recv: "Config", Name: "Exchange", CodeArg: 1}}
	for _, lc := range libraryCalls {
		if lc.Role == RoleExchangeCode {
			out = append(out, CodeExchange{Pkg: lc.Pkg, Recv: lc.Recv, Name: lc.Name, CodeArg: lc.Arg(ArgCode)})
		}
	}
	return out
})

// LookupCodeExchange returns the code exchange pkg.recv.name.
func LookupCodeExchange(pkg, recv, name string) (CodeExchange, bool) {
	for _, e := range codeExchanges() {
		if e.Pkg == pkg && e.Recv == recv && e.Name == name {
			return e, true
		}
	}
	return CodeExchange{}, false
}

// stateVerifiers are library functions that compare the state of the
// request they are given with the one in the user's session
// themselves.
var stateVerifiers = map[[2]string]bool{
	{"github.com/markbates/goth/gothic", "CompleteUserAuth"}: true,
	{"github.com/markbates/goth/gothic", "ValidateState"}:    true,
}

// IsStateVerifier reports whether the function pkg.name is a library's
// that verifies a callback's state itself.
func IsStateVerifier(pkg, name string) bool { return stateVerifiers[[2]string{pkg, name}] }

// Credentials golang.org/x/oauth2 holds.
//
// An OAuthCredential is a field of an x/oauth2 type (Field set) or an
// argument of one of its calls (Name and Arg set, the receiver not
// counted) that holds a credential: a value written there in code is a
// hard-coded secret. Desc names it in messages and Env is the
// environment variable a fix reads it from.
type OAuthCredential struct {
	Pkg, Type   string
	Field, Name string
	Arg         int
	Desc, Env   string
}

var oauthCredentials = []OAuthCredential{
	{Pkg: OAuth2Path, Type: "Config", Field: "ClientSecret", Desc: "oauth2.Config.ClientSecret", Env: "ATLASSIAN_CLIENT_SECRET"},
	{Pkg: OAuth2Path, Type: "Token", Field: "AccessToken", Desc: "oauth2.Token.AccessToken", Env: "ATLASSIAN_ACCESS_TOKEN"},
	{Pkg: OAuth2Path, Type: "Token", Field: "RefreshToken", Desc: "oauth2.Token.RefreshToken", Env: "ATLASSIAN_REFRESH_TOKEN"},
	{Pkg: clientCredentials, Type: "Config", Field: "ClientSecret", Desc: "clientcredentials.Config.ClientSecret", Env: "ATLASSIAN_CLIENT_SECRET"},
	{Pkg: OAuth2Path, Type: "Config", Name: "PasswordCredentialsToken", Arg: 2,
		Desc: "the password of (*oauth2.Config).PasswordCredentialsToken", Env: "ATLASSIAN_PASSWORD"},
}

// OAuthCredentialField returns the credential the field pkg.typ.field
// holds, if any.
func OAuthCredentialField(pkg, typ, field string) (OAuthCredential, bool) {
	for _, c := range oauthCredentials {
		if c.Field != "" && c.Pkg == pkg && c.Type == typ && c.Field == field {
			return c, true
		}
	}
	return OAuthCredential{}, false
}

// OAuthCredentialArg returns the credential argument of the method
// pkg.recv.name, if any.
func OAuthCredentialArg(pkg, recv, name string) (OAuthCredential, bool) {
	for _, c := range oauthCredentials {
		if c.Name != "" && c.Pkg == pkg && c.Type == recv && c.Name == name {
			return c, true
		}
	}
	return OAuthCredential{}, false
}

// OAuthCredentialPackages are the x/oauth2 packages with credential
// fields or arguments: importing one makes a package worth scanning
// for hard-coded credentials.
func OAuthCredentialPackages() []string { return []string{OAuth2Path, clientCredentials} }
