package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/tthcaudit/tthcaudit/internal/reports"
	"github.com/tthcaudit/tthcaudit/internal/verdict"
)

func init() { register(newAuditCmd) }

type auditFlags struct {
	run           runFlags
	portals       []string
	failOnMissing bool
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
			f.run.dbSet = cmd.Flags().Changed("db")
			return runAudit(cmd.Context(), e, f)
		},
	}
	fl := cmd.Flags()
	f.run.add(cmd, true)
	fl.StringArrayVar(&f.portals, "portal", nil, "chỉ kiểm tra cổng có mã ID (repeatable; default: every portal)")
	fl.BoolVar(&f.failOnMissing, "fail-on-missing", false, "thoát mã 3 khi còn thiếu thủ tục bắt buộc hoặc cổng không truy cập được")
	return cmd
}

func runAudit(ctx context.Context, e *env, f auditFlags) error {
	ctx, stop := interruptible(ctx)
	defer stop()
	sess, err := f.run.session(e)
	if err != nil {
		return err
	}
	out, err := runSession(ctx, sess, f.portals)
	if err != nil {
		return err
	}
	rep := out.Report
	if err := reports.Terminal(e.stdout, rep, reports.TermOptions{Lang: sess.Lang, Color: e.stdoutTTY}); err != nil {
		return fmt.Errorf("cannot print the table: %w", err)
	}
	if err := f.run.out.write(sess.Config, rep, out.Tickets); err != nil {
		return badInput("%v", err)
	}
	if out.StoreErr != nil {
		return badInput("cannot store the audit in %s: %v (pass --db \"\" to audit without storing)", sess.DBPath, out.StoreErr)
	}
	if err := evidenceFailure(e, out.EvidenceErr); err != nil {
		return err
	}
	if f.failOnMissing {
		if n := verdict.Failing(rep.Portals); n > 0 {
			return &exitError{code: exitFailed, msg: fmt.Sprintf("%d cổng còn thiếu thủ tục bắt buộc hoặc không truy cập được (--fail-on-missing)", n)}
		}
	}
	return nil
}
