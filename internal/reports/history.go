package reports

import (
	"fmt"
	"io"
	"math"
	"strings"
	"time"

	"github.com/jedib0t/go-pretty/v6/table"
	"github.com/jedib0t/go-pretty/v6/text"
	"github.com/tthcaudit/tthcaudit/internal/msg"
	"github.com/tthcaudit/tthcaudit/internal/store"
	"github.com/tthcaudit/tthcaudit/internal/verdict"
)

// sparkline draws coverages 0…1 as bars, a dot for an audit that could
// not read the portal.
func sparkline(ps []store.SeriesPoint) string {
	if len(ps) > sparkMax {
		ps = ps[len(ps)-sparkMax:]
	}
	var b strings.Builder
	for _, p := range ps {
		if p.Status == verdict.StatusUnreachable {
			b.WriteRune('·')
			continue
		}
		c := math.Max(0, math.Min(1, p.Coverage))
		b.WriteRune(sparkLevels[int(math.Round(c*float64(len(sparkLevels)-1)))])
	}
	return b.String()
}

func coveragePct(lang msg.Lang, c float64) string { return msg.Percent(lang, c) + "%" }

// lastSeen is the latest point that read the portal.
func lastSeen(ps []store.SeriesPoint) (store.SeriesPoint, bool) {
	for i := len(ps) - 1; i >= 0; i-- {
		if ps[i].Status != verdict.StatusUnreachable {
			return ps[i], true
		}
	}
	return store.SeriesPoint{}, false
}

func History(w io.Writer, lang msg.Lang, series []store.Series) error {
	t := NewTable(w)
	t.AppendHeader(table.Row{ViEn(lang, "Cổng", "Portal"), ViEn(lang, "Tên", "Name"), ViEn(lang, "Số lần", "Audits"),
		ViEn(lang, "Lần gần nhất", "Latest"), ViEn(lang, "Độ phủ", "Coverage"), ViEn(lang, "Thay đổi", "Change"), ViEn(lang, "Xu hướng", "Trend")})
	for _, s := range series {
		if len(s.Points) == 0 {
			t.AppendRow(table.Row{s.ID, s.Name, 0, "—", "—", "", ""})
			continue
		}
		last := s.Points[len(s.Points)-1]
		cov, change := ViEn(lang, "không truy cập được", "unreachable"), ""
		if seen, ok := lastSeen(s.Points); ok {
			cov = fmt.Sprintf("%s (%d/%d)", coveragePct(lang, seen.Coverage), seen.Found, seen.Required)
			if seen.AuditID != last.AuditID {
				cov += " " + ViEn(lang, "lần #", "audit #") + fmt.Sprint(seen.AuditID)
			}
			change = coverageChange(lang, s.Points)
		}
		t.AppendRow(table.Row{s.ID, s.Name, len(s.Points), AuditTime(last.StartedAt), cov, change, sparkline(s.Points)})
	}
	t.SetColumnConfigs([]table.ColumnConfig{
		{Number: 2, WidthMax: 36, WidthMaxEnforcer: text.WrapSoft},
		{Number: 3, Align: text.AlignRight},
		{Number: 5, Align: text.AlignRight},
		{Number: 6, Align: text.AlignRight},
	})
	t.Render()
	fmt.Fprintln(w, ViEn(lang, "Xu hướng: mỗi cột là một lần kiểm tra (▁ 0% … █ 100%; · không truy cập được).",
		"Trend: one bar per audit (▁ 0% … █ 100%; · unreachable)."))
	return nil
}

// coverageChange is the change of coverage between the last two audits
// that read the portal, in percentage points.
func coverageChange(lang msg.Lang, ps []store.SeriesPoint) string {
	var seen []store.SeriesPoint
	for _, p := range ps {
		if p.Status != verdict.StatusUnreachable {
			seen = append(seen, p)
		}
	}
	if len(seen) < 2 {
		return ""
	}
	// The change is shown as the difference of the two percentages as
	// shown, so that the row reads 75,0 → 50,0 as ▼ -25,0.
	before := msg.Percent(msg.English, seen[len(seen)-2].Coverage)
	after := msg.Percent(msg.English, seen[len(seen)-1].Coverage)
	var b, a float64
	fmt.Sscan(before, &b)
	fmt.Sscan(after, &a)
	d := math.Round((a-b)*10) / 10
	switch {
	case d == 0:
		return "="
	case d > 0:
		return "▲ +" + msg.Decimal(lang, d)
	}
	return "▼ " + msg.Decimal(lang, d)
}

func PortalHistory(w io.Writer, lang msg.Lang, s store.Series) error {
	fmt.Fprintf(w, "%s — %s\n", s.ID, s.Name)
	if len(s.Points) == 0 {
		fmt.Fprintln(w, ViEn(lang, "Cổng này chưa được kiểm tra lần nào.", "This portal has not been audited yet."))
		return nil
	}
	t := NewTable(w)
	t.AppendHeader(table.Row{ViEn(lang, "Lần", "Audit"), ViEn(lang, "Thời gian", "Time"), ViEn(lang, "Trạng thái", "Status"),
		ViEn(lang, "Bắt buộc", "Required"), ViEn(lang, "Đã công khai", "Found"), ViEn(lang, "Độ phủ", "Coverage"), ViEn(lang, "Tải về / dùng lại", "Fetched / reused")})
	for _, p := range s.Points {
		cov := coveragePct(lang, p.Coverage)
		if p.Status == verdict.StatusUnreachable {
			cov = "—"
		}
		t.AppendRow(table.Row{fmt.Sprintf("#%d", p.AuditID), AuditTime(p.StartedAt), msg.StatusLabel(lang, p.Status),
			p.Required, p.Found, cov, historyBytes(p.Bytes) + " / " + historyBytes(p.BytesReused)})
	}
	t.SetColumnConfigs([]table.ColumnConfig{
		{Number: 4, Align: text.AlignRight},
		{Number: 5, Align: text.AlignRight},
		{Number: 6, Align: text.AlignRight},
		{Number: 7, Align: text.AlignRight},
	})
	t.Render()
	fmt.Fprintf(w, "%s %s\n", ViEn(lang, "Xu hướng:", "Trend:"), sparkline(s.Points))
	return nil
}

// humanBytes shows a byte count in KB/MB.
func historyBytes(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.0f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}

// ViEn picks the Vietnamese or English text.
func ViEn(lang msg.Lang, vi, en string) string {
	if lang == msg.English {
		return en
	}
	return vi
}

// AuditTime shows a stored time as the office reads it, in the offset the
// audit ran with.
func AuditTime(t time.Time) string { return t.Format("02/01/2006 15:04") }

// NewTable is a go-pretty table in the style of the audit's table.
func NewTable(w io.Writer) table.Writer {
	t := table.NewWriter()
	t.SetOutputMirror(w)
	t.SetStyle(table.StyleLight)
	t.Style().Format.Header = text.FormatDefault
	t.Style().Format.Footer = text.FormatDefault
	return t
}

// sparkLevels are the eight bar heights of a sparkline.
var sparkLevels = []rune("▁▂▃▄▅▆▇█")

// sparkMax is how many audits a sparkline shows at most (the latest).
const sparkMax = 26
