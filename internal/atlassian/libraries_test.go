package atlassian

import (
	"slices"
	"strings"
	"testing"
)

// TestLibraryCallRowsReachable: every row is what a lookup of its
// identity returns, no identity has two rows, and the rows hang
// together (argument indices, environment variables, sends).
func TestLibraryCallRowsReachable(t *testing.T) {
	seen := map[string]bool{}
	for _, row := range LibraryCalls() {
		id := row.Pkg + " " + row.Recv + "." + row.Name
		if seen[id] {
			t.Errorf("%s: two rows", id)
		}
		seen[id] = true
		got, ok := LookupLibraryCall(row.Pkg, row.Recv, row.Name)
		if !ok || got.Pkg != row.Pkg || got.Recv != row.Recv || got.Name != row.Name || got.Role != row.Role || got.Library != row.Library {
			t.Errorf("%s: lookup gives %+v, %v; want the row", id, got, ok)
		}
		if row.Library == nil || !strings.HasPrefix(row.Pkg, row.Library.Module) {
			t.Errorf("%s: not a package of its library %v", id, row.Library)
		}
		if row.Role == RoleNone {
			t.Errorf("%s: no role", id)
		}
		last := -1
		for _, arg := range row.Args {
			if arg.Index <= last || arg.Kind == 0 {
				t.Errorf("%s: arguments %v not in parameter order, or without kind", id, row.Args)
			}
			last = arg.Index
		}
		if row.Arg(ArgSecret) >= 0 && row.Env == "" {
			t.Errorf("%s: a secret argument and no environment variable for the fix", id)
		}
		switch row.Role {
		case RoleSend, RoleDo, RoleExchangeCode:
			if !row.Sends {
				t.Errorf("%s: role %v but Sends is false", id, row.Role)
			}
		case RoleSetCredential:
			if row.Auth == AuthNone || row.Arg(ArgSecret) < 0 {
				t.Errorf("%s: a credential setter needs Auth and ArgSecret", id)
			}
		case RoleAuthorizeURL:
			if row.Arg(ArgState) < 0 || row.FixedURL == "" {
				t.Errorf("%s: an authorize URL needs ArgState and FixedURL", id)
			}
		case RoleSetHeader, RoleSetQueryParam:
			if row.Arg(ArgName) < 0 || row.Arg(ArgValue) < 0 {
				t.Errorf("%s: needs ArgName and ArgValue", id)
			}
		}
		if strings.HasPrefix(row.Name, "Set") && row.Recv != "" && row.Library.Name == "resty" && row.Result != ResultReceiver {
			t.Errorf("%s: resty setters return their receiver", id)
		}
	}
	if len(seen) < 200 {
		t.Errorf("only %d rows", len(seen))
	}
}

func TestLibraryFieldRowsReachable(t *testing.T) {
	seen := map[string]bool{}
	for _, row := range LibraryFields() {
		id := row.Pkg + " " + row.Type + "." + row.Field
		if seen[id] {
			t.Errorf("%s: two rows", id)
		}
		seen[id] = true
		got, ok := LookupLibraryField(row.Pkg, row.Type, row.Field)
		if !ok || got.Pkg != row.Pkg || got.Type != row.Type || got.Field != row.Field || got.Role != row.Role {
			t.Errorf("%s: lookup gives %+v, %v; want the row", id, got, ok)
		}
		if row.Library == nil || !strings.HasPrefix(row.Pkg, row.Library.Module) {
			t.Errorf("%s: not a package of its library", id)
		}
		if row.Role == FieldSecret && row.Env == "" {
			t.Errorf("%s: a secret and no environment variable for the fix", id)
		}
		if !IsClientLibraryImport(row.Pkg) {
			t.Errorf("%s: package not in the relevance gate", id)
		}
	}
}

