package dense

import "net/http"

// Token and Refresh are two hard-coded credentials of one file: each
// fix adds the import of os.
func Token(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+"q8Zr2Lw0Xv7Tn4Kp1Ys9Mh")
}

func Refresh() *http.Request {
	req, _ := http.NewRequest("POST", "https://auth.atlassian.com/oauth/token", nil)
	req.SetBasicAuth("dense-client", "Hq7Vn2Xc9Lp4Rt1Zw8Kd")
	return req
}
