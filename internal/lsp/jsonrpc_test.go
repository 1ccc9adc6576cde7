package lsp

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
)

func frame(body string) string {
	return fmt.Sprintf("Content-Length: %d\r\n\r\n%s", len(body), body)
}

// TestReadFrames: messages are read by their Content-Length, whatever
// other headers, case or stray blank lines come with them; a header
// that cannot be used is an error after which reading goes on.
func TestReadFrames(t *testing.T) {
	type want struct {
		body string
		err  string // a framing error containing this
	}
	for _, tc := range []struct {
		name  string
		input string
		want  []want
	}{
		{"one", frame(`{"a":1}`), []want{{body: `{"a":1}`}}},
		{"two back to back", frame(`{"a":1}`) + frame(`{"b":2}`), []want{{body: `{"a":1}`}, {body: `{"b":2}`}}},
		{"content type and case", "content-length: 7\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{\"a\":1}", []want{{body: `{"a":1}`}}},
		{"LF only", "Content-Length: 7\n\n{\"a\":1}", []want{{body: `{"a":1}`}}},
		{"blank lines between", frame(`{"a":1}`) + "\r\n\r\n" + frame(`{"b":2}`), []want{{body: `{"a":1}`}, {body: `{"b":2}`}}},
		{"body with newlines and non-ASCII", frame("{\"t\":\"é\\n😀\"}\n"), []want{{body: "{\"t\":\"é\\n😀\"}\n"}}},
		{"empty body", frame(""), []want{{body: ""}}},
		{"no length then a good one", "X-Other: 1\r\n\r\n" + frame(`{"b":2}`), []want{{err: "no Content-Length"}, {body: `{"b":2}`}}},
		{"bad length", "Content-Length: -4\r\n\r\n" + frame(`{"b":2}`), []want{{err: "bad Content-Length"}, {body: `{"b":2}`}}},
		{"not a number", "Content-Length: many\r\n\r\n" + frame(`{"b":2}`), []want{{err: "bad Content-Length"}, {body: `{"b":2}`}}},
		{"malformed line, length known", "Content-Length: 7\r\nno colon here\r\n\r\n{\"a\":1}" + frame(`{"b":2}`), []want{{body: `{"a":1}`}, {body: `{"b":2}`}}},
		{"too long a header line", strings.Repeat("x", 3*maxHeaderLine) + "\r\n\r\n" + frame(`{"b":2}`), []want{{err: "too long"}, {body: `{"b":2}`}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			mr := newMessageReader(strings.NewReader(tc.input))
			for i, w := range tc.want {
				body, err := mr.read()
				var fe *framingError
				switch {
				case w.err != "":
					if !errors.As(err, &fe) || !strings.Contains(err.Error(), w.err) {
						t.Errorf("message %d: error %v, want a framing error about %q", i, err, w.err)
					}
				case err != nil:
					t.Errorf("message %d: %v", i, err)
				case string(body) != w.body:
					t.Errorf("message %d: %q, want %q", i, body, w.body)
				}
			}
			if _, err := mr.read(); err != io.EOF {
				t.Errorf("after the messages: %v, want io.EOF", err)
			}
		})
	}
}

// TestReadTruncated: a stream cut in a message's header or body is an
// unexpected end.
func TestReadTruncated(t *testing.T) {
	for _, input := range []string{"Content-Length: 10\r\n\r\n{\"a\"", "Content-Length: 10\r\n", "Content-Len"} {
		if _, err := newMessageReader(strings.NewReader(input)).read(); err != io.ErrUnexpectedEOF {
			t.Errorf("%q: %v, want io.ErrUnexpectedEOF", input, err)
		}
	}
}