func TestLookupLibraryCall(t *testing.T) {
	const (
		atl2   = "github.com/ctreminiom/go-atlassian/v2"
		atl1   = "github.com/ctreminiom/go-atlassian"
		common = atl2 + "/service/common"
	)
	type want struct {
		role   LibraryRole
		args   []LibraryArg
		auth   AuthScheme
		result ResultKind
		sends  bool
	}
	tests := []struct {
		pkg, recv, name string
		want            *want // nil: no match
	}{
		// go-jira: constructors with their arguments swapped between
		// majors, the request API, transports, services.
		{goJiraV1, "", "NewClient", &want{role: RoleNewClient, args: []LibraryArg{{0, ArgHTTPClient}, {1, ArgURL}}}},
		{goJiraCloud, "", "NewClient", &want{role: RoleNewClient, args: []LibraryArg{{0, ArgURL}, {1, ArgHTTPClient}}}},
		{goJiraOnPremise, "", "NewClient", &want{role: RoleNewClient, args: []LibraryArg{{0, ArgURL}, {1, ArgHTTPClient}}}},
		{goJiraV1, "Client", "NewRequest", &want{role: RoleNewRequest, args: []LibraryArg{{1, ArgURL}}}},
		{goJiraV1, "Client", "NewRequestWithContext", &want{role: RoleNewRequest, args: []LibraryArg{{2, ArgURL}}}},
		{goJiraCloud, "Client", "NewRequest", &want{role: RoleNewRequest, args: []LibraryArg{{2, ArgURL}}}},
		{goJiraV1, "Client", "Do", &want{role: RoleDo, args: []LibraryArg{{0, ArgRequest}}, sends: true}},
		{goJiraV1, "BearerAuthTransport", "Client", &want{role: RoleTransportClient, auth: AuthBearer}},
		{goJiraV1, "PATAuthTransport", "RoundTrip", &want{role: RoleRoundTrip, args: []LibraryArg{{0, ArgRequest}}, auth: AuthPAT}},
		{goJiraOnPremise, "BearerAuthTransport", "Client", &want{role: RoleTransportClient, auth: AuthBearer}},
		{goJiraCloud, "BasicAuthTransport", "Client", &want{role: RoleTransportClient, auth: AuthBasic}},
		{goJiraV1, "AuthenticationService", "AcquireSessionCookie",
			&want{role: RoleSetCredential, args: []LibraryArg{{0, ArgUser}, {1, ArgSecret}}, auth: AuthSessionCookie, sends: true}},
		{goJiraOnPremise, "AuthenticationService", "AcquireSessionCookie",
			&want{role: RoleSetCredential, args: []LibraryArg{{1, ArgUser}, {2, ArgSecret}}, auth: AuthSessionCookie, sends: true}},
		{goJiraV1, "AuthenticationService", "SetBasicAuth",
			&want{role: RoleSetCredential, args: []LibraryArg{{0, ArgUser}, {1, ArgSecret}}, auth: AuthBasic}},
		{goJiraV1, "IssueService", "Get", &want{role: RoleSend, sends: true}},
		{goJiraV1, "AuthenticationService", "GetCurrentUser", &want{role: RoleSend, sends: true}},
		{goJiraCloud, "ProjectService", "GetAll", &want{role: RoleSend, sends: true}},
		{goJiraV1, "AuthenticationService", "Authenticated", nil}, // reads a field
		{goJiraV1, "IssueService", "get", nil},
		{goJiraV1, "Issue", "Get", nil},
		{goJiraV1, "Client", "GetBaseURL", nil},
		{goJiraCloud, "BearerAuthTransport", "Client", nil}, // only onpremise has it
		{goJiraV1, "", "IssueService", nil},

		// go-atlassian.
		{atl2 + "/jira/v3", "", "New", &want{role: RoleNewClient, args: []LibraryArg{{0, ArgHTTPClient}, {1, ArgURL}, {2, ArgOptions}}}},
		{atl2 + "/admin", "", "New", &want{role: RoleNewClient, args: []LibraryArg{{0, ArgHTTPClient}, {1, ArgOptions}}}},
		{atl1 + "/admin", "", "New", &want{role: RoleNewClient, args: []LibraryArg{{0, ArgHTTPClient}}}},
		{atl1 + "/jira/v2", "", "New", &want{role: RoleNewClient, args: []LibraryArg{{0, ArgHTTPClient}, {1, ArgURL}}}},
		{atl2 + "/confluence/v2", "Client", "NewRequest", &want{role: RoleNewRequest, args: []LibraryArg{{2, ArgURL}}}},
		{atl2 + "/jira/agile", "Client", "Call", &want{role: RoleDo, args: []LibraryArg{{0, ArgRequest}}, sends: true}},
		{atl2 + "/jira/v3", "", "WithAutoRenewalToken", &want{role: RoleOption, args: []LibraryArg{{0, ArgSecret}}, auth: AuthBearer}},
		{atl2 + "/jira/v3", "", "WithOAuth", &want{role: RoleOption, args: []LibraryArg{{0, ArgConfig}}}},
		{common, "Authentication", "SetBasicAuth", &want{role: RoleSetCredential, args: []LibraryArg{{0, ArgUser}, {1, ArgSecret}}, auth: AuthBasic}},
		{common, "Authentication", "SetBearerToken", &want{role: RoleSetCredential, args: []LibraryArg{{0, ArgSecret}}, auth: AuthBearer}},
		{common, "Authentication", "SetUserAgent", &want{role: RoleSetUserAgent, args: []LibraryArg{{0, ArgValue}}}},
		{atl1 + "/service/common", "Authentication", "SetUserAgent", &want{role: RoleSetUserAgent, args: []LibraryArg{{0, ArgValue}}}},
		{common, "OAuth2Service", "GetAuthorizationURL", &want{role: RoleAuthorizeURL, args: []LibraryArg{{1, ArgState}}}},
		{atl2 + "/pkg/infra/oauth2", "Service", "ExchangeAuthorizationCode", &want{role: RoleExchangeCode, args: []LibraryArg{{1, ArgCode}}, sends: true}},
		{atl2 + "/jira/internal", "IssueADFService", "Get", &want{role: RoleSend, sends: true}},
		{atl2 + "/confluence/internal", "ContentService", "Gets", &want{role: RoleSend, sends: true}},
		{atl1 + "/jira/internal", "IssueRichTextService", "Get", &want{role: RoleSend, sends: true}},
		{atl2 + "/jira/internal", "AuthenticationService", "SetBasicAuth", nil}, // reached through the interface
		{atl2 + "/jira/internal", "internalIssueImpl", "Get", nil},
		{atl2 + "/jira/v3", "Client", "Get", nil},
		{atl1 + "/service/common", "OAuth2Service", "GetAuthorizationURL", nil}, // v1 has no OAuth
		{atl1 + "/jira/v3", "Client", "Do", nil},                                // v1 has no Do

		// resty.
		{restyV2, "", "New", &want{role: RoleNewClient}},
		{restyV3, "", "NewWithClient", &want{role: RoleNewClient, args: []LibraryArg{{0, ArgHTTPClient}}}},
		{restyV2, "Client", "SetHeader", &want{role: RoleSetHeader, args: []LibraryArg{{0, ArgName}, {1, ArgValue}}, result: ResultReceiver}},
		{restyV3, "Request", "SetHeaders", &want{role: RoleSetHeaders, args: []LibraryArg{{0, ArgMap}}, result: ResultReceiver}},
		{restyV2, "Client", "SetBaseURL", &want{role: RoleSetBaseURL, args: []LibraryArg{{0, ArgURL}}, result: ResultReceiver}},
		{restyV2, "Client", "SetHostURL", &want{role: RoleSetBaseURL, args: []LibraryArg{{0, ArgURL}}, result: ResultReceiver}},
		{restyV2, "Request", "SetQueryParam", &want{role: RoleSetQueryParam, args: []LibraryArg{{0, ArgName}, {1, ArgValue}}, result: ResultReceiver}},
		{restyV3, "Client", "SetQueryParams", &want{role: RoleSetQueryParams, args: []LibraryArg{{0, ArgMap}}, result: ResultReceiver}},
		{restyV2, "Request", "SetQueryString", &want{role: RoleSetQueryString, args: []LibraryArg{{0, ArgValue}}, result: ResultReceiver}},
		{restyV2, "Client", "SetAuthToken", &want{role: RoleSetCredential, args: []LibraryArg{{0, ArgSecret}}, auth: AuthBearer, result: ResultReceiver}},
		{restyV3, "Request", "SetBasicAuth", &want{role: RoleSetCredential, args: []LibraryArg{{0, ArgUser}, {1, ArgSecret}}, auth: AuthBasic, result: ResultReceiver}},
		{restyV2, "Client", "SetAuthScheme", &want{role: RoleSetAuthScheme, args: []LibraryArg{{0, ArgValue}}, result: ResultReceiver}},
		{restyV2, "Client", "R", &want{role: RoleNewRequestBuilder}},
		{restyV3, "Client", "NewRequest", &want{role: RoleNewRequestBuilder}},
		{restyV3, "Client", "Header", &want{role: RoleHeaderMap}},
		{restyV2, "Request", "Get", &want{role: RoleSend, args: []LibraryArg{{0, ArgURL}}, sends: true}},
		{restyV3, "Request", "Execute", &want{role: RoleSend, args: []LibraryArg{{1, ArgURL}}, sends: true}},
		{restyV3, "Request", "Send", &want{role: RoleSend, sends: true}},
		{restyV3, "Request", "SetURL", &want{role: RoleSetURL, args: []LibraryArg{{0, ArgURL}}, result: ResultReceiver}},
		{restyV2, "Client", "SetTimeout", &want{role: RoleChain, result: ResultReceiver}},
		{restyV3, "Request", "SetContext", &want{role: RoleChain, result: ResultReceiver}},
		{restyV2, "Client", "Clone", &want{role: RoleChain, result: ResultCopy}},
		{restyV3, "Request", "WithContext", &want{role: RoleChain, result: ResultCopy}},
		// v3 only; in v2 the chain rule covers the name, which a caller
		// checks against the result type.
		{restyV2, "Request", "Trace", &want{role: RoleChain, result: ResultReceiver}},
		{restyV2, "Response", "String", nil},
		{restyV2, "", "SetHeader", nil},

		// retryablehttp.
		{retryableHTTP, "", "NewRequest", &want{role: RoleNewRequest, args: []LibraryArg{{1, ArgURL}}}},
		{retryableHTTP, "", "NewRequestWithContext", &want{role: RoleNewRequest, args: []LibraryArg{{2, ArgURL}}}},
		{retryableHTTP, "", "FromRequest", &want{role: RoleWrapRequest, args: []LibraryArg{{0, ArgRequest}}}},
		{retryableHTTP, "Client", "Do", &want{role: RoleDo, args: []LibraryArg{{0, ArgRequest}}, sends: true}},
		{retryableHTTP, "Client", "Get", &want{role: RoleSend, args: []LibraryArg{{0, ArgURL}}, sends: true}},
		{retryableHTTP, "", "PostForm", &want{role: RoleSend, args: []LibraryArg{{0, ArgURL}}, sends: true}},
		{retryableHTTP, "Client", "StandardClient", &want{role: RoleTransportClient}},
		{retryableHTTP, "Request", "SetBody", nil},

		// go-bitbucket.
		{goBitbucket, "", "NewBasicAuth", &want{role: RoleNewClient, args: []LibraryArg{{0, ArgUser}, {1, ArgSecret}}, auth: AuthBasic}},
		{goBitbucket, "", "NewOAuthbearerToken", &want{role: RoleNewClient, args: []LibraryArg{{0, ArgSecret}}, auth: AuthBearer}},
		{goBitbucket, "", "NewOAuthbearerTokenWithBaseUrlStr", &want{role: RoleNewClient, args: []LibraryArg{{0, ArgSecret}, {1, ArgURL}}, auth: AuthBearer}},
		{goBitbucket, "", "NewOAuthClientCredentials", &want{role: RoleNewClient, args: []LibraryArg{{0, ArgUser}, {1, ArgSecret}}, auth: AuthClientSecret, sends: true}},
		{goBitbucket, "", "NewOAuthWithRefreshToken", &want{role: RoleNewClient, args: []LibraryArg{{0, ArgUser}, {1, ArgSecret}, {2, ArgSecret}}, auth: AuthClientSecret, sends: true}},
		{goBitbucket, "", "NewOAuthWithCode", &want{role: RoleNewClient, args: []LibraryArg{{0, ArgUser}, {1, ArgSecret}, {2, ArgCode}}, auth: AuthClientSecret, sends: true}},
		{goBitbucket, "Client", "SetApiBaseURL", &want{role: RoleSetBaseURL, args: []LibraryArg{{0, ArgURL}}}},
		{goBitbucket, "Repositories", "ListForAccount", &want{role: RoleSend, sends: true}},
		{goBitbucket, "PullRequests", "Create", &want{role: RoleSend, sends: true}},
		{goBitbucket, "teams", "List", &want{role: RoleSend, sends: true}},
		{goBitbucket, "Client", "GetApiBaseURL", nil},
		{goBitbucket, "RepositoryOptions", "WithContext", nil},
		{goBitbucket, "Repositories", "listForAccount", nil},

		// oreo.
		{oreo, "", "New", &want{role: RoleNewClient}},
		{oreo, "", "RequestBuilder", &want{role: RoleNewRequest, args: []LibraryArg{{0, ArgURL}}}},
		{oreo, "ReqBuilder", "WithUserAgent", &want{role: RoleSetUserAgent, args: []LibraryArg{{0, ArgValue}}, result: ResultReceiver}},
		{oreo, "ReqBuilder", "WithAuth", &want{role: RoleSetCredential, args: []LibraryArg{{0, ArgUser}, {1, ArgSecret}}, auth: AuthBasic, result: ResultReceiver}},
		{oreo, "ReqBuilder", "WithMethod", &want{role: RoleChain, result: ResultReceiver}},
		{oreo, "ReqBuilder", "Build", &want{role: RoleBuildRequest}},
		{oreo, "Client", "WithTimeout", &want{role: RoleChain, result: ResultCopy}},
		{oreo, "Client", "WithTransport", &want{role: RoleSetTransport, args: []LibraryArg{{0, ArgTransport}}, result: ResultCopy}},
		{oreo, "Client", "PostJSON", &want{role: RoleSend, args: []LibraryArg{{0, ArgURL}}, sends: true}},
		{oreo, "Client", "Do", &want{role: RoleDo, args: []LibraryArg{{0, ArgRequest}}, sends: true}},

		// clientcredentials.
		{clientCredentials, "Config", "Client", &want{role: RoleTransportClient, auth: AuthClientSecret}},
		{clientCredentials, "Config", "Token", &want{role: RoleSend, sends: true}},

		// Not libraries.
		{"net/http", "Client", "Do", nil},
		{"golang.org/x/oauth2", "Config", "Client", nil},
		{"github.com/andygrunwald/go-jira/v3", "", "NewClient", nil},
		{"example.com/jira", "IssueService", "Get", nil},
		{"", "", "", nil},
	}
	for _, tt := range tests {
		got, ok := LookupLibraryCall(tt.pkg, tt.recv, tt.name)
		id := tt.pkg + " " + tt.recv + "." + tt.name
		if tt.want == nil {
			if ok {
				t.Errorf("%s: want no match, got %v", id, got.Role)
			}
			continue
		}
		if !ok {
			t.Errorf("%s: no match", id)
			continue
		}
		w := tt.want
		if got.Role != w.role || !slices.Equal(got.Args, w.args) || got.Auth != w.auth || got.Result != w.result || got.Sends != w.sends {
			t.Errorf("%s: got role %v args %v auth %v result %v sends %v; want %v %v %v %v %v",
				id, got.Role, got.Args, got.Auth, got.Result, got.Sends, w.role, w.args, w.auth, w.result, w.sends)
		}
		if got.Pkg != tt.pkg || got.Recv != tt.recv || got.Name != tt.name {
			t.Errorf("%s: identity %s %s.%s", id, got.Pkg, got.Recv, got.Name)
		}
	}
}

