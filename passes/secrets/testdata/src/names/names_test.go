package names

// Fixtures in tests are not guessed at.
var testPassword = "Tr0ub4dor&3xQz9"
var apiTokenFixture = "q8Zr2Lw0Xv7Tn4Kp1Ys"
