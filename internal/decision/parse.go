package decision

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// Block is one paragraph (Cells nil) or one table row of a decision, in
// reading order. Every reader turns its file into blocks, so one parser
// reads PDFs, scans and DOCX alike.
type Block struct {
	// Text is the paragraph's text (for a row, its cells joined).
	Text string
	// Cells are a table row's cells, wrapped lines joined; nil for a
	// paragraph.
	Cells []string
	// Page is the 1-based page, 0 when not known.
	Page int
	// Row places a DOCX table row ("bảng 2, hàng 5 (table 2, row 5)").
	Row string
	// OCR is true when the text was recognised from a scanned page.
	OCR bool
}

// plain folds s for matching: lower case, no diacritics, đ as d, spaces
// collapsed. Unlike textnorm.Fold it keeps digits and punctuation, which
// dates ("01/10/2026") and numbers need.
func plain(s string) string {
	var b strings.Builder
	space := false
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == 'đ' || r == 'Đ':
			r = 'd'
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

var (
	// partRe is a part heading of the annex: "1. Danh mục thủ tục hành
	// chính mới ban hành", "Phần II. DANH MỤC …".
	partRe = regexp.MustCompile(`^(?:phan\s+)?(?:[0-9]+|[ivx]+)\s*[.):]?\s*danh muc (?:cac )?(?:thu tuc hanh chinh|tthc)`)
	// levelRe is a level section row: "A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH".
	levelRe = regexp.MustCompile(`^(?:[a-h]|[ivx]+)\s*[.)]\s*(?:thu tuc hanh chinh|tthc)\b.*\b(?:cap|thuoc)\s+(tinh|huyen|xa|trung uong|bo)\b`)
	// otherLevelRe: "C. THỦ TỤC HÀNH CHÍNH DO CƠ QUAN KHÁC THỰC HIỆN".
	otherLevelRe = regexp.MustCompile(`^(?:[a-h]|[ivx]+)\s*[.)]\s*(?:thu tuc hanh chinh|tthc)\b.*\bco quan khac\b`)
	// fieldRe is a field section row: "I. Lĩnh vực Người có công".
	fieldRe = regexp.MustCompile(`^(?:[ivxlc]+|[0-9]+)\s*[.)]\s*linh vuc\s+\S`)
	// articleRe starts an article: "Điều 2.".
	articleRe = regexp.MustCompile(`^dieu\s+(\d+)\s*[.:]?`)
	// dateRe is the date of the header: "An Giang, ngày 15 tháng 3 năm 2018".
	dateRe = regexp.MustCompile(`ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})`)
	// fromDateRe is the start of force written out or in figures.
	fromDateRe = regexp.MustCompile(`tu ngay\s+(\d{1,2})\s*(?:thang\s*|/|-|\.)\s*(\d{1,2})\s*(?:nam\s*|/|-|\.)\s*(\d{4})`)
	// fromSigningRe: "kể từ ngày ký (ban hành)".
	fromSigningRe = regexp.MustCompile(`tu ngay ky\b`)
	// numberRe is the decision's number after "Số:".
	numberRe = regexp.MustCompile(`(?i)^\s*S[ốốỐÔo]\s*[:.]?\s*([0-9]+\s*/\s*(?:[0-9]{4}\s*/\s*)?[A-ZĐ][A-ZĐa-z0-9\-]*)`)
	sttRe    = regexp.MustCompile(`^[_|'\x60]?\d{1,4}[._|']?$`)
	// annexRe is the annex's title line alone ("PHỤ LỤC", "PHỤ LỤC I"),
	// not an article's words "… tại Phụ lục kèm theo".
	annexRe = regexp.MustCompile(`^phu luc(?:\s+(?:[0-9]+|[ivxlc]+))?\s*[.:]?$`)
)

// levelWords maps the word after "cấp" to the contract's level.
var levelWords = map[string]string{"tinh": "tinh", "huyen": "huyen", "xa": "xa", "trung uong": "bo", "bo": "bo"}

// partOf tells which part a heading opens, or "" with ok when it is a part
// heading of no known kind.
func partOf(f string) (Action, bool) {
	if !partRe.MatchString(f) {
		return "", false
	}
	switch {
	case strings.Contains(f, "bai bo") || strings.Contains(f, "huy bo"):
		return Abolished, true
	case strings.Contains(f, "thay the"):
		return Replaced, true
	case strings.Contains(f, "sua doi") || strings.Contains(f, "bo sung"):
		return Amended, true
	case strings.Contains(f, "moi ban hanh") || strings.Contains(f, "ban hanh moi"):
		return New, true
	}
	return "", true
}

// article is one article's text, its lines joined.
type article struct {
	num  string
	text string
	page int
}

// parser holds the reading state.
type parser struct {
	d        *Decision
	inAnnex  bool
	part     Action
	level    string
	field    string
	articles []article
	// header columns of the current table (DOCX): -1 when unknown.
	codeCol, nameCol, agencyCol int
	// byCode indexes Entries; seenPart remembers a code's part and page.
	byCode map[string]int
}

// Parse reads a decision from its blocks; file names it in errors.
func Parse(file string, blocks []Block) (*Decision, error) {
	p := &parser{d: &Decision{File: file}, byCode: map[string]int{}, codeCol: -1, nameCol: -1, agencyCol: -1}
	for _, b := range blocks {
		p.d.Scanned = p.d.Scanned || b.OCR
		if b.Page > p.d.Pages {
			p.d.Pages = b.Page
		}
		if err := p.block(b); err != nil {
			return nil, err
		}
	}
	if err := p.finish(); err != nil {
		return nil, err
	}
	return p.d, nil
}

func (p *parser) block(b Block) error {
	if b.Cells != nil {
		var nonEmpty []string
		for _, c := range b.Cells {
			if strings.TrimSpace(c) != "" {
				nonEmpty = append(nonEmpty, c)
			}
		}
		// A merged section row ("A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH" over
		// the whole width) reads as a paragraph; so does a header table
		// before the annex.
		if len(nonEmpty) == 0 {
			return nil
		}
		if len(nonEmpty) == 1 && !sttRe.MatchString(strings.TrimSpace(nonEmpty[0])) {
			return p.paragraph(Block{Text: nonEmpty[0], Page: b.Page, OCR: b.OCR, Row: b.Row})
		}
		if !p.inAnnex {
			for _, c := range nonEmpty {
				if err := p.paragraph(Block{Text: c, Page: b.Page}); err != nil {
					return err
				}
			}
			return nil
		}
		return p.row(b)
	}
	return p.paragraph(b)
}

func (p *parser) paragraph(b Block) error {
	text := strings.Join(strings.Fields(b.Text), " ")
	if text == "" {
		return nil
	}
	f := plain(text)
	if kind, ok := partOf(f); ok {
		if kind == "" {
			return p.errAt(b, "không rõ phần %q là thủ tục mới ban hành, sửa đổi bổ sung, thay thế hay bãi bỏ (cannot tell whether this part lists new, amended, replaced or abolished procedures: write one of those words in its heading)", text)
		}
		p.inAnnex, p.part, p.level, p.field = true, kind, "", ""
		p.codeCol, p.nameCol, p.agencyCol = -1, -1, -1
		return nil
	}
	if annexRe.MatchString(f) {
		p.inAnnex = true
		return nil
	}
	if !p.inAnnex {
		p.header(text, f, b.Page)
		return nil
	}
	if m := levelRe.FindStringSubmatch(f); m != nil {
		p.level, p.field = levelWords[m[1]], ""
		return nil
	}
	if otherLevelRe.MatchString(f) {
		p.level, p.field = "khac", ""
		return nil
	}
	if fieldRe.MatchString(f) {
		p.field = fieldName(text)
		return nil
	}
	// Other annex text (titles, table headers repeated on a new page,
	// "Kèm theo Quyết định số …") says nothing about procedures; but a
	// line with a code that is no table row would be a procedure lost.
	if c := textnorm.FindCode(text); c != "" {
		return p.errAt(b, "dòng %q có mã %s nhưng không đọc được thành một dòng của bảng (thiếu số thứ tự STT ở đầu dòng?): sửa tệp hoặc gõ lại dòng này (a line with code %s could not be read as a table row: is its row number missing?)", text, c, c)
	}
	return nil
}

// fieldName is the text after "Lĩnh vực" in a field section row.
func fieldName(text string) string {
	words := strings.Fields(text)
	for i, w := range words {
		if plain(w) == "vuc" && i+1 < len(words) {
			return strings.Join(words[i+1:], " ")
		}
	}
	return text
}

// header reads the lines before the annex: number, place and date, and the
// articles (one of which gives the entry into force).
func (p *parser) header(text, f string, page int) {
	if p.d.Number == "" {
		if m := numberRe.FindStringSubmatch(text); m != nil {
			p.d.Number = strings.Join(strings.Fields(m[1]), "")
		}
	}
	if p.d.Signed.IsZero() && len(p.articles) == 0 {
		if m := dateRe.FindStringSubmatchIndex(f); m != nil {
			if t, ok := mkDate(f[m[2]:m[3]], f[m[4]:m[5]], f[m[6]:m[7]]); ok {
				p.d.Signed = t
				if i := strings.Index(text, ","); i > 0 {
					p.d.Place = strings.TrimSpace(text[:i])
				}
			}
		}
	}
	if m := articleRe.FindStringSubmatch(f); m != nil {
		p.articles = append(p.articles, article{num: m[1], text: text, page: page})
		return
	}
	if n := len(p.articles); n > 0 {
		p.articles[n-1].text += " " + text
	}
}

func mkDate(d, m, y string) (time.Time, bool) {
	dd, _ := strconv.Atoi(d)
	mm, _ := strconv.Atoi(m)
	yy, _ := strconv.Atoi(y)
	t := time.Date(yy, time.Month(mm), dd, 0, 0, 0, 0, time.UTC)
	if t.Day() != dd || int(t.Month()) != mm || yy < 1990 || yy > 2100 {
		return time.Time{}, false
	}
	return t, true
}

// cleanCode reads a code cell: OCR's look-alikes (O for 0, l for 1, a
// comma for a dot) are undone and the wrapped pieces joined.
func cleanCode(s string) (code, long string) {
	r := strings.NewReplacer(" ", "", "O", "0", "o", "0", "l", "1", "I", "1", ",", ".", "|", "")
	c := r.Replace(strings.TrimSpace(s))
	c = strings.TrimRight(c, ".")
	if short := textnorm.ReduceCode(c); short != "" {
		if c != short {
			long = c
		}
		return short, long
	}
	return "", ""
}

// headerRow reads a table's header row (DOCX), finding its columns.
func (p *parser) headerRow(cells []string) bool {
	first := plain(cells[0])
	if first != "stt" && first != "tt" && first != "so tt" && first != "so thu tu" {
		return false
	}
	for i, c := range cells {
		f := plain(c)
		switch {
		case strings.HasPrefix(f, "ma"):
			p.codeCol = i
		case strings.HasPrefix(f, "ten"):
			p.nameCol = i
		case strings.HasPrefix(f, "co quan"):
			p.agencyCol = i
		}
	}
	return true
}

// row reads one annex table row.
// errAt is an error at a block: its page, or its DOCX table row.
func (p *parser) errAt(b Block, format string, a ...any) *Error {
	e := errf(p.d.File, b.Page, format, a...)
	e.Row = b.Row
	return e
}

func (p *parser) row(b Block) error {
	cells := make([]string, len(b.Cells))
	for i, c := range b.Cells {
		cells[i] = strings.Join(strings.Fields(strings.ReplaceAll(c, "|", " ")), " ")
	}
	if p.headerRow(cells) {
		return nil
	}
	// Column-number rows ("(1) (2) (3)") and page-repeated headers.
	if isNumberingRow(cells) || strings.HasPrefix(plain(cells[0]), "st") && len(cells) > 1 && strings.HasPrefix(plain(cells[1]), "ma") {
		return nil
	}
	codeCol, nameCol := p.codeCol, p.nameCol
	if codeCol < 0 {
		codeCol = 1
	}
	if nameCol < 0 {
		nameCol = codeCol + 1
	}
	var code, long, name string
	if codeCol < len(cells) {
		code, long = cleanCode(cells[codeCol])
	}
	if code == "" && p.codeCol < 0 {
		// A scan can shift a code into the cell before it ("1
		// 1.010829" under STT) or after it: look in the first cells.
		if i, c, l := findCode(cells); i >= 0 {
			code, long, codeCol, nameCol = c, l, i, i+1
		}
	}
	if nameCol < len(cells) {
		name = cells[nameCol]
	}
	if code == "" {
		// A row whose code column holds the name: no code at all.
		// Without a code the name stands in the code's column.
		what := name
		if codeCol < len(cells) && cells[codeCol] != "" {
			what = cells[codeCol]
		}
		if what == "" {
			what = strings.Join(cells, " ")
		}
		return p.errAt(b, "dòng STT %s có tên %q nhưng không có mã số TTHC: ghi mã (ví dụ 1.010829) vào cột Mã số (row %s has a name but no procedure code: write the code, e.g. 1.010829, in the code column)", cells[0], what, cells[0])
	}
	if name == "" {
		return p.errAt(b, "mã %s không có tên thủ tục (code %s has no procedure name)", code, code)
	}
	if p.part == "" {
		return p.errAt(b, "mã %s nằm ngoài các phần của phụ lục (code %s is listed before any part heading such as \"1. Danh mục thủ tục hành chính mới ban hành\")", code, code)
	}
	var agencies []string
	if p.agencyCol >= 0 && p.agencyCol < len(cells) && cells[p.agencyCol] != "" {
		agencies = []string{cells[p.agencyCol]}
	}
	if i, ok := p.byCode[code]; ok {
		e := &p.d.Entries[i]
		if e.Action != p.part {
			vi, en := partLabel(e.Action, false), partLabel(e.Action, true)
			if e.Page > 0 {
				vi, en = fmt.Sprintf("%s, trang %d", vi, e.Page), fmt.Sprintf("%s on page %d", en, e.Page)
			} else if e.Row != "" {
				rv, re, _ := strings.Cut(e.Row, " (")
				vi, en = vi+", "+rv, en+" at "+strings.TrimSuffix(re, ")")
			}
			return p.errAt(b, "mã %s có trong hai phần của cùng quyết định (phần %s và phần %s): mỗi mã chỉ thuộc một phần, hãy xoá dòng thừa (code %s is in two parts of one decision, %s and %s: keep it in one)",
				code, vi, partLabel(p.part, false), code, en, partLabel(p.part, true))
		}
		// The same code under another level section adds that level.
		e.Levels = addOnce(e.Levels, p.level)
		e.Fields = addOnce(e.Fields, p.field)
		for _, a := range agencies {
			e.Agencies = addOnce(e.Agencies, a)
		}
		return nil
	}
	p.byCode[code] = len(p.d.Entries)
	p.d.Entries = append(p.d.Entries, Entry{Action: p.part, Code: code, LongCode: long, Name: name,
		Levels: addOnce(nil, p.level), Fields: addOnce(nil, p.field), Agencies: agencies, Page: b.Page, Row: b.Row, OCR: b.OCR})
	return nil
}

// findCode finds a code at the end of one of the first three cells (the
// words before it being a row number), returning the cell, the code and
// its long form; -1 when there is none.
func findCode(cells []string) (int, string, string) {
	for i := 0; i < len(cells) && i < 3; i++ {
		words := strings.Fields(cells[i])
		for k := range words {
			if k > 0 && !isSTT(strings.Join(words[:k], "")) {
				break
			}
			if c, l := cleanCode(strings.Join(words[k:], "")); c != "" {
				return i, c, l
			}
		}
	}
	return -1, "", ""
}

func isNumberingRow(cells []string) bool {
	for _, c := range cells {
		c = strings.Trim(c, "() ")
		if c == "" {
			continue
		}
		if _, err := strconv.Atoi(c); err != nil {
			return false
		}
	}
	return len(cells) > 2
}

func addOnce(xs []string, x string) []string {
	if x == "" {
		return xs
	}
	for _, v := range xs {
		if v == x {
			return xs
		}
	}
	return append(xs, x)
}

// partLabel names a part in messages.
func partLabel(a Action, en bool) string {
	vi := map[Action]string{New: "mới ban hành", Amended: "sửa đổi, bổ sung", Replaced: "thay thế", Abolished: "bãi bỏ"}
	eng := map[Action]string{New: "new", Amended: "amended", Replaced: "replaced", Abolished: "abolished"}
	if en {
		return eng[a]
	}
	return vi[a]
}

// finish checks the header and finds the date of entry into force.
func (p *parser) finish() error {
	d := p.d
	if d.Number == "" {
		return errf(d.File, 1, "không tìm thấy số quyết định (dòng \"Số: 2031/QĐ-UBND\") ở đầu văn bản (no decision number, the \"Số: …/QĐ-UBND\" line, in the header)")
	}
	if d.Signed.IsZero() {
		return errf(d.File, 1, "không tìm thấy ngày ký (dòng \"…, ngày 15 tháng 3 năm 2026\") ở đầu văn bản (no signing date in the header)")
	}
	var read []string
	for _, a := range p.articles {
		f := plain(a.text)
		if !strings.Contains(f, "hieu luc") {
			continue
		}
		read = append(read, "Điều "+a.num)
		sign := fromSigningRe.FindStringIndex(f)
		date := fromDateRe.FindStringSubmatchIndex(f)
		switch {
		case sign != nil && (date == nil || sign[0] < date[0]):
			d.EffectiveFrom, d.EffectiveArticle = d.Signed, "Điều "+a.num
		case date != nil:
			t, ok := mkDate(f[date[2]:date[3]], f[date[4]:date[5]], f[date[6]:date[7]])
			if !ok {
				return errf(d.File, a.page, "Điều %s: ngày có hiệu lực %q không phải ngày hợp lệ (article %s: the date of entry into force is not a valid date)", a.num, f[date[0]:date[1]], a.num)
			}
			d.EffectiveFrom, d.EffectiveArticle = t, "Điều "+a.num
		default:
			continue
		}
		break
	}
	if d.EffectiveFrom.IsZero() {
		page := 1
		if len(p.articles) > 0 {
			page = p.articles[len(p.articles)-1].page
		}
		if len(read) == 0 {
			var all []string
			for _, a := range p.articles {
				all = append(all, "Điều "+a.num)
			}
			return errf(d.File, page, "không tìm thấy ngày có hiệu lực: đã đọc %s, không điều nào nói \"có hiệu lực thi hành kể từ ngày …\" (no date of entry into force: read %s, none says when the decision takes effect)", listOr(all), listOr(all))
		}
		return errf(d.File, page, "không tìm thấy ngày có hiệu lực: %s nói về hiệu lực nhưng không ghi \"kể từ ngày dd tháng mm năm yyyy\" hay \"kể từ ngày ký\" (no date of entry into force: %s speaks of it but gives no date)", strings.Join(read, ", "), strings.Join(read, ", "))
	}
	if len(d.Entries) == 0 {
		return errf(d.File, 0, "không tìm thấy thủ tục nào trong phụ lục (no procedure found in the annex: the parts must be headed \"1. Danh mục thủ tục hành chính mới ban hành\", \"2. … sửa đổi, bổ sung\", \"3. … bị bãi bỏ\" and list STT, Mã số TTHC, Tên thủ tục)")
	}
	return nil
}

func listOr(xs []string) string {
	if len(xs) == 0 {
		return "no article (không có điều nào)"
	}
	return strings.Join(xs, ", ")
}
