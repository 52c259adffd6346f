package main

import (
	"encoding/json"

	"github.com/spf13/cobra"

	"github.com/tthcaudit/tthcaudit/internal/evidence"
	"github.com/tthcaudit/tthcaudit/internal/reports"
)

func init() { register(newEvidenceCmd) }

func newEvidenceCmd(e *env) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "evidence",
		Short: "Làm việc với gói tài liệu kiểm chứng (work with evidence packs)",
	}
	cmd.AddCommand(newEvidenceVerifyCmd(e))
	return cmd
}

func newEvidenceVerifyCmd(e *env) *cobra.Command {
	var asJSON bool
	var lang string
	cmd := &cobra.Command{
		Use:   "verify DIR",
		Short: "Kiểm tra gói tài liệu kiểm chứng còn nguyên vẹn (check every digest of an evidence pack)",
		Long:  help("evidence"),
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			l, err := parseLang(lang)
			if err != nil {
				return err
			}
			s, verr := evidence.Verify(args[0])
			if asJSON {
				out := struct {
					OK    bool             `json:"ok"`
					Error string           `json:"error,omitempty"`
					Pack  evidence.Summary `json:"summary"`
				}{OK: verr == nil, Pack: s}
				if verr != nil {
					out.Error = verr.Error()
				}
				enc := json.NewEncoder(e.stdout)
				enc.SetIndent("", "  ")
				if err := enc.Encode(out); err != nil {
					return err
				}
			}
			if verr != nil {
				return badInput("%v", verr)
			}
			if !asJSON {
				reports.EvidenceSummary(e.stdout, args[0], s, l)
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "in kết quả dạng JSON (print the result as JSON)")
	cmd.Flags().StringVar(&lang, "lang", "", "ngôn ngữ: vi (mặc định) hoặc en (language: vi or en)")
	return cmd
}
