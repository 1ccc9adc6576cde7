// Code written from templates: //line directives name them, without a
// column, with one, and naming another file of the package. The tokens
// are synthetic, never issued by Atlassian.

//line secrets.tmpl:300
package linedirective

var apiToken = "ATATT3xFfGF053YS6FrHGhMOTNghPrFbNa39phnrD1Al0ebJd_eyfaN-ZBBTnxFwoN1MEP1ghCKDfC-A4IxzTGNBUW0M7YxXQec9DIVG8gVBNhkLQmgBMax184l8m6VmQdbyF_4CQCbkZiV2loUpY0h_EdH111aLbPCg-AaMUdV8_S40S0Pb0TG=C5F0DCDC" // want `a live-format Atlassian API token is hard-coded \(ATATT3… \(192 chars\), checksum valid\)`
