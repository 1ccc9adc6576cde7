package testfile

var descriptor = map[string]any{"key": "jira-acme-int-2", "baseUrl": "https://connect.acme.example"} // want `Connect app key "jira-acme-int-2" does not follow`
