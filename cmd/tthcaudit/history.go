package main

import (
	"strings"

	"github.com/spf13/cobra"

	"github.com/tthcaudit/tthcaudit/internal/config"
	"github.com/tthcaudit/tthcaudit/internal/msg"
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
		Long:  help("history"),
		Args:  cobra.NoArgs,
	}
	cmd.RunE = func(cmd *cobra.Command, _ []string) error {
		return f.withStore(cmd, func(cfg *config.Config, st *store.Store, lang msg.Lang) error {
			var points []store.Point
			if st != nil {
				var err error
				if points, err = st.History(cmd.Context(), ""); err != nil {
					return badInput("%v", err)
				}
			}
			if _, ok := cfg.Portal(portal); portal != "" && !ok && !store.HasPortal(points, portal) {
				return badInput("--portal %q: %s lists no such portal (it lists: %s)", portal, cfg.Path, strings.Join(cfg.PortalIDs(), ", "))
			}
			series := store.BuildSeries(cfg, points, portal)
			switch {
			case f.json:
				return printJSON(e.stdout, store.HistoryJSON{Portals: series})
			case len(points) == 0:
				noAudits(e, lang, f.dbPath(cfg))
				return nil
			case portal != "":
				return reports.PortalHistory(e.stdout, lang, series[0])
			}
			return reports.History(e.stdout, lang, series)
		})
	}
	f.add(cmd)
	cmd.Flags().StringVar(&portal, "portal", "", "chỉ cổng có mã ID (only this portal)")
	return cmd
}
