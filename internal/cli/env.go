package cli

import (
	"context"
	"encoding/json"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/tthcaudit/tthcaudit/internal/msg"
)

// Env is what commands receive instead of reaching for globals, so that
// tests can run them with their own output.
type Env struct {
	Stdout, Stderr io.Writer
	// StderrTTY is true when stderr is a terminal (progress, colour).
	StderrTTY bool
	StdoutTTY bool
	// Width is the terminal's width in columns (0: not a terminal).
	Width int
}

// progress is where progress lines go: stderr when it is a terminal or
// --progress asks, else nowhere.
func (e *Env) progress(asked bool) io.Writer {
	if asked || e.StderrTTY {
		return e.Stderr
	}
	return nil
}

// ParseLang reads --lang as bad input when it is neither vi nor en.
func ParseLang(s string) (msg.Lang, error) {
	l, err := msg.ParseLang(s)
	if err != nil {
		return "", BadInput("%v", err)
	}
	return l, nil
}

// printJSON prints v indented, without HTML escaping.
func printJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// interruptible ends ctx on Ctrl-C or SIGTERM, so that the browser and
// the crawl stop cleanly.
func interruptible(ctx context.Context) (context.Context, context.CancelFunc) {
	if ctx == nil {
		ctx = context.Background()
	}
	return signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
}
