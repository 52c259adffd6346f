package reports

import (
	"fmt"
	"io"

	"github.com/jedib0t/go-pretty/v6/table"
	"github.com/jedib0t/go-pretty/v6/text"
	"github.com/tthcaudit/tthcaudit/internal/msg"
	"github.com/tthcaudit/tthcaudit/internal/tickets"
)

func ticketStatusText(lang msg.Lang, status string) string {
	if lang == msg.English {
		return status
	}
	return tickets.StatusText(status)
}

// TicketList prints the tickets command's table.
func TicketList(w io.Writer, lang msg.Lang, ts []tickets.Ticket, openOnly bool) {
	if len(ts) == 0 {
		if openOnly {
			fmt.Fprintln(w, ViEn(lang, "Không có phiếu nào đang mở.", "No open ticket."))
		} else {
			fmt.Fprintln(w, ViEn(lang, "Chưa có phiếu nào.", "No ticket yet."))
		}
		return
	}
	t := NewTable(w)
	t.AppendHeader(table.Row{ViEn(lang, "Cổng", "Portal"), ViEn(lang, "Mã TTHC", "Code"), ViEn(lang, "Tên thủ tục", "Procedure"),
		ViEn(lang, "Trạng thái", "Status"), ViEn(lang, "Mở từ", "Opened"), ViEn(lang, "Xử lý lúc", "Resolved")})
	open := 0
	for _, tk := range ts {
		resolved := ""
		if tk.ResolvedAt != nil {
			resolved = AuditTime(*tk.ResolvedAt)
		}
		if tk.Status == tickets.Open {
			open++
		}
		t.AppendRow(table.Row{tk.Portal, tk.Code, oneLine(tk.Name), ticketStatusText(lang, tk.Status), AuditTime(tk.OpenedAt), resolved})
	}
	t.SetColumnConfigs([]table.ColumnConfig{{Number: 3, WidthMax: 60, WidthMaxEnforcer: text.WrapSoft}})
	t.Render()
	fmt.Fprintf(w, ViEn(lang, "%d phiếu đang mở, %d đã xử lý.\n", "%d open, %d resolved.\n"), open, len(ts)-open)
}
