package reports

import (
	"fmt"
	"io"
	"strings"
	"time"

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
// ticket has a note); the closing line counts each status apart. width is
// the terminal's (0: no limit): below wideTickets columns the two dates
// go (the dashboard, --csv and --json keep them), and the names and notes
// wrap to what is left, so that no line runs past the edge.
func TicketList(w io.Writer, lang msg.Lang, ts []tickets.Ticket, openOnly bool, width int) {
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
	dates := width <= 0 || width >= wideTickets
	t := NewTable(w)
	header := table.Row{ViEn(lang, "Cổng", "Portal"), ViEn(lang, "Mã TTHC", "Code"), ViEn(lang, "Tên thủ tục", "Procedure"),
		ViEn(lang, "Trạng thái", "Status")}
	if dates {
		header = append(header, ViEn(lang, "Mở từ", "Opened"), ViEn(lang, "Xử lý lúc", "Resolved"))
	}
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
		row := table.Row{tk.Portal, tk.Code, oneLine(tk.Name), ticketStatusText(lang, tk.Status)}
		if dates {
			row = append(row, AuditTime(tk.OpenedAt), resolved)
		}
		if notes {
			row = append(row, oneLine(tk.Note))
		}
		t.AppendRow(row)
	}
	nameW, noteW := 60, 40
	if width > 0 {
		// What the other columns take, borders and padding included
		// (three a column, one for the last border); the note, when
		// shown, shares what is left with the name.
		used := 1 + 3*len(header)
		for _, col := range []int{0, 1, 3} {
			used += colWidth(header, ts, col, lang)
		}
		if dates {
			used += 2 * len(AuditTime(time.Time{}))
		}
		left := max(width-used, 24)
		nameW = min(left, 60)
		if notes {
			noteW = min(max(left/3, 10), 40)
			nameW = min(max(left-noteW, 14), 60)
			noteW = min(max(left-nameW, 8), 40)
		}
	}
	cols := []table.ColumnConfig{{Number: 3, WidthMax: nameW, WidthMaxEnforcer: text.WrapSoft}}
	if notes {
		cols = append(cols, table.ColumnConfig{Number: len(header), WidthMax: noteW, WidthMaxEnforcer: text.WrapSoft})
	}
	t.SetColumnConfigs(cols)
	t.Render()
	fmt.Fprintf(w, ViEn(lang, "%d phiếu đang mở, %d đã xử lý", "%d open, %d resolved"), count[tickets.Open], count[tickets.Resolved])
	if n := count[tickets.NotApplicable]; n > 0 {
		fmt.Fprintf(w, ViEn(lang, ", %d không áp dụng", ", %d not applicable"), n)
	}
	fmt.Fprintln(w, ".")
}

// wideTickets is the terminal width from which the tickets table shows its
// dates.
const wideTickets = 120

// colWidth is the widest cell of column col (0: portal, 1: code, 3:
// status), header included, in terminal columns.
func colWidth(header table.Row, ts []tickets.Ticket, col int, lang msg.Lang) int {
	w := text.RuneWidthWithoutEscSequences(fmt.Sprint(header[col]))
	for _, tk := range ts {
		var v string
		switch col {
		case 0:
			v = tk.Portal
		case 1:
			v = tk.Code
		default:
			v = ticketStatusText(lang, tk.Status)
		}
		w = max(w, text.RuneWidthWithoutEscSequences(v))
	}
	return w
}
