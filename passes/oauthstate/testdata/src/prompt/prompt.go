package prompt

import (
	"fmt"
	"net/http"

	oa "golang.org/x/oauth2"
)

var conf = &oa.Config{
	ClientID:    "client",
	RedirectURL: "https://app.example.com/callback",
	Endpoint: oa.Endpoint{
		AuthURL:  "https://auth.atlassian.com/authorize",
		TokenURL: "https://auth.atlassian.com/oauth/token",
	},
}

var audience = oa.SetAuthURLParam("audience", "api.atlassian.com")

func noPrompt(w http.ResponseWriter, r *http.Request, state string) {
	http.Redirect(w, r, conf.AuthCodeURL(state, audience), http.StatusFound) // want `authorize URL has no prompt=consent; Atlassian requires it so that the user is shown the consent screen`
}

func noPromptMultiline(state string) string {
	return conf.AuthCodeURL( // want `authorize URL has no prompt=consent`
		state,
		audience,
		oa.AccessTypeOffline,
	)
}

func wrongPrompt(w http.ResponseWriter, r *http.Request, state string) {
	http.Redirect(w, r, conf.AuthCodeURL(state, audience, oa.SetAuthURLParam("prompt", "login")), http.StatusFound) // want `authorize URL has prompt="login", not prompt=consent`
}

func literal(w http.ResponseWriter, r *http.Request, state string) {
	http.Redirect(w, r, "https://auth.atlassian.com/authorize?audience=api.atlassian.com&client_id=client&state=abc&response_type=code", http.StatusFound) // want `authorize URL has no prompt=consent` `state is the constant "abc"`
}

func sprintf(w http.ResponseWriter, r *http.Request, clientID, state string) {
	u := fmt.Sprintf("https://auth.atlassian.com/authorize?audience=api.atlassian.com&client_id=%s&state=%s&response_type=code", clientID, state) // want `authorize URL has no prompt=consent`
	http.Redirect(w, r, u, http.StatusFound)
}

func concat(w http.ResponseWriter, r *http.Request, clientID, state string) {
	u := "https://auth.atlassian.com/authorize?audience=api.atlassian.com&response_type=code&client_id=" + clientID + "&state=" + state // want `authorize URL has no prompt=consent`
	http.Redirect(w, r, u, http.StatusFound)
}

// Near misses.

func approvalForce(w http.ResponseWriter, r *http.Request, state string) {
	http.Redirect(w, r, conf.AuthCodeURL(state, audience, oa.ApprovalForce), http.StatusFound)
}

func setParam(w http.ResponseWriter, r *http.Request, state string) {
	http.Redirect(w, r, conf.AuthCodeURL(state, audience, oa.SetAuthURLParam("prompt", "consent")), http.StatusFound)
}

func concatenated(w http.ResponseWriter, r *http.Request, state string) {
	http.Redirect(w, r, conf.AuthCodeURL(state, audience)+"&prompt=consent", http.StatusFound)
}

func unknownOptions(w http.ResponseWriter, r *http.Request, state string, opts ...oa.AuthCodeOption) {
	http.Redirect(w, r, conf.AuthCodeURL(state, opts...), http.StatusFound)
}
