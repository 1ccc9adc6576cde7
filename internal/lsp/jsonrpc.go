package lsp

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
)

// JSON-RPC 2.0 as the Language Server Protocol's base protocol frames
// it: each message is a header block ("Content-Length: N", optionally
// "Content-Type: ...", each line ended by CRLF, then an empty line)
// followed by N bytes of JSON.

// JSON-RPC and LSP error codes.
const (
	codeParseError           = -32700
	codeInvalidRequest       = -32600
	codeMethodNotFound       = -32601
	codeInvalidParams        = -32602
	codeInternalError        = -32603
	codeServerNotInitialized = -32002
	codeRequestCancelled     = -32800
)

// maxMessage bounds the body a client may send: a document of that
// size is far past anything an editor holds open, and a bogus length
// must not make the server allocate it.
const maxMessage = 256 << 20

// maxHeaderLine bounds one header line.
const maxHeaderLine = 4096

// A framingError is a message whose header or body could not be read;
// the stream goes on after it.
type framingError struct{ msg string }

func (e *framingError) Error() string { return e.msg }

// A messageReader reads framed messages.
type messageReader struct {
	r *bufio.Reader
}

func newMessageReader(r io.Reader) *messageReader {
	return &messageReader{r: bufio.NewReaderSize(r, maxHeaderLine)}
}

// read returns the next message's body. At the end of the stream it
// returns io.EOF (io.ErrUnexpectedEOF in the middle of a message); a
// header it cannot use gives a *framingError, after which reading
// may go on.
func (mr *messageReader) read() ([]byte, error) {
	length := -1
	var bad string
	first := true
	for {
		line, err := mr.readLine()
		if err == io.EOF && first && len(line) == 0 {
			return nil, io.EOF
		}
		if err == errLineTooLong {
			bad = "header line too long"
			first = false
			continue
		}
		if err != nil {
			return nil, io.ErrUnexpectedEOF
		}
		if first && line == "" {
			continue // blank lines between messages
		}
		first = false
		if line == "" {
			break // end of the header block
		}
		name, value, ok := strings.Cut(line, ":")
		if !ok {
			bad = "malformed header line"
			continue
		}
		if strings.EqualFold(strings.TrimSpace(name), "Content-Length") {
			n, err := strconv.Atoi(strings.TrimSpace(value))
			if err != nil || n < 0 {
				bad = "bad Content-Length"
				continue
			}
			length = n
		}
	}
	if length < 0 {
		// Without a length the body cannot be told from the next
		// header; reading resumes at whatever follows.
		if bad == "" {
			bad = "no Content-Length header"
		}
		return nil, &framingError{bad}
	}
	if length > maxMessage {
		// Skip the body so that the next message can be read.
		if _, err := io.CopyN(io.Discard, mr.r, int64(length)); err != nil {
			return nil, io.ErrUnexpectedEOF
		}
		return nil, &framingError{fmt.Sprintf("message of %d bytes is too large", length)}
	}
	// Another header line that could not be read does not matter
	// once the length is known.
	body := make([]byte, length)
	if _, err := io.ReadFull(mr.r, body); err != nil {
		return nil, io.ErrUnexpectedEOF
	}
	return body, nil
}

var errLineTooLong = errors.New("line too long")

// readLine reads a header line without its CRLF (or LF). A line
// longer than maxHeaderLine is consumed and refused.
func (mr *messageReader) readLine() (string, error) {
	line, err := mr.r.ReadSlice('\n')
	if err == bufio.ErrBufferFull {
		for err == bufio.ErrBufferFull {
			_, err = mr.r.ReadSlice('\n')
		}
		if err != nil {
			return "", err
		}
		return "", errLineTooLong
	}
	if err != nil {
		return string(line), err
	}
	return strings.TrimRight(string(line), "\r\n"), nil
}

// A messageWriter writes framed messages, one at a time.
type messageWriter struct {
	mu sync.Mutex
	w  io.Writer
}

// write frames the JSON encoding of v and writes it.
func (mw *messageWriter) write(v any) error {
	body, err := json.Marshal(v)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "Content-Length: %d\r\n\r\n", len(body))
	buf.Write(body)
	mw.mu.Lock()
	defer mw.mu.Unlock()
	_, err = mw.w.Write(buf.Bytes())
	return err
}

// An rpcError is a JSON-RPC error object.
type rpcError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

func (e *rpcError) Error() string { return fmt.Sprintf("%s (code %d)", e.Message, e.Code) }

// A request is an incoming request or notification (ID is nil for a
// notification).
type request struct {
	ID     json.RawMessage
	Method string
	Params json.RawMessage
}

func (r *request) isNotification() bool { return r.ID == nil }

// response is an outgoing response: Result or Error.
type response struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id"`
	Result  json.RawMessage `json:"result,omitempty"`
	Error   *rpcError       `json:"error,omitempty"`
}

// notification is an outgoing notification.
type notification struct {
	JSONRPC string `json:"jsonrpc"`
	Method  string `json:"method"`
	Params  any    `json:"params"`
}

// nullID is the ID of a response to a message whose ID could not be
// read.
var nullID = json.RawMessage("null")

// decodeMessage classifies a message body: a request or notification
// to handle, a response to ignore (this server sends no requests), or
// an error to answer with the ID it carries (nullID when unknown).
func decodeMessage(body []byte) (req *request, isResponse bool, id json.RawMessage, rerr *rpcError) {
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(body, &fields); err != nil {
		var syntax *json.SyntaxError
		if errors.As(err, &syntax) || !json.Valid(body) {
			return nil, false, nullID, &rpcError{codeParseError, "parse error: the message is not JSON"}
		}
		return nil, false, nullID, &rpcError{codeInvalidRequest, "invalid request: the message is not a JSON object"}
	}
	id, hasID := fields["id"]
	if hasID && !validID(id) {
		return nil, false, nullID, &rpcError{codeInvalidRequest, "invalid request: id must be a number, a string or null"}
	}
	rawMethod, hasMethod := fields["method"]
	if !hasMethod {
		_, hasResult := fields["result"]
		_, hasError := fields["error"]
		if hasID && (hasResult || hasError) {
			return nil, true, nil, nil
		}
		return nil, false, orNull(id), &rpcError{codeInvalidRequest, "invalid request: no method"}
	}
	var method string
	if err := json.Unmarshal(rawMethod, &method); err != nil {
		return nil, false, orNull(id), &rpcError{codeInvalidRequest, "invalid request: method must be a string"}
	}
	req = &request{Method: method, Params: fields["params"]}
	if hasID {
		req.ID = id
	}
	return req, false, nil, nil
}

func orNull(id json.RawMessage) json.RawMessage {
	if id == nil {
		return nullID
	}
	return id
}

// validID reports whether raw is a JSON-RPC id: a number, a string or
// null.
func validID(raw json.RawMessage) bool {
	var v any
	if err := json.Unmarshal(raw, &v); err != nil {
		return false
	}
	switch v.(type) {
	case nil, float64, string:
		return true
	}
	return false
}
