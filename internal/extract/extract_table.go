package extract

import (
	"slices"
	"strings"

	"github.com/tthcaudit/tthcaudit/internal/weburl"

	"github.com/tthcaudit/tthcaudit/internal/textnorm"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// column roles of a procedure table header.
const (
	colOther = iota
	colName
	colCode
	colField
	colKnown // a known header that is neither (STT, Cơ quan, Cấp, Mức độ…)
)

// knownHeaderWords are folded beginnings of the other columns procedure
// tables have; two known headers in a row make it a header row.
var knownHeaderWords = []string{"stt", "tt", "so tt", "co quan", "cap", "muc do", "dich vu cong", "dvc", "trang thai", "ngay", "thoi han", "phi", "le phi", "chi tiet", "tai ve", "thao tac", "file", "van ban", "quyet dinh", "nop", "xem", "bieu mau", "doi tuong", "ghi chu", "so"}

// headerRole classifies one header cell.
func headerRole(t string) int {
	if i := strings.IndexAny(t, ":："); i >= 0 && strings.Trim(t[i:], ":： ") != "" {
		// "Tên thủ tục: Giải thể trường …": a label with its value, a
		// row's cell; a header names its column alone ("Mã TTHC:").
		return colOther
	}
	f := fold(t)
	switch {
	case f == "":
		return colOther
	case strings.HasPrefix(f, "ma") && (f == "ma" || strings.HasPrefix(f, "ma ")) && wordCount(f) <= 5:
		return colCode
	case strings.HasPrefix(f, "ten thu tuc") || strings.HasPrefix(f, "ten tthc") || f == "ten" || f == "tthc" ||
		f == "thu tuc" || strings.HasPrefix(f, "thu tuc hanh chinh") && wordCount(f) <= 5 ||
		f == "ten dich vu cong" || f == "ten dich vu" || f == "noi dung thu tuc":
		// Not any "Thủ tục …" of five words: "Thủ tục thành lập hội" is a
		// row's name, not a column's.
		return colName
	case strings.HasPrefix(f, "linh vuc"):
		return colField
	}
	for _, w := range knownHeaderWords {
		if f == w || strings.HasPrefix(f, w+" ") {
			return colKnown
		}
	}
	return colOther
}

// rowCells returns the cells of a table row.
func rowCells(tr *html.Node) []*html.Node {
	var out []*html.Node
	for c := tr.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.Td || c.DataAtom == atom.Th) {
			out = append(out, c)
		}
	}
	return out
}

// tableRows returns the rows of t, not those of tables nested in it.
func tableRows(t *html.Node) []*html.Node {
	var out []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Tr:
				out = append(out, c)
			case atom.Thead, atom.Tbody, atom.Tfoot:
				walk(c)
			}
		}
	}
	walk(t)
	return out
}

// tableEntries reads t as a procedure table when its header names the
// procedure column. Rows become entries; one-cell rows naming a "Lĩnh vực"
// set the field of the rows under them.
func (p *Page) tableEntries(t *html.Node) {
	rows := tableRows(t)
	hdr, nameCol, codeCol, fieldCol := -1, -1, -1, -1
	for i, tr := range rows {
		if i > 4 {
			break
		}
		cells := rowCells(tr)
		if len(cells) == 0 {
			continue
		}
		th := cells[0].DataAtom == atom.Th || tr.Parent != nil && tr.Parent.DataAtom == atom.Thead
		nc, cc, fc, known := -1, -1, -1, 0
		for j, c := range cells {
			switch headerRole(limitedText(c, 80)) {
			case colName:
				if nc < 0 {
					nc = j
				}
				known++
			case colCode:
				if cc < 0 {
					cc = j
				}
				known++
			case colField:
				if fc < 0 {
					fc = j
				}
				known++
			case colKnown:
				known++
			}
		}
		if nc >= 0 && (th || known >= 2) {
			hdr, nameCol, codeCol, fieldCol = i, nc, cc, fc
			break
		}
	}
	if hdr < 0 {
		p.headerlessTable(rows)
		return
	}
	p.markConsumed(t)
	field := ""
	found := 0
	for _, tr := range rows[hdr+1:] {
		cells := rowCells(tr)
		if len(cells) == 0 {
			continue
		}
		if len(cells) == 1 || len(cells) <= nameCol && len(cells) < 3 {
			// A section row: "I. Lĩnh vực Người có công", "A. Cấp huyện".
			t := nodeText(tr)
			if strings.HasPrefix(fold(trimNumbering(t)), "linh vuc") {
				field = fieldName(t)
			}
			continue
		}
		if nameCol >= len(cells) {
			continue
		}
		nameCell := cells[nameCol]
		shown := cellName(nameCell)
		name, code := textnorm.SplitCode(trimNumbering(shown))
		if wordCount(name) < 2 {
			continue
		}
		if codeCol >= 0 && codeCol < len(cells) {
			if c := textnorm.FindCode(nodeText(cells[codeCol])); c != "" {
				code = c
			}
		}
		if code == "" {
			code = textnorm.FindCode(nodeText(tr))
		}
		f := field
		if fieldCol >= 0 && fieldCol < len(cells) {
			if v := nodeText(cells[fieldCol]); v != "" {
				f = v
			}
		}
		e := Entry{Text: name, Key: textnorm.Key(name), Code: code, Field: f, Kind: "table", Truncated: isTruncated(name)}
		if u := p.rowLink(nameCell, tr); u != "" {
			e.DetailURL = u
		}
		p.Add(e)
		found++
	}
	if found == 0 {
		// A procedure table with no rows: the rows come from JavaScript.
		p.emptyTbl = true
	}
}

