package jsonsingle

// A //line directive renumbers what follows; the key is still found
// where the file has it.

//line linedir.go:100
const renumbered = `{"baseUrl": "https://connect.acme.example", "key": "Jira Acme"}` // want `Connect app key "Jira Acme" does not follow`
