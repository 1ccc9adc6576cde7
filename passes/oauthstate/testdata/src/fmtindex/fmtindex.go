// Package fmtindex builds authorize URLs with fmt.Sprintf formats that
// name their arguments by index or take a width from them.
package fmtindex

import "fmt"

// The state is the second argument, whatever the order of the verbs.
func indexed() string {
	return fmt.Sprintf("https://auth.atlassian.com/authorize?state=%[2]s&client_id=%[1]s&response_type=code&prompt=consent&audience=api.atlassian.com",
		"id",
		"st", // want `state is the constant "st"`
	)
}

// A width read from the arguments shifts the state to the next one.
func starWidth(id string) string {
	return fmt.Sprintf("https://auth.atlassian.com/authorize?client_id=%*s&state=%s&response_type=code&prompt=consent&audience=api.atlassian.com",
		5, id,
		"fixed", // want `state is the constant "fixed"`
	)
}

// A state padded to a width is not read: it is not reported.
func paddedState() string {
	return fmt.Sprintf("https://auth.atlassian.com/authorize?state=%*d&client_id=x&response_type=code&prompt=consent&audience=api.atlassian.com", 5, 3)
}

// Indexed verbs still complete the URL: prompt is missing.
func indexedNoPrompt(state string) string {
	return fmt.Sprintf("https://auth.atlassian.com/authorize?state=%[1]s&client_id=%[2]s&response_type=code&audience=api.atlassian.com", state, "id") // want `authorize URL has no prompt=consent`
}
