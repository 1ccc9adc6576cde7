// Package lsp is atlvet's language server: findings as diagnostics
// and their suggested fixes as quick fixes, in any editor that speaks
// the Language Server Protocol 3.17, beside gopls (which cannot load
// third-party analyzers).
//
// The server reads JSON-RPC from stdin and writes to stdout. It keeps
// the text of every open document, analyses the packages of open
// files with the editor's unsaved buffers (internal/driver, with the
// buffers as an overlay), and publishes the findings of each open
// file. An edit is analysed after a short pause (Config.Debounce); a
// newer edit cancels the run in progress. go list runs again only
// when an edit changes what go list reads (a file's package clause,
// imports or build constraints), when a file is saved, or when the
// set of directories with open files changes; otherwise the listing
// is checked again with the new buffers, which takes tens of
// milliseconds where go list takes hundreds.
package lsp

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"time"

	"golang.org/x/tools/go/analysis"
)

// DefaultDebounce is how long the server waits after an edit before
// it analyses: long enough that typing does not start a run per key,
// short enough to feel immediate.
const DefaultDebounce = 100 * time.Millisecond

// Config is what the command gives the server.
type Config struct {
	Name    string // the diagnostics' source and the server's name: "atlvet"
	Version string
	// Configure builds the passes from a settings object (the
	// golangci-lint plugin's: {"enable": [...], "<pass>": {...}}),
	// nil for the defaults, or returns the error to show the user.
	Configure func(settings json.RawMessage) ([]*analysis.Analyzer, error)
	// Levels gives the level of each rule of the passes ("error",
	// "warning" or "note") by rule ID.
	Levels func(passes []*analysis.Analyzer) map[string]string
	// SettingKeys are the top-level keys of the settings object
	// ("enable" and the pass names), by which the server tells its
	// settings from another server's in a shared table.
	SettingKeys []string
	// Fallback gives the result a required analyzer's dependents get
	// when it panics (see driver.Options).
	Fallback map[*analysis.Analyzer]func(*analysis.Pass) any
	// Redact removes credentials from text the server logs but did
	// not compose (errors of the go command).
	Redact func(string) string
	// Env is the go command's environment; nil is os.Environ().
	Env []string
	// Debounce is the pause after an edit; 0 is DefaultDebounce.
	Debounce time.Duration
}

// Serve runs a server on the stream until the client sends exit or
// closes it. It returns nil after shutdown then exit, else an error
// (the command then exits with status 1, as the protocol asks).
func Serve(ctx context.Context, cfg Config, in io.Reader, out io.Writer) error {
	s := newServer(cfg, out)
	return s.serve(ctx, in)
}

// A Server is one editor's session.
type Server struct {
	cfg Config
	out *messageWriter

	ctx    context.Context // ends with the session
	cancel context.CancelFunc
	wake   chan struct{} // a run is wanted (capacity 1)

	// The worker's own state: go list's results by directory, and
	// the findings of each analysed package.
	groups map[string]*group

	mu   sync.Mutex
	cond *sync.Cond // broadcast when a document's findings are published

	initialized, shutdown bool
	documentChanges       bool // the client takes versioned document edits
	folders               []string
	initSettings          json.RawMessage
	analyzers             []*analysis.Analyzer
	levels                map[string]string
	docs                  map[string]*document // open documents by file name
	dirty                 map[string]bool      // files changed since the last run
	saved                 bool                 // a file was saved since the last run
	reconfigured          bool                 // the passes changed since the last run
	lastEdit              time.Time
	cancelRun             context.CancelFunc // cancels the run in progress
	pendingMessages       []showMessageParams
	requests              map[string]context.CancelFunc // requests in progress by ID
}

// A document is an open file.
type document struct {
	uri      string // as the client names it
	path     string
	language string
	version  int
	text     []byte
	// analysed is the version whose findings were published, -1
	// before the first; diags are those findings.
	analysed int
	diags    []*finding
}

