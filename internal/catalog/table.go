package catalog

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// headerSearchRows is how far down the header row may sit below title rows.
const headerSearchRows = 10

// grid is one spreadsheet or CSV file as rows of cells, the common ground of
// the CSV and XLSX importers.
type grid struct {
	file string
	// rows[i] is spreadsheet row rowNum[i].
	rows   [][]string
	rowNum []int
	// spans marks rows (by index) holding a cell merged across columns: a
	// section heading in a decision annex.
	spans map[int]bool
	// numeric tells whether a cell was stored as a number, whose trailing
	// zeros Excel drops (1.001230 shows as 1.00123); nil for CSV.
	numeric func(i, col int) bool
}

// header is the column layout found in the header row.
type header struct {
	row  int // index into grid.rows
	cols map[column]int
}

func (h header) has(c column) bool { _, ok := h.cols[c]; return ok }

// findHeader returns the first row among the first ten that names a code or
// a name column.
func findHeader(g *grid) (header, bool) {
	for i := 0; i < len(g.rows) && i < headerSearchRows; i++ {
		cols := map[column]int{}
		for j, cell := range g.rows[i] {
			if c := headerColumn(cell); c != colNone {
				if _, dup := cols[c]; !dup {
					cols[c] = j
				}
			}
		}
		if _, ok := cols[colCode]; ok {
			return header{row: i, cols: cols}, true
		}
		if _, ok := cols[colName]; ok {
			return header{row: i, cols: cols}, true
		}
	}
	return header{}, false
}

// decisionRe finds the decision a title row names ("Ban hành kèm theo
// Quyết định số 1234/QĐ-UBND ngày …").
var decisionRe = regexp.MustCompile(`(?i)quyết\s*định\s+số\s*:?\s*([0-9][^\s,;()]*)`)

// reader turns the rows under the header into procedures, keeping the state
// that section rows set.
type reader struct {
	g   *grid
	h   header
	out []Procedure
	// index of procedures by code, to merge repeats.
	byCode map[string]int
	// what section rows set for the rows under them
	level    []Level
	field    string
	status   Status
	decision string
	// err is set by a section row that cannot be read.
	err error
}

// parseGrid reads a whole table.
func parseGrid(g *grid) (*Catalog, error) {
	h, ok := findHeader(g)
	if !ok {
		return nil, rowErr(g.file, firstRow(g),
			"không tìm thấy dòng tiêu đề có cột mã hoặc tên thủ tục trong %d dòng đầu (no header row naming a code or name column, such as \"Mã TTHC\" or \"Tên thủ tục\", in the first %d rows)",
			headerSearchRows, headerSearchRows)
	}
	if !h.has(colName) {
		return nil, rowErr(g.file, g.rowNum[h.row],
			"không có cột tên thủ tục (no name column: add a column headed \"Tên thủ tục\")")
	}
	r := &reader{g: g, h: h, byCode: map[string]int{}}
	for i := 0; i < h.row; i++ {
		for _, cell := range g.rows[i] {
			if m := decisionRe.FindStringSubmatch(textnorm.Clean(cell)); m != nil && r.decision == "" {
				r.decision = strings.TrimRight(m[1], ".")
			}
		}
	}
	for i := h.row + 1; i < len(g.rows); i++ {
		if err := r.row(i); err != nil {
			return nil, err
		}
	}
	return New(g.file, r.out), nil
}

func firstRow(g *grid) int {
	if len(g.rowNum) > 0 {
		return g.rowNum[0]
	}
	return 1
}

func (r *reader) cell(i int, c column) string {
	j, ok := r.h.cols[c]
	if !ok || j >= len(r.g.rows[i]) {
		return ""
	}
	return r.g.rows[i][j]
}

// numberingRe matches the column-numbering row under a header ("1", "(2)").
var numberingRe = regexp.MustCompile(`^\(?\d{1,2}\)?$`)

