// Command bbbot serves the Bitbucket webhook bot.
package main

import (
	"context"
	"flag"
	"log"
	"net/http"
	"os"
	"time"

	"github.com/ktrysmt/go-bitbucket"

	"example.com/integrations/bbbot"
)

// The app password of the bot account, from before the workspace had
// an OAuth consumer; whoami still uses it when $BB_APP_PASSWORD is unset.
//
// MISTAKE(secrets/atlassian-token): a Bitbucket app password whose checksum holds.
// OK(secrets/hardcoded-credential): one literal gets one finding, the more specific atlassian-token.
// OK(secrets/credential-name): one literal gets one finding, the more specific atlassian-token.
const fallbackAppPassword = "ATBBYRI5R2VQm1a3R6dAf7nCSPmK69F5362A"

func main() {
	addr := flag.String("addr", ":8080", "listen address")
	whoami := flag.Bool("whoami", false, "print the bot account and exit")
	flag.Parse()

	if *whoami {
		if err := printAccount(); err != nil {
			log.Fatal(err)
		}
		return
	}
	bot, err := bbbot.New(
		os.Getenv("BB_WORKSPACE"),
		os.Getenv("BB_CLIENT_ID"),
		os.Getenv("BB_CLIENT_SECRET"),
		[]byte(os.Getenv("BB_WEBHOOK_SECRET")),
		os.Getenv("TEAMSYNC_URL"),
	)
	if err != nil {
		log.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.Handle("POST /hooks/bitbucket", bot)
	mux.HandleFunc("POST /mirror/{repo}", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 10*time.Minute)
		defer cancel()
		if err := bot.Mirror(ctx, r.PathValue("repo"), "/var/lib/bbbot/"+r.PathValue("repo")); err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
		}
	})
	srv := &http.Server{Addr: *addr, Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	log.Fatal(srv.ListenAndServe())
}

// printAccount prints the account the bot's app password belongs to.
func printAccount() error {
	password := os.Getenv("BB_APP_PASSWORD")
	if password == "" {
		password = fallbackAppPassword
	}
	// MISTAKE(useragent/default): go-bitbucket sends Go's default User-Agent.
	bb, err := bitbucket.NewBasicAuth("teamsync-bot", password)
	if err != nil {
		return err
	}
	u, err := bb.User.Profile()
	if err != nil {
		return err
	}
	log.Printf("running as %s (%s)", u.Username, u.Uuid)
	return nil
}
