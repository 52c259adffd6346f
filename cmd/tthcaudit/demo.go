package main

import (
	"context"
	"fmt"
	"os"

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
	dir, err := os.MkdirTemp("", "tthcaudit-demo-")
	if err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	defer os.RemoveAll(dir)
	cfg, err := prov.Config(dir)
	if err != nil {
		return err
	}
	sess := &audit.Session{Config: cfg, Lang: lang, Progress: e.progress(f.progress), Warnings: e.stderr}
	out, err := runSession(ctx, sess, nil)
	if err != nil {
		return err
	}
	if err := reports.Terminal(e.stdout, out.Report, reports.TermOptions{Lang: lang, Color: e.stdoutTTY}); err != nil {
		return fmt.Errorf("cannot print the table: %w", err)
	}
	return f.out.Write(out.Report, nil, cfg.Contacts())
}
