package main

import (
	"errors"
	"flag"
	"os"
	"strings"
	"time"
)

// The names of the environment variables the service reads.
const (
	envSite  = "JIRA_SITE"
	envEmail = "JIRA_EMAIL"
	// OK(secrets/credential-name): the name of an environment variable, not its value.
	envToken = "JIRA_API_TOKEN"
)

// config is what the sync service needs to run.
type config struct {
	site     string
	email    string
	token    string
	origin   string
	project  string
	interval time.Duration
	dryRun   bool
}

func loadConfig(args []string) (config, error) {
	fs := flag.NewFlagSet("teamsync", flag.ContinueOnError)
	var c config
	// MISTAKE(siteurl/insecure-scheme): the sandbox site over plain http.
	fs.StringVar(&c.site, "site", "http://teamsync-sandbox.atlassian.net", "Jira site URL (or $JIRA_SITE)")
	fs.StringVar(&c.email, "email", "", "account e-mail (or $JIRA_EMAIL)")
	// MISTAKE(secrets/atlassian-token): a real-format API token as a flag default; the checksum holds.
	sandboxToken := fs.String("sandbox-token", "ATATT3xFfGF0pnWpCZsFHwry4UX6wydyLzoU_cj_5rDyhCBMt0phz2ru3FaudN6WYuWR28Q2vjOeXkSy3lW9lzViSfvBSvBaEqzVQXvO4CWjNcbPY18YI7gO-BGRqOm8TyGuYQicvFKJp_NwvnJS6v98kr8cUT-YlbPxImYDqbSEsELcj6iAn3g=83FE4B48", "token for the sandbox site")
	fs.StringVar(&c.origin, "origin", "", "atlOrigin value of the links TeamSync posts")
	fs.StringVar(&c.project, "project", "OPS", "project to mirror")
	fs.DurationVar(&c.interval, "interval", 5*time.Minute, "time between two syncs")
	fs.BoolVar(&c.dryRun, "dry-run", false, "log what would change, change nothing")
	if err := fs.Parse(args); err != nil {
		return c, err
	}
	if v := os.Getenv(envSite); v != "" {
		c.site = v
	}
	if v := os.Getenv(envEmail); v != "" {
		c.email = v
	}
	c.token = os.Getenv(envToken)
	if c.token == "" && strings.Contains(c.site, "sandbox") {
		c.token = *sandboxToken
	}
	if c.dryRun && c.token == "" {
		// OK(secrets/hardcoded-credential): a placeholder; a dry run only talks to the fake.
		c.token = "changeme"
	}
	return c, validateToken(c.token)
}

// validateToken catches the usual mistake of pasting a password or a
// truncated token into $JIRA_API_TOKEN.
func validateToken(tok string) error {
	switch {
	case tok == "":
		return errors.New("no API token: set " + envToken)
	case strings.HasPrefix(tok, "ATATT") && len(tok) != 192:
		return errors.New("the API token is truncated")
	}
	return nil
}
