// Package ualibtestfile makes library clients in its tests.
package ualibtestfile

const Site = "https://acme.atlassian.net"
