package reports

import (
	"fmt"
	"strings"

	"github.com/tthcaudit/tthcaudit/internal/msg"
	"github.com/tthcaudit/tthcaudit/internal/verdict"
)

// sinceSheetName is base, suffixed when a portal sheet already has that
// name (portal ids cannot hold a blank, but a report read from elsewhere
// might carry any id).
func sinceSheetName(base string, portals []string) string {
	taken := map[string]bool{}
	for _, p := range portals {
		taken[strings.ToLower(p)] = true
	}
	name := base
	for k := 2; taken[strings.ToLower(name)]; k++ {
		name = fmt.Sprintf("%s~%d", base, k)
	}
	return name
}

// Columns of the "so với lần trước" sheet.
const sinceCols = 9

// sinceSheet writes the "so với lần trước" sheet: one row per portal with
// the coverage before and after and the count of each kind of change, then
// one row per procedure that changed.
func (x *xlsxBuilder) sinceSheet(sheet string, v *sinceView) {
	lang := x.lang
	x.widths(sheet, []float64{6, 34, 14, 14, 12, 12, 14, 14, 40})
	x.merged(sheet, 1, sinceCols, 1, strings.ToUpper(v.Title), x.title)
	x.check(x.f.SetRowHeight(sheet, 1, 24))
	x.merged(sheet, 1, sinceCols, 2, fmt.Sprintf("%s: %s · %s: %s", msg.T(lang, "since.previous"), v.Previous,
		msg.T(lang, "since.current"), v.Current), x.subtitle)

	const headerRow = 4
	headers := []string{"col.no", "col.portal", "col.coverage_before", "col.coverage_after", "col.newly_missing",
		"col.fixed", "col.newly_obsolete", "col.obsolete_removed", "col.renamed"}
	for i, h := range headers {
		x.put(sheet, i+1, headerRow, msg.T(lang, h), x.header)
	}
	x.check(x.f.SetRowHeight(sheet, headerRow, 32))
	row := headerRow + 1
	for i, p := range v.Rows {
		x.put(sheet, 1, row, i+1, x.num)
		name := fmt.Sprintf("%s (%s)", p.Name, p.Portal)
		if p.Note != "" {
			name += " — " + p.Note
		}
		x.put(sheet, 2, row, name, x.cell)
		if p.State == verdict.Compared {
			x.put(sheet, 3, row, excelCoverage(p.CoverageBefore), x.pct)
			x.put(sheet, 4, row, excelCoverage(p.CoverageAfter), x.pct)
		} else {
			x.put(sheet, 3, row, "—", x.num)
			x.put(sheet, 4, row, "—", x.num)
		}
		for c, n := range []int{len(p.NewlyMissing), len(p.Fixed), len(p.NewlyObsolete), len(p.ObsoleteRemoved), len(p.Renamed)} {
			x.put(sheet, 5+c, row, n, x.num)
		}
		row++
	}

	// The procedures, one per row: portal, kind of change, code, name and
	// the rename or the page, in the columns of the table above merged to
	// fit.
	row++
	x.put(sheet, 1, row, msg.T(lang, "col.detail"), x.section)
	row++
	n := 0
	for _, p := range v.Shown {
		for _, l := range p.Lists {
			for _, it := range l.Items {
				if n == 0 {
					x.put(sheet, 1, row, msg.T(lang, "col.no"), x.header)
					x.put(sheet, 2, row, msg.T(lang, "col.portal_id"), x.header)
					x.merged(sheet, 3, 4, row, msg.T(lang, "col.change"), x.header)
					x.put(sheet, 5, row, msg.T(lang, "col.code"), x.header)
					x.merged(sheet, 6, 8, row, msg.T(lang, "col.name"), x.header)
					x.put(sheet, 9, row, msg.T(lang, "col.detail"), x.header)
					row++
				}
				n++
				detail := it.Detail
				if detail == "" {
					detail = it.URL
				}
				x.put(sheet, 1, row, n, x.num)
				x.put(sheet, 2, row, p.Portal, x.cell)
				x.merged(sheet, 3, 4, row, l.Title, x.cell)
				x.put(sheet, 5, row, it.Code, x.cell)
				x.merged(sheet, 6, 8, row, it.Name, x.cell)
				x.put(sheet, 9, row, detail, x.cell)
				row++
			}
		}
	}
	if n == 0 {
		x.merged(sheet, 1, sinceCols, row, msg.T(lang, "since.nothing"), x.note)
	}
	x.pageSetup(sheet, true, headerRow)
}
