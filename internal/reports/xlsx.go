package reports

import (
	"github.com/tthcaudit/tthcaudit/internal/cellsafe"

	"fmt"
	"io"
	"math"
	"strings"
	"unicode/utf8"

	"github.com/tthcaudit/tthcaudit/internal/msg"
	"github.com/tthcaudit/tthcaudit/internal/verdict"

	"github.com/xuri/excelize/v2"
)

// XLSX writes the report as an Excel workbook ready to print and sign: a
// summary sheet (one row per portal, totals, and the signature block of
// "Người lập biểu" and "Thủ trưởng đơn vị" under the date) and one sheet per
// portal with its figures and lists. Every sheet prints on A4, fitted to the
// page width (the summary in landscape), with the header row repeated.
func XLSX(w io.Writer, r *verdict.Report, lang msg.Lang) error {
	n := r.Normalized()
	f := excelize.NewFile()
	defer f.Close()
	lang = lang.Norm()
	x := &xlsxBuilder{f: f, lang: lang, links: map[string]int{}}
	x.initStyles()

	summary := msg.T(lang, "sheet.summary")
	x.check(f.SetSheetName("Sheet1", summary))
	names := SheetNames(summary, n.Portals)
	x.summarySheet(summary, n, names)
	if sv := newSinceView(n.Since, lang); sv != nil {
		name := sinceSheetName(msg.T(lang, "sheet.since"), names)
		if _, err := f.NewSheet(name); err != nil {
			return fmt.Errorf("workbook sheet %q: %w", name, err)
		}
		x.sinceSheet(name, sv)
	}
	if len(n.Catalog.Lacking) > 0 {
		name := sinceSheetName(msg.T(lang, "sheet.catalog_lacks"), names)
		if _, err := f.NewSheet(name); err != nil {
			return fmt.Errorf("workbook sheet %q: %w", name, err)
		}
		x.lackingSheet(name, n.Catalog)
	}
	for i := range n.Portals {
		if _, err := f.NewSheet(names[i]); err != nil {
			return fmt.Errorf("workbook sheet %q: %w", names[i], err)
		}
		x.portalSheet(names[i], &n.Portals[i])
	}
	f.SetActiveSheet(0)
	x.check(f.SetDocProps(&excelize.DocProperties{
		Title:    msg.T(lang, "report.title"),
		Creator:  "tthcaudit",
		Created:  n.FinishedAt.UTC().Format("2006-01-02T15:04:05Z"),
		Modified: n.FinishedAt.UTC().Format("2006-01-02T15:04:05Z"),
		Language: string(lang),
	}))
	if x.err != nil {
		return fmt.Errorf("building the workbook: %w", x.err)
	}
	return f.Write(w)
}

