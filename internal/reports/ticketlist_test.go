package reports

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/jedib0t/go-pretty/v6/text"
	"github.com/stretchr/testify/assert"

	"github.com/tthcaudit/tthcaudit/internal/msg"
	"github.com/tthcaudit/tthcaudit/internal/tickets"
)

// TestTicketListFitsTheTerminal: on a terminal of 80 or 100 columns no
// line of the tickets table runs past the edge (the dates go, the names
// and notes wrap); without a width, or on a wide one, the dates are shown.
func TestTicketListFitsTheTerminal(t *testing.T) {
	at := time.Date(2026, 12, 1, 8, 0, 0, 0, time.UTC)
	ts := []tickets.Ticket{
		{ID: "thoai-son/1.010819", Portal: "thoai-son", Code: "1.010819", Status: tickets.Open, OpenedAt: at,
			Name: "Giải quyết chế độ người hoạt động kháng chiến giải phóng dân tộc, bảo vệ tổ quốc và làm nghĩa vụ quốc tế"},
		{ID: "tri-ton/T-AGI-264525-TT", Portal: "tri-ton", Code: "T-AGI-264525-TT", Status: tickets.NotApplicable, OpenedAt: at,
			Name: "Hỗ trợ tiền thăm viếng mộ liệt sĩ, di chuyển hài cốt liệt sĩ",
			Note: "Huyện không có nghĩa trang liệt sĩ nào được giao quản lý theo quyết định của tỉnh"},
	}
	for _, tc := range []struct {
		width int
		dates bool
	}{{0, true}, {80, false}, {100, false}, {160, true}} {
		for _, lang := range []msg.Lang{msg.Vietnamese, msg.English} {
			var b bytes.Buffer
			TicketList(&b, lang, ts, false, tc.width)
			out := b.String()
			assert.Contains(t, out, "T-AGI-264525-TT")
			assert.Contains(t, out, "Huyện", "the note is shown")
			assert.Equal(t, tc.dates, strings.Contains(out, "01/12/2026"), "width %d: dates", tc.width)
			if tc.width == 0 {
				continue
			}
			for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
				assert.LessOrEqual(t, text.RuneWidthWithoutEscSequences(l), tc.width, "width %d (%s): %q", tc.width, lang, l)
			}
		}
	}
}