// isGo reports whether the document is Go source: what the server
// analyses and gives go list as an overlay.
func (d *document) isGo() bool {
	return strings.HasSuffix(d.path, ".go") || d.language == "go"
}

func newServer(cfg Config, out io.Writer) *Server {
	if cfg.Name == "" {
		cfg.Name = "atlvet"
	}
	if cfg.Debounce <= 0 {
		cfg.Debounce = DefaultDebounce
	}
	if cfg.Redact == nil {
		cfg.Redact = func(s string) string { return s }
	}
	s := &Server{
		cfg:      cfg,
		out:      &messageWriter{w: out},
		wake:     make(chan struct{}, 1),
		groups:   map[string]*group{},
		docs:     map[string]*document{},
		dirty:    map[string]bool{},
		requests: map[string]context.CancelFunc{},
	}
	s.cond = sync.NewCond(&s.mu)
	return s
}

// errExitWithoutShutdown is Serve's error when the client exits (or
// goes away) without asking the server to shut down first.
var errExitWithoutShutdown = errors.New("exit without shutdown")

func (s *Server) serve(ctx context.Context, in io.Reader) error {
	s.ctx, s.cancel = context.WithCancel(ctx)
	defer s.cancel()
	var workers sync.WaitGroup
	workers.Go(s.worker)
	defer func() {
		s.cancel()
		s.mu.Lock()
		s.cond.Broadcast()
		s.mu.Unlock()
		workers.Wait()
	}()

	mr := newMessageReader(in)
	for {
		body, err := mr.read()
		if err != nil {
			var fe *framingError
			if errors.As(err, &fe) {
				s.logf(messageError, "unreadable message: %v", fe)
				continue
			}
			// The client went away: without shutdown, an error.
			s.mu.Lock()
			down := s.shutdown
			s.mu.Unlock()
			if down {
				return nil
			}
			return errExitWithoutShutdown
		}
		req, isResponse, id, rerr := decodeMessage(body)
		switch {
		case rerr != nil:
			s.reply(id, nil, rerr)
			continue
		case isResponse:
			continue
		}
		if req.Method == "exit" {
			s.mu.Lock()
			down := s.shutdown
			s.mu.Unlock()
			if down {
				return nil
			}
			return errExitWithoutShutdown
		}
		s.dispatch(req)
	}
}

// dispatch handles one message. Notifications are handled in order, at
// once; requests that may wait for an analysis run on their own.
func (s *Server) dispatch(req *request) {
	s.mu.Lock()
	initialized, down := s.initialized, s.shutdown
	s.mu.Unlock()
	if req.isNotification() {
		if !initialized || down {
			return // the protocol drops notifications before initialize and after shutdown
		}
		s.safely(req, func() (any, *rpcError) { return nil, s.notify(req) })
		return
	}
	switch {
	case req.Method == "initialize":
		if initialized {
			s.reply(req.ID, nil, &rpcError{codeInvalidRequest, "initialize was already received"})
			return
		}
	case !initialized:
		s.reply(req.ID, nil, &rpcError{codeServerNotInitialized, "the server is not initialized"})
		return
	case down:
		s.reply(req.ID, nil, &rpcError{codeInvalidRequest, "the server is shut down"})
		return
	}
	switch req.Method {
	case "textDocument/codeAction":
		ctx, done := s.track(req.ID)
		go func() {
			defer done()
			s.safely(req, func() (any, *rpcError) { return s.codeAction(ctx, req.Params) })
		}()
	default:
		s.safely(req, func() (any, *rpcError) { return s.call(req) })
	}
}