func TestLibraryDefaults(t *testing.T) {
	tests := []struct {
		pkg, recv, name          string
		defaultBase, env, fixed  string
		libName, defaultAgent    string
		buildsRequests, resolves bool
	}{
		{"github.com/ctreminiom/go-atlassian/v2/admin", "", "New", "https://api.atlassian.com/", "", "", "go-atlassian", "", true, false},
		{"github.com/ctreminiom/go-atlassian/v2/assets", "", "New", "https://api.atlassian.com/", "", "", "go-atlassian", "", true, false},
		{"github.com/ctreminiom/go-atlassian/v2/jira/v3", "", "New", "", "", "", "go-atlassian", "", true, false},
		{goBitbucket, "", "NewBasicAuth", "https://api.bitbucket.org/2.0", "BITBUCKET_API_BASE_URL", "", "go-bitbucket", "", true, false},
		{goBitbucket, "", "NewOAuthClientCredentials", "https://api.bitbucket.org/2.0", "BITBUCKET_API_BASE_URL",
			"https://bitbucket.org/site/oauth2/access_token", "go-bitbucket", "", true, false},
		{goBitbucket, "", "NewOAuthClientCredentialsWithEndpoint", "https://api.bitbucket.org/2.0", "BITBUCKET_API_BASE_URL", "", "go-bitbucket", "", true, false},
		{"github.com/ctreminiom/go-atlassian/v2/service/common", "OAuth2Service", "GetAuthorizationURL", "", "",
			"https://auth.atlassian.com/authorize?audience=api.atlassian.com&prompt=consent&response_type=code", "go-atlassian", "", true, false},
		{"github.com/ctreminiom/go-atlassian/v2/service/common", "OAuth2Service", "ExchangeAuthorizationCode", "", "",
			"https://auth.atlassian.com/oauth/token", "go-atlassian", "", true, false},
		{restyV2, "", "New", "", "", "", "resty", "go-resty/<version> (https://github.com/go-resty/resty)", true, false},
		{restyV3, "Request", "Get", "", "", "", "resty", "go-resty/<version> (https://resty.dev)", true, true},
		{goJiraV1, "Client", "NewRequest", "", "", "", "go-jira", "", true, true},
		{goJiraCloud, "Client", "NewRequest", "", "", "", "go-jira", "", true, true},
		{retryableHTTP, "", "NewRequest", "", "", "", "retryablehttp", "", false, false},
		{oreo, "Client", "Get", "", "", "", "oreo", "", false, false},
	}
	for _, tt := range tests {
		got, ok := LookupLibraryCall(tt.pkg, tt.recv, tt.name)
		id := tt.pkg + " " + tt.recv + "." + tt.name
		if !ok {
			t.Errorf("%s: no match", id)
			continue
		}
		if got.DefaultBaseURL != tt.defaultBase || got.BaseURLEnv != tt.env || got.FixedURL != tt.fixed || got.ResolvesURL != tt.resolves {
			t.Errorf("%s: base %q env %q fixed %q resolves %v; want %q %q %q %v",
				id, got.DefaultBaseURL, got.BaseURLEnv, got.FixedURL, got.ResolvesURL, tt.defaultBase, tt.env, tt.fixed, tt.resolves)
		}
		if l := got.Library; l.Name != tt.libName || l.DefaultUserAgent != tt.defaultAgent || l.BuildsRequests != tt.buildsRequests {
			t.Errorf("%s: library %s agent %q builds %v; want %s %q %v",
				id, l.Name, l.DefaultUserAgent, l.BuildsRequests, tt.libName, tt.defaultAgent, tt.buildsRequests)
		}
	}
}

