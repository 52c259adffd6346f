package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/tthcaudit/tthcaudit/internal/audit"
	"github.com/tthcaudit/tthcaudit/internal/reports"
)

func init() { register(newCheckCmd) }

type checkFlags struct {
	config   string
	portal   string
	lang     string
	progress bool
	out      outputs
	capture  captureFlags
	asOf     asOfFlag
}

func newCheckCmd(e *env) *cobra.Command {
	var f checkFlags
	cmd := &cobra.Command{
		Use:   "check --config FILE --portal ID",
		Short: "Tự kiểm tra một cổng: ĐẠT / KHÔNG ĐẠT (check one portal: pass or fail)",
		Long: `Kiểm tra một cổng như lệnh audit và kết luận ĐẠT hoặc KHÔNG ĐẠT kèm lý do.
` + captureHelp + `
Mã thoát: 0 đạt; 3 không đạt; 1 đầu vào sai hoặc không ghi được gói tài liệu kiểm chứng.

(Audits one portal and prints a pass/fail verdict with its reasons.
` + captureHelpEn + `
Exit 0 compliant, 3 not compliant, 1 bad input or an evidence pack that could not be written.)`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return runCheck(cmd.Context(), e, f) },
	}
	fl := cmd.Flags()
	fl.StringVar(&f.config, "config", "", "tệp cấu hình YAML (the audit configuration)")
	fl.StringVar(&f.portal, "portal", "", "mã cổng cần kiểm tra (the portal's id)")
	fl.StringVar(&f.lang, "lang", "vi", "ngôn ngữ: vi | en")
	fl.StringVar(&f.out.jsonPath, "json", "", "ghi báo cáo JSON vào PATH")
	fl.StringVar(&f.out.outDir, "out", "", "ghi các báo cáo vào DIR")
	fl.BoolVar(&f.progress, "progress", false, "in tiến độ ra stderr kể cả khi không phải terminal")
	addCaptureFlags(cmd, &f.capture)
	addAsOfFlag(cmd, &f.asOf)
	return cmd
}

func runCheck(ctx context.Context, e *env, f checkFlags) error {
	ctx, stop := interruptible(ctx)
	defer stop()
	lang, err := parseLang(f.lang)
	if err != nil {
		return err
	}
	f.out.lang = lang
	if f.portal == "" {
		return badInput("check: thiếu --portal ID (name the portal to check; ids are in the configuration)")
	}
	cfg, err := loadConfig(f.config)
	if err != nil {
		return err
	}
	if err := f.out.checkDir(); err != nil {
		return err
	}
	o := audit.Options{PortalIDs: []string{f.portal}, Lang: lang, Progress: e.progress(f.progress), AsOf: f.asOf.t}
	capture, err := startCapture(ctx, e, cfg, o.PortalIDs, f.capture, o.Progress)
	if err != nil {
		return err
	}
	defer capture.Close()
	rep, results, err := runPipeline(ctx, cfg, capture.Apply(o))
	if err != nil {
		return err
	}
	evidenceErr := finishCapture(ctx, e, capture, rep, results)
	if len(rep.Portals) != 1 {
		return fmt.Errorf("check: the audit returned %d portals, want 1", len(rep.Portals))
	}
	pass := reports.Check(e.stdout, rep.Portals[0], lang, e.stdoutTTY)
	if err := f.out.write(cfg, rep, nil); err != nil {
		return badInput("%v", err)
	}
	if evidenceErr != nil {
		return evidenceErr
	}
	if !pass {
		return &exitError{code: exitFailed}
	}
	return nil
}