// row reads spreadsheet row index i: a blank, numbering, section or
// procedure row.
func (r *reader) row(i int) error {
	num := r.g.rowNum[i]
	var vals []string
	numbering := true
	for _, c := range r.g.rows[i] {
		c = textnorm.Clean(c)
		if c == "" || contains(vals, c) {
			continue
		}
		vals = append(vals, c)
		numbering = numbering && numberingRe.MatchString(c)
	}
	if len(vals) == 0 || numbering {
		return nil
	}
	// "1.001234." or "1.001234;" is a code with a stray mark after it.
	codeRaw := strings.TrimRight(textnorm.Clean(r.cell(i, colCode)), ".,;:")
	name, embedded := textnorm.SplitCode(textnorm.Clean(r.cell(i, colName)))
	if textnorm.ReduceCode(codeRaw) == "" && embedded == "" {
		if r.section(i, vals) {
			return r.err
		}
		if codeRaw == "" && name == "" {
			return nil // notes in other columns, nothing to read
		}
	}
	code := embedded
	if codeRaw != "" {
		code = textnorm.ReduceCode(codeRaw)
		if code == "" && r.g.numeric != nil && r.g.numeric(i, r.h.cols[colCode]) {
			code = padCode(codeRaw)
		}
		if code == "" {
			return rowErr(r.g.file, num, "mã thủ tục không hợp lệ %q (invalid code: write it as [123].dddddd, e.g. 1.001234)", codeRaw)
		}
	}
	if code == "" {
		if r.h.has(colCode) {
			return rowErr(r.g.file, num, "thiếu mã thủ tục (no code: fill the code column, e.g. 1.001234)")
		}
		return rowErr(r.g.file, num, "thiếu mã thủ tục (no code: the file has no code column, so the name must end with its code in parentheses, e.g. \"… (1.001234)\")")
	}
	if name == "" {
		return rowErr(r.g.file, num, "tên thủ tục trống (empty name for code %s)", code)
	}
	p := Procedure{Code: code, Name: name, Status: r.status, Decision: r.decision,
		Row: fmt.Sprintf("%s:%d", r.g.file, num)}
	if p.Status == "" {
		p.Status = StatusActive
	}
	if cell := r.cell(i, colLevels); strings.TrimSpace(cell) != "" {
		ls, bad := parseLevels(cell)
		if bad != "" {
			return rowErr(r.g.file, num, "cấp thực hiện không rõ %q (unknown level: use Cấp Bộ, Cấp Tỉnh, Cấp Huyện, Cấp Xã or Cơ quan khác)", bad)
		}
		p.Levels = ls
	} else {
		p.Levels = append([]Level(nil), r.level...)
	}
	if cell := r.cell(i, colField); strings.TrimSpace(cell) != "" {
		p.Fields = splitCell(cell, ";")
	} else if r.field != "" {
		p.Fields = []string{r.field}
	}
	p.Agencies = splitCell(r.cell(i, colAgency), ";")
	if cell := r.cell(i, colStatus); strings.TrimSpace(cell) != "" {
		s, ok := parseStatus(cell)
		if !ok {
			if textnorm.Fold(cell) == "chua co hieu luc" {
				// A row of `catalog export` for a decision not yet in force.
				return rowErr(r.g.file, num, "thủ tục %q chưa có hiệu lực nên chưa thuộc danh mục: xoá dòng này, hoặc dùng danh sách quyết định trong catalog: để tự áp dụng khi đến ngày (the procedure is not yet in force: delete the row, or list the decision under catalog: so it applies on its date)", textnorm.Clean(r.cell(i, colName)))
			}
			return rowErr(r.g.file, num, "trạng thái không rõ %q (unknown status: use Còn hiệu lực or Hết hiệu lực / Bãi bỏ)", textnorm.Clean(cell))
		}
		p.Status = s
	}
	if d := textnorm.Clean(r.cell(i, colDecision)); d != "" {
		p.Decision = d
	}
	p.Type = textnorm.Clean(r.cell(i, colType))
	p.RecordID = textnorm.Clean(r.cell(i, colRecordID))
	p.Lacks = splitCell(r.cell(i, colLacks), ";")
	p.FormerNames = addFormer(nil, p.Name, splitCell(r.cell(i, colFormer), ";")...)
	if cell := strings.TrimSpace(r.cell(i, colUses)); cell != "" {
		n, ok := parseUses(cell)
		if !ok {
			return rowErr(r.g.file, num, "số lượt sử dụng không hợp lệ %q (invalid use count: write a whole number, e.g. 251, or leave it empty)", textnorm.Clean(cell))
		}
		p.Uses = &n
	}
	return r.add(p, num)
}