// safely runs a handler and replies to requests; a panic is an
// internal error, never the end of the session.
func (s *Server) safely(req *request, handle func() (any, *rpcError)) {
	var (
		result any
		rerr   *rpcError
	)
	func() {
		defer func() {
			if r := recover(); r != nil {
				s.logf(messageError, "internal error handling %s: %v\n%s", req.Method, r, debug.Stack())
				rerr = &rpcError{codeInternalError, fmt.Sprintf("internal error handling %s", req.Method)}
			}
		}()
		result, rerr = handle()
	}()
	if req.isNotification() {
		if rerr != nil {
			s.logf(messageWarning, "%s: %s", req.Method, rerr.Message)
		}
		return
	}
	s.reply(req.ID, result, rerr)
}

// track registers a request that $/cancelRequest may cancel.
func (s *Server) track(id json.RawMessage) (context.Context, func()) {
	ctx, cancel := context.WithCancel(s.ctx)
	key := string(id)
	s.mu.Lock()
	s.requests[key] = cancel
	s.mu.Unlock()
	return ctx, func() {
		s.mu.Lock()
		delete(s.requests, key)
		s.mu.Unlock()
		cancel()
	}
}

func (s *Server) reply(id json.RawMessage, result any, rerr *rpcError) {
	resp := response{JSONRPC: "2.0", ID: id}
	if rerr != nil {
		resp.Error = rerr
	} else {
		data, err := json.Marshal(result)
		if err != nil {
			resp.Error = &rpcError{codeInternalError, "cannot encode the result"}
		} else {
			resp.Result = data
		}
	}
	s.out.write(resp)
}

func (s *Server) send(method string, params any) {
	s.out.write(notification{JSONRPC: "2.0", Method: method, Params: params})
}

// logf sends a window/logMessage. Its text must hold nothing from the
// user's source but what Config.Redact let through.
func (s *Server) logf(typ int, format string, args ...any) {
	s.send("window/logMessage", showMessageParams{Type: typ, Message: s.cfg.Name + ": " + fmt.Sprintf(format, args...)})
}

// call handles the requests that answer at once.
func (s *Server) call(req *request) (any, *rpcError) {
	switch req.Method {
	case "initialize":
		return s.initialize(req.Params)
	case "shutdown":
		s.mu.Lock()
		s.shutdown = true
		if s.cancelRun != nil {
			s.cancelRun()
		}
		s.mu.Unlock()
		return nil, nil
	}
	return nil, &rpcError{codeMethodNotFound, "method not found: " + req.Method}
}

// notify handles a notification; unknown ones are ignored, as the
// protocol asks.
func (s *Server) notify(req *request) *rpcError {
	switch req.Method {
	case "initialized":
		s.mu.Lock()
		pending := s.pendingMessages
		s.pendingMessages = nil
		s.mu.Unlock()
		for _, m := range pending {
			s.send("window/showMessage", m)
		}
		return nil
	case "textDocument/didOpen":
		return handle(req, s.didOpen)
	case "textDocument/didChange":
		return handle(req, s.didChange)
	case "textDocument/didSave":
		return handle(req, s.didSave)
	case "textDocument/didClose":
		return handle(req, s.didClose)
	case "workspace/didChangeConfiguration":
		return handle(req, func(p didChangeConfigurationParams) *rpcError { s.didChangeConfiguration(p); return nil })
	case "workspace/didChangeWorkspaceFolders":
		return handle(req, func(p didChangeWorkspaceFoldersParams) *rpcError { s.didChangeWorkspaceFolders(p); return nil })
	case "$/cancelRequest":
		return handle(req, func(p cancelParams) *rpcError {
			s.mu.Lock()
			if cancel := s.requests[string(p.ID)]; cancel != nil {
				cancel()
			}
			s.mu.Unlock()
			return nil
		})
	}
	return nil
}

// handle decodes a notification's parameters into P and hands them to
// f; parameters that do not decode are invalid.
func handle[P any](req *request, f func(P) *rpcError) *rpcError {
	var p P
	if err := json.Unmarshal(req.Params, &p); err != nil {
		return invalidParams(err)
	}
	return f(p)
}

