package tokens

import "testing"

// Tokens in tests are reported too, without a fix: a live token in a
// test is as leaked as any other.
var testToken = "ATATT3xFfGF0gPWkdVJIiyh71R1LpP8qrVNyXzY5pipIJK-BBVH_wp_IXUYFwln9T9Gax7v-T-pfXs9fkf2jTLcfLWch7k4R7NNHh8dKgheLTlIZQXDYm5xNiDE6X695QmEu_4yLATbL6IiDCigoTgPY3I4WcZ5iWTOfjx5XOI1ciZPiR2yzSHB=6980A5A7" // want `a live-format Atlassian API token is hard-coded`

// So is a legacy token next to a credential name.
var fixtureToken = "QYGzARxyUlfYKjljn1ykEC85" // want `a live-format legacy Atlassian API token is hard-coded in fixtureToken`

// credential-name and the other guesses stay out of tests.
var testPassword = "Tr0ub4dor&3xQz9"

func TestNothing(t *testing.T) {}
