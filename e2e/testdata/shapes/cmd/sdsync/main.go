// Command sdsync copies a service desk queue into a report.
package main

import (
	"context"
	"fmt"
	"log"
	"net/http"
	"os"

	"example.com/shapes/agent"
	"example.com/shapes/sdk/servicedesk"
)

func main() {
	hc := &http.Client{Transport: &agent.Transport{Next: http.DefaultTransport}}
	sd := servicedesk.New(hc, os.Getenv("SDSYNC_SITE"))
	var out map[string]any
	if err := sd.Queue(context.Background(), "1", "7", &out); err != nil {
		log.Fatal(err)
	}
	fmt.Println(len(out))
}
