package basicuser

// In tests, live tokens are reported too, in either slot, without a
// fix; a plain password is not.
var fixtureUser = "Basic QVRBVFQzeEZmR0Ywei1tLVNxTGxHVXhxT09uR1o1bjBjUkFEZW1wN1phdHZjbUF4bWRSSGJ1bXU2enYwOHJfZ3gyNXhLV1YtOEhVd2JjV0tjQVg2Q1VnOENyZkNZSFFlc2EzMGpKNXItOUNCTGE3MjFZbUgwN1duOHRmNGdtS1BRX0p5Q1h2ZXZTOGYtVjkzX0FBUjkyLS1mNGlzcGtPa2MybmVDX0xFVm5wUEdEaS1wTC05eEo0PTE0MTdGMTEzOngtb2F1dGgtYmFzaWM=" // want `a live-format Atlassian API token is hard-coded as the user of a Basic credential \(ATATT3… \(192 chars\), checksum valid\)`

var fixtureEmpty = "Basic QVRPQTZUbUd0VlY4U1FIV1V5VWVBNFFkMDFVY0pxNHJvaEpQdXJhNjlPOC05Qi1obV8wUzdTWkVjZUZNblBBSW1kMllCQjlBNjU5Mzo=" // want `a live-format Atlassian OAuth client secret is hard-coded as the user of a Basic credential`

var fixturePassword = "Basic Ym90QGV4YW1wbGUuY29tOkFUQVRUM3hGZkdGMElyUW1QZ3QzX1JjbG1SSzV2MG9jZGc4UGkxSE5qMUJoOW1jakNXUk96T3JhM0w0amJLWE01RU1IZExCXy1fa1Y4cjFMcWRxRlBUaEVxUUN1ZjBjelp0TnhWU0tlY0xsT2RvZ0ZjU2dvTVBhdEdkSVhmZVZ1LTJBZzNTZ1NrUHpIMDNrRlVqalQwMmpTT1daOUIwYXJVODAwRVctcWd1aTBWOGdSWFhoQk5lZT1ERUFDMTlFMQ==" // want `a live-format Atlassian API token is hard-coded inside a Basic credential for user "bot@example.com"`

var fixturePlain = "Basic Ym90QGV4YW1wbGUuY29tOmZpeHR1cmUtcGFzc3dvcmQ="