func TestLookupLibraryField(t *testing.T) {
	tests := []struct {
		pkg, typ, field string
		role            FieldRole
		auth            AuthScheme
	}{
		{goJiraV1, "BasicAuthTransport", "Password", FieldSecret, AuthBasic},
		{goJiraV1, "BasicAuthTransport", "Username", FieldUser, AuthBasic},
		{goJiraV1, "BasicAuthTransport", "Transport", FieldInnerTransport, AuthNone},
		{goJiraV1, "BearerAuthTransport", "Token", FieldSecret, AuthBearer},
		{goJiraV1, "PATAuthTransport", "Token", FieldSecret, AuthPAT},
		{goJiraV1, "CookieAuthTransport", "AuthURL", FieldURL, AuthNone},
		{goJiraV1, "JWTAuthTransport", "Secret", FieldSecret, AuthJWT},
		{goJiraCloud, "BasicAuthTransport", "APIToken", FieldSecret, AuthBasic},
		{goJiraOnPremise, "BasicAuthTransport", "Password", FieldSecret, AuthBasic},
		{goJiraCloud, "Client", "UserAgent", FieldIgnoredUserAgent, AuthNone},
		{goJiraOnPremise, "Client", "UserAgent", FieldIgnoredUserAgent, AuthNone},
		{goJiraCloud, "Client", "BaseURL", FieldBaseURL, AuthNone},
		{"github.com/ctreminiom/go-atlassian/v2/service/common", "OAuth2Config", "RedirectURI", FieldRedirectURI, AuthNone},
		{"github.com/ctreminiom/go-atlassian/v2/service/common", "OAuth2Config", "ClientSecret", FieldSecret, AuthClientSecret},
		{"github.com/ctreminiom/go-atlassian/v2/service/common", "OAuth2Token", "AccessToken", FieldSecret, AuthBearer},
		{"github.com/ctreminiom/go-atlassian/v2/jira/v3", "Client", "HTTP", FieldHTTPClient, AuthNone},
		{"github.com/ctreminiom/go-atlassian/jira/v3", "Client", "Site", FieldBaseURL, AuthNone},
		{restyV2, "Client", "Header", FieldHeader, AuthNone},
		{restyV2, "Client", "Token", FieldSecret, AuthBearer},
		{restyV2, "User", "Password", FieldSecret, AuthBasic},
		{restyV3, "Request", "AuthToken", FieldSecret, AuthBearer},
		{restyV3, "Request", "QueryParams", FieldQuery, AuthNone},
		{retryableHTTP, "Client", "HTTPClient", FieldHTTPClient, AuthNone},
		{retryableHTTP, "Request", "Request", FieldRequest, AuthNone},
		{goBitbucket, "Client", "HttpClient", FieldHTTPClient, AuthNone},
		{clientCredentials, "Config", "ClientSecret", FieldSecret, AuthClientSecret},

		// Near misses.
		{goJiraCloud, "BasicAuthTransport", "Password", FieldNone, AuthNone}, // v2 cloud calls it APIToken
		{goJiraV1, "Client", "UserAgent", FieldNone, AuthNone},               // v1 has none
		{goJiraCloud, "BearerAuthTransport", "Token", FieldNone, AuthNone},   // only onpremise has it
		{restyV3, "Client", "Header", FieldNone, AuthNone},                   // v3: a method
		{restyV3, "Request", "QueryParam", FieldNone, AuthNone},              // v3 says QueryParams
		{"github.com/ctreminiom/go-atlassian/service/common", "OAuth2Config", "RedirectURI", FieldNone, AuthNone},
		{"golang.org/x/oauth2", "Config", "ClientSecret", FieldNone, AuthNone},
	}
	for _, tt := range tests {
		got, ok := LookupLibraryField(tt.pkg, tt.typ, tt.field)
		id := tt.pkg + " " + tt.typ + "." + tt.field
		if tt.role == FieldNone {
			if ok {
				t.Errorf("%s: want no match, got %v", id, got.Role)
			}
			continue
		}
		if !ok || got.Role != tt.role || got.Auth != tt.auth {
			t.Errorf("%s: got %v %v %v; want %v %v", id, got.Role, got.Auth, ok, tt.role, tt.auth)
		}
	}
}

