package cli

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/tthcaudit/tthcaudit/internal/audit"
	"github.com/tthcaudit/tthcaudit/internal/msg"
	"github.com/tthcaudit/tthcaudit/internal/reports"
	"github.com/tthcaudit/tthcaudit/internal/tickets"
	"github.com/tthcaudit/tthcaudit/internal/verdict"
)

// RunArgs are the arguments of the commands that run an audit (audit,
// check).
type RunArgs struct {
	ConfigArgs
	// Progress asks for progress lines even when stderr is no terminal.
	Progress bool
	// Out are the reports to write (--json, --out).
	Out reports.Outputs
	// EvidenceDir and Screenshots are --evidence and --screenshots.
	EvidenceDir string
	Screenshots bool
	// ChromiumPath is the browser binary ("": render finds it).
	ChromiumPath string
	// AsOf is --as-of (zero: the audit's own day).
	AsOf time.Time
}

// session checks the arguments and builds the audit session they describe.
func (a *RunArgs) session(e *Env) (*audit.Session, error) {
	cfg, lang, err := a.load()
	if err != nil {
		return nil, err
	}
	a.Out.Lang = lang
	if a.Out.Dir != "" {
		if err := os.MkdirAll(a.Out.Dir, 0o755); err != nil {
			return nil, BadInput("--out %s: %v", a.Out.Dir, err)
		}
	}
	return &audit.Session{Config: cfg, DBPath: a.dbPath(cfg), Lang: lang, Progress: e.progress(a.Progress),
		Warnings: e.Stderr, AsOf: a.AsOf,
		Capture: audit.CaptureOptions{EvidenceDir: a.EvidenceDir, Screenshots: a.Screenshots, ChromiumPath: a.ChromiumPath}}, nil
}

// runSession runs the session and turns its errors into exit statuses.
func runSession(ctx context.Context, s *audit.Session, ids []string) (*audit.Outcome, error) {
	out, err := s.Run(ctx, ids)
	switch {
	case err == nil:
		return out, nil
	case audit.IsInputError(err):
		return nil, BadInput("%v", err)
	case ctx.Err() != nil:
		return nil, &ExitError{Code: ExitBadInput, Msg: "kiểm tra bị dừng (the audit was interrupted)"}
	}
	return nil, &ExitError{Code: ExitBadInput, Msg: err.Error()}
}

// writeOutputs writes the reports asked for and says on stderr where the
// report folder went (a dated subfolder when the folder held an earlier
// audit's reports).
func writeOutputs(e *Env, o reports.Outputs, rep *verdict.Report, ts []tickets.Ticket, contacts map[string]string) error {
	dir, err := o.Write(rep, ts, contacts)
	if err != nil {
		return BadInput("%v", err)
	}
	if dir != "" {
		fmt.Fprintln(e.Stderr, "tthcaudit: "+msg.Tf(o.Lang, "out.written", dir))
	}
	return nil
}

// evidenceFailure prints why the evidence pack is not whole and returns
// the error to exit with, after the reports are written (an evidence
// failure must not lose the audit).
func evidenceFailure(e *Env, err error) error {
	if err == nil {
		return nil
	}
	fmt.Fprintf(e.Stderr, "tthcaudit: lỗi (error): %v\n", err)
	return BadInput("không ghi được trọn gói tài liệu kiểm chứng, các báo cáo vẫn được ghi (the evidence pack could not be written in full; the reports were written)")
}

// terminal prints the audit's table on stdout.
func terminal(e *Env, rep *verdict.Report, lang msg.Lang) error {
	if err := reports.Terminal(e.Stdout, rep, reports.TermOptions{Lang: lang, Color: e.StdoutTTY, Width: e.Width}); err != nil {
		return fmt.Errorf("cannot print the table: %w", err)
	}
	return nil
}
