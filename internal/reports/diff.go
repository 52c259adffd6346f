package reports

import (
	"fmt"
	"io"

	"github.com/jedib0t/go-pretty/v6/table"
	"github.com/jedib0t/go-pretty/v6/text"
	"github.com/tthcaudit/tthcaudit/internal/msg"
	"github.com/tthcaudit/tthcaudit/internal/verdict"
)

// DiffTable prints the diff command's view of d: a table of the changes
// per portal, then the procedures of each list. Every text that came from
// a portal goes through oneLine, so no control character reaches the
// terminal.
func DiffTable(w io.Writer, lang msg.Lang, d *verdict.Diff) {
	fmt.Fprintf(w, ViEn(lang, "So sánh lần kiểm tra #%d (%s) với lần #%d (%s)\n", "Audit #%d (%s) against audit #%d (%s)\n"),
		d.To.ID, AuditTime(d.To.StartedAt), d.From.ID, AuditTime(d.From.StartedAt))
	t := NewTable(w)
	t.AppendHeader(table.Row{ViEn(lang, "Cổng", "Portal"), ViEn(lang, "Độ phủ trước → sau", "Coverage before → after"),
		ViEn(lang, "Mới thiếu", "Newly missing"), ViEn(lang, "Đã bổ sung", "Fixed"),
		ViEn(lang, "Bãi bỏ mới đăng", "Newly obsolete"), ViEn(lang, "Đổi tên", "Renamed")})
	for _, p := range d.Portals {
		cov := ""
		switch p.State {
		case verdict.Compared:
			cov = coveragePct(lang, p.CoverageBefore) + " → " + coveragePct(lang, p.CoverageAfter)
			if p.StatusBefore == verdict.StatusPartial || p.StatusAfter == verdict.StatusPartial {
				// Some pages failed to load: the lists may be incomplete.
				cov += ViEn(lang, " (đọc chưa hết)", " (partial)")
			}
		case verdict.NewPortal:
			cov = ViEn(lang, "cổng mới", "new portal")
		case verdict.Removed:
			cov = ViEn(lang, "không còn kiểm tra", "no longer audited")
		case verdict.Unseen:
			cov = ViEn(lang, "không so sánh được (không truy cập được)", "not compared (unreachable)")
		}
		t.AppendRow(table.Row{oneLine(p.Portal), cov, len(p.NewlyMissing), len(p.Fixed), len(p.NewlyObsolete), len(p.Renamed)})
	}
	tot := d.Totals()
	t.AppendFooter(table.Row{ViEn(lang, "Tổng", "Total"), "", tot.NewlyMissing, tot.Fixed, tot.NewlyObsolete, tot.Renamed})
	t.SetColumnConfigs([]table.ColumnConfig{
		{Number: 3, Align: text.AlignRight, AlignFooter: text.AlignRight},
		{Number: 4, Align: text.AlignRight, AlignFooter: text.AlignRight},
		{Number: 5, Align: text.AlignRight, AlignFooter: text.AlignRight},
		{Number: 6, Align: text.AlignRight, AlignFooter: text.AlignRight},
	})
	t.Render()
	for _, p := range d.Portals {
		if !p.Changed() {
			continue
		}
		fmt.Fprintf(w, "\n%s — %s\n", oneLine(p.Portal), oneLine(p.Name))
		list := func(title string, ps []verdict.ChangedProcedure) {
			if len(ps) == 0 {
				return
			}
			fmt.Fprintf(w, "  %s (%d):\n", title, len(ps))
			for _, x := range ps {
				fmt.Fprintf(w, "    - %s %s\n", oneLine(x.Code), oneLine(x.Name))
			}
		}
		list(ViEn(lang, "Mới bị thiếu", "Newly missing"), p.NewlyMissing)
		list(ViEn(lang, "Đã được bổ sung", "Fixed"), p.Fixed)
		list(ViEn(lang, "Thủ tục đã bãi bỏ mới xuất hiện", "Abolished procedures newly published"), p.NewlyObsolete)
		list(ViEn(lang, "Thủ tục đã bãi bỏ đã gỡ xuống", "Abolished procedures taken down"), p.ObsoleteRemoved)
		if len(p.Renamed) > 0 {
			fmt.Fprintf(w, "  %s (%d):\n", ViEn(lang, "Cổng đổi tên", "Renamed on the portal"), len(p.Renamed))
			for _, r := range p.Renamed {
				fmt.Fprintf(w, "    - %s: «%s» → «%s»\n", oneLine(r.Code), oneLine(r.Before), oneLine(r.After))
			}
		}
	}
	if tot == (verdict.DiffTotals{}) {
		fmt.Fprintln(w, ViEn(lang, "Không có thay đổi nào.", "Nothing changed."))
	}
}
