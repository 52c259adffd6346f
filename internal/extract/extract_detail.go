package extract

import (
	"bytes"
	"strings"
	"unicode"

	"github.com/tthcaudit/tthcaudit/internal/textnorm"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// labelAtoms are elements that can hold a detail-page label.
var labelAtoms = map[atom.Atom]bool{
	atom.Th: true, atom.Td: true, atom.Dt: true, atom.Strong: true, atom.B: true,
	atom.Label: true, atom.Span: true, atom.Div: true, atom.P: true, atom.Li: true,
	atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true, atom.Em: true, atom.U: true,
}

// genericTitles are folded headings that title every detail page and name
// no procedure.
var genericTitles = []string{"chi tiet", "thong tin", "hanh chinh", "thu tuc hanh chinh", "noi dung", "cong dich vu cong", "trang chu"}

// genericTitle reports whether a folded heading is one of genericTitles,
// alone or with a few words more ("Chi tiết thủ tục hành chính").
func genericTitle(f string) bool {
	for _, g := range genericTitles {
		if f == g || strings.HasPrefix(f, g+" ") && wordCount(f) <= wordCount(g)+3 {
			return true
		}
	}
	return false
}

// detailScan collects the labelled values of a page.
type detailScan struct {
	code, name, field, agency, level string
	codeLabel, nameLabel, many       bool
	sections                         [10]bool
	// labelled counts sections shown as labels or headings, not as the
	// column headers of a wide table (a procedure list has those too).
	labelled int
}

// detail reads the page as a procedure detail page: a title and labelled
// rows ("Mã thủ tục", "Lĩnh vực", "Cơ quan thực hiện", "Cấp thực hiện") and
// the standard sections. It returns nil when the page is not one.
func (p *Page) detail() *Detail {
	s := &detailScan{}
	p.scanLabels(p.body, false, s)
	name := s.name
	if name == "" {
		name = p.titleHeading()
	}
	if name == "" {
		name = titleName(p.px.Title)
	}
	name, nameCode := textnorm.SplitCode(name)
	code := s.code
	if code == "" {
		code = nameCode
	}
	nsec := s.labelled
	if name == "" || wordCount(name) < 2 || s.many {
		return nil
	}
	if !(s.codeLabel && code != "" || s.nameLabel && s.name != "" || nsec >= 3) {
		return nil
	}
	if code == "" {
		code = textnorm.FindCode(p.base.RawQuery + " " + p.base.Path)
	}
	d := &Detail{Name: name, Code: code, Field: s.field, Agency: s.agency, Level: s.level, Sections: []string{}}
	for i, ok := range s.sections {
		if ok {
			d.Sections = append(d.Sections, StandardSections[i])
		}
	}
	return d
}

// titleName is the procedure's name in a page title without a heading
// of its own: the first part, before the site's name ("Đăng ký kết hôn -
// Cổng thông tin điện tử huyện"), unless it is a generic title.
func titleName(title string) string {
	// The site's name stands at either end, after or before a separator;
	// a separator inside the name ("Lao động - Thương binh và Xã hội")
	// stays.
	for cut := true; cut; {
		cut = false
		for _, sep := range []string{" | ", " - ", " – ", " — ", " :: "} {
			if i := strings.LastIndex(title, sep); i > 0 && siteName(title[i+len(sep):]) {
				title, cut = title[:i], true
			}
			if i := strings.Index(title, sep); i > 0 && siteName(title[:i]) {
				title, cut = title[i+len(sep):], true
			}
		}
	}
	title = strings.TrimSpace(title)
	if genericTitle(fold(title)) || wordCount(title) < 3 || !PlausibleName(title) {
		return ""
	}
	return title
}

// siteWords name a site in a page title (folded), anywhere in a part;
// siteOwners open a short part naming the site's owner ("Huyện Tri Tôn",
// "UBND xã …"). Not "Sở" nor "Bộ": folded, "sở"/"số" and "bổ" open names
// ("Bổ sung tình hình thân nhân …").
var (
	siteWords  = []string{"cong thong tin", "cong dich vu", "cong ttdt", "trang thong tin", "portal", "gov vn", "website", "trang chu"}
	siteOwners = []string{"ubnd", "uy ban", "huyen", "tinh", "xa", "phuong", "thi tran", "thanh pho"}
)

// maxOwnerWords bounds a part of a title that names the site's owner.
const maxOwnerWords = 6

// siteName reports whether a part of a page title names the site.
func siteName(part string) bool {
	f := fold(part)
	if f == "" || wordCount(f) > 12 {
		return false
	}
	for _, w := range siteWords {
		if strings.Contains(" "+f+" ", " "+w+" ") {
			return true
		}
	}
	if wordCount(f) > maxOwnerWords {
		return false
	}
	for _, w := range siteOwners {
		if strings.HasPrefix(f+" ", w+" ") {
			return true
		}
	}
	return false
}

// titleHeading returns the page's procedure title: its first <h1> that is
// not a generic title, else such an <h2> without a colon.
func (p *Page) titleHeading() string {
	for li, list := range [][]string{p.h1, p.h2} {
		for _, t := range list {
			f := fold(t)
			if f == "" || li == 1 && strings.Contains(t, ":") {
				continue
			}
			if !genericTitle(f) && wordCount(t) >= 2 {
				return t
			}
		}
	}
	return ""
}

// scanLabels walks the page looking for labels and their values.
func (p *Page) scanLabels(n *html.Node, excluded bool, s *detailScan) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || skipAtoms[c.DataAtom] {
			continue
		}
		ex := excluded || isExcludedRegion(c)
		if !ex && labelAtoms[c.DataAtom] && p.tryLabel(c, s) {
			continue
		}
		p.scanLabels(c, ex, s)
	}
}

