// Package defaults hands out the integration's settings, a credential
// among them written as a literal.
package defaults

import "os"

func Token() string { return "Tz8-kQp3_Lm6nWv2Ys" } // want Token:`result 0 is literal Tz8-kQ… \(18 chars\)`

// Both results: only the second is a secret.
func Account() (string, string) { // want Account:`result 1 is literal Hj5-k… \(16 chars\)`
	return "bot@acme.example", "Hj5-kLm8_Np2qRs6"
}

// Not literals every time, or not secrets: no fact.
func FromEnv() string {
	if v := os.Getenv("JIRA_TOKEN"); v != "" {
		return v
	}
	return "Qm4-xLp9_Tr2kWv7Zs"
}

func Placeholder() string { return "YOUR_API_TOKEN" }

func Site() string { return "https://acme.atlassian.net" }

func token() string { return "Lw3-pQx8_Mn5rTv1Yk" }

var _ = token
