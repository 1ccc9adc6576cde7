// Package structtags writes tokens into struct tags, as envconfig-style
// defaults: reported like any other literal, without a fix.
package structtags

type Env struct {
	Token  string `envconfig:"JIRA_TOKEN" default:"ATATT3xFfGF0xoJMmggyosQY_dXdGeybm4089ZzOFVnUSKwgUQDtIpkEpdS-vPQIPFWmASpPiP_NC9hp-FrwQwH2Cz_Dnw0KsBpKilze6kKU2YRrql2b2BeigfVWdib3S81x-6FgUPcJcQu3ScSrxKbj6H9o2Wz1SRvV-_gfAodFDE-Gwn0HbX3=1F510902"` // want `a live-format Atlassian API token is hard-coded in a struct tag \(ATATT3… \(192 chars\), checksum valid\)`
	PAT    string `default:"MTY1OTI0NDAzNzM4OkNKazBHNG5QTklYcEwwZjdxQ2Mx"`                                                                                                                                                                            // want `a live-format Jira/Confluence Data Center personal access token is hard-coded in a struct tag`
	Secret string `default:"ATOAV9VqDF8UFUGR52QXXl-SRE55LL0cT9JjbvFnfEaPoOpAR7b19lLPwFDRGHwHtlMr0B52378E" json:"secret"`                                                                                                                              // want `a live-format Atlassian OAuth client secret is hard-coded in a struct tag`

	// Not reported: documentation examples, lone legacy tokens, names.
	Example string `default:"ATATT3xFfGF0fB6ql53RzflxbOnnstymri7q5_CEToI9rLFbxK2jFkisYw_ItmaOnF0Q2JETGiI3k_z0UuhQisNXW1hmqEn7rysGB42hcnINe7RJhpi0eyW47gf7w4Ho0S4AvdmBn3lP3gIXdAe16J40o968Dtx9uV1EqOQldctEzUQD09hM8He=963AB53D"`
	Legacy  string `default:"0cN65As5FAA0tw34QBdh8BF6"`
	Name    string `envconfig:"JIRA_API_TOKEN"`
}