// tryLabel reads n as a label ("Mã thủ tục:" with its value in the next
// element, or "Mã thủ tục: 1.000123" in one run of text). It reports
// whether n was a label, so that its children are not read again.
func (p *Page) tryLabel(n *html.Node, s *detailScan) bool {
	if w, next := firstFoldedWords(n, true); !labelFirstWords[w] && !(listNumber(w) && labelFirstWords[next]) {
		return false
	}
	if !p.mayBeLabel(n) {
		return false
	}
	t := p.shortText(n)
	if t == "" || len(t) > 150 {
		return false
	}
	kind, sec := labelOf(fold(t))
	value, hasValue := "", false
	if k2, s2, v, ok := labelled(t); ok && v != "" {
		// "Mã thủ tục: 3.000001" in one run: Fold drops the code, so the
		// whole text would look like a bare label.
		if (k2 == labelName || k2 == labelCode) && (numberedListCell(n) || p.amongNames(n)) {
			// "4 | Tên thủ tục: Giải thể trường … | UBND", "<li><a>Tên
			// thủ tục: …</a></li>" among plain names: one item of a
			// list whose name carries its label, no detail page.
			return false
		}
		kind, sec, value, hasValue = k2, s2, v, true
		if v, ok := p.firstBlockValue(n); ok {
			value = v // "<div><p>Tên thủ tục: X</p><p>Mã: · Lĩnh vực: …</p></div>"
		}
		return p.record(n, s, kind, sec, value, hasValue)
	}
	if (n.DataAtom == atom.Td || n.DataAtom == atom.Th) && n.Parent != nil && (len(rowCells(n.Parent)) > 2 || allTh(n.Parent)) {
		// A column header of a wide table: it can show a section, never
		// label one procedure's code or name.
		if kind == labelSection || kind == labelAgency {
			s.sections[sec] = true
		}
		return kind != labelNone
	}
	if kind != labelNone {
		if elementChildren(n) >= 2 {
			// "<div class=row><div>Trình tự thực hiện:</div><div></div></div>":
			// the whole row is the label, its value part is empty.
			hasValue = true
		} else if v := nextElement(n); v != nil {
			// Bounded: a section cell can hold pages of text. A section's
			// value is read only to know whether it is empty or is the
			// next label (a label is short); a value longer than 600
			// bytes is no code, name, field, level or agency.
			if kind == labelSection {
				value = p.sectionValue(v)
			} else {
				value = limitedText(v, 700)
			}
			hasValue = true
		} else if n.Parent != nil && (n.DataAtom == atom.Strong || n.DataAtom == atom.B || n.DataAtom == atom.Span || n.DataAtom == atom.Label || n.DataAtom == atom.Em || n.DataAtom == atom.U) {
			// "<p><b>Mã thủ tục:</b> 1.000123</p>": the value is the rest
			// of the parent's text.
			pt := limitedText(n.Parent, 600)
			if rest, ok := strings.CutPrefix(pt, t); ok {
				value, hasValue = strings.TrimSpace(strings.TrimLeft(rest, ": ")), true
			}
		}
	}
	if kind == labelNone {
		return false
	}
	return p.record(n, s, kind, sec, value, hasValue)
}

