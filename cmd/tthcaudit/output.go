package main

import (
	"context"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/tthcaudit/tthcaudit/internal/audit"
	"github.com/tthcaudit/tthcaudit/internal/msg"
	"github.com/tthcaudit/tthcaudit/internal/reports"
	"github.com/tthcaudit/tthcaudit/internal/tickets"
	"github.com/tthcaudit/tthcaudit/internal/verdict"
)

// runFlags are the flags of the commands that run an audit (audit, check).
type runFlags struct {
	configFlags
	progress bool
	out      reports.Outputs
	capture  captureFlags
	asOf     asOfFlag
}

// add declares the flags on cmd; withDB adds --db.
func (f *runFlags) add(cmd *cobra.Command, withDB bool) {
	dbHelp := ""
	if withDB {
		dbHelp = `cơ sở dữ liệu lưu các lần kiểm tra (default: tthcaudit.db beside the config; "" stores nothing)`
	}
	f.configFlags.add(cmd, dbHelp)
	fl := cmd.Flags()
	fl.StringVar(&f.out.JSONPath, "json", "", "ghi báo cáo JSON vào PATH (write the JSON report)")
	fl.StringVar(&f.out.Dir, "out", "", "ghi report.json, report.html, report.xlsx, missing.csv, tickets.json vào DIR")
	fl.BoolVar(&f.progress, "progress", false, "in tiến độ ra stderr kể cả khi không phải terminal")
	addCaptureFlags(cmd, &f.capture)
	addAsOfFlag(cmd, &f.asOf)
}

// session checks the flags and builds the audit session they describe.
func (f *runFlags) session(e *env) (*audit.Session, error) {
	cfg, lang, err := f.load()
	if err != nil {
		return nil, err
	}
	f.out.Lang = lang
	if f.out.Dir != "" {
		if err := os.MkdirAll(f.out.Dir, 0o755); err != nil {
			return nil, badInput("--out %s: %v", f.out.Dir, err)
		}
	}
	return &audit.Session{Config: cfg, DBPath: f.dbPath(cfg), Lang: lang, Progress: e.progress(f.progress),
		Warnings: e.stderr, Capture: f.capture.options(), AsOf: f.asOf.t}, nil
}

// runSession runs the session and turns its errors into exit statuses.
func runSession(ctx context.Context, s *audit.Session, ids []string) (*audit.Outcome, error) {
	out, err := s.Run(ctx, ids)
	switch {
	case err == nil:
		return out, nil
	case audit.IsInputError(err):
		return nil, badInput("%v", err)
	case ctx.Err() != nil:
		return nil, &exitError{code: exitBadInput, msg: "kiểm tra bị dừng (the audit was interrupted)"}
	}
	return nil, &exitError{code: exitBadInput, msg: err.Error()}
}

// writeOutputs writes the reports asked for and says on stderr where the
// report folder went (a dated subfolder when the folder held an earlier
// audit's reports).
func writeOutputs(e *env, o reports.Outputs, rep *verdict.Report, ts []tickets.Ticket, contacts map[string]string) error {
	dir, err := o.Write(rep, ts, contacts)
	if err != nil {
		return badInput("%v", err)
	}
	if dir != "" {
		fmt.Fprintln(e.stderr, "tthcaudit: "+msg.Tf(o.Lang, "out.written", dir))
	}
	return nil
}