func TestIsClientLibraryImport(t *testing.T) {
	for _, path := range []string{
		goJiraV1, goJiraCloud, goJiraOnPremise,
		"github.com/ctreminiom/go-atlassian/v2/jira/v2", "github.com/ctreminiom/go-atlassian/v2/jira/v3",
		"github.com/ctreminiom/go-atlassian/v2/jira/agile", "github.com/ctreminiom/go-atlassian/v2/jira/sm",
		"github.com/ctreminiom/go-atlassian/v2/confluence", "github.com/ctreminiom/go-atlassian/v2/confluence/v2",
		"github.com/ctreminiom/go-atlassian/v2/admin", "github.com/ctreminiom/go-atlassian/v2/assets",
		"github.com/ctreminiom/go-atlassian/v2/bitbucket", "github.com/ctreminiom/go-atlassian/v2/service/common",
		"github.com/ctreminiom/go-atlassian/v2/pkg/infra/oauth2",
		"github.com/ctreminiom/go-atlassian/jira/v3", "github.com/ctreminiom/go-atlassian/confluence",
		"github.com/ctreminiom/go-atlassian/service/common",
		restyV2, restyV3, retryableHTTP, goBitbucket, oreo, clientCredentials,
	} {
		if !IsClientLibraryImport(path) {
			t.Errorf("IsClientLibraryImport(%q) = false", path)
		}
	}
	for _, path := range []string{
		"", "net/http", "golang.org/x/oauth2", "github.com/andygrunwald/go-jira/v2",
		"github.com/ctreminiom/go-atlassian/v2", "github.com/ctreminiom/go-atlassian/v2/jira",
		"github.com/go-resty/resty", "resty.dev/v3/internal", "github.com/andygrunwald/go-jira/cloud",
	} {
		if IsClientLibraryImport(path) {
			t.Errorf("IsClientLibraryImport(%q) = true", path)
		}
	}
}

