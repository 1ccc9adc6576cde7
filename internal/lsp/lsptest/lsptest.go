// Package lsptest drives a language server as an editor does: it
// frames JSON-RPC messages, sends requests and notifications, keeps
// the diagnostics the server publishes, and applies text edits. Its
// framing and position arithmetic are written apart from the
// server's, so that a test does not share the server's mistakes.
package lsptest

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf16"

	"github.com/atlvet/atlvet/internal/lsp"
)

// A Client is one editor session with a server.
type Client struct {
	w  io.Writer
	wm sync.Mutex

	mu        sync.Mutex
	changed   chan struct{} // closed and replaced whenever a message arrives
	nextID    int
	responses map[string]Response
	published map[string][]lsp.PublishDiagnosticsParams // by URI, in order
	notes     []Notification
	readErr   error
}

// A Response is a server's response.
type Response struct {
	Result json.RawMessage
	Error  *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	}
}

// A Notification is a notification the server sent.
type Notification struct {
	Method string
	Params json.RawMessage
}

// New starts a client reading the server's output from r and writing
// its input to w.
func New(r io.Reader, w io.Writer) *Client {
	c := &Client{
		w:         w,
		changed:   make(chan struct{}),
		responses: map[string]Response{},
		published: map[string][]lsp.PublishDiagnosticsParams{},
	}
	go c.read(bufio.NewReader(r))
	return c
}

func (c *Client) read(r *bufio.Reader) {
	for {
		body, err := readFrame(r)
		c.mu.Lock()
		if err != nil {
			c.readErr = err
			close(c.changed)
			c.mu.Unlock()
			return
		}
		var m struct {
			ID     json.RawMessage `json:"id"`
			Method string          `json:"method"`
			Params json.RawMessage `json:"params"`
			Response
		}
		if err := json.Unmarshal(body, &m); err != nil {
			c.readErr = fmt.Errorf("server sent bad JSON: %v: %q", err, body)
			close(c.changed)
			c.mu.Unlock()
			return
		}
		switch {
		case m.Method == "textDocument/publishDiagnostics":
			var p lsp.PublishDiagnosticsParams
			if err := json.Unmarshal(m.Params, &p); err == nil {
				c.published[p.URI] = append(c.published[p.URI], p)
			}
			c.notes = append(c.notes, Notification{m.Method, m.Params})
		case m.Method != "":
			c.notes = append(c.notes, Notification{m.Method, m.Params})
		default:
			c.responses[string(m.ID)] = m.Response
		}
		close(c.changed)
		c.changed = make(chan struct{})
		c.mu.Unlock()
	}
}

// readFrame reads one message: headers, an empty line, the body.
func readFrame(r *bufio.Reader) ([]byte, error) {
	length := -1
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			return nil, err
		}
		if !strings.HasSuffix(line, "\r\n") {
			return nil, fmt.Errorf("header line %q does not end in CRLF", line)
		}
		line = strings.TrimSuffix(line, "\r\n")
		if line == "" {
			break
		}
		name, value, ok := strings.Cut(line, ": ")
		if !ok {
			return nil, fmt.Errorf("bad header line %q", line)
		}
		if name == "Content-Length" {
			if length, err = strconv.Atoi(value); err != nil {
				return nil, fmt.Errorf("bad header line %q", line)
			}
		}
	}
	if length < 0 {
		return nil, errors.New("message without Content-Length")
	}
	body := make([]byte, length)
	_, err := io.ReadFull(r, body)
	return body, err
}

// WriteRaw writes bytes to the server as they are (to test bad input).
func (c *Client) WriteRaw(b []byte) error {
	c.wm.Lock()
	defer c.wm.Unlock()
	_, err := c.w.Write(b)
	return err
}

func (c *Client) write(v any) error {
	body, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return c.WriteRaw(fmt.Appendf(nil, "Content-Length: %d\r\n\r\n%s", len(body), body))
}

// Notify sends a notification.
func (c *Client) Notify(method string, params any) error {
	return c.write(map[string]any{"jsonrpc": "2.0", "method": method, "params": params})
}

// Request sends a request and returns its ID.
func (c *Client) Request(method string, params any) (json.RawMessage, error) {
	c.mu.Lock()
	c.nextID++
	id := json.RawMessage(strconv.Itoa(c.nextID))
	c.mu.Unlock()
	return id, c.write(map[string]any{"jsonrpc": "2.0", "id": id, "method": method, "params": params})
}

// Response waits for the response to the request with the given ID.
func (c *Client) Response(ctx context.Context, id json.RawMessage) (Response, error) {
	var resp Response
	err := c.wait(ctx, func() bool {
		r, ok := c.responses[string(id)]
		resp = r
		return ok
	})
	return resp, err
}

// Call sends a request and decodes its result into result (if not
// nil); a response with an error is an error.
func (c *Client) Call(ctx context.Context, method string, params, result any) error {
	id, err := c.Request(method, params)
	if err != nil {
		return err
	}
	resp, err := c.Response(ctx, id)
	if err != nil {
		return err
	}
	if resp.Error != nil {
		return fmt.Errorf("%s: error %d: %s", method, resp.Error.Code, resp.Error.Message)
	}
	if result != nil {
		return json.Unmarshal(resp.Result, result)
	}
	return nil
}