// add appends p, or merges it into an earlier row with the same code and the
// same name (a procedure listed under two level sections).
func (r *reader) add(p Procedure, num int) error {
	j, seen := r.byCode[p.Code]
	if !seen {
		r.byCode[p.Code] = len(r.out)
		r.out = append(r.out, p)
		return nil
	}
	// Keys only for repeats: computing one per row would double the load time.
	q := &r.out[j]
	if q.Name != p.Name && textnorm.Key(q.Name) != textnorm.Key(p.Name) {
		return rowErr(r.g.file, num, "mã %s đã có ở %s với tên khác: %q, ở đây: %q (the same code under two different names)",
			p.Code, rowLabel(q.Row), q.Name, p.Name)
	}
	return mergeInto(q, p)
}

// mergeInto adds p's levels, fields and agencies to q. A procedure in force
// at any of its rows stays in force.
func mergeInto(q *Procedure, p Procedure) error {
	q.Levels = SortLevels(append(q.Levels, p.Levels...))
	for _, f := range p.Fields {
		if !contains(q.Fields, f) {
			q.Fields = append(q.Fields, f)
		}
	}
	for _, a := range p.Agencies {
		if !contains(q.Agencies, a) {
			q.Agencies = append(q.Agencies, a)
		}
	}
	if p.Active() {
		q.Status = StatusActive
	}
	if q.Decision == "" {
		q.Decision = p.Decision
	}
	if q.Type == "" {
		q.Type = p.Type
	}
	if q.RecordID == "" {
		q.RecordID = p.RecordID
	}
	if q.Uses == nil {
		q.Uses = p.Uses
	}
	for _, l := range p.Lacks {
		if !contains(q.Lacks, l) {
			q.Lacks = append(q.Lacks, l)
		}
	}
	q.FormerNames = addFormer(q.FormerNames, q.Name, p.FormerNames...)
	return nil
}

// rowLabel turns "file:12" into "dòng 12" for a message about the same file.
func rowLabel(row string) string {
	if i := strings.LastIndexByte(row, ':'); i >= 0 {
		return "dòng " + row[i+1:]
	}
	return row
}

// padCode restores the zeros Excel drops from a code stored as a number.
func padCode(s string) string {
	if len(s) < 3 || len(s) > 8 || s[1] != '.' || s[0] < '1' || s[0] > '3' {
		return ""
	}
	for _, c := range s[2:] {
		if c < '0' || c > '9' {
			return ""
		}
	}
	return s + strings.Repeat("0", 8-len(s))
}

// Section headings of a decision annex.
var (
	// markerRe is the numbering of a heading: "A.", "II.", "1.", "2)", "Phần I:".
	markerRe = regexp.MustCompile(`^(?i:(?:phần|mục|chương)\s+)?([IVXLC]+|[A-Za-zĐđ]|\d{1,3}(?:\.\d{1,3})*)\s*[.):\-–—/]\s*`)
	// looseMarkerRe is numbering without punctuation, accepted only before
	// the words of a heading ("I Lĩnh vực …").
	looseMarkerRe = regexp.MustCompile(`^(?i:(?:phần|mục|chương)\s+)?([IVXLC]+|[A-Z]|\d{1,3})\s+`)
	// countRe is a heading's count of procedures: "(05 thủ tục)", "(12 TTHC)".
	countRe = regexp.MustCompile(`(?i)\s*[(\[]\s*(?:gồm\s+)?\d+\s*(?:thủ\s*tục|tthc)[^)\]]*[)\]]\s*$`)
	romanRe = regexp.MustCompile(`^[IVXLCivxlc]+$|^[A-Za-zĐđ]$`)
	// unknownLevelRe is a level heading naming a level that is none of ours
	// ("THỦ TỤC HÀNH CHÍNH CẤP THÔN").
	unknownLevelRe = regexp.MustCompile(`^(?:danh muc )?(?:thu tuc hanh chinh|tthc) (?:thuoc tham quyen giai quyet cua (?:ubnd )?)?cap (\S+)(?: \S+)?$`)
	levelPhraseRe  = regexp.MustCompile(`(?:^| )(?:cap (bo|tinh|huyen|xa|trung uong)|(co quan khac))(?: |$)`)
)