// SheetNames gives each portal a worksheet named after it, as Excel
// accepts: its name (its id when it has none) without []:*?/\ and leading
// or trailing apostrophes, at most 31 characters, unique regardless of case
// and distinct from the summary sheet.
func SheetNames(summary string, portals []verdict.Verdict) []string {
	taken := map[string]bool{strings.ToLower(summary): true, "history": true}
	out := make([]string, len(portals))
	for i, p := range portals {
		label := strings.Join(strings.Fields(p.Name), " ")
		if label == "" {
			label = p.ID
		}
		base := strings.Map(func(r rune) rune {
			if strings.ContainsRune(`[]:*?/\`, r) || r < 0x20 {
				return '-'
			}
			return r
		}, label)
		base = strings.Trim(base, "' ")
		if base == "" {
			base = fmt.Sprintf("portal-%d", i+1)
		}
		name := truncRunes(base, 31)
		for k := 2; taken[strings.ToLower(name)]; k++ {
			suffix := fmt.Sprintf("~%d", k)
			name = strings.TrimRight(truncRunes(base, 31-len(suffix)), "'") + suffix
		}
		taken[strings.ToLower(name)] = true
		out[i] = name
	}
	return out
}

func truncRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n])
}

// xlsxBuilder collects the first excelize error so that the layout code
// reads as a list of cells.
type xlsxBuilder struct {
	f    *excelize.File
	lang msg.Lang
	err  error

	title, subtitle, header, cell, num, pct, total, totalNum, totalPct, section, note, signTitle, signHint, date int

	// links counts the hyperlinks of each sheet, which Excel caps.
	links map[string]int
}

func (x *xlsxBuilder) check(err error) {
	if err != nil && x.err == nil {
		x.err = err
	}
}

const xlsxFont = "Times New Roman" // the font of msg.Vietnamese administrative documents

func (x *xlsxBuilder) style(s *excelize.Style) int {
	if s.Font == nil {
		s.Font = &excelize.Font{}
	}
	s.Font.Family = xlsxFont
	if s.Font.Size == 0 {
		s.Font.Size = 12
	}
	id, err := x.f.NewStyle(s)
	x.check(err)
	return id
}

func (x *xlsxBuilder) initStyles() {
	border := []excelize.Border{
		{Type: "left", Color: "000000", Style: 1}, {Type: "right", Color: "000000", Style: 1},
		{Type: "top", Color: "000000", Style: 1}, {Type: "bottom", Color: "000000", Style: 1},
	}
	pctFmt := "0.0%"
	x.title = x.style(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 14}, Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}})
	x.subtitle = x.style(&excelize.Style{Font: &excelize.Font{Italic: true}, Alignment: &excelize.Alignment{Horizontal: "center", WrapText: true}})
	x.header = x.style(&excelize.Style{
		Font: &excelize.Font{Bold: true}, Border: border,
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9E1F2"}},
		Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true},
	})
	x.cell = x.style(&excelize.Style{Border: border, Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}})
	x.num = x.style(&excelize.Style{Border: border, Alignment: &excelize.Alignment{Horizontal: "right", Vertical: "top"}})
	x.pct = x.style(&excelize.Style{Border: border, CustomNumFmt: &pctFmt, Alignment: &excelize.Alignment{Horizontal: "right", Vertical: "top"}})
	x.total = x.style(&excelize.Style{Font: &excelize.Font{Bold: true}, Border: border, Alignment: &excelize.Alignment{Vertical: "top"}})
	x.totalNum = x.style(&excelize.Style{Font: &excelize.Font{Bold: true}, Border: border, Alignment: &excelize.Alignment{Horizontal: "right"}})
	x.totalPct = x.style(&excelize.Style{Font: &excelize.Font{Bold: true}, Border: border, CustomNumFmt: &pctFmt, Alignment: &excelize.Alignment{Horizontal: "right"}})
	x.section = x.style(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 13}})
	x.note = x.style(&excelize.Style{Font: &excelize.Font{Italic: true}, Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}})
	x.signTitle = x.style(&excelize.Style{Font: &excelize.Font{Bold: true}, Alignment: &excelize.Alignment{Horizontal: "center"}})
	x.signHint = x.style(&excelize.Style{Font: &excelize.Font{Italic: true}, Alignment: &excelize.Alignment{Horizontal: "center"}})
	x.date = x.style(&excelize.Style{Font: &excelize.Font{Italic: true}, Alignment: &excelize.Alignment{Horizontal: "center"}})
}

func cellName(col, row int) string {
	s, _ := excelize.CoordinatesToCellName(col, row)
	return s
}

// put writes v into (col,row) with style; strings are stored as text, never
// as formulas, and defused (cellsafe.Defuse) so that editing the cell in
// Excel does not turn it into one either.
func (x *xlsxBuilder) put(sheet string, col, row int, v any, style int) {
	c := cellName(col, row)
	if s, ok := v.(string); ok {
		x.check(x.f.SetCellStr(sheet, c, cellsafe.Defuse(s)))
		// A web address opens in the browser from the cell (Excel keeps
		// links up to 2,079 characters, and a sheet at most 65,530).
		if (strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "http://")) && len(s) < 2080 && x.links[sheet] < 65000 {
			x.check(x.f.SetCellHyperLink(sheet, c, s, "External"))
			x.links[sheet]++
		}
	} else {
		x.check(x.f.SetCellValue(sheet, c, v))
	}
	if style != 0 {
		x.check(x.f.SetCellStyle(sheet, c, c, style))
	}
}

// merged writes v across columns from..to of row.
func (x *xlsxBuilder) merged(sheet string, from, to, row int, v any, style int) {
	x.put(sheet, from, row, v, style)
	if to > from {
		x.check(x.f.MergeCell(sheet, cellName(from, row), cellName(to, row)))
		if style != 0 {
			x.check(x.f.SetCellStyle(sheet, cellName(from, row), cellName(to, row), style))
		}
	}
}

func (x *xlsxBuilder) widths(sheet string, ws []float64) {
	for i, w := range ws {
		col, _ := excelize.ColumnNumberToName(i + 1)
		x.check(x.f.SetColWidth(sheet, col, col, w))
	}
}

// pageSetup prints sheet on A4, fitted to the page width, as many pages
// tall as needed, repeating row headerRow (when > 0) at the top of each page.
func (x *xlsxBuilder) pageSetup(sheet string, landscape bool, headerRow int) {
	x.titledPageSetup(sheet, landscape, headerRow, headerRow)
}

// titledPageSetup is pageSetup repeating rows from to to (when > 0) at
// the top of each printed page.
func (x *xlsxBuilder) titledPageSetup(sheet string, landscape bool, from, to int) {
	size, one, zero := 9, 1, 0 // 9 is A4 in OOXML's paper sizes
	orient := "portrait"
	if landscape {
		orient = "landscape"
	}
	x.check(x.f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Size: &size, Orientation: &orient, FitToWidth: &one, FitToHeight: &zero}))
	fit := true
	x.check(x.f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit}))
	l, r, t, b := 0.6, 0.5, 0.75, 0.75
	x.check(x.f.SetPageMargins(sheet, &excelize.PageLayoutMarginsOptions{Left: &l, Right: &r, Top: &t, Bottom: &b}))
	// Page numbers: "3 / 12" at the foot of each printed page.
	x.check(x.f.SetHeaderFooter(sheet, &excelize.HeaderFooterOptions{OddFooter: "&C&P / &N"}))
	if from > 0 {
		x.check(x.f.SetDefinedName(&excelize.DefinedName{
			Name:     "_xlnm.Print_Titles",
			RefersTo: fmt.Sprintf("'%s'!$%d:$%d", strings.ReplaceAll(sheet, "'", "''"), from, to),
			Scope:    sheet,
		}))
	}
}

// excelCoverage is the coverage as stored in a cell under a 0.0% format:
// rounded down like Percent, since Excel's format would round 66.66% up.
func excelCoverage(c float64) float64 {
	if math.IsNaN(c) || math.IsInf(c, 0) {
		return 0
	}
	return math.Floor(c*1000+1e-9) / 1000
}

// Summary sheet columns.
const summaryCols = 12

func (x *xlsxBuilder) summarySheet(sheet string, n *verdict.Report, names []string) {
	lang := x.lang
	x.widths(sheet, []float64{6, 34, 16, 10, 12, 12, 10, 10, 13, 12, 12, 22})
	x.merged(sheet, 1, summaryCols, 1, strings.ToUpper(msg.T(lang, "report.title")), x.title)
	x.check(x.f.SetRowHeight(sheet, 1, 24))
	x.merged(sheet, 1, summaryCols, 2, fmt.Sprintf("%s: %s (%s)", msg.T(lang, "report.catalog"), n.Catalog.Source,
		msg.Tf(lang, "report.counts", msg.Number(lang, n.Catalog.Procedures), msg.Number(lang, n.Catalog.Active))), x.subtitle)
	x.merged(sheet, 1, summaryCols, 3, fmt.Sprintf("%s: %s · %s: %s", msg.T(lang, "report.started"), msg.DateTime(lang, n.StartedAt),
		msg.T(lang, "report.finished"), msg.DateTime(lang, n.FinishedAt)), x.subtitle)

	const headerRow = 5
	headers := []string{"col.no", "col.portal", "col.portal_id", "col.level", "col.required", "col.found",
		"col.coverage", "col.missing", "col.obsolete", "col.incomplete", "col.broken", "col.status"}
	for i, h := range headers {
		x.put(sheet, i+1, headerRow, msg.T(lang, h), x.header)
	}
	x.check(x.f.SetRowHeight(sheet, headerRow, 32))

	row := headerRow + 1
	for i := range n.Portals {
		v := &n.Portals[i]
		x.put(sheet, 1, row, i+1, x.num)
		x.put(sheet, 2, row, v.Name, x.cell)
		x.put(sheet, 3, row, v.ID, x.cell)
		x.check(x.f.SetCellHyperLink(sheet, cellName(3, row), fmt.Sprintf("'%s'!A1", strings.ReplaceAll(names[i], "'", "''")), "Location"))
		x.put(sheet, 4, row, msg.LevelLabel(lang, v.Level), x.cell)
		x.put(sheet, 5, row, v.Required, x.num)
		if verdict.Reached(v) {
			x.put(sheet, 6, row, v.Found, x.num)
			x.put(sheet, 7, row, excelCoverage(v.Coverage), x.pct)
			x.put(sheet, 8, row, len(v.Of(verdict.KindMissing)), x.num)
		} else {
			for c := 6; c <= 8; c++ {
				x.put(sheet, c, row, "—", x.num)
			}
		}
		x.put(sheet, 9, row, len(v.Of(verdict.KindObsolete)), x.num)
		x.put(sheet, 10, row, len(v.Of(verdict.KindIncomplete)), x.num)
		x.put(sheet, 11, row, len(v.Of(verdict.KindBroken)), x.num)
		x.put(sheet, 12, row, msg.StatusLabel(lang, v.Status), x.cell)
		row++
	}
	s := verdict.Sum(n)
	x.merged(sheet, 1, 4, row, totalLabel(lang, s), x.total)
	x.put(sheet, 5, row, s.Required, x.totalNum)
	x.put(sheet, 6, row, s.Found, x.totalNum)
	x.put(sheet, 7, row, excelCoverage(s.Coverage()), x.totalPct)
	x.put(sheet, 8, row, s.Missing, x.totalNum)
	x.put(sheet, 9, row, s.Obsolete, x.totalNum)
	x.put(sheet, 10, row, s.Incomplete, x.totalNum)
	x.put(sheet, 11, row, s.BrokenLinks, x.totalNum)
	x.put(sheet, 12, row, "", x.total)

	// The signature block: date on the right, then the preparer on the
	// left and the head of the unit on the right, with room to sign.
	row += 2
	d := n.FinishedAt
	x.merged(sheet, 9, 12, row, msg.Tf(lang, "sign.date", d.Day(), int(d.Month()), d.Year()), x.date)
	row++
	x.merged(sheet, 1, 4, row, msg.T(lang, "sign.preparer"), x.signTitle)
	x.merged(sheet, 9, 12, row, msg.T(lang, "sign.head"), x.signTitle)
	row++
	x.merged(sheet, 1, 4, row, msg.T(lang, "sign.prep_hint"), x.signHint)
	x.merged(sheet, 9, 12, row, msg.T(lang, "sign.head_hint"), x.signHint)

	x.pageSetup(sheet, true, headerRow)
	x.check(x.f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: headerRow, TopLeftCell: cellName(1, headerRow+1), ActivePane: "bottomLeft"}))
}

// Portal sheet columns: STT, code, name or text, field or detail, page URL.
var portalWidths = []float64{6, 14, 60, 30, 50}

func (x *xlsxBuilder) portalSheet(sheet string, v *verdict.Verdict) {
	lang := x.lang
	last := len(portalWidths)
	x.widths(sheet, portalWidths)
	x.merged(sheet, 1, last, 1, v.Name, x.title)
	x.check(x.f.SetRowHeight(sheet, 1, 24))
	row := 2
	if v.URL != "" {
		x.merged(sheet, 1, last, row, v.URL, x.subtitle)
		row++
	}
	// The sheet stacks several tables, each with its own header row: what
	// stays in view when scrolling, and on top of every printed page, is
	// the portal's name and address, so that no page is anonymous.
	titleRows := row - 1
	x.check(x.f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: titleRows, TopLeftCell: cellName(1, titleRows+1), ActivePane: "bottomLeft"}))
	row++
	info := func(key string, val any, style int) {
		x.merged(sheet, 1, 2, row, msg.T(lang, key), x.total)
		x.put(sheet, 3, row, val, style)
		row++
	}
	info("col.portal_id", v.ID, x.cell)
	info("col.level", msg.LevelLabel(lang, v.Level), x.cell)
	info("col.status", msg.StatusLabel(lang, v.Status), x.cell)
	info("col.required", v.Required, x.num)
	if verdict.Reached(v) {
		info("col.found", v.Found, x.num)
		info("col.coverage", excelCoverage(v.Coverage), x.pct)
		info("col.missing", len(v.Of(verdict.KindMissing)), x.num)
	}
	info("col.pages", v.Crawl.Pages, x.num)

	notes := displayNotes(v, lang)
	for _, fp := range v.Of(verdict.KindFailedPage) {
		notes = append(notes, fmt.Sprintf("%s: %s — %s", msg.T(lang, "sec.failed_pages"), fp.URL, failReason(fp, lang)))
	}
	if len(notes) > 0 {
		row++
		x.put(sheet, 1, row, msg.T(lang, "sec.notes"), x.section)
		row++
		for _, s := range notes {
			x.merged(sheet, 1, last, row, s, x.note)
			row++
		}
	}

	// table writes one section: heading, header row, then rows of five
	// cells (nil for an unused column).
	table := func(key string, headers [5]string, rows [][5]any) {
		row++
		x.put(sheet, 1, row, fmt.Sprintf("%s (%d)", msg.T(lang, key), len(rows)), x.section)
		row++
		if len(rows) == 0 {
			x.merged(sheet, 1, last, row, msg.T(lang, "none"), x.note)
			row++
			return
		}
		for c, h := range headers {
			label := ""
			if h != "" {
				label = msg.T(lang, h)
			}
			x.put(sheet, c+1, row, label, x.header)
		}
		row++
		for i, r := range rows {
			x.put(sheet, 1, row, i+1, x.num)
			for c := 1; c < 5; c++ {
				val := r[c]
				if val == nil {
					val = ""
				}
				style := x.cell
				if _, isNum := val.(int); isNum {
					style = x.num
				}
				x.put(sheet, c+1, row, val, style)
			}
			row++
		}
	}

	// The findings, one table per kind in the reports' order (kinds.go),
	// the per-field tally after the missing procedures.
	fields := func() {
		if len(v.Fields) == 0 {
			return
		}
		var rs [][5]any
		for _, fc := range v.Fields {
			cov := 1.0
			if fc.Required > 0 {
				cov = float64(fc.Found) / float64(fc.Required)
			}
			rs = append(rs, [5]any{nil, fc.Field, fc.Required, fc.Found, msg.Percent(lang, cov) + "%"})
		}
		table("sec.fields", [5]string{"col.no", "col.field", "col.required", "col.found", "col.coverage"}, rs)
	}
	fieldsDone := false
	for _, l := range findingLists(v) {
		if l.Kind != verdict.KindMissing && !fieldsDone {
			fields()
			fieldsDone = true
		}
		headers := [5]string{"col.no"}
		for c, col := range l.View.Sheet {
			headers[c+1] = col.Label
		}
		var rs [][5]any
		for _, f := range l.Findings {
			var r [5]any
			for c, col := range l.View.Sheet {
				if col.Value != nil {
					r[c+1] = col.Value(f, lang)
				}
			}
			rs = append(rs, r)
		}
		table(l.Section, headers, rs)
		if l.Kind == verdict.KindMissing {
			fields()
			fieldsDone = true
		}
	}
	if !fieldsDone {
		fields()
	}
	x.titledPageSetup(sheet, false, 1, titleRows)
}
