package urlcreds

var testURL = "https://bot:s3cr3t-Passw0rd@localhost:8080/"