// rowLink returns the detail link of a table row: the name cell's link,
// else the row's first link to a web page.
func (p *Page) rowLink(nameCell, tr *html.Node) string {
	for _, scope := range []*html.Node{nameCell, tr} {
		var found string
		var walk func(n *html.Node) bool
		walk = func(n *html.Node) bool {
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type != html.ElementNode {
					continue
				}
				if c.DataAtom == atom.A {
					// A hash route is no detail page without a browser.
					if u := p.resolve(attr(c, "href")); u != nil && !weburl.IsFile(u) && u.Fragment == "" {
						found = u.String()
						return true
					}
				}
				if walk(c) {
					return true
				}
			}
			return false
		}
		if walk(scope) {
			return found
		}
	}
	return ""
}

// markConsumed marks every anchor under n as read by a table or card, so
// the list reader does not read it again.
func (p *Page) markConsumed(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.A {
			p.consumed[c] = true
		}
		p.markConsumed(c)
	}
}

// headerlessTable reads a table without a header row when its rows show
// a procedure code in a cell of its own and a name beside it (script-built
// lists often have no header). At least two such rows are needed.
func (p *Page) headerlessTable(rows []*html.Node) {
	// found is a row read as a list's; short, a numbered row whose name
	// is too short to make a list ("1 | Xóa đăng ký | …"), read when the
	// others do and its name stands in their names' column (col).
	type found struct {
		row        *html.Node
		name, code *html.Node
		short      bool
		col        int
	}
	var hits []found // in the rows' order, the short ones among them
	long := 0        // hits that are not short
	numbered := 0    // of those, numbered rows of a page about procedures
	shorts := 0
	column := map[int]int{} // the numbered hits' name cells by column
	same := sameTextColumns(rows)
	for _, tr := range rows {
		cells := rowCells(tr)
		if len(cells) < 2 {
			continue
		}
		var codeCell, nameCell, listed *html.Node
		best, col, shortCol, listedCol := 0, -1, -1, -1
		for i, c := range cells {
			t := limitedText(c, 300)
			if same[i] || agencyName(t) {
				continue // "Bộ phận tiếp nhận và trả kết quả", on every row or in a row alone
			}
			if codeCell == nil && len(t) <= 40 && textnorm.FindCode(t) != "" && wordCount(t) <= 3 {
				codeCell = c
				continue
			}
			if n := wordCount(t); n >= 4 && n > best {
				best, nameCell, col = n, c, i
			} else if n == 3 && shortCol < 0 && PlausibleName(t) {
				shortCol = i
			} else if listed == nil && shortName(fold(t)) {
				listed, listedCol = c, i
			}
		}
		if nameCell == nil && listed != nil && p.px.ProcedurePage && rowNumbered(cells[0]) {
			// "1 | Tách hộ | Bộ": one of the national list's names too
			// short for the rule above (shortNames) is a name whatever
			// its row, even a table's only one.
			nameCell, col = listed, listedCol
		}
		// "1 | Thủ tục … | UBND cấp xã": a numbered row of a page about
		// procedures, its header lost (a table pasted from a decision's
		// annex), with or without a code.
		isNumbered := nameCell != nil && p.px.ProcedurePage && rowNumbered(cells[0]) && nameCell != cells[0] &&
			PlausibleName(limitedText(nameCell, 300))
		switch {
		case nameCell == nil:
			if shortCol > 0 && p.px.ProcedurePage && rowNumbered(cells[0]) {
				hits = append(hits, found{row: tr, name: cells[shortCol], short: true, col: shortCol})
				shorts++
			}
			continue
		case codeCell != nil:
			hits = append(hits, found{row: tr, name: nameCell, code: codeCell})
		case isNumbered:
			hits = append(hits, found{row: tr, name: nameCell, col: col})
		default:
			continue
		}
		long++
		if isNumbered {
			numbered++
			column[col]++
		}
	}
	// Two rows with a code make a list of procedures; one numbered row
	// on a page about procedures does too.
	if long*2 < len(rows) || long < 2 && numbered == 0 {
		return
	}
	nameCol, most := -1, 0
	for c, n := range column {
		if n > most || n == most && c < nameCol { // the first column of a tie, whatever the map's order
			nameCol, most = c, n
		}
	}
	hits = slices.DeleteFunc(hits, func(h found) bool {
		return h.short && (shorts >= numbered || h.col != nameCol)
	})
	// The names are in one column, the most rows' longest cell: a row
	// whose longer cell is a field or a note beside a short name ("2 |
	// Giải thể hợp tác xã | Thành lập và hoạt động của hợp tác xã, liên
	// hiệp hợp tác xã") keeps the name.
	for k, h := range hits {
		if h.short || h.code != nil || h.col == nameCol || nameCol < 0 {
			continue
		}
		if cells := rowCells(h.row); nameCol < len(cells) {
			if t := limitedText(cells[nameCol], 300); wordCount(t) >= 3 && PlausibleName(t) {
				hits[k].name, hits[k].col = cells[nameCol], nameCol
			}
		}
	}
	for _, h := range hits {
		p.markConsumed(h.row)
		// A code the name cell prints ("1.012785.000.00.00.H41-Đăng ký
		// …", a commune's tracking list) is the row's code, unless a code
		// cell says one.
		name, code := textnorm.SplitCode(trimNumbering(nodeText(h.name)))
		if h.code != nil {
			if c := textnorm.FindCode(nodeText(h.code)); c != "" {
				code = c
			}
		}
		e := Entry{Text: name, Key: textnorm.Key(name), Code: code, Kind: "table", Truncated: isTruncated(name)}
		e.DetailURL = p.rowLink(h.name, h.row)
		p.Add(e)
	}
}