func invalidParams(err error) *rpcError {
	return &rpcError{codeInvalidParams, "invalid params: " + err.Error()}
}

func (s *Server) initialize(raw json.RawMessage) (any, *rpcError) {
	var p initializeParams
	if len(raw) > 0 {
		if err := json.Unmarshal(raw, &p); err != nil {
			return nil, invalidParams(err)
		}
	}
	var caps clientCapabilities
	_ = json.Unmarshal(p.Capabilities, &caps) // what cannot be read is not supported

	var folders []string
	for _, f := range p.WorkspaceFolders {
		if path, err := pathOf(f.URI); err == nil {
			folders = append(folders, path)
		}
	}
	if len(folders) == 0 && p.RootURI != nil {
		if path, err := pathOf(*p.RootURI); err == nil {
			folders = append(folders, path)
		}
	}
	if len(folders) == 0 && p.RootPath != nil && filepath.IsAbs(*p.RootPath) {
		folders = append(folders, filepath.Clean(*p.RootPath))
	}

	settings := settingsObject(p.InitializationOptions, s.cfg.SettingKeys)
	analyzers, err := s.cfg.Configure(settings)
	if err != nil {
		// The session starts with the defaults, and the user sees why.
		analyzers, _ = s.cfg.Configure(nil)
	}

	s.mu.Lock()
	defer s.mu.Unlock()
	s.initialized = true
	s.documentChanges = caps.Workspace.WorkspaceEdit.DocumentChanges
	s.folders = folders
	s.initSettings = settings
	s.setAnalyzers(analyzers)
	if err != nil {
		s.pendingMessages = append(s.pendingMessages, showMessageParams{Type: messageError, Message: err.Error() + " (initializationOptions; using the defaults)"})
	}
	return map[string]any{
		"capabilities": map[string]any{
			"positionEncoding": "utf-16",
			"textDocumentSync": map[string]any{
				"openClose": true,
				"change":    1, // full text
				"save":      map[string]any{"includeText": false},
			},
			"codeActionProvider": map[string]any{
				"codeActionKinds": []string{CodeActionKindQuickFix},
			},
			"workspace": map[string]any{
				"workspaceFolders": map[string]any{"supported": true, "changeNotifications": true},
			},
		},
		"serverInfo": map[string]any{"name": s.cfg.Name, "version": s.cfg.Version},
	}, nil
}

// setAnalyzers installs the passes; s.mu is held.
func (s *Server) setAnalyzers(analyzers []*analysis.Analyzer) {
	s.analyzers = analyzers
	s.levels = nil
	if s.cfg.Levels != nil {
		s.levels = s.cfg.Levels(analyzers)
	}
}

// settingsObject returns atlvet's settings in initializationOptions
// or didChangeConfiguration: the object under an "atlvet" key, as
// editors that keep every server's settings in one table send it
// (the other servers' keys are theirs), else the golangci-lint
// plugin's object itself. An object none of whose keys is atlvet's
// (another server's section) and null or {} are nil: no settings.
func settingsObject(raw json.RawMessage, keys []string) json.RawMessage {
	var top map[string]json.RawMessage
	if err := json.Unmarshal(raw, &top); err != nil {
		if len(raw) == 0 || string(raw) == "null" {
			return nil
		}
		return raw // Configure says what is wrong with it
	}
	if inner, ok := top["atlvet"]; ok {
		return settingsObject(inner, nil)
	}
	ours := keys == nil
	for k := range top {
		if slices.Contains(keys, k) {
			ours = true
		}
	}
	if len(top) == 0 || !ours {
		return nil
	}
	return raw
}