// wait waits until cond, called with c.mu held, holds.
func (c *Client) wait(ctx context.Context, cond func() bool) error {
	for {
		c.mu.Lock()
		ok, changed, readErr := cond(), c.changed, c.readErr
		c.mu.Unlock()
		if ok {
			return nil
		}
		if readErr != nil {
			return fmt.Errorf("the server's output ended: %v", readErr)
		}
		select {
		case <-changed:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// Published returns the diagnostics published for a URI, in order.
func (c *Client) Published(uri string) []lsp.PublishDiagnosticsParams {
	c.mu.Lock()
	defer c.mu.Unlock()
	return slices.Clone(c.published[uri])
}

// WaitDiagnostics waits until the latest diagnostics published for uri
// satisfy cond, and returns them.
func (c *Client) WaitDiagnostics(ctx context.Context, uri string, cond func(lsp.PublishDiagnosticsParams) bool) (lsp.PublishDiagnosticsParams, error) {
	var got lsp.PublishDiagnosticsParams
	err := c.wait(ctx, func() bool {
		ps := c.published[uri]
		if len(ps) == 0 {
			return false
		}
		got = ps[len(ps)-1]
		return cond(got)
	})
	if err != nil {
		return got, fmt.Errorf("waiting for diagnostics of %s: %v (the last: %+v)", uri, err, got)
	}
	return got, nil
}

// WaitNext waits until more than n diagnostics were published for
// uri, and returns the latest.
func (c *Client) WaitNext(ctx context.Context, uri string, n int) (lsp.PublishDiagnosticsParams, error) {
	var got lsp.PublishDiagnosticsParams
	err := c.wait(ctx, func() bool {
		ps := c.published[uri]
		if len(ps) <= n {
			return false
		}
		got = ps[len(ps)-1]
		return true
	})
	return got, err
}

// WaitVersion waits for the diagnostics of a version of uri.
func (c *Client) WaitVersion(ctx context.Context, uri string, version int) (lsp.PublishDiagnosticsParams, error) {
	return c.WaitDiagnostics(ctx, uri, func(p lsp.PublishDiagnosticsParams) bool {
		return p.Version != nil && *p.Version == version
	})
}

// Notifications returns the notifications of a method received so far.
func (c *Client) Notifications(method string) []json.RawMessage {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []json.RawMessage
	for _, n := range c.notes {
		if n.Method == method {
			out = append(out, n.Params)
		}
	}
	return out
}

// WaitNotification waits for a notification of a method whose params
// contain substr, and returns its params.
func (c *Client) WaitNotification(ctx context.Context, method, substr string) (json.RawMessage, error) {
	var got json.RawMessage
	err := c.wait(ctx, func() bool {
		for _, n := range c.notes {
			if n.Method == method && strings.Contains(string(n.Params), substr) {
				got = n.Params
				return true
			}
		}
		return false
	})
	return got, err
}

// Offset returns the byte offset of a protocol position (UTF-16 code
// units, lines ended by LF) in text.
func Offset(text string, p lsp.Position) (int, error) {
	off := 0
	for line := 0; line < p.Line; line++ {
		i := strings.IndexByte(text[off:], '\n')
		if i < 0 {
			return 0, fmt.Errorf("line %d past the end of the text", p.Line)
		}
		off += i + 1
	}
	units := 0
	for i, r := range text[off:] {
		if units == p.Character {
			return off + i, nil
		}
		if r == '\n' || units > p.Character {
			break
		}
		units += len(utf16.Encode([]rune{r}))
	}
	if units == p.Character {
		return len(text), nil
	}
	return 0, fmt.Errorf("character %d is not at a character boundary of line %d", p.Character, p.Line)
}

// Apply applies edits (all relative to text, as the protocol says) and
// returns the new text.
func Apply(text string, edits []lsp.TextEdit) (string, error) {
	type span struct {
		start, end int
		text       string
	}
	var spans []span
	for _, e := range edits {
		start, err := Offset(text, e.Range.Start)
		if err != nil {
			return "", err
		}
		end, err := Offset(text, e.Range.End)
		if err != nil {
			return "", err
		}
		if end < start {
			return "", fmt.Errorf("edit %+v ends before it starts", e)
		}
		spans = append(spans, span{start, end, e.NewText})
	}
	slices.SortStableFunc(spans, func(a, b span) int { return a.start - b.start })
	var b strings.Builder
	last := 0
	for _, s := range spans {
		if s.start < last {
			return "", errors.New("edits overlap")
		}
		b.WriteString(text[last:s.start])
		b.WriteString(s.text)
		last = s.end
	}
	b.WriteString(text[last:])
	return b.String(), nil
}

// Text returns the text a range covers.
func Text(text string, r lsp.Range) (string, error) {
	start, err := Offset(text, r.Start)
	if err != nil {
		return "", err
	}
	end, err := Offset(text, r.End)
	if err != nil {
		return "", err
	}
	return text[start:end], nil
}
