package linedirective

//line nocolumn.go:1
func token() string {
	return "ATATT3xFfGF084cWHTRN9lrLPTh5Bp_9R9Sg9dNXx__qzvXxqk3Q9QTd_60nugpMllc4kh9wIqo9xXHxmyePN1u9ZOmjCBwyVicVfoRm087DBQHNNx4yjIQGoonMXSvkFJDanHx3W3ATgqC1VF_flzzQKCN2Y8g4vD2HaW7k7CagcWgthitDrvI=C72B6F19" // want `a live-format Atlassian API token is hard-coded \(ATATT3… \(192 chars\), checksum valid\)`
}
