// Package useridorigin: a state is a guessable user ID when it comes
// from a field or method that holds one, not because of a variable's
// name.
package useridorigin

import (
	"strconv"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{Endpoint: oauth2.Endpoint{AuthURL: "https://auth.atlassian.com/authorize"}}

var consent = []oauth2.AuthCodeOption{oauth2.ApprovalForce, oauth2.SetAuthURLParam("audience", "api.atlassian.com")}

// IDGen hands out identifiers; atlvet cannot see how.
type IDGen interface{ Next() string }

// Session is the web session; Login is not known to be a user's login.
type Session struct {
	ID    string
	Login string
}

// User is an account of the app.
type User struct {
	ID    int
	Login string
}

// Identity is who the session belongs to.
type Identity interface{ UserID() string }

// Not reported: the origin is not known to be a user ID.
func fromGenerator(gen IDGen, s *Session) (string, string) {
	uid := gen.Next() // a unique random id from the injected generator
	a := conf.AuthCodeURL(uid, consent...)
	b := conf.AuthCodeURL(s.Login, consent...)
	return a, b
}

func fromParameter(userID string) string {
	return conf.AuthCodeURL(userID, consent...)
}

// Reported: fields and methods that hold a user's ID.
func fromUser(u *User, id Identity) (string, string, string) {
	a := conf.AuthCodeURL(strconv.Itoa(u.ID), consent...) // want `state is made from a user ID`
	b := conf.AuthCodeURL(u.Login, consent...)            // want `state is made from a user ID`
	c := conf.AuthCodeURL(id.UserID(), consent...)        // want `state is made from a user ID`
	return a, b, c
}
