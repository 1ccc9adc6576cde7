// Package machine calls Bitbucket Cloud as the integration itself,
// with an OAuth consumer and the client-credentials grant.
package machine

import (
	"context"
	"net/http"
	"os"

	"golang.org/x/oauth2/clientcredentials"
)

var consumer = clientcredentials.Config{
	ClientID: os.Getenv("BITBUCKET_CONSUMER_KEY"),
	// MISTAKE(secrets/atlassian-token): a live-format OAuth client secret.
	ClientSecret: "ATOAesEx4xbQI_mWK0bMFiaVK7oEgvwf7RdC__IjLSSpIqDUjFHhkgGkcolxOyxER1x064275B9A",
	TokenURL:     "https://bitbucket.org/site/oauth2/access_token",
}

// CurrentUser asks which account the consumer acts as.
func CurrentUser(ctx context.Context) (*http.Response, error) {
	hc := consumer.Client(ctx)
	// MISTAKE(useragent/default): the client-credentials client adds no User-Agent.
	return hc.Get("https://api.bitbucket.org/2.0/user")
}
