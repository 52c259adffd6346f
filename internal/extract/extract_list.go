package extract

import (
	"net/url"
	"strings"

	"github.com/tthcaudit/tthcaudit/internal/textnorm"
	"github.com/tthcaudit/tthcaudit/internal/weburl"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// genericLinkTexts are folded link texts that name no procedure.
var genericLinkTexts = map[string]bool{
	"xem chi tiet": true, "chi tiet": true, "xem": true, "tai ve": true, "tai xuong": true,
	"xem them": true, "nop ho so": true, "nop truc tuyen": true, "dang ky": true, "in": true,
	"download": true, "details": true, "more": true, "view": true, "xem tiep": true,
}

// categoryWords are folded words that make a link a list or category of
// procedures, not one procedure.
var categoryWords = []string{"xem ", "danh sach", "danh muc", "tra cuu", "cong khai", "quyet dinh cong bo", "bo thu tuc", "tat ca", "linh vuc", "xem them", "hanh chinh lien thong"}

// newsURLWords mark news articles in a URL.
var newsURLWords = []string{"tin-tuc", "tintuc", "/news", "bai-viet", "baiviet", "su-kien", "thong-bao", "thongbao", "/tin/"}

// isNewsURL reports whether u's path or query has a news word.
func isNewsURL(u *url.URL) bool {
	lu := strings.ToLower(u.Path + "?" + u.RawQuery)
	for _, w := range newsURLWords {
		if strings.Contains(lu, w) {
			return true
		}
	}
	return false
}

// newsItem reports whether the anchor a, to u, is an item of news: under
// a news heading, or in a news box or at a news address except on a page
// about procedures (portals that publish procedures through their news
// CMS give them news boxes and addresses). A news item is no entry, and
// one whose headline does not speak of procedures is not followed
// (OffTopics).
func (p *Page) newsItem(a *anchor, u *url.URL) bool {
	return a.news || !p.px.ProcedurePage && (a.newsBox || isNewsURL(u))
}

// itemInfo tracks, for each element above an anchor, which distinct link
// it holds: an item container holds exactly one.
type itemInfo struct {
	url   string
	multi bool
}

// listEntries reads the page's remaining links as list items and cards.
func (p *Page) listEntries() {
	items := map[*html.Node]*itemInfo{}
	for _, a := range p.anchors {
		if a.excluded || a.n.DataAtom != atom.A {
			continue
		}
		if !a.resolved {
			a.u, a.resolved = p.resolve(a.href), true
		}
		if a.u == nil || weburl.IsFile(a.u) {
			continue
		}
		us := a.u.String()
		for n := a.n.Parent; n != nil && n != p.body; n = n.Parent {
			it := items[n]
			if it == nil {
				items[n] = &itemInfo{url: us}
				continue
			}
			if it.url != us {
				if it.multi {
					break
				}
				it.multi = true
			}
		}
	}
	seen := map[string]bool{}
	for _, a := range p.anchors {
		if a.excluded || a.u == nil || p.newsItem(a, a.u) || p.consumed[a.n] || weburl.IsFile(a.u) {
			continue
		}
		e, ok := p.anchorEntry(a, items)
		if !ok {
			continue
		}
		k := e.DetailURL + "\x00" + e.Key
		if seen[k] {
			continue
		}
		seen[k] = true
		p.Add(e)
	}
}

// container returns the largest element around a that holds no other link
// (a list item, a card), or a itself.
func (p *Page) container(a *anchor, items map[*html.Node]*itemInfo) *html.Node {
	c := a.n
	for n := a.n.Parent; n != nil && n != p.body; n = n.Parent {
		if it := items[n]; it == nil || it.multi {
			break
		}
		switch n.DataAtom {
		case atom.Table, atom.Tbody, atom.Ul, atom.Ol, atom.Form, atom.Main, atom.Body:
			return c
		}
		c = n
		if n.DataAtom == atom.Li || n.DataAtom == atom.Tr || n.DataAtom == atom.Article {
			break
		}
	}
	return c
}

// titleIn returns the text of a title element inside c (a card's heading).
func titleIn(c, except *html.Node) string {
	var found string
	var walk func(n *html.Node) bool
	walk = func(n *html.Node) bool {
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			if ch.Type != html.ElementNode || ch == except {
				continue
			}
			if headingLevel(ch) > 0 || classHas(ch, "title", "name", "ten", "tieu-de", "tieude") {
				if t := nodeText(ch); t != "" {
					found = t
					return true
				}
			}
			if walk(ch) {
				return true
			}
		}
		return false
	}
	walk(c)
	return found
}

