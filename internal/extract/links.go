package extract

import (
	"net/url"
	"strings"

	"github.com/tthcaudit/tthcaudit/internal/weburl"

	"github.com/tthcaudit/tthcaudit/internal/textnorm"
	"golang.org/x/net/html/atom"
)

// paginationTexts are folded texts of links to the next page of a list.
var paginationTexts = map[string]bool{
	"tiep": true, "sau": true, "trang sau": true, "tiep theo": true, "next": true, "cuoi": true, "trang cuoi": true, "last": true,
}

// links fills PageExtract.Links: every link to a web page, canonical, once.
func (p *Page) links() {
	entryURL := map[string]bool{}
	for _, e := range p.px.Entries {
		if e.DetailURL != "" {
			entryURL[e.DetailURL] = true
		}
	}
	p.px.entryURLs = entryURL
	for _, a := range p.anchors {
		u := a.u
		if u == nil && !a.resolved {
			u = p.resolve(a.href)
		}
		if u == nil {
			continue
		}
		us := u.String()
		if i, ok := p.seenLink[us]; ok {
			l := &p.px.Links[i]
			if entryURL[us] {
				l.Procedure = true
			}
			if l.OffTopic != "" {
				// Linked again, as something else ("Giới thiệu" in the
				// menu, "Thủ tục hành chính của xã" in the text): the
				// page does not say only that it leads away.
				if again := p.link(a, u, us, entryURL); again.OffTopic == "" {
					l.OffTopic = ""
					l.Procedure = l.Procedure || again.Procedure
					l.Pagination = l.Pagination || again.Pagination
				}
			}
			continue
		}
		p.seenLink[us] = len(p.px.Links)
		p.px.Links = append(p.px.Links, p.link(a, u, us, entryURL))
		p.px.LinkURLs = append(p.px.LinkURLs, u)
	}
}

// link classifies one anchor to u (us is its string).
func (p *Page) link(a *anchor, u *url.URL, us string, entryURL map[string]bool) Link {
	text := ""
	if a.n.DataAtom == atom.A {
		text = p.shortText(a.n)
	}
	l := Link{URL: us, Text: text}
	f := fold(text)
	l.Procedure = entryURL[us] || a.refresh || namesProcedure(text, f) ||
		weburl.LooksProcedure(u.Path+"?"+u.RawQuery+"#"+u.Fragment)
	if !a.excluded || p.px.ProcedurePage {
		l.Pagination = pagesList(u) || namesPage(text, f)
	}
	if !l.Procedure && !l.Pagination {
		c := linkContext{f: f, u: u, words: wordCount(text), p: p, a: a}
		if k := offTopic(&c); k != nil {
			l.OffTopic = k.Name
		}
	}
	return l
}

// namesProcedure reports whether a link's text names a procedure: a code,
// or the words "thủ tục" or "TTHC" (f is the folded text).
func namesProcedure(text, f string) bool {
	return textnorm.FindCode(text) != "" || strings.Contains(" "+f+" ", " thu tuc ") || strings.Contains(" "+f+" ", " tthc ")
}

// namesPage reports whether a link's text pages through a list: a page
// number, "Trang sau" and the like, or an arrow (f is the folded text).
func namesPage(text, f string) bool {
	return isPageNumber(text) || paginationTexts[f] || isPageLabel(f) || text == "»" || text == "›" || text == ">" || text == ">>"
}

// pagesList reports whether a URL pages through a list, a calendar's
// months excepted (they are a trap, not pages).
func pagesList(u *url.URL) bool { return weburl.IsPagination(u) && !weburl.IsCalendarLike(u) }

// isPageNumber reports whether a link text is a page number.
func isPageNumber(t string) bool { return len(t) <= 4 && textnorm.AllDigits(t) }

// isPageLabel reports whether folded link text names a page of a list:
// "trang 2", "trang 2 danh sach thu tuc hanh chinh", "page 3".
func isPageLabel(f string) bool {
	for _, w := range []string{"trang ", "page "} {
		rest, ok := strings.CutPrefix(f, w)
		if !ok {
			continue
		}
		num, _, _ := strings.Cut(rest, " ")
		return isPageNumber(num)
	}
	return false
}
