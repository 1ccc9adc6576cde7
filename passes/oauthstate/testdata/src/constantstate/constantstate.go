package constantstate

import (
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"net/http"
	"net/url"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	ClientID:    "client",
	RedirectURL: "https://app.example.com/callback",
	Endpoint: oauth2.Endpoint{
		AuthURL:  "https://auth.atlassian.com/authorize",
		TokenURL: "https://auth.atlassian.com/oauth/token",
	},
}

var opts = []oauth2.AuthCodeOption{oauth2.SetAuthURLParam("audience", "api.atlassian.com"), oauth2.ApprovalForce}

const fixedState = "s3cr3t-state"

var packageState = "never-reassigned"

func literal(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, conf.AuthCodeURL("state", opts...), http.StatusFound) // want `state is the constant "state", the same for every user; an attacker who knows it can link their Atlassian account to your user's session`
}

func constant(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, conf.AuthCodeURL(fixedState, opts...), http.StatusFound) // want `state is the constant "s3cr3t-state"`
}

func packageVariable(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, conf.AuthCodeURL(packageState, opts...), http.StatusFound) // want `state is the constant "never-reassigned"`
}

func stateHelper() string { return "from-a-helper" }

func helper(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, conf.AuthCodeURL(stateHelper(), opts...), http.StatusFound) // want `state is the constant "from-a-helper"`
}

func placeholder(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, conf.AuthCodeURL("YOUR_USER_BOUND_VALUE", opts...), http.StatusFound) // want `state is "YOUR_USER_BOUND_VALUE", the placeholder from Atlassian's documentation`
}

func override(w http.ResponseWriter, r *http.Request) {
	state := randomState()
	u := conf.AuthCodeURL(state, oauth2.SetAuthURLParam("state", "fixed"), oauth2.SetAuthURLParam("audience", "api.atlassian.com"), oauth2.ApprovalForce) // want `state is the constant "fixed"`
	http.Redirect(w, r, u, http.StatusFound)
}

// A constant handed to a helper is reported where the caller passes it.
func passedDown(w http.ResponseWriter, r *http.Request) {
	redirect(w, r, "passed-down") // want `state is the constant "passed-down"`
}

func passedDownToo(w http.ResponseWriter, r *http.Request) {
	redirect(w, r, "passed-down-too") // want `state is the constant "passed-down-too"`
}

func redirect(w http.ResponseWriter, r *http.Request, state string) {
	http.Redirect(w, r, conf.AuthCodeURL(state, opts...), http.StatusFound)
}

func handBuiltLiteral(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "https://auth.atlassian.com/authorize?audience=api.atlassian.com&client_id=client&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcallback&state=YOUR_USER_BOUND_VALUE&response_type=code&prompt=consent", http.StatusFound) // want `state is "YOUR_USER_BOUND_VALUE", the placeholder`
}

func handBuiltValues(w http.ResponseWriter, r *http.Request) {
	q := url.Values{
		"audience":      {"api.atlassian.com"},
		"client_id":     {"client"},
		"response_type": {"code"},
		"prompt":        {"consent"},
		"state":         {"xyz"}, // want `state is the constant "xyz"`
	}
	http.Redirect(w, r, "https://auth.atlassian.com/authorize?"+q.Encode(), http.StatusFound)
}

func handBuiltSprintf(w http.ResponseWriter, r *http.Request, clientID string) {
	u := fmt.Sprintf("https://auth.atlassian.com/authorize?audience=api.atlassian.com&client_id=%s&state=%s&response_type=code&prompt=consent", clientID, fixedState) // want `state is the constant "s3cr3t-state"`
	http.Redirect(w, r, u, http.StatusFound)
}

// Near misses.

var reassigned = "initial"

func init() { reassigned = randomState() }

func reassignedVariable(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, conf.AuthCodeURL(reassigned, opts...), http.StatusFound)
}

func randomState() string {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		panic(err)
	}
	return base64.RawURLEncoding.EncodeToString(b)
}

func prefixAndRandom(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, conf.AuthCodeURL("login-"+randomState(), opts...), http.StatusFound)
}

func unknownState(w http.ResponseWriter, r *http.Request, state string) {
	http.Redirect(w, r, conf.AuthCodeURL(state, opts...), http.StatusFound)
}

// fieldAssigned builds the config by assigning its fields.
func fieldAssigned(w http.ResponseWriter, r *http.Request) {
	var c oauth2.Config
	c.ClientID = "client"
	c.Endpoint.AuthURL = "https://auth.atlassian.com/authorize"
	http.Redirect(w, r, c.AuthCodeURL("assigned", opts...), http.StatusFound) // want `state is the constant "assigned"`
}

// endpointAssigned assigns the whole endpoint.
func endpointAssigned(w http.ResponseWriter, r *http.Request) {
	c := new(oauth2.Config)
	c.Endpoint = oauth2.Endpoint{AuthURL: "https://auth.atlassian.com/authorize"}
	http.Redirect(w, r, c.AuthCodeURL("whole", opts...), http.StatusFound) // want `state is the constant "whole"`
}

// reassignedEndpoint points the config elsewhere before use: not judged.
func reassignedEndpoint(w http.ResponseWriter, r *http.Request) {
	c := &oauth2.Config{Endpoint: oauth2.Endpoint{AuthURL: "https://auth.atlassian.com/authorize"}}
	c.Endpoint.AuthURL = "https://accounts.example.com/authorize"
	http.Redirect(w, r, c.AuthCodeURL("elsewhere"), http.StatusFound)
}
