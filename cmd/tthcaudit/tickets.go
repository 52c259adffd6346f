package main

import (
	"github.com/spf13/cobra"

	"github.com/tthcaudit/tthcaudit/internal/reports"
	"github.com/tthcaudit/tthcaudit/internal/tickets"
)

func init() { register(newTicketsCmd) }

func newTicketsCmd(e *env) *cobra.Command {
	var f storeFlags
	var openOnly, csvOut bool
	cmd := &cobra.Command{
		Use:   "tickets --config FILE [--open] [--json | --csv]",
		Short: "Phiếu thủ tục còn thiếu và trạng thái (missing-procedure tickets and their state)",
		Long: `Liệt kê phiếu của từng thủ tục bắt buộc bị thiếu trên từng cổng: mở khi thủ tục thiếu lần đầu,
giữ nguyên khi vẫn thiếu, "đã xử lý" khi cổng đã công khai, mở lại nếu lại thiếu.
--json in theo định dạng phiếu của hợp đồng; --csv in CSV (UTF-8 có BOM, mở được bằng Excel).
Mã thoát: 0; 1 đầu vào sai.

(Lists the missing-procedure tickets; --json prints the contract's ticket JSON, --csv a CSV for Excel.)`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if f.json && csvOut {
				return badInput("--json and --csv: choose one")
			}
			cfg, st, lang, err := f.readStore(cmd)
			if err != nil {
				return err
			}
			ts := []tickets.Ticket{}
			if st != nil {
				defer st.Close()
				if ts, err = st.Tickets(cmd.Context(), openOnly); err != nil {
					return badInput("%v", err)
				}
			}
			switch {
			case f.json:
				return tickets.WriteJSON(e.stdout, ts)
			case csvOut:
				return tickets.WriteCSV(e.stdout, ts)
			}
			if st == nil {
				noAudits(e, lang, f.dbPathOf(cfg))
				return nil
			}
			reports.TicketList(e.stdout, lang, ts, openOnly)
			return nil
		},
	}
	f.add(cmd)
	cmd.Flags().BoolVar(&openOnly, "open", false, "chỉ phiếu đang mở (only open tickets)")
	cmd.Flags().BoolVar(&csvOut, "csv", false, "in CSV ra stdout (print CSV, UTF-8 with BOM)")
	return cmd
}
