package main

import (
	"strings"

	"github.com/spf13/cobra"

	"github.com/tthcaudit/tthcaudit/internal/config"
	"github.com/tthcaudit/tthcaudit/internal/reports"
	"github.com/tthcaudit/tthcaudit/internal/store"
)

func init() { register(newHistoryCmd) }

func newHistoryCmd(e *env) *cobra.Command {
	var f storeFlags
	var portal string
	cmd := &cobra.Command{
		Use:   "history --config FILE [--portal ID] [--json]",
		Short: "Độ phủ của từng cổng qua các lần kiểm tra (coverage of each portal over the stored audits)",
		Long: `In độ phủ (số thủ tục bắt buộc đã công khai / tổng số) của từng cổng qua các lần kiểm tra đã lưu,
kèm biểu đồ nhỏ ▁▂▃▄▅▆▇█; với --portal, từng lần kiểm tra của một cổng.
Mã thoát: 0; 1 đầu vào sai.

(Prints each portal's coverage over the stored audits with a sparkline; with --portal, every audit of one portal.)`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, st, lang, err := f.readStore(cmd)
			if err != nil {
				return err
			}
			var points []store.Point
			if st != nil {
				defer st.Close()
				if points, err = st.History(cmd.Context(), ""); err != nil {
					return badInput("%v", err)
				}
			}
			if portal != "" {
				if _, ok := cfg.Portal(portal); !ok && !store.HasPortal(points, portal) {
					return badInput("--portal %q: %s lists no such portal (it lists: %s)", portal, cfg.Path, configPortalIDs(cfg))
				}
			}
			series := store.BuildSeries(cfg, points, portal)
			if f.json {
				return printJSON(e.stdout, store.HistoryJSON{Portals: series})
			}
			if st == nil || len(points) == 0 {
				noAudits(e, lang, f.dbPathOf(cfg))
				return nil
			}
			if portal != "" {
				return reports.PortalHistory(e.stdout, lang, series[0])
			}
			return reports.History(e.stdout, lang, series)
		},
	}
	f.add(cmd)
	cmd.Flags().StringVar(&portal, "portal", "", "chỉ cổng có mã ID (only this portal)")
	return cmd
}

func configPortalIDs(cfg *config.Config) string {
	ids := make([]string, len(cfg.Portals))
	for i, p := range cfg.Portals {
		ids[i] = p.ID
	}
	return strings.Join(ids, ", ")
}
