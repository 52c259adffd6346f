package main

import (
	"github.com/spf13/cobra"

	"github.com/tthcaudit/tthcaudit/internal/cli"
)

func init() { register(newAuditCmd, newCheckCmd) }

func newAuditCmd(e *cli.Env) *cobra.Command {
	var a cli.AuditArgs
	cmd := &cobra.Command{
		Use:   "audit --config FILE",
		Short: "Kiểm tra các cổng thông tin theo cấu hình (audit every configured portal)",
		Long:  help("audit"),
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			dbGiven(cmd, &a.ConfigArgs)
			a.ChromiumPath = chromiumPath
			return cli.Audit(cmd.Context(), e, a)
		},
	}
	addRunFlags(cmd, &a.RunArgs, true)
	cmd.Flags().StringArrayVar(&a.Portals, "portal", nil, "chỉ kiểm tra cổng có mã ID (repeatable; default: every portal)")
	cmd.Flags().BoolVar(&a.FailOnMissing, "fail-on-missing", false, "thoát mã 3 khi còn thiếu thủ tục bắt buộc hoặc cổng không truy cập được")
	return cmd
}

func newCheckCmd(e *cli.Env) *cobra.Command {
	var a cli.CheckArgs
	cmd := &cobra.Command{
		Use:   "check --config FILE --portal ID",
		Short: "Tự kiểm tra một cổng: ĐẠT / KHÔNG ĐẠT (check one portal: pass or fail)",
		Long:  help("check"),
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			a.ChromiumPath = chromiumPath
			return cli.Check(cmd.Context(), e, a)
		},
	}
	// check stores nothing: no --db.
	addRunFlags(cmd, &a.RunArgs, false)
	cmd.Flags().StringVar(&a.Portal, "portal", "", "mã cổng cần kiểm tra (the portal's id)")
	return cmd
}
