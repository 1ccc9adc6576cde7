// Package sqlstore keeps OAuth state in a SQL table: the callback
// checks the request's state by looking it up (and deleting it) in the
// database, which is a comparison atlvet must see.
package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"net/http"

	"golang.org/x/oauth2"
)

const consumeState = `DELETE FROM oauth_states WHERE state = $1 AND expires_at > now() RETURNING user_id`

type Server struct {
	db   *sql.DB
	conf *oauth2.Config
}

func NewServer(db *sql.DB, clientID, secret string) *Server {
	return &Server{
		db: db,
		conf: &oauth2.Config{
			ClientID:     clientID,
			ClientSecret: secret,
			RedirectURL:  "https://jira-sync.example.com/callback",
			Endpoint: oauth2.Endpoint{
				AuthURL:  "https://auth.atlassian.com/authorize",
				TokenURL: "https://auth.atlassian.com/oauth/token",
			},
		},
	}
}

// Callback looks the state up with QueryRowContext: no row, no exchange.
func (s *Server) Callback(w http.ResponseWriter, r *http.Request) {
	var userID string
	err := s.db.QueryRowContext(r.Context(), consumeState, r.URL.Query().Get("state")).Scan(&userID)
	if errors.Is(err, sql.ErrNoRows) {
		http.Error(w, "unknown or expired state", http.StatusBadRequest)
		return
	}
	if _, err := s.conf.Exchange(r.Context(), r.URL.Query().Get("code")); err != nil {
		http.Error(w, "exchange failed", http.StatusBadGateway)
	}
}

// CallbackExec deletes the state in a transaction and counts the rows.
func (s *Server) CallbackExec(w http.ResponseWriter, r *http.Request) {
	tx, err := s.db.BeginTx(r.Context(), nil)
	if err != nil {
		return
	}
	defer tx.Rollback()
	state := r.FormValue("state")
	res, err := tx.ExecContext(r.Context(), "delete from oauth_states where state = :state", sql.Named("state", state))
	if err != nil {
		return
	}
	if n, _ := res.RowsAffected(); n != 1 {
		http.Error(w, "unknown state", http.StatusBadRequest)
		return
	}
	if _, err := s.conf.Exchange(r.Context(), r.FormValue("code")); err != nil {
		return
	}
	tx.Commit()
}

// CallbackPrepared uses a prepared statement, whose query atlvet does
// not trace: it may compare, so nothing is reported.
func (s *Server) CallbackPrepared(ctx context.Context, stmt *sql.Stmt, w http.ResponseWriter, r *http.Request) {
	var userID string
	if err := stmt.QueryRowContext(ctx, r.FormValue("state")).Scan(&userID); err != nil {
		return
	}
	s.conf.Exchange(ctx, r.FormValue("code"))
}

// CallbackAudit only records the state it was given: an INSERT
// compares nothing.
func (s *Server) CallbackAudit(w http.ResponseWriter, r *http.Request) {
	s.db.ExecContext(r.Context(), "INSERT INTO oauth_audit (state, seen_at) VALUES ($1, now())", r.URL.Query().Get("state"))
	s.conf.Exchange(r.Context(), r.URL.Query().Get("code")) // want `the callback exchanges the authorization code without first comparing`
}
