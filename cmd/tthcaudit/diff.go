package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/tthcaudit/tthcaudit/internal/config"
	"github.com/tthcaudit/tthcaudit/internal/msg"
	"github.com/tthcaudit/tthcaudit/internal/reports"
	"github.com/tthcaudit/tthcaudit/internal/store"
	"github.com/tthcaudit/tthcaudit/internal/verdict"
)

func init() { register(newDiffCmd) }

func newDiffCmd(e *env) *cobra.Command {
	var f storeFlags
	cmd := &cobra.Command{
		Use:   "diff --config FILE [--json]",
		Short: "So sánh lần kiểm tra gần nhất với lần trước (the last audit against the one before)",
		Long:  help("diff"),
		Args:  cobra.NoArgs,
	}
	cmd.RunE = func(cmd *cobra.Command, _ []string) error {
		return f.withStore(cmd, func(cfg *config.Config, st *store.Store, lang msg.Lang) error {
			var d *verdict.Diff
			if st != nil {
				var err error
				if d, err = st.LastDiff(cmd.Context()); err != nil {
					return badInput("%v", err)
				}
			}
			switch {
			case d == nil && f.json:
				return printJSON(e.stdout, map[string]any{"from": nil, "to": nil, "portals": []any{}})
			case d == nil && st == nil:
				noAudits(e, lang, f.dbPath(cfg))
			case d == nil:
				fmt.Fprintln(e.stderr, "tthcaudit: "+msg.T(lang, "store.one"))
			case f.json:
				return printJSON(e.stdout, d)
			default:
				reports.DiffTable(e.stdout, lang, d)
			}
			return nil
		})
	}
	f.add(cmd)
	return cmd
}
