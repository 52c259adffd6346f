package tickets

import (
	"github.com/tthcaudit/tthcaudit/internal/cellsafe"

	"encoding/csv"
	"encoding/json"
	"io"
	"time"
)

// WriteJSON writes tickets as the contract's JSON array (an empty list is
// "[]", never null), sorted by id, indented for people.
func WriteJSON(w io.Writer, ts []Ticket) error {
	out := make([]Ticket, len(ts))
	copy(out, ts)
	Sort(out)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

// csvHeader is the CSV export's header row: Vietnamese, as the office reads
// it in Excel.
var csvHeader = []string{"Mã phiếu", "Cổng", "Mã TTHC", "Tên thủ tục", "Lĩnh vực", "Trạng thái", "Mở lúc", "Xử lý lúc", "Bằng chứng", "Liên hệ", "Ghi chú"}

// StatusText is the Vietnamese word for a ticket status.
func StatusText(status string) string {
	switch status {
	case Open:
		return "Đang mở"
	case Resolved:
		return "Đã xử lý"
	case NotApplicable:
		return "Không áp dụng"
	}
	return status
}

// WriteCSV writes tickets as CSV with a UTF-8 byte order mark, so that Excel
// opens the Vietnamese text as UTF-8; times are RFC 3339. The last column
// is the officer's note of the ticket's status (the reason it does not
// apply), empty when the status is an audit's.
func WriteCSV(w io.Writer, ts []Ticket) error {
	out := make([]Ticket, len(ts))
	copy(out, ts)
	Sort(out)
	if _, err := io.WriteString(w, "\ufeff"); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	for _, t := range out {
		resolved := ""
		if t.ResolvedAt != nil {
			resolved = t.ResolvedAt.Format(time.RFC3339)
		}
		row := []string{t.ID, t.Portal, t.Code, t.Name, t.Field, StatusText(t.Status),
			t.OpenedAt.Format(time.RFC3339), resolved, t.EvidenceURL, t.Contact, t.Note}
		for i := range row {
			row[i] = cellsafe.Defuse(row[i])
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
