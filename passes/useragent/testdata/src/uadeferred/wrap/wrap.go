// Package wrap makes sdk clients from the HTTP client its own importers
// pass: judged where they call NewWrapped.
package wrap

import "uadeferred/sdk"

func NewWrapped(hc sdk.HTTPClient) *sdk.Client { return sdk.New(hc, "https://acme.atlassian.net") }
