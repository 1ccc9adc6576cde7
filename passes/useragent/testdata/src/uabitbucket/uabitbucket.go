package uabitbucket

import (
	"os"

	"github.com/ktrysmt/go-bitbucket"
)

// go-bitbucket sends to api.bitbucket.org with Go's default client.
func New() (*bitbucket.Client, error) {
	return bitbucket.NewBasicAuth(os.Getenv("BITBUCKET_USER"), os.Getenv("BITBUCKET_APP_PASSWORD")) // want `go-bitbucket client sends its requests to api.bitbucket.org with Go's default User-Agent`
}