// TestReadTooLarge: a message longer than the limit is skipped without
// being held in memory, and the next one is read.
func TestReadTooLarge(t *testing.T) {
	huge := maxMessage + 1
	input := io.MultiReader(
		strings.NewReader(fmt.Sprintf("Content-Length: %d\r\n\r\n", huge)),
		io.LimitReader(zeros{}, int64(huge)),
		strings.NewReader(frame(`{"b":2}`)),
	)
	mr := newMessageReader(input)
	if _, err := mr.read(); err == nil || !strings.Contains(err.Error(), "too large") {
		t.Errorf("error %v, want too large", err)
	}
	if body, err := mr.read(); err != nil || string(body) != `{"b":2}` {
		t.Errorf("next message %q, %v", body, err)
	}
	// A length past the end of the stream.
	mr = newMessageReader(strings.NewReader("Content-Length: 99999999999999999\r\n\r\n{}"))
	if _, err := mr.read(); err == nil {
		t.Error("no error for a length past any limit")
	}
}

type zeros struct{}

func (zeros) Read(p []byte) (int, error) {
	clear(p)
	return len(p), nil
}

// TestWriteFrames: what the writer frames, the reader reads back.
func TestWriteFrames(t *testing.T) {
	var buf bytes.Buffer
	mw := &messageWriter{w: &buf}
	msgs := []any{
		notification{JSONRPC: "2.0", Method: "window/logMessage", Params: map[string]any{"message": "é 😀\r\n"}},
		response{JSONRPC: "2.0", ID: json.RawMessage(`"abc"`), Result: json.RawMessage("null")},
	}
	for _, m := range msgs {
		if err := mw.write(m); err != nil {
			t.Fatal(err)
		}
	}
	if !strings.HasPrefix(buf.String(), "Content-Length: ") {
		t.Errorf("output %q does not start with a header", buf.String())
	}
	mr := newMessageReader(&buf)
	for _, m := range msgs {
		body, err := mr.read()
		if err != nil {
			t.Fatal(err)
		}
		want, _ := json.Marshal(m)
		if !bytes.Equal(body, want) {
			t.Errorf("read %s, want %s", body, want)
		}
	}
	if got := string(must(json.Marshal(response{JSONRPC: "2.0", ID: json.RawMessage("1"), Result: json.RawMessage("null")}))); got != `{"jsonrpc":"2.0","id":1,"result":null}` {
		t.Errorf("a null result is written as %s; it must be present", got)
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// TestDecodeMessage: requests, notifications, responses and the errors
// JSON-RPC prescribes for what is neither.
func TestDecodeMessage(t *testing.T) {
	for _, tc := range []struct {
		body     string
		method   string
		notif    bool
		response bool
		code     int
		id       string
	}{
		{body: `{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}`, method: "initialize"},
		{body: `{"jsonrpc":"2.0","id":"x","method":"shutdown"}`, method: "shutdown"},
		{body: `{"jsonrpc":"2.0","method":"initialized","params":{}}`, method: "initialized", notif: true},
		{body: `{"jsonrpc":"2.0","id":7,"result":null}`, response: true},
		{body: `{"jsonrpc":"2.0","id":7,"error":{"code":1,"message":"no"}}`, response: true},
		{body: `{"jsonrpc":"2.0","id":1,"method":`, code: codeParseError, id: "null"},
		{body: `not json`, code: codeParseError, id: "null"},
		{body: `[1,2]`, code: codeInvalidRequest, id: "null"},
		{body: `"text"`, code: codeInvalidRequest, id: "null"},
		{body: `{"jsonrpc":"2.0","id":3}`, code: codeInvalidRequest, id: "3"},
		{body: `{"jsonrpc":"2.0","id":3,"method":42}`, code: codeInvalidRequest, id: "3"},
		{body: `{"jsonrpc":"2.0","id":{"x":1},"method":"m"}`, code: codeInvalidRequest, id: "null"},
	} {
		req, isResponse, id, rerr := decodeMessage([]byte(tc.body))
		switch {
		case tc.code != 0:
			if rerr == nil || rerr.Code != tc.code || string(id) != tc.id {
				t.Errorf("%s: error %v id %s, want code %d id %s", tc.body, rerr, id, tc.code, tc.id)
			}
		case tc.response:
			if !isResponse || rerr != nil {
				t.Errorf("%s: not taken for a response", tc.body)
			}
		default:
			if req == nil || req.Method != tc.method || req.isNotification() != tc.notif {
				t.Errorf("%s: request %+v", tc.body, req)
			}
		}
	}
}