func (s *Server) didChangeConfiguration(p didChangeConfigurationParams) {
	settings := settingsObject(p.Settings, s.cfg.SettingKeys)
	s.mu.Lock()
	if settings == nil {
		// Clients send an empty object when the user configured
		// nothing there; the initializationOptions then stand.
		settings = s.initSettings
	}
	s.mu.Unlock()
	analyzers, err := s.cfg.Configure(settings)
	if err != nil {
		s.send("window/showMessage", showMessageParams{Type: messageError, Message: err.Error() + " (workspace/didChangeConfiguration; the previous settings stay)"})
		return
	}
	s.mu.Lock()
	s.setAnalyzers(analyzers)
	s.reconfigured = true
	s.changedLocked(false)
	s.mu.Unlock()
}

func (s *Server) didChangeWorkspaceFolders(p didChangeWorkspaceFoldersParams) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, f := range p.Event.Removed {
		if path, err := pathOf(f.URI); err == nil {
			s.folders = slices.DeleteFunc(s.folders, func(x string) bool { return x == path })
		}
	}
	for _, f := range p.Event.Added {
		if path, err := pathOf(f.URI); err == nil && !slices.Contains(s.folders, path) {
			s.folders = append(s.folders, path)
		}
	}
}

func (s *Server) didOpen(p didOpenParams) *rpcError {
	path, err := pathOf(p.TextDocument.URI)
	if err != nil {
		s.logf(messageLog, "not analysing %s: %v", p.TextDocument.URI, err)
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	d := &document{
		uri:      p.TextDocument.URI,
		path:     path,
		language: p.TextDocument.LanguageID,
		version:  p.TextDocument.Version,
		text:     []byte(p.TextDocument.Text),
		analysed: -1,
	}
	s.docs[path] = d
	if d.isGo() {
		s.dirty[path] = true
		s.changedLocked(false)
	}
	return nil
}

func (s *Server) didChange(p didChangeParams) *rpcError {
	path, err := pathOf(p.TextDocument.URI)
	if err != nil {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	d := s.docs[path]
	if d == nil {
		return &rpcError{codeInvalidParams, "didChange of a document that is not open"}
	}
	for _, c := range p.ContentChanges {
		if c.Range == nil {
			d.text = []byte(c.Text)
			continue
		}
		// The server asks for full text, but a range is easy to honour.
		m := newMapper(d.text)
		start, end := m.offset(c.Range.Start), m.offset(c.Range.End)
		end = max(start, end)
		d.text = slices.Concat(d.text[:start:start], []byte(c.Text), d.text[end:])
	}
	d.version = p.TextDocument.Version
	if d.isGo() {
		s.dirty[path] = true
		s.changedLocked(true)
	}
	return nil
}

func (s *Server) didSave(p didSaveParams) *rpcError {
	path, err := pathOf(p.TextDocument.URI)
	if err != nil {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	// A save is when files other than Go source change too (go.mod,
	// go.sum, a generated file): go list runs again. The run in
	// progress, if any, analyses the same buffers, so it goes on.
	s.saved = true
	if d := s.docs[path]; d != nil && d.isGo() {
		s.dirty[path] = true
	}
	s.wakeLocked()
	return nil
}

func (s *Server) didClose(p didCloseParams) *rpcError {
	path, err := pathOf(p.TextDocument.URI)
	if err != nil {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	d := s.docs[path]
	if d == nil {
		return nil
	}
	delete(s.docs, path)
	s.send("textDocument/publishDiagnostics", PublishDiagnosticsParams{URI: d.uri, Diagnostics: []Diagnostic{}})
	s.cond.Broadcast()
	if d.isGo() {
		// The file's package is now what is on disk.
		s.dirty[path] = true
		s.changedLocked(false)
	}
	return nil
}

// changedLocked records that the documents or the passes changed: the
// run in progress is cancelled and another is wanted. s.mu is held.
func (s *Server) changedLocked(edit bool) {
	if edit {
		s.lastEdit = time.Now()
	}
	if s.cancelRun != nil {
		s.cancelRun()
	}
	s.wakeLocked()
}

func (s *Server) wakeLocked() {
	select {
	case s.wake <- struct{}{}:
	default:
	}
}
