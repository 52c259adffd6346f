package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/tthcaudit/tthcaudit/internal/audit"
	"github.com/tthcaudit/tthcaudit/internal/config"
	"github.com/tthcaudit/tthcaudit/internal/msg"
	"github.com/tthcaudit/tthcaudit/internal/reports"
	"github.com/tthcaudit/tthcaudit/internal/tickets"
	"github.com/tthcaudit/tthcaudit/internal/verdict"
)

// dbFileName is the database's default name, beside the configuration.
const dbFileName = "tthcaudit.db"

// runFlags are the flags of the commands that run an audit (audit, check).
type runFlags struct {
	config   string
	lang     string
	progress bool
	db       string
	dbSet    bool
	out      outputs
	capture  captureFlags
	asOf     asOfFlag
}

// add declares the flags on cmd; withDB adds --db.
func (f *runFlags) add(cmd *cobra.Command, withDB bool) {
	fl := cmd.Flags()
	fl.StringVar(&f.config, "config", "", "tệp cấu hình YAML (the audit configuration)")
	fl.StringVar(&f.out.jsonPath, "json", "", "ghi báo cáo JSON vào PATH (write the JSON report)")
	fl.StringVar(&f.out.outDir, "out", "", "ghi report.json, report.html, report.xlsx, missing.csv, tickets.json vào DIR")
	fl.StringVar(&f.lang, "lang", "vi", "ngôn ngữ báo cáo: vi | en")
	fl.BoolVar(&f.progress, "progress", false, "in tiến độ ra stderr kể cả khi không phải terminal")
	if withDB {
		fl.StringVar(&f.db, "db", "", `cơ sở dữ liệu lưu các lần kiểm tra (default: tthcaudit.db beside the config; "" stores nothing)`)
	}
	addCaptureFlags(cmd, &f.capture)
	addAsOfFlag(cmd, &f.asOf)
}

// session checks the flags and builds the audit session they describe.
func (f *runFlags) session(e *env) (*audit.Session, error) {
	lang, err := parseLang(f.lang)
	if err != nil {
		return nil, err
	}
	f.out.lang = lang
	cfg, err := loadConfig(f.config)
	if err != nil {
		return nil, err
	}
	if err := f.out.checkDir(); err != nil {
		return nil, err
	}
	dbPath := f.db
	if !f.dbSet {
		dbPath = filepath.Join(filepath.Dir(cfg.Path), dbFileName)
	}
	return &audit.Session{
		Config:   cfg,
		DBPath:   dbPath,
		Lang:     lang,
		Progress: e.progress(f.progress),
		Warnings: e.stderr,
		Capture:  f.capture.options(),
		AsOf:     f.asOf.t,
	}, nil
}

// runSession runs the session and turns its errors into exit statuses.
func runSession(ctx context.Context, s *audit.Session, ids []string) (*audit.Outcome, error) {
	out, err := s.Run(ctx, ids)
	if err != nil {
		if audit.IsInputError(err) {
			return nil, badInput("%v", err)
		}
		if ctx.Err() != nil {
			return nil, &exitError{code: exitBadInput, msg: "kiểm tra bị dừng (the audit was interrupted)"}
		}
		return nil, &exitError{code: exitBadInput, msg: err.Error()}
	}
	return out, nil
}

// loadConfig reads the configuration named by --config.
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

func parseLang(s string) (msg.Lang, error) {
	l, err := msg.ParseLang(s)
	if err != nil {
		return "", badInput("%v", err)
	}
	return l, nil
}

// interruptible ends ctx on Ctrl-C or SIGTERM, so that the browser and
// the crawl stop cleanly.
func interruptible(ctx context.Context) (context.Context, context.CancelFunc) {
	if ctx == nil {
		ctx = context.Background()
	}
	return signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
}

// outputs are the report files asked for with --json and --out.
type outputs struct {
	jsonPath string
	outDir   string
	lang     msg.Lang
}

// write writes the JSON report and the report folder, each atomically.
// ts are the stored tickets (nil: derived from the report).
func (o outputs) write(cfg *config.Config, rep *verdict.Report, ts []tickets.Ticket) error {
	if o.jsonPath != "" {
		if err := reports.WriteJSONFile(o.jsonPath, rep); err != nil {
			return fmt.Errorf("cannot write %s: %w", o.jsonPath, err)
		}
	}
	if o.outDir != "" {
		if ts == nil {
			ts = reports.Tickets(rep, cfg.Contacts())
		}
		if err := reports.WriteDir(o.outDir, rep, ts, o.lang); err != nil {
			return fmt.Errorf("cannot write the reports into %s: %w", o.outDir, err)
		}
	}
	return nil
}

func (o outputs) checkDir() error {
	if o.outDir == "" {
		return nil
	}
	if err := os.MkdirAll(o.outDir, 0o755); err != nil {
		return badInput("--out %s: %v", o.outDir, err)
	}
	return nil
}

// progress is where progress lines go: stderr when it is a terminal or
// --progress asks, else nowhere.
func (e *env) progress(asked bool) io.Writer {
	if asked || e.stderrTTY {
		return e.stderr
	}
	return nil
}
