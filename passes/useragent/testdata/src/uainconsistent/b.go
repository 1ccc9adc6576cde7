package uainconsistent

func later() {
	send("jira-acme-int/2.0.0")              // another version: fine
	send("jira-acme-int/1.4.2 (worker; go)") // another optional part: fine
	send("jira-acmesync-int/0.9.0")          // want `User-Agent identity "jira-acmesync-int" differs from "jira-acme-int", used at a.go:19; send one identity from the whole integration`
	send("confluence-acme-int/1.4.2")        // want `User-Agent identity "confluence-acme-int" differs from "jira-acme-int"`
	send("Jira-AcmeSync-Int/0.9.0")          // want `upper-case letters`
	send("jira-acme/1.0.0")                  // want `missing "-int"`
}
