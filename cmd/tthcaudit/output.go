package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"

	"github.com/tthcaudit/tthcaudit/internal/verdict"

	"github.com/tthcaudit/tthcaudit/internal/audit"
	"github.com/tthcaudit/tthcaudit/internal/config"
	"github.com/tthcaudit/tthcaudit/internal/crawler"
	"github.com/tthcaudit/tthcaudit/internal/reports"
	"github.com/tthcaudit/tthcaudit/internal/tickets"
)

// writeAtomic writes a file through a temp file in the same folder and a
// rename, so that a reader never sees half a report.
func writeAtomic(path string, write func(w io.Writer) error) error {
	var buf bytes.Buffer
	if err := write(&buf); err != nil {
		return err
	}
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // no-op once renamed
	if _, err := tmp.Write(buf.Bytes()); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// loadConfig reads --config, turning every problem into bad input.
func loadConfig(path string) (*config.Config, error) {
	if path == "" {
		return nil, badInput("thiếu --config FILE (the audit configuration, YAML)")
	}
	cfg, err := config.Load(path)
	if err != nil {
		return nil, badInput("%v", err)
	}
	return cfg, nil
}

// parseLang reads --lang.
func parseLang(s string) (reports.Lang, error) {
	l, err := reports.ParseLang(s)
	if err != nil {
		return "", badInput("--lang %q: %v", s, err)
	}
	return l, nil
}

// runPipeline runs the audit and maps its errors to exit statuses.
func runPipeline(ctx context.Context, cfg *config.Config, o audit.Options) (*verdict.Report, []*crawler.Result, error) {
	rep, res, err := audit.Run(ctx, cfg, o)
	if err != nil {
		if audit.IsInputError(err) {
			return nil, nil, badInput("%v", err)
		}
		if ctx.Err() != nil {
			return nil, nil, &exitError{code: exitBadInput, msg: "kiểm tra bị dừng (the audit was interrupted)"}
		}
		return nil, nil, &exitError{code: exitBadInput, msg: err.Error()}
	}
	return rep, res, nil
}

// interruptible returns a context cancelled by Ctrl-C or SIGTERM, so that a
// stopped audit closes its connections and the demo removes its temp folder.
func interruptible(ctx context.Context) (context.Context, context.CancelFunc) {
	if ctx == nil {
		ctx = context.Background()
	}
	return signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
}

// outputs are the files an audit writes besides the table.
type outputs struct {
	jsonPath string
	outDir   string
	lang     reports.Lang
}

// write writes --json and --out; ts are the tickets for tickets.json (nil:
// derived from the report).
func (o outputs) write(cfg *config.Config, rep *verdict.Report, ts []tickets.Ticket) error {
	if o.jsonPath != "" {
		if err := writeAtomic(o.jsonPath, func(w io.Writer) error { return reports.WriteJSON(w, rep) }); err != nil {
			return fmt.Errorf("cannot write %s: %w", o.jsonPath, err)
		}
	}
	if o.outDir != "" {
		if ts == nil {
			ts = reports.Tickets(rep, contacts(cfg))
		}
		if err := reports.WriteDir(o.outDir, rep, ts, o.lang); err != nil {
			return fmt.Errorf("cannot write the reports into %s: %w", o.outDir, err)
		}
	}
	return nil
}

// contacts maps portal ids to their configured contacts.
func contacts(cfg *config.Config) map[string]string {
	m := map[string]string{}
	for _, p := range cfg.Portals {
		if p.Contact != "" {
			m[p.ID] = p.Contact
		}
	}
	return m
}

// checkDir makes the --out folder, when there is one, before the crawl,
// so that a typo fails in a second rather than after a long audit.
func (o outputs) checkDir() error {
	if o.outDir == "" {
		return nil
	}
	if err := os.MkdirAll(o.outDir, 0o755); err != nil {
		return badInput("--out %s: %v", o.outDir, err)
	}
	return nil
}

// progress is where an audit's progress lines go: stderr when it is a
// terminal or --progress asks for them, nowhere otherwise.
func (e *env) progress(asked bool) io.Writer {
	if asked || e.stderrTTY {
		return e.stderr
	}
	return nil
}
