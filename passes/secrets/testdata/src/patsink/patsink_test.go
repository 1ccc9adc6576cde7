package patsink

// A live PAT is reported in tests too.
var fixtureHeader = "Bearer NDkxNDg2NjEwMTY1OlptN1o3cExqU3gwUUFPQUt4b1Jk" // want `a live-format Jira/Confluence Data Center personal access token is hard-coded`