// classHas reports whether one of n's classes contains one of words.
func classHas(n *html.Node, words ...string) bool {
	v := strings.ToLower(attr(n, "class"))
	if v == "" {
		return false
	}
	for _, cls := range strings.Fields(v) {
		for _, w := range words {
			if strings.Contains(cls, w) {
				return true
			}
		}
	}
	return false
}

// anchorEntry decides whether a link is a procedure and builds its entry.
// It is conservative: a bare link counts only in a procedure context (under
// a "Lĩnh vực" heading, on a procedure page, in a card with a code) or when
// its own text or URL says procedure.
func (p *Page) anchorEntry(a *anchor, items map[*html.Node]*itemInfo) (Entry, bool) {
	c := p.container(a, items)
	shown := nodeText(a.n)
	if shown == "" {
		shown = textnorm.Clean(attr(a.n, "title"))
	}
	kind := "list"
	if genericLinkTexts[fold(shown)] || shown == "" || wordCount(shown) < 3 && !shortName(fold(shown)) {
		if c == a.n {
			return Entry{}, false
		}
		t := titleIn(c, a.n)
		if t == "" {
			return Entry{}, false
		}
		shown, kind = t, "card"
	}
	if shown != "" && attr(a.n, "title") != "" && isTruncated(shown) {
		// The full name often sits in the title attribute.
		if full := textnorm.Clean(attr(a.n, "title")); !isTruncated(full) && len(full) > len(shown)-3 {
			shown = full
		}
	}
	name, code := textnorm.SplitCode(trimNumbering(shown))
	f := fold(name)
	// The words that remain once "thủ tục (hành chính)" is dropped, as
	// textnorm.Key drops it.
	words := wordCount(stripProcedurePrefix(f))
	if !enoughWords(f) {
		return Entry{}, false
	}
	for _, w := range categoryWords {
		if strings.HasPrefix(f, w) {
			return Entry{}, false
		}
	}
	if isPageLabel(f) {
		// "Trang 2 - danh sách thủ tục hành chính": the next page of the
		// list, not a procedure.
		return Entry{}, false
	}
	if rest, ok := strings.CutPrefix(f, "thu tuc hanh chinh "); ok && (strings.HasPrefix(rest, "cap ") || strings.HasPrefix(rest, "thuoc ") || strings.HasPrefix(rest, "lien thong")) {
		return Entry{}, false
	}
	var ctext string
	if c != a.n {
		ctext = nodeText(c)
		for n := a.n.Parent; kind == "list" && n != nil && n != c.Parent; n = n.Parent {
			if n.DataAtom != atom.Li && classHas(n, "card", "item", "box", "tthc", "procedure", "thu-tuc", "thutuc") {
				kind = "card"
			}
		}
	}
	if code == "" && ctext != "" {
		code = labelledCode(ctext)
	}
	field := a.field
	if ctext != "" {
		if v := labelValue(ctext, "lĩnh vực"); v != "" {
			field = v
		}
	}
	procText := strings.HasPrefix(f, "thu tuc") || strings.Contains(" "+f+" ", " tthc ")
	inList := false
	for n := a.n.Parent; n != nil && n != p.body; n = n.Parent {
		if n.DataAtom == atom.Li || n.DataAtom == atom.Dd || n.DataAtom == atom.Td {
			inList = true
			break
		}
	}
	// A field inherited from a "Lĩnh vực" heading counts for a link in a
	// list item or an item of its own, not for any link that follows
	// the heading (a block of unrelated links, a tag cloud).
	ok := code != "" ||
		field != "" && (inList || c != a.n || field != a.field) ||
		kind == "card" && (p.px.ProcedurePage || procText) ||
		p.px.ProcedurePage && inList && (words >= 4 || words == 3 && readsLikeProcedure(f) || shortName(f)) || // "Xóa đăng ký", "Tách hộ"
		procText || // "Thủ tục thành lập hội": the link names itself a procedure
		weburl.LooksProcedure(a.u.Path+"?"+a.u.RawQuery+"#"+a.u.Fragment) && words >= 4
	if !ok {
		return Entry{}, false
	}
	detail := a.u.String()
	if a.u.Fragment != "" {
		// A hash route of a single-page app: without a browser it is the
		// same shell, no detail page to read; the route is still crawled
		// as a link.
		detail = ""
	}
	return Entry{
		Text: name, Key: textnorm.Key(name), Code: code, Field: field, DetailURL: detail,
		Truncated: isTruncated(name), Kind: kind,
	}, true
}

