package lsp

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
)

// Main runs "atlvet lsp [--stdio]": a server on standard input and
// output. Editors pass --stdio, the only transport there is; it is
// accepted and ignored. It returns the exit status: 0 after shutdown
// and exit, 1 otherwise, 2 for a bad command line.
func Main(cfg Config, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	for _, a := range args {
		switch strings.TrimLeft(a, "-") {
		case "stdio":
		case "h", "help":
			fmt.Fprintf(stdout, "usage: %s lsp [--stdio]\n\nruns a Language Server Protocol server on standard input and output;\nsee the Editors section of the README for each editor's configuration\n", cfg.Name)
			return 0
		default:
			fmt.Fprintf(stderr, "%s lsp: unknown argument %q; usage: %s lsp [--stdio]\n", cfg.Name, a, cfg.Name)
			return 2
		}
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := Serve(ctx, cfg, stdin, stdout); err != nil {
		fmt.Fprintf(stderr, "%s lsp: %v\n", cfg.Name, err)
		return 1
	}
	return 0
}