// minSameRows is the fewest rows that tell a column of one text from a
// list's names: two rows may name one procedure twice (a page listing it
// under two fields).
const minSameRows = 3

// sameTextColumns are the columns of a table without a header whose
// cells say the same on every row of minSameRows or more: the agency or
// the field the list is of ("Bộ phận tiếp nhận và trả kết quả", "UBND
// cấp xã"), never its names, which differ from row to row. A longer
// agency than a row's name was read as the name.
func sameTextColumns(rows []*html.Node) map[int]bool {
	text := map[int]string{}
	count := map[int]int{}
	differ := map[int]bool{}
	wordy := map[int]bool{} // a cell of the column holds two words or more
	for _, tr := range rows {
		cells := rowCells(tr)
		if len(cells) < 2 {
			continue
		}
		for i, c := range cells {
			t := strings.TrimSpace(limitedText(c, 300))
			if n, seen := count[i]; seen && n > 0 && text[i] != t {
				differ[i] = true
			}
			text[i] = t
			count[i]++
			wordy[i] = wordy[i] || wordCount(t) >= 2
		}
	}
	// Only beside a column of texts that differ, the names: a table
	// repeating one title on every row has no other.
	names := false
	for i := range count {
		names = names || differ[i] && wordy[i]
	}
	same := map[int]bool{}
	for i, n := range count {
		if names && n >= minSameRows && !differ[i] && text[i] != "" {
			same[i] = true
		}
	}
	return same
}

// rowNumbered reports whether a row's first cell is its number only
// ("1", "12.", "3)").
func rowNumbered(c *html.Node) bool {
	t := strings.TrimRight(strings.TrimSpace(limitedText(c, 10)), ".)")
	return len(t) <= 3 && textnorm.AllDigits(t)
}

// cellName is the name a table cell shows: its link's text when a link
// holds a name ("<a>Đăng ký kết hôn</a><br><small>Cơ quan thực hiện: …
// </small>", "<a>…</a> <a>Nộp hồ sơ</a>"), else its first block when the
// blocks after it are labelled details ("<strong>…</strong><p>Thời hạn:
// 05 ngày</p>"), else its whole text, lines broken by <br> joined.
func cellName(cell *html.Node) string {
	best := ""
	var links func(n *html.Node)
	links = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if c.DataAtom == atom.A {
				if t := nodeText(c); wordCount(t) >= 3 && len(t) > len(best) && PlausibleName(t) {
					best = t
				}
				continue
			}
			links(c)
		}
	}
	links(cell)
	if best != "" {
		return best
	}
	whole := nodeText(cell)
	var blocks []string
	var cur strings.Builder
	flush := func() {
		if t := textnorm.Clean(cur.String()); t != "" {
			blocks = append(blocks, t)
		}
		cur.Reset()
	}
	for c := cell.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && !inlineAtoms[c.DataAtom] && c.DataAtom != atom.Br {
			flush()
			appendText(&cur, c)
			flush()
			continue
		}
		appendText(&cur, c)
	}
	flush()
	if len(blocks) < 2 || wordCount(blocks[0]) < 3 {
		return whole
	}
	for _, b := range blocks[1:] {
		if !labelledDetail(b) {
			return whole
		}
	}
	return blocks[0]
}

// labelledDetail reports whether a line of a cell is a labelled detail
// ("Thời hạn: 05 ngày", "Cơ quan thực hiện: UBND xã", "Mức độ 4"), not
// part of a name.
func labelledDetail(line string) bool {
	if i := strings.IndexAny(line, ":："); i > 0 && wordCount(line[:i]) <= 5 {
		return true
	}
	f := fold(line)
	return strings.HasPrefix(f, "muc do") || strings.HasPrefix(f, "toan trinh") || strings.HasPrefix(f, "mot phan")
}
