module example.com/jiraintegration

go 1.26
