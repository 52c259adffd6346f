package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/tthcaudit/tthcaudit/internal/audit"
	"github.com/tthcaudit/tthcaudit/internal/demo"
	"github.com/tthcaudit/tthcaudit/internal/msg"
	"github.com/tthcaudit/tthcaudit/internal/reports"
)

func init() { register(newDemoCmd) }

type demoFlags struct {
	era      string
	lang     string
	progress bool
	keep     string
	out      reports.Outputs
}

func newDemoCmd(e *env) *cobra.Command {
	var f demoFlags
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Chạy thử trên tỉnh minh hoạ có sẵn (audit the bundled demo province, offline)",
		Long:  help("demo"),
		Args:  cobra.NoArgs,
		RunE:  func(cmd *cobra.Command, _ []string) error { return runDemo(cmd.Context(), e, f) },
	}
	fl := cmd.Flags()
	fl.StringVar(&f.out.Dir, "out", "", "ghi các báo cáo vào DIR")
	fl.StringVar(&f.out.JSONPath, "json", "", "ghi báo cáo JSON vào PATH")
	fl.StringVar(&f.lang, "lang", "vi", "ngôn ngữ: vi | en")
	fl.StringVar(&f.era, "era", "2018", "tỉnh minh hoạ: 2018 (ba cấp) | 2025 (hai cấp, sau hợp nhất)")
	fl.BoolVar(&f.progress, "progress", false, "in tiến độ ra stderr kể cả khi không phải terminal")
	fl.StringVar(&f.keep, "keep", "", "giữ cấu hình, danh mục và cơ sở dữ liệu của lần chạy thử trong `DIR` để thử serve (keep the demo's files and database in DIR)")
	return cmd
}

func runDemo(ctx context.Context, e *env, f demoFlags) error {
	ctx, stop := interruptible(ctx)
	defer stop()
	lang, err := parseLang(f.lang)
	if err != nil {
		return err
	}
	f.out.Lang = lang
	era, ok := demo.EraByID(f.era)
	if !ok {
		return badInput(msg.T(lang, "demo.bad_era"), f.era)
	}
	prov, err := demo.StartEra(era)
	if err != nil {
		return err
	}
	defer prov.Close()
	dir := f.keep
	if dir == "" {
		if dir, err = os.MkdirTemp("", "tthcaudit-demo-"); err != nil {
			return fmt.Errorf("demo: %w", err)
		}
		defer os.RemoveAll(dir)
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		return badInput("--keep %s: %v", dir, err)
	}
	cfg, err := prov.Config(dir)
	if err != nil {
		return err
	}
	sess := &audit.Session{Config: cfg, Lang: lang, Progress: e.progress(f.progress), Warnings: e.stderr}
	if f.keep != "" {
		// Kept: the audit is stored beside the configuration, for serve.
		sess.DBPath = filepath.Join(dir, dbFileName)
		defer fmt.Fprintln(e.stderr, "tthcaudit: "+msg.Tf(lang, "demo.kept", dir, filepath.Join(dir, "audit.yaml")))
	}
	out, err := runSession(ctx, sess, nil)
	if err != nil {
		return err
	}
	if err := reports.Terminal(e.stdout, out.Report, reports.TermOptions{Lang: lang, Color: e.stdoutTTY, Width: e.width}); err != nil {
		return fmt.Errorf("cannot print the table: %w", err)
	}
	return writeOutputs(e, f.out, out.Report, nil, cfg.Contacts())
}
