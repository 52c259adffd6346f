package main

import (
	"github.com/spf13/cobra"

	"github.com/tthcaudit/tthcaudit/internal/cli"
)

func init() { register(newEvidenceCmd) }

func newEvidenceCmd(e *cli.Env) *cobra.Command {
	var asJSON bool
	var lang string
	verify := &cobra.Command{
		Use:   "verify DIR",
		Short: "Kiểm tra gói tài liệu kiểm chứng còn nguyên vẹn (check every digest of an evidence pack)",
		Long:  help("evidence"),
		Args:  cobra.ExactArgs(1),
		RunE:  func(cmd *cobra.Command, args []string) error { return cli.EvidenceVerify(e, args[0], lang, asJSON) },
	}
	verify.Flags().BoolVar(&asJSON, "json", false, "in kết quả dạng JSON (print the result as JSON)")
	verify.Flags().StringVar(&lang, "lang", "", "ngôn ngữ: vi (mặc định) hoặc en (language: vi or en)")
	cmd := &cobra.Command{
		Use:   "evidence",
		Short: "Làm việc với gói tài liệu kiểm chứng (work with evidence packs)",
	}
	cmd.AddCommand(verify)
	return cmd
}
