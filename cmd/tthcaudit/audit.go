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
		Long:  help("audit"),
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			f.run.dbGiven(cmd)
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
	if err := reports.Terminal(e.stdout, rep, reports.TermOptions{Lang: sess.Lang, Color: e.stdoutTTY, Width: e.width}); err != nil {
		return fmt.Errorf("cannot print the table: %w", err)
	}
	if err := writeOutputs(e, f.run.out, rep, out.Tickets, sess.Config.Contacts()); err != nil {
		return err
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
