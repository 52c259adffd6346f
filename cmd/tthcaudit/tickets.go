package main

import (
	"fmt"

	"github.com/jedib0t/go-pretty/v6/table"
	"github.com/jedib0t/go-pretty/v6/text"
	"github.com/spf13/cobra"

	"github.com/tthcaudit/tthcaudit/internal/msg"
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
			printTickets(e, lang, ts, openOnly)
			return nil
		},
	}
	f.add(cmd)
	cmd.Flags().BoolVar(&openOnly, "open", false, "chỉ phiếu đang mở (only open tickets)")
	cmd.Flags().BoolVar(&csvOut, "csv", false, "in CSV ra stdout (print CSV, UTF-8 with BOM)")
	return cmd
}

func ticketStatusText(lang msg.Lang, status string) string {
	if lang == msg.English {
		return status
	}
	return tickets.StatusText(status)
}

func printTickets(e *env, lang msg.Lang, ts []tickets.Ticket, openOnly bool) {
	if len(ts) == 0 {
		if openOnly {
			fmt.Fprintln(e.stdout, viEn(lang, "Không có phiếu nào đang mở.", "No open ticket."))
		} else {
			fmt.Fprintln(e.stdout, viEn(lang, "Chưa có phiếu nào.", "No ticket yet."))
		}
		return
	}
	t := newStoreTable(e.stdout)
	t.AppendHeader(table.Row{viEn(lang, "Cổng", "Portal"), viEn(lang, "Mã TTHC", "Code"), viEn(lang, "Tên thủ tục", "Procedure"),
		viEn(lang, "Trạng thái", "Status"), viEn(lang, "Mở từ", "Opened"), viEn(lang, "Xử lý lúc", "Resolved")})
	open := 0
	for _, tk := range ts {
		resolved := ""
		if tk.ResolvedAt != nil {
			resolved = fmtAuditTime(*tk.ResolvedAt)
		}
		if tk.Status == tickets.Open {
			open++
		}
		t.AppendRow(table.Row{tk.Portal, tk.Code, oneLineText(tk.Name), ticketStatusText(lang, tk.Status), fmtAuditTime(tk.OpenedAt), resolved})
	}
	t.SetColumnConfigs([]table.ColumnConfig{{Number: 3, WidthMax: 60, WidthMaxEnforcer: text.WrapSoft}})
	t.Render()
	fmt.Fprintf(e.stdout, viEn(lang, "%d phiếu đang mở, %d đã xử lý.\n", "%d open, %d resolved.\n"), open, len(ts)-open)
}
