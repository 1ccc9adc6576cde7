// Package slack posts sync results to a Slack channel.
package slack

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
)

// webhookURL is the incoming webhook of the #jira-sync channel.
const webhookURL = "https://hooks.slack.com/services/T000/B000/XXXXXXXX"

// Notify posts a message with a link to the issue.
func Notify(text, link string) error {
	body, err := json.Marshal(map[string]string{"text": fmt.Sprintf("%s <%s>", text, link)})
	if err != nil {
		return err
	}
	// OK(useragent/default): Slack is not Atlassian.
	resp, err := http.Post(webhookURL, "application/json", bytes.NewReader(body))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