// labelledCode finds a procedure code in an item's text, preferring one
// after a "Mã …" label to a number that merely looks like a code.
func labelledCode(t string) string {
	lt := strings.ToLower(t)
	if len(lt) == len(t) {
		for _, l := range []string{"mã tthc", "mã thủ tục", "mã số", "mã"} {
			if i := strings.Index(lt, l); i >= 0 {
				if c := textnorm.FindCode(t[i:]); c != "" {
					return c
				}
			}
		}
	}
	return textnorm.FindCode(t)
}

// knownLabels end a labelled value inside an item's text.
var knownLabels = []string{"mã thủ tục", "mã tthc", "mã số", "lĩnh vực", "cơ quan", "cấp thực hiện", "mức độ", "thời hạn", "phí", "đối tượng", "xem chi tiết", "chi tiết", "nộp hồ sơ"}

// labelValue returns the text after "label:" in t, up to the next known
// label, or "".
func labelValue(t, label string) string {
	lt := strings.ToLower(t)
	if len(lt) != len(t) {
		return "" // a rare letter changed length in lower case: indexes would not line up
	}
	i := strings.Index(lt, label)
	if i < 0 {
		return ""
	}
	rest := t[i+len(label):]
	rest = strings.TrimLeft(rest, " ")
	if !strings.HasPrefix(rest, ":") {
		return ""
	}
	rest = strings.TrimSpace(rest[1:])
	lr := strings.ToLower(rest)
	end := len(rest)
	for _, l := range knownLabels {
		if j := strings.Index(lr, l); j >= 0 && j < end {
			end = j
		}
	}
	if j := strings.IndexAny(rest[:end], "|;"); j >= 0 {
		end = j
	}
	return strings.TrimSpace(strings.Trim(strings.TrimSpace(rest[:end]), "-–—|,."))
}

// enoughWords reports whether folded text says enough to be a procedure's
// name: three words once "thủ tục (hành chính)" is dropped, as
// textnorm.Key drops it, or two after a bare "thủ tục", which itself says
// a procedure ("Thủ tục khai tử"), unless they are a level ("Thủ tục cấp
// xã"); or it is one of the national list's shortest names (shortNames).
func enoughWords(f string) bool {
	rest := stripProcedurePrefix(f)
	if shortName(rest) {
		return true // "Tách hộ"
	}
	n := wordCount(rest)
	return n >= 3 || n == 2 && strings.HasPrefix(f, "thu tuc ") && !strings.HasPrefix(f, "thu tuc hanh chinh") && !strings.HasPrefix(rest, "cap ")
}

// stripProcedurePrefix drops a leading "thu tuc hanh chinh", "thu tuc" or
// "tthc" from folded text.
func stripProcedurePrefix(f string) string {
	for _, p := range []string{"thu tuc hanh chinh ", "thu tuc ", "tthc "} {
		if rest, ok := strings.CutPrefix(f, p); ok {
			return rest
		}
	}
	return f
}