// mayBeLabel is tryLabel's cheap test on n's raw text, before it is
// cleaned (NFC-normalised, the costly part): whether the text, or its part
// before a colon, folds to a label. fold reads raw text as well as clean
// (it drops combining marks and collapses spaces and punctuation), so most
// elements that open with a label-like word ("Cơ quan có thẩm quyền …")
// are turned down without being cleaned.
func (p *Page) mayBeLabel(n *html.Node) bool {
	buf := p.raw[:0]
	appendTextLimit(&buf, n, shortTextMax)
	p.raw = buf
	f := fold(string(buf))
	if k, _ := labelOf(f); k != labelNone {
		return true
	}
	if i := bytes.IndexAny(buf, ":："); i > 0 {
		if k, _ := labelOf(fold(string(buf[:i]))); k != labelNone {
			return true
		}
	}
	return false
}

// sectionValue is the value of a section label as record needs it: ""
// when blank, else text that folds as the cleaned text would (to tell the
// next label from a value). It is not cleaned unless it holds entities:
// a section's body is read on every detail page, only to know this.
func (p *Page) sectionValue(v *html.Node) string {
	buf := p.raw[:0]
	appendTextLimit(&buf, v, shortTextMax)
	p.raw = buf
	if bytes.IndexByte(buf, '&') >= 0 {
		return p.shortText(v) // entities: Clean decodes them
	}
	return strings.TrimFunc(string(buf), isInvisible)
}

// isInvisible reports the runes textnorm.Clean drops or turns to spaces.
func isInvisible(r rune) bool {
	switch r {
	case '\u00a0', '\u00ad', '\u200b', '\u200c', '\u200d', '\ufeff':
		return true
	}
	return unicode.IsSpace(r)
}

// withoutNameLabel is a name without the label a portal writes inside
// its value as well ("Tên thủ tục | Tên thủ tục: Giải thể trường …"):
// the cell then reads as a label of its own, with the same name.
func withoutNameLabel(v string) string {
	if k, _, rest, ok := labelled(v); ok && k == labelName {
		return rest
	}
	return v
}

// labelled reads t as a label and its value in one run of text ("Mã thủ
// tục: 3.000001", "Tên thủ tục: Giải thể …"): the label's kind and
// section and the value after the colon; ok is false when t opens with
// no label before a colon.
func labelled(t string) (kind labelKind, sec int, value string, ok bool) {
	i := strings.IndexAny(t, ":：")
	if i <= 0 || i >= 60 {
		return labelNone, -1, "", false
	}
	if kind, sec = labelOf(fold(t[:i])); kind == labelNone {
		return labelNone, -1, "", false
	}
	_, size := firstRuneLen(t[i:])
	return kind, sec, strings.TrimSpace(t[i+size:]), true
}

// record notes one label and its value.
func (p *Page) record(n *html.Node, s *detailScan, kind labelKind, sec int, value string, hasValue bool) bool {
	if vk, _ := labelOf(fold(value)); vk != labelNone && vk != labelSection {
		value = "" // the "value" is the next label: this one is empty
	}
	switch kind {
	case labelCode:
		s.codeLabel = true
		if c := textnorm.FindCode(value); c != "" {
			if s.code != "" && s.code != c {
				s.many = true // several procedures' codes: a list, not a detail page
			}
			if s.code == "" {
				s.code = c
			}
		}
	case labelName:
		s.nameLabel = true
		if value != "" && len(value) < 600 {
			if s.name != "" && withoutNameLabel(s.name) != withoutNameLabel(value) {
				s.many = true
			}
			if s.name == "" || withoutNameLabel(s.name) == value {
				s.name = value
			}
		}
	case labelField:
		if value != "" && s.field == "" && len(value) < 200 {
			s.field = value
		}
	case labelLevel:
		if value != "" && s.level == "" && len(value) < 200 {
			s.level = value
		}
	case labelAgency:
		if value != "" && s.agency == "" && len(value) < 300 {
			s.agency = value
		}
	}
	if sec >= 0 {
		// A label row with an empty value shows the section's title only;
		// a heading or a column header shows it.
		if !hasValue || value != "" || headingLevel(n) > 0 || n.DataAtom == atom.Th {
			if !s.sections[sec] {
				s.labelled++
			}
			s.sections[sec] = true
		}
	}
	return true
}

