package main

import (
	"fmt"

	"github.com/tthcaudit/tthcaudit/internal/reports"
	"github.com/tthcaudit/tthcaudit/internal/verdict"

	"github.com/spf13/cobra"
)

func init() { register(newDiffCmd) }

func newDiffCmd(e *env) *cobra.Command {
	var f storeFlags
	cmd := &cobra.Command{
		Use:   "diff --config FILE [--json]",
		Short: "So sánh lần kiểm tra gần nhất với lần trước (the last audit against the one before)",
		Long: `So sánh lần kiểm tra gần nhất với lần trước đó: thủ tục mới bị thiếu, đã được bổ sung,
thủ tục đã bãi bỏ mới xuất hiện và thủ tục bị cổng đổi tên (cùng mã, tên công khai khác).
Mã thoát: 0; 1 đầu vào sai.

(Compares the last stored audit with the one before: newly missing, fixed, newly obsolete, renamed on the portal.)`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, st, lang, err := f.readStore(cmd)
			if err != nil {
				return err
			}
			var d *verdict.Diff
			if st != nil {
				defer st.Close()
				if d, err = st.LastDiff(cmd.Context()); err != nil {
					return badInput("%v", err)
				}
			}
			if d == nil {
				if f.json {
					return printJSON(e.stdout, map[string]any{"from": nil, "to": nil, "portals": []any{}})
				}
				if st == nil {
					noAudits(e, lang, f.dbPathOf(cfg))
				} else {
					fmt.Fprintln(e.stderr, reports.ViEn(lang,
						"tthcaudit: mới có một lần kiểm tra được lưu; cần ít nhất hai lần để so sánh.",
						"tthcaudit: only one audit is stored; diff needs two."))
				}
				return nil
			}
			if f.json {
				return printJSON(e.stdout, d)
			}
			reports.DiffTable(e.stdout, lang, d)
			return nil
		},
	}
	f.add(cmd)
	return cmd
}
