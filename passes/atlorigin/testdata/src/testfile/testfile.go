package testfile

const Site = "https://acme.atlassian.net"
