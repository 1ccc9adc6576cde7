package basicliteral

// Test fixtures are left alone.
const fixtureAuth = "Basic Ym90QGV4YW1wbGUuY29tOmh1bnRlcjItY29ycmVjdC1ob3JzZQ=="
