module example.com/libintegration

go 1.26.0

require (
	github.com/andygrunwald/go-jira v1.17.0
	github.com/andygrunwald/go-jira/v2 v2.0.0-20240116150243-50d59fe116d6
	github.com/coryb/oreo v0.0.0-20180804211640-3e1b88fc08f1
	github.com/ctreminiom/go-atlassian v1.6.1
	github.com/ctreminiom/go-atlassian/v2 v2.12.0
	github.com/go-resty/resty/v2 v2.17.2
	github.com/hashicorp/go-retryablehttp v0.7.8
	github.com/ktrysmt/go-bitbucket v0.10.0
	golang.org/x/oauth2 v0.38.0
	resty.dev/v3 v3.0.0-rc.4
)

require (
	dario.cat/mergo v1.0.2 // indirect
	github.com/fatih/structs v1.1.0 // indirect
	github.com/golang-jwt/jwt/v4 v4.5.2 // indirect
	github.com/google/go-querystring v1.2.0 // indirect
	github.com/google/uuid v1.6.0 // indirect
	github.com/hashicorp/go-cleanhttp v0.5.2 // indirect
	github.com/kr/text v0.2.0 // indirect
	github.com/mitchellh/mapstructure v1.5.0 // indirect
	github.com/pkg/errors v0.9.1 // indirect
	github.com/theckman/go-flock v0.4.0 // indirect
	github.com/tidwall/gjson v1.18.0 // indirect
	github.com/tidwall/match v1.1.1 // indirect
	github.com/tidwall/pretty v1.2.0 // indirect
	github.com/trivago/tgo v1.0.7 // indirect
	golang.org/x/net v0.55.0 // indirect
)
