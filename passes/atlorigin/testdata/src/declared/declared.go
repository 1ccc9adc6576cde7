package declared

// With -atlorigin.hosts=jira.example.com (the test sets it), pages of
// that host are links into the product UI.
const dashboard = "https://jira.example.com/projects/OPS/summary?atl_origin=abc123" // want `query parameter "atl_origin" on a link into the product UI \(jira.example.com/projects/OPS/summary\)`

// Its OAuth endpoints are OAuth URLs.
const authorize = "https://jira.example.com/authorize?client_id=x&atlOrigin=abc123" // want `atlOrigin parameter on an OAuth 2.0 authorize URL \(jira.example.com/authorize\)`

// Near misses: hosts nobody declared.
const elsewhere = "https://wiki.example.org/projects/OPS?atl_origin=abc123"

const otherAuthorize = "https://github.com/login/oauth/authorize?atlOrigin=abc123"
