// Package pemkey holds PEM private keys. They are no Atlassian
// credential format; under a credential name (a key for Jira's OAuth
// 1.0a application links, say) they are a credential-name guess.
package pemkey

// A PEM private key under a credential name is one.
const privateKey = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw\n-----END RSA PRIVATE KEY-----\n" // want `privateKey is set to a PEM private key \(-----B… \(\d+ chars\)\), a guess from the name and the value`

// A public key is not a secret.
const publicKey = "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo\n-----END PUBLIC KEY-----\n"

// Under another name, a PEM block is not reported.
const fixtureBlock = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw\n-----END RSA PRIVATE KEY-----\n"