// TestLibraryLookupsDoNotAllocate: the lookups run on every call of
// every package that imports a library.
func TestLibraryLookupsDoNotAllocate(t *testing.T) {
	allocs := testing.AllocsPerRun(100, func() {
		LookupLibraryCall(restyV2, "Client", "SetHeader")
		LookupLibraryCall("github.com/ctreminiom/go-atlassian/v2/jira/internal", "IssueADFService", "Get")
		LookupLibraryCall("net/http", "Client", "Do")
		LookupLibraryField(goJiraV1, "BasicAuthTransport", "Password")
		IsClientLibraryImport(goBitbucket)
	})
	if allocs != 0 {
		t.Errorf("lookups allocate %v times", allocs)
	}
}

func TestLibraryStrings(t *testing.T) {
	for r := RoleNone; r <= RoleChain; r++ {
		if s := r.String(); s == "" || strings.Contains(s, "?") {
			t.Errorf("role %d has no name", r)
		}
	}
	for f := FieldNone; f <= FieldRequest; f++ {
		if s := f.String(); s == "" || strings.Contains(s, "?") {
			t.Errorf("field role %d has no name", f)
		}
	}
	for k := ArgURL; k <= ArgConfig; k++ {
		if s := k.String(); s == "" || strings.Contains(s, "?") {
			t.Errorf("argument kind %d has no name", k)
		}
	}
	for a := AuthNone; a <= AuthDigest; a++ {
		if s := a.String(); s == "" || strings.Contains(s, "?") {
			t.Errorf("auth scheme %d has no name", a)
		}
	}
	c, _ := LookupLibraryCall("github.com/ctreminiom/go-atlassian/v2/service/common", "Authentication", "SetBasicAuth")
	if got := c.Describe(); got != "go-atlassian Authentication.SetBasicAuth" {
		t.Errorf("Describe = %q", got)
	}
	f, _ := LookupLibraryField(goJiraV1, "BasicAuthTransport", "Password")
	if got := f.Describe(); got != "go-jira BasicAuthTransport.Password" {
		t.Errorf("Describe = %q", got)
	}
}

