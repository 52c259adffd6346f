package main

import (
	"context"
	"fmt"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/tthcaudit/tthcaudit/internal/audit"
	"github.com/tthcaudit/tthcaudit/internal/changes"
	"github.com/tthcaudit/tthcaudit/internal/config"
	"github.com/tthcaudit/tthcaudit/internal/crawler"
	"github.com/tthcaudit/tthcaudit/internal/reports"
	"github.com/tthcaudit/tthcaudit/internal/rules"
	"github.com/tthcaudit/tthcaudit/internal/tickets"
)

func init() { register(newAuditCmd) }

// persistAudit stores an audit and its crawl results in the database at
// dbPath and returns the tickets as they stand after it (nil: derive them
// from the report). The storage code sets it from its own file's init, so
// that this command does not depend on the database.
var persistAudit func(ctx context.Context, e *env, cfg *config.Config, dbPath string, rep *reports.Report, results []*crawler.Result) ([]tickets.Ticket, error)

// previousAudit compares an audit not yet stored with the last one stored
// at dbPath (nil, nil when there is none); set with persistAudit.
var previousAudit func(ctx context.Context, dbPath string, rep *reports.Report) (*changes.Diff, error)

// dbFileName is the database's default name, beside the configuration.
const dbFileName = "tthcaudit.db"

type auditFlags struct {
	config        string
	portals       []string
	failOnMissing bool
	progress      bool
	db            string
	lang          string
	out           outputs
	capture       captureFlags
	asOf          asOfFlag
}

func newAuditCmd(e *env) *cobra.Command {
	var f auditFlags
	cmd := &cobra.Command{
		Use:   "audit --config FILE",
		Short: "Kiểm tra các cổng thông tin theo cấu hình (audit every configured portal)",
		Long: `Thu thập các cổng trong tệp cấu hình (hoặc chỉ các cổng --portal), đối chiếu với danh mục TTHC,
in bảng tổng hợp và ghi báo cáo (--json, --out).
` + captureHelp + `
Mã thoát: 0 kiểm tra xong; 1 đầu vào sai hoặc không ghi được gói tài liệu kiểm chứng; 3 với --fail-on-missing khi còn thiếu thủ tục hoặc cổng không truy cập được.

(Crawls the portals of FILE, matches them against the catalogue, prints a summary table and writes the reports.
` + captureHelpEn + `
Exit 0 when the audit finished, 1 on bad input or when the evidence pack could not be written, 3 with --fail-on-missing when a required procedure is missing or a portal is unreachable.)`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			dbSet := cmd.Flags().Changed("db")
			return runAudit(cmd.Context(), e, f, dbSet)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.config, "config", "", "tệp cấu hình YAML (the audit configuration)")
	fl.StringVar(&f.out.jsonPath, "json", "", "ghi báo cáo JSON vào PATH (write the JSON report)")
	fl.StringVar(&f.out.outDir, "out", "", "ghi report.json, report.html, report.xlsx, missing.csv, tickets.json vào DIR")
	fl.StringArrayVar(&f.portals, "portal", nil, "chỉ kiểm tra cổng có mã ID (repeatable; default: every portal)")
	fl.BoolVar(&f.failOnMissing, "fail-on-missing", false, "thoát mã 3 khi còn thiếu thủ tục bắt buộc hoặc cổng không truy cập được")
	fl.StringVar(&f.lang, "lang", "vi", "ngôn ngữ báo cáo: vi | en")
	fl.BoolVar(&f.progress, "progress", false, "in tiến độ ra stderr kể cả khi không phải terminal")
	fl.StringVar(&f.db, "db", "", `cơ sở dữ liệu lưu các lần kiểm tra (default: tthcaudit.db beside the config; "" stores nothing)`)
	addCaptureFlags(cmd, &f.capture)
	addAsOfFlag(cmd, &f.asOf)
	return cmd
}

func runAudit(ctx context.Context, e *env, f auditFlags, dbSet bool) error {
	ctx, stop := interruptible(ctx)
	defer stop()
	lang, err := parseLang(f.lang)
	if err != nil {
		return err
	}
	f.out.lang = lang
	cfg, err := loadConfig(f.config)
	if err != nil {
		return err
	}
	if err := f.out.checkDir(); err != nil {
		return err
	}
	o := audit.Options{PortalIDs: f.portals, Lang: lang, Progress: e.progress(f.progress), AsOf: f.asOf.t}
	capture, err := startCapture(ctx, e, cfg, f.portals, f.capture, o.Progress)
	if err != nil {
		return err
	}
	// The browser dies with the audit on every path: errors, Ctrl-C
	// (ctx), panics.
	defer capture.Close()
	dbPath := f.db
	if !dbSet {
		dbPath = filepath.Join(filepath.Dir(cfg.Path), dbFileName)
	}
	// With a database, the crawl sends conditional requests and reuses the
	// pages that did not change since the last audit.
	closeCache := func() error { return nil }
	if dbPath != "" {
		cache, closeFn, err := openCrawlCache(dbPath)
		if err != nil {
			return badInput("cannot open the database %s: %v (pass --db \"\" to audit without storing)", dbPath, err)
		}
		o.Cache, closeCache = cache, closeFn
	}
	rep, results, err := runPipeline(ctx, cfg, capture.Apply(o))
	if cerr := closeCache(); cerr != nil && err == nil {
		fmt.Fprintf(e.stderr, "tthcaudit: cảnh báo (warning): crawl cache: %v\n", cerr)
	}
	if err != nil {
		return err
	}
	evidenceErr := finishCapture(ctx, e, capture, rep, results)
	// The "so với lần trước" section: against the last stored audit, read
	// before this one is stored. Without it the reports are still whole,
	// so a failure is only a warning.
	if previousAudit != nil && dbPath != "" {
		since, err := previousAudit(ctx, dbPath, rep)
		if err != nil {
			fmt.Fprintf(e.stderr, "tthcaudit: cảnh báo (warning): không so sánh được với lần kiểm tra trước (cannot compare with the last audit): %v\n", err)
		}
		rep.Since = since
	}
	var ts []tickets.Ticket
	var storeErr error
	if persistAudit != nil && dbPath != "" {
		ts, storeErr = persistAudit(ctx, e, cfg, dbPath, rep, results)
	}

	if err := reports.Terminal(e.stdout, rep, reports.TermOptions{Lang: lang, Color: e.stdoutTTY}); err != nil {
		return fmt.Errorf("cannot print the table: %w", err)
	}
	if err := f.out.write(cfg, rep, ts); err != nil {
		return badInput("%v", err)
	}
	if storeErr != nil {
		return badInput("cannot store the audit in %s: %v (pass --db \"\" to audit without storing)", dbPath, storeErr)
	}
	if evidenceErr != nil {
		return evidenceErr
	}
	if f.failOnMissing {
		if n := failing(rep.Portals); n > 0 {
			return &exitError{code: exitFailed, msg: fmt.Sprintf("%d cổng còn thiếu thủ tục bắt buộc hoặc không truy cập được (--fail-on-missing)", n)}
		}
	}
	return nil
}

// failing counts the portals that fail --fail-on-missing: a required
// procedure missing, or the portal unreachable (nothing could be checked).
func failing(vs []rules.Verdict) int {
	n := 0
	for _, v := range vs {
		if len(v.Missing) > 0 || v.Status == rules.StatusUnreachable {
			n++
		}
	}
	return n
}