func firstRuneLen(s string) (rune, int) {
	for _, r := range s {
		return r, len(string(r))
	}
	return 0, 0
}

// nextElement returns n's next sibling element, or nil.
func nextElement(n *html.Node) *html.Node {
	for c := n.NextSibling; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			return c
		}
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			return nil
		}
	}
	return nil
}

// elementChildren counts n's child elements.
func elementChildren(n *html.Node) int {
	k := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			k++
		}
	}
	return k
}

// allTh reports whether every cell of row tr is a <th>: a header row.
func allTh(tr *html.Node) bool {
	cells := rowCells(tr)
	for _, c := range cells {
		if c.DataAtom != atom.Th {
			return false
		}
	}
	return len(cells) > 1
}

// numberedListCell reports whether n is a cell of a numbered row of a wide
// table ("4 | … | UBND cấp xã"): a row of a list.
func numberedListCell(n *html.Node) bool {
	if n.DataAtom != atom.Td && n.DataAtom != atom.Th || n.Parent == nil {
		return false
	}
	cells := rowCells(n.Parent)
	return len(cells) > 2 && cells[0] != n && rowNumbered(cells[0])
}

// itemAtoms hold one item of a list: the row, list item, term, card or
// post a name stands in.
var itemAtoms = map[atom.Atom]bool{atom.Li: true, atom.Dt: true, atom.Tr: true, atom.Div: true, atom.Article: true, atom.P: true}

// amongNames reports whether n stands in an item of a list whose other
// items are procedures' names without a label ("<li>Đăng ký khai
// sinh</li><li>Tên thủ tục: Khai tử</li>"): the nearest item (n or an
// ancestor, three levels up at most) with siblings of its own kind, two
// of which read as names. The items of a detail page laid out as a list
// are labels ("Mã thủ tục: …", "Lĩnh vực: …") and count for nothing.
func (p *Page) amongNames(n *html.Node) bool {
	item := n
	for range 4 {
		if item == nil || item.Type != html.ElementNode {
			return false
		}
		if itemAtoms[item.DataAtom] && item.Parent != nil {
			names, kin := 0, 0
			for c := item.Parent.FirstChild; c != nil; c = c.NextSibling {
				if c == item || c.Type != html.ElementNode || c.DataAtom != item.DataAtom || attr(c, "class") != attr(item, "class") {
					continue
				}
				kin++
				t := p.shortText(c)
				if w, _ := firstFoldedWords(c, false); !labelFirstWords[w] && PlausibleName(t) {
					names++
				}
			}
			if kin > 0 {
				return names >= 2
			}
		}
		item = item.Parent
	}
	return false
}

// firstBlockValue is the value a label and its value in the first of
// n's blocks hold, when n (through wrappers of one element) is several
// blocks: a card's "<p>Tên thủ tục: X</p><p>Mã: · Lĩnh vực: …</p>", whose
// whole text would run the next block into X. ok is false when n is one
// block, or its first block is the label alone ("<div>Cơ quan thực
// hiện:</div><div>…</div>", whose value is the next block).
func (p *Page) firstBlockValue(n *html.Node) (string, bool) {
	v := n
	for elementChildren(v) == 1 && !ownText(v) {
		v = firstElement(v)
	}
	if elementChildren(v) < 2 {
		return "", false
	}
	first := p.shortText(firstElement(v))
	i := strings.IndexAny(first, ":：")
	if i <= 0 {
		return "", false
	}
	_, size := firstRuneLen(first[i:])
	value := strings.TrimSpace(first[i+size:])
	return value, value != ""
}

// firstElement is n's first element child.
func firstElement(n *html.Node) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			return c
		}
	}
	return nil
}

// ownText reports whether n holds text of its own, outside its elements.
func ownText(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			return true
		}
	}
	return false
}
