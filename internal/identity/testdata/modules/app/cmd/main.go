package main // want "sends jira-app-int, sent by imported package example.com/app/client"

import "example.com/app/client"

func main() { client.Myself() }