func BenchmarkLookupLibraryCall(b *testing.B) {
	for b.Loop() {
		LookupLibraryCall(restyV2, "Request", "Get")
		LookupLibraryCall("github.com/ctreminiom/go-atlassian/v2/jira/internal", "IssueADFService", "Get")
		LookupLibraryCall("net/http", "Client", "Do")
		LookupLibraryCall("example.com/app", "Client", "Get")
	}
}

// FuzzLookupLibraryCall: any answer is about the identity asked for.
func FuzzLookupLibraryCall(f *testing.F) {
	f.Add(restyV2, "Client", "SetHeader")
	f.Add(goBitbucket, "teams", "List")
	f.Add("github.com/ctreminiom/go-atlassian/v2/jira/internal", "IssueADFService", "Get")
	f.Fuzz(func(t *testing.T, pkg, recv, name string) {
		c, ok := LookupLibraryCall(pkg, recv, name)
		if ok && (c.Pkg != pkg || c.Recv != recv || c.Name != name || c.Library == nil || c.Role == RoleNone) {
			t.Errorf("LookupLibraryCall(%q, %q, %q) = %+v", pkg, recv, name, c)
		}
		fl, ok := LookupLibraryField(pkg, recv, name)
		if ok && (fl.Pkg != pkg || fl.Type != recv || fl.Field != name) {
			t.Errorf("LookupLibraryField(%q, %q, %q) = %+v", pkg, recv, name, fl)
		}
	})
}

