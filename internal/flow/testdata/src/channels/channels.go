// Package channels receives values from channels in the ways real
// programs do; origins(v) shows what v copies and the function that
// sent it.
package channels

import (
	"net/http"
	"time"
)

func origins(v any) {}

func plainReceive() {
	ch := make(chan string, 1)
	go func() { ch <- "sent" }()
	v := <-ch
	origins(v) // want `origins: "sent" via plainReceive\$1`
}

func commaOk() {
	ch := make(chan string, 1)
	ch <- "here"
	v, ok := <-ch
	if ok {
		origins(v) // want `origins: "here" via commaOk`
	}
}

func selectCase(done chan struct{}) {
	codes := make(chan string, 1)
	errs := make(chan error, 1)
	go func() { codes <- "code" }()
	select {
	case err := <-errs:
		origins(err) // want `origins: none`
	case <-done:
	case c := <-codes:
		origins(c) // want `origins: "code" via selectCase\$1`
	case <-time.After(time.Second):
	}
}

func rangeOver() {
	ch := make(chan string)
	go func() {
		ch <- "first"
		ch <- "second"
		close(ch)
	}()
	for v := range ch {
		origins(v) // want `origins: "first" via rangeOver\$1, "second" via rangeOver\$1`
	}
}

// A channel handed to a helper that sends on its parameter.
func produce(out chan<- string) { out <- "produced" }

func throughParam() {
	ch := make(chan string, 1)
	produce(ch)
	origins(<-ch) // want `origins: "produced" via produce`
}

// Channels kept in struct fields, filled by a method handler.
type listener struct {
	codes chan string
	errs  chan error
}

func (l *listener) handle(w http.ResponseWriter, r *http.Request) {
	l.codes <- r.URL.Query().Get("code")
}

func structOfChannels(l *listener) {
	select {
	case c := <-l.codes:
		origins(c) // want `origins: "…" via handle`
	case <-l.errs:
	}
}

// A handler that must not block hands its value on in a select with a
// default: a send as much as a send statement. Only the sending case
// sends; a receiving case of the same select sends nothing.
func selectSend(done chan struct{}) {
	codes := make(chan string, 1)
	acks := make(chan string, 1)
	go func() {
		select {
		case codes <- "non-blocking":
		case v := <-acks:
			_ = v
		default:
		}
	}()
	go func() {
		select {
		case codes <- "blocking":
		case <-done:
		}
	}()
	origins(<-codes) // want `origins: "non-blocking" via selectSend\$1, "blocking" via selectSend\$2`
	origins(<-acks)  // want `origins: none`
}

// A struct sent whole; its fields read after the receive.
type result struct {
	code, state string
}

func structSent() {
	results := make(chan result, 1)
	go func() { results <- result{code: "c", state: "s"} }()
	res := <-results
	origins(res.code)  // want `origins: "c" via structSent\$1`
	origins(res.state) // want `origins: "s" via structSent\$1`
	p := &res
	origins(p.code) // want `origins: "c" via structSent\$1`
}

// A received value captured by a closure lives in a variable.
func captured() {
	ch := make(chan string, 1)
	ch <- "kept"
	v := <-ch
	func() { v += "" }()
	origins(v) // want `origins: "kept" via captured, "…"`
}

// Near misses: a channel of another make, a value that is no copy.
func otherChannel() {
	a, b := make(chan string, 1), make(chan string, 1)
	a <- "a"
	b <- "b"
	origins(<-a)       // want `origins: "a" via otherChannel`
	origins("literal") // want `origins: not a copy`
}

func unknownChannel(ch <-chan string) {
	origins(<-ch) // want `origins: none`
}
