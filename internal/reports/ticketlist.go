package reports

import (
	"fmt"
	"io"
	"strings"

	"github.com/jedib0t/go-pretty/v6/table"
	"github.com/jedib0t/go-pretty/v6/text"
	"github.com/tthcaudit/tthcaudit/internal/msg"
	"github.com/tthcaudit/tthcaudit/internal/tickets"
)

func ticketStatusText(lang msg.Lang, status string) string {
	if lang == msg.English {
		return strings.ReplaceAll(status, "_", " ")
	}
	return tickets.StatusText(status)
}

// TicketList prints the tickets command's table. A ticket an officer marked
// not applicable says so, with the reason in the note column (shown when a
// ticket has a note); the closing line counts each status apart.
func TicketList(w io.Writer, lang msg.Lang, ts []tickets.Ticket, openOnly bool) {
	if len(ts) == 0 {
		if openOnly {
			fmt.Fprintln(w, ViEn(lang, "Không có phiếu nào đang mở.", "No open ticket."))
		} else {
			fmt.Fprintln(w, ViEn(lang, "Chưa có phiếu nào.", "No ticket yet."))
		}
		return
	}
	notes := false
	for _, tk := range ts {
		notes = notes || tk.Note != ""
	}
	t := NewTable(w)
	header := table.Row{ViEn(lang, "Cổng", "Portal"), ViEn(lang, "Mã TTHC", "Code"), ViEn(lang, "Tên thủ tục", "Procedure"),
		ViEn(lang, "Trạng thái", "Status"), ViEn(lang, "Mở từ", "Opened"), ViEn(lang, "Xử lý lúc", "Resolved")}
	if notes {
		header = append(header, ViEn(lang, "Ghi chú", "Note"))
	}
	t.AppendHeader(header)
	count := map[string]int{}
	for _, tk := range ts {
		resolved := ""
		if tk.ResolvedAt != nil {
			resolved = AuditTime(*tk.ResolvedAt)
		}
		count[tk.Status]++
		row := table.Row{tk.Portal, tk.Code, oneLine(tk.Name), ticketStatusText(lang, tk.Status), AuditTime(tk.OpenedAt), resolved}
		if notes {
			row = append(row, oneLine(tk.Note))
		}
		t.AppendRow(row)
	}
	cols := []table.ColumnConfig{{Number: 3, WidthMax: 60, WidthMaxEnforcer: text.WrapSoft}}
	if notes {
		cols = append(cols, table.ColumnConfig{Number: 7, WidthMax: 40, WidthMaxEnforcer: text.WrapSoft})
	}
	t.SetColumnConfigs(cols)
	t.Render()
	fmt.Fprintf(w, ViEn(lang, "%d phiếu đang mở, %d đã xử lý", "%d open, %d resolved"), count[tickets.Open], count[tickets.Resolved])
	if n := count[tickets.NotApplicable]; n > 0 {
		fmt.Fprintf(w, ViEn(lang, ", %d không áp dụng", ", %d not applicable"), n)
	}
	fmt.Fprintln(w, ".")
}