func TestLibraryProduct(t *testing.T) {
	for pkg, want := range map[string]string{
		"github.com/andygrunwald/go-jira":                      "jira",
		"github.com/andygrunwald/go-jira/v2/cloud":             "jira",
		"github.com/ctreminiom/go-atlassian/v2/jira/v3":        "jira",
		"github.com/ctreminiom/go-atlassian/v2/jira/agile":     "jira",
		"github.com/ctreminiom/go-atlassian/v2/confluence/v2":  "confluence",
		"github.com/ctreminiom/go-atlassian/confluence":        "confluence",
		"github.com/ctreminiom/go-atlassian/v2/bitbucket":      "bitbucket",
		"github.com/ctreminiom/go-atlassian/v2/admin":          "",
		"github.com/ktrysmt/go-bitbucket":                      "bitbucket",
		"github.com/go-resty/resty/v2":                         "",
		"github.com/ctreminiom/go-atlassian/v2/jiraextensions": "",
	} {
		if got := LibraryProduct(pkg); got != want {
			t.Errorf("LibraryProduct(%q) = %q, want %q", pkg, got, want)
		}
	}
}

// TestLibrariesAtlassian: the libraries made for Atlassian's APIs say
// so; general HTTP libraries do not.
func TestLibrariesAtlassian(t *testing.T) {
	for _, lib := range ClientLibraries() {
		want := lib.Name == "go-jira" || lib.Name == "go-atlassian" || lib.Name == "go-bitbucket"
		if lib.Atlassian != want {
			t.Errorf("%s (%s): Atlassian = %v, want %v", lib.Name, lib.Module, lib.Atlassian, want)
		}
	}
}

func TestLibraryClientType(t *testing.T) {
	for _, tt := range []struct {
		pkg, typ string
		want     string // the library's name, "" for none
	}{
		{restyV2, "Client", "resty"},
		{restyV3, "Client", "resty"},
		{restyV2, "Request", ""},
		{goJiraV1, "Client", "go-jira"},
		{goJiraCloud, "Client", "go-jira"},
		{"github.com/ctreminiom/go-atlassian/v2/jira/v3", "Client", "go-atlassian"},
		{"github.com/ctreminiom/go-atlassian/confluence", "Client", "go-atlassian"},
		{"github.com/ctreminiom/go-atlassian/v2/service/common", "Client", ""},
		{goBitbucket, "Client", "go-bitbucket"},
		{retryableHTTP, "Client", ""}, // a request API: judged as net/http
		{oreo, "Client", ""},
		{"net/http", "Client", ""},
		{"", "", ""},
	} {
		lib, ok := LibraryClientType(tt.pkg, tt.typ)
		got := ""
		if ok {
			got = lib.Name
		}
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("LibraryClientType(%q, %q) = %q, %v; want %q", tt.pkg, tt.typ, got, ok, tt.want)
		}
	}
}

func TestUserAgentSetter(t *testing.T) {
	for _, lib := range ClientLibraries() {
		c, ok := UserAgentSetter(lib)
		var got string
		if ok {
			got = c.Recv + "." + c.Name
		}
		want := map[string]string{
			"go-atlassian": "Authentication.SetUserAgent",
			"resty":        "Client.SetHeader",
		}[lib.Name]
		if got != want {
			t.Errorf("%s (%s): UserAgentSetter = %q, want %q", lib.Name, lib.Module, got, want)
		}
	}
}

func TestIsClientLibraryPackage(t *testing.T) {
	for path, want := range map[string]bool{
		"github.com/andygrunwald/go-jira":                        true,
		"github.com/andygrunwald/go-jira/v2/cloud":               true,
		"github.com/ctreminiom/go-atlassian/v2/jira/internal":    true,
		"github.com/ctreminiom/go-atlassian/v2/pkg/infra/models": true,
		"resty.dev/v3":                          true,
		"github.com/go-resty/resty/v2":          true,
		"github.com/ktrysmt/go-bitbucket":       true,
		"golang.org/x/oauth2/clientcredentials": false,
		"golang.org/x/oauth2":                   false,
		"github.com/andygrunwald/go-jiraext":    false,
		"example.com/app/jira":                  false,
	} {
		if got := IsClientLibraryPackage(path); got != want {
			t.Errorf("IsClientLibraryPackage(%q) = %v, want %v", path, got, want)
		}
	}
}
