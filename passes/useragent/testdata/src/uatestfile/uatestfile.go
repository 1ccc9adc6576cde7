package uatestfile

const Site = "https://acme.atlassian.net"
