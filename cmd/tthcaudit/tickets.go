package main

import (
	"github.com/spf13/cobra"

	"github.com/tthcaudit/tthcaudit/internal/config"
	"github.com/tthcaudit/tthcaudit/internal/msg"
	"github.com/tthcaudit/tthcaudit/internal/reports"
	"github.com/tthcaudit/tthcaudit/internal/store"
	"github.com/tthcaudit/tthcaudit/internal/tickets"
)

func init() { register(newTicketsCmd) }

func newTicketsCmd(e *env) *cobra.Command {
	var f storeFlags
	var openOnly, csvOut bool
	cmd := &cobra.Command{
		Use:   "tickets --config FILE [--open] [--json | --csv]",
		Short: "Phiếu thủ tục còn thiếu và trạng thái (missing-procedure tickets and their state)",
		Long:  help("tickets"),
		Args:  cobra.NoArgs,
	}
	cmd.RunE = func(cmd *cobra.Command, _ []string) error {
		if f.json && csvOut {
			return badInput("--json and --csv: choose one")
		}
		return f.withStore(cmd, func(cfg *config.Config, st *store.Store, lang msg.Lang) error {
			ts := []tickets.Ticket{}
			if st != nil {
				var err error
				if ts, err = st.Tickets(cmd.Context(), openOnly); err != nil {
					return badInput("%v", err)
				}
			}
			switch {
			case f.json:
				if st != nil {
					// The contract's JSON carries each ticket's history:
					// the audits' changes and the officers' marks.
					h, err := st.TicketHistory(cmd.Context())
					if err != nil {
						return badInput("%v", err)
					}
					ts = tickets.WithHistory(ts, h)
				}
				return tickets.WriteJSON(e.stdout, ts)
			case csvOut:
				return tickets.WriteCSV(e.stdout, ts)
			case st == nil:
				noAudits(e, lang, f.dbPath(cfg))
				return nil
			}
			reports.TicketList(e.stdout, lang, ts, openOnly)
			return nil
		})
	}
	f.add(cmd)
	cmd.Flags().BoolVar(&openOnly, "open", false, "chỉ phiếu đang mở (only open tickets)")
	cmd.Flags().BoolVar(&csvOut, "csv", false, "in CSV ra stdout (print CSV, UTF-8 with BOM)")
	return cmd
}