// section reads row i as a section heading and applies it. It reports false
// when the row is no heading (a procedure row that lacks its code).
func (r *reader) section(i int, vals []string) bool {
	var text string
	stt := textnorm.Clean(r.cell(i, colNumber))
	numbered := false // the STT cell is an arabic number, as on a procedure row
	switch {
	case len(vals) == 1:
		text = vals[0]
	case len(vals) == 2 && stt != "" && (vals[0] == stt || vals[1] == stt):
		other := vals[0]
		if other == stt {
			other = vals[1]
		}
		numbered = !romanRe.MatchString(stt)
		text = stt + ". " + other
	default:
		return false
	}
	rest, marked := stripMarker(text)
	rest = countRe.ReplaceAllString(rest, "")
	folded := plainFold(rest)
	if strings.HasPrefix(folded, "tong cong") || strings.HasPrefix(folded, "tong so") ||
		strings.HasPrefix(folded, "ghi chu") || strings.HasPrefix(folded, "cong ") && !marked && len(vals) > 1 {
		return true // a footer: totals or notes under the table
	}
	if f, ok := strings.CutPrefix(folded, "linh vuc "); ok && f != "" {
		r.field = fieldName(dropWords(rest, 2))
		return true
	}
	var levels []Level
	for _, m := range levelPhraseRe.FindAllStringSubmatch(folded, -1) {
		w := m[1]
		if w == "" {
			w = m[2]
		}
		levels = append(levels, levelWords[w])
	}
	if m := unknownLevelRe.FindStringSubmatch(folded); m != nil && len(levels) == 0 {
		r.err = rowErr(r.g.file, r.g.rowNum[i], "cấp thực hiện không rõ %q trong dòng tiêu đề mục (unknown level in a section heading: use Cấp Bộ, Cấp Tỉnh, Cấp Huyện, Cấp Xã or Cơ quan khác)", text)
		return true
	}
	status := Status("")
	switch {
	case strings.Contains(folded, "bai bo") || strings.Contains(folded, "het hieu luc"):
		status = StatusAbolished
	case strings.Contains(folded, "moi ban hanh") || strings.Contains(folded, "sua doi") ||
		strings.Contains(folded, "thay the") || strings.Contains(folded, "con hieu luc"):
		status = StatusActive
	}
	heading := strings.Contains(folded, "thu tuc") || strings.Contains(folded, "tthc") || strings.HasPrefix(folded, "danh muc")
	switch {
	case len(levels) > 0:
		r.level = SortLevels(levels)
		r.field = ""
		if status != "" {
			r.status = status
		}
		return true
	case status != "" && (heading || marked):
		r.status = status
		r.level, r.field = nil, ""
		return true
	case heading && (marked || r.g.spans[i] || len(vals) == 1 && r.cell(i, colName) == ""):
		r.field = ""
		return true
	}
	if numbered {
		return false
	}
	// A field heading without the word "Lĩnh vực": numbered, merged across
	// the table, or standing outside the name column.
	if marked || r.g.spans[i] || (len(vals) == 1 && textnorm.Clean(r.cell(i, colName)) == "") {
		r.field = fieldName(rest)
		return true
	}
	return false
}

// stripMarker removes a heading's numbering and reports whether it had one.
func stripMarker(s string) (string, bool) {
	if m := markerRe.FindStringIndex(s); m != nil && m[1] < len(s) {
		return s[m[1]:], true
	}
	if m := looseMarkerRe.FindStringIndex(s); m != nil && m[1] < len(s) {
		f := plainFold(s[m[1]:])
		if strings.HasPrefix(f, "linh vuc") || strings.HasPrefix(f, "thu tuc") || strings.HasPrefix(f, "tthc") {
			return s[m[1]:], true
		}
	}
	return s, false
}

// plainFold is textnorm.Fold without its removal of a leading "thủ tục",
// which headings need to keep ("THỦ TỤC HÀNH CHÍNH CẤP TỈNH").
func plainFold(s string) string {
	return strings.TrimPrefix(textnorm.Fold("0 "+s), "0 ")
}

// dropWords removes the first n words of s.
func dropWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) <= n {
		return ""
	}
	return strings.Join(f[n:], " ")
}

// fieldName tidies a field taken from a heading: punctuation around it goes,
// and a heading in capitals ("BẢO TRỢ XÃ HỘI") is written as a name.
func fieldName(s string) string {
	s = strings.TrimSpace(strings.Trim(s, ":.-–— "))
	upper := true
	for _, c := range s {
		if unicode.IsLower(c) {
			upper = false
			break
		}
	}
	if !upper || s == "" {
		return s
	}
	first, n := utf8.DecodeRuneInString(s)
	return string(first) + strings.ToLower(s[n:])
}
