package main

import (
	"bytes"
	"fmt"
	"html"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync/atomic"
	"unicode/utf8"
)

// Layouts of the generated portals, one per portal in turn: the ways real
// provincial, district and commune portals list their procedures.
const (
	layoutTable        = iota // a paginated table: STT, Mã TTHC, Tên thủ tục, Lĩnh vực, Cấp
	layoutGroupedList         // lists of links under "Lĩnh vực …" headings
	layoutSectionTable        // a table with "Lĩnh vực …" section rows, no code column
	layoutCodedList           // grouped lists, names cut short, code in parentheses
	layouts
)

var layoutNames = []string{"table", "grouped-list", "section-table", "coded-list"}

// rowsPerList is how many procedures one list page shows.
const rowsPerList = 50

// portalSite is one generated portal: its pages, keyed by path and query.
type portalSite struct {
	ID, Name, Level string
	Layout          int
	// pages hold each page's own part; head and foot are shared.
	pages      map[string][]byte
	head, foot []byte
	requests   atomic.Int64
	bytes      atomic.Int64
	srv        *httptest.Server
}

// textWords are Vietnamese words for filler text (the words of the real
// procedure names), so that pages weigh and parse like real ones.
var textWords []string

func initWords(ps []proc) {
	seen := map[string]bool{}
	for _, p := range ps {
		for _, w := range strings.Fields(p.Name) {
			w = strings.Trim(w, ",.;:()")
			if w != "" && !seen[w] {
				seen[w] = true
				textWords = append(textWords, w)
			}
		}
	}
}

// sentence writes n words of filler.
func sentence(b *strings.Builder, r *rand.Rand, n int) {
	for i := range n {
		if i > 0 {
			b.WriteByte(' ')
		}
		w := textWords[r.IntN(len(textWords))]
		if i == 0 {
			rr, size := utf8.DecodeRuneInString(w)
			w = strings.ToUpper(string(rr)) + w[size:]
		}
		b.WriteString(html.EscapeString(w))
	}
	b.WriteString(". ")
}

// boilerplate builds the head (styles, scripts, header, menu, sidebar) and
// the foot every page of a portal shares: about 18 KB, as real CMS pages.
func (s *portalSite) boilerplate(lists int) {
	r := rand.New(rand.NewPCG(uint64(hash32(s.ID)), 1))
	var h strings.Builder
	h.WriteString("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>%TITLE%</title>\n<style>\n")
	for i := range 90 {
		fmt.Fprintf(&h, ".c%d-%s{margin:%dpx %dpx;padding:%dpx;color:#%06x;font-size:%dpx;line-height:1.%d}\n", i, s.ID, r.IntN(20), r.IntN(20), r.IntN(12), r.IntN(1<<24), 11+r.IntN(8), r.IntN(9))
	}
	h.WriteString("</style>\n<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());gtag('config','G-XXXXXXX');\n")
	for i := range 40 {
		fmt.Fprintf(&h, "var cfg%d={id:%d,name:'%s',show:function(){return document.querySelectorAll('.c%d-%s').length>%d}};\n", i, i, s.ID, i, s.ID, r.IntN(100))
	}
	h.WriteString("</script></head><body>\n<header class=\"site-header\"><div class=\"logo\"><a href=\"/\"><img src=\"/static/logo.png\" alt=\"Quốc huy\"></a></div>")
	fmt.Fprintf(&h, "<div class=\"site-name\">%s</div></header>\n<nav class=\"menu\"><ul>", html.EscapeString(s.Name))
	menu := []string{"/|Trang chủ", "/gioi-thieu|Giới thiệu", "/tin-tuc/1|Tin tức - Sự kiện", "/thu-tuc-hanh-chinh?page=1|Thủ tục hành chính", "/lien-he|Liên hệ", "/van-ban|Văn bản pháp luật", "/so-do-trang|Sơ đồ trang"}
	for _, m := range menu {
		p, t, _ := strings.Cut(m, "|")
		fmt.Fprintf(&h, "<li><a href=\"%s\">%s</a></li>", p, t)
	}
	h.WriteString("<li class=\"sub\"><ul>")
	for i := 1; i <= 10; i++ {
		fmt.Fprintf(&h, "<li><a href=\"/tin-tuc/%d\">Tin tức trang %d</a></li>", i, i)
	}
	h.WriteString("</ul></li><li><a href=\"https://dichvucong.gov.vn/\">Cổng Dịch vụ công Quốc gia</a></li><li><a href=\"https://chinhphu.vn/\">Cổng thông tin Chính phủ</a></li>")
	h.WriteString("</ul></nav>\n<aside class=\"sidebar\"><h3>Tin nổi bật</h3><ul>")
	for i := 1; i <= 10; i++ {
		h.WriteString("<li><a href=\"/tin-tuc/")
		fmt.Fprintf(&h, "%d\">", i)
		sentence(&h, r, 10+r.IntN(6))
		h.WriteString("</a></li>")
	}
	h.WriteString("</ul><h3>Liên kết</h3><ul>")
	for i := range 12 {
		fmt.Fprintf(&h, "<li><a href=\"https://portal%d.example.gov.vn/\">Cổng thông tin đơn vị %d</a></li>", i, i)
	}
	h.WriteString("</ul></aside>\n<main class=\"content\">\n")
	s.head = []byte(h.String())

	var f strings.Builder
	f.WriteString("\n</main>\n<footer class=\"site-footer\"><p>")
	fmt.Fprintf(&f, "%s. Địa chỉ: số 1 đường Lê Lợi. Điện thoại: 0296 3852 000. Thư điện tử: ubnd@example.gov.vn. ", html.EscapeString(s.Name))
	for range 6 {
		sentence(&f, r, 25)
	}
	f.WriteString("</p><p>Ghi rõ nguồn khi phát hành lại thông tin từ cổng thông tin này.</p></footer>\n<script>")
	for i := range 30 {
		fmt.Fprintf(&f, "document.querySelectorAll('.c%d-%s').forEach(function(e){e.addEventListener('click',function(){gtag('event','click',{id:%d})})});\n", i, s.ID, i)
	}
	f.WriteString("</script></body></html>\n")
	s.foot = []byte(f.String())
}

// spell gives the name as the portal publishes it: mostly exact, some with
// the old tone placement, "sỹ" for "sĩ", or cut short on list pages.
func spell(name string, h uint32, list bool) string {
	switch h % 10 {
	case 1:
		return strings.NewReplacer("òa", "oà", "óa", "oá", "ỏa", "oả", "ủy", "uỷ", "úy", "uý", "ùy", "uỳ").Replace(name)
	case 2:
		return strings.ReplaceAll(name, "sĩ", "sỹ")
	case 3:
		if list && utf8.RuneCountInString(name) > 70 {
			rs := []rune(name)
			return string(rs[:60]) + "…"
		}
	}
	return name
}

// newSite generates a portal publishing ps (its share of the catalogue):
// list pages of rowsPerList procedures in the portal's layout, a detail
// page per procedure (20-60 KB with the shared parts), and the news and
// info pages the menu links.
func newSite(id, name, level string, layout int, ps []proc) *portalSite {
	s := &portalSite{ID: id, Name: name, Level: level, Layout: layout, pages: map[string][]byte{}}
	lists := (len(ps) + rowsPerList - 1) / rowsPerList
	s.boilerplate(lists)
	r := rand.New(rand.NewPCG(uint64(hash32(id)), 2))
	set := func(path, title, body string) {
		s.pages[path] = []byte(html.EscapeString(title) + "\x00" + body)
	}

	var home strings.Builder
	fmt.Fprintf(&home, "<h1>%s</h1><div class=\"intro\"><p>", html.EscapeString(name))
	for range 8 {
		sentence(&home, r, 20)
	}
	home.WriteString("</p><p><a href=\"/thu-tuc-hanh-chinh?page=1\">Danh sách thủ tục hành chính</a></p></div>")
	set("/", name, home.String())
	for _, p := range []string{"/gioi-thieu", "/lien-he", "/van-ban", "/so-do-trang"} {
		var b strings.Builder
		b.WriteString("<h1>Thông tin</h1><p>")
		for range 15 {
			sentence(&b, r, 18)
		}
		b.WriteString("</p>")
		set(p, "Thông tin - "+name, b.String())
	}
	for i := 1; i <= 10; i++ {
		var b strings.Builder
		fmt.Fprintf(&b, "<h1>Tin tức - Sự kiện (trang %d)</h1>", i)
		for range 8 {
			b.WriteString("<article><h2>")
			sentence(&b, r, 12)
			b.WriteString("</h2><p>")
			sentence(&b, r, 60)
			b.WriteString("</p></article>")
		}
		set(fmt.Sprintf("/tin-tuc/%d", i), "Tin tức - "+name, b.String())
	}

	for l := 1; l <= lists; l++ {
		chunk := ps[(l-1)*rowsPerList : min(l*rowsPerList, len(ps))]
		set(fmt.Sprintf("/thu-tuc-hanh-chinh?page=%d", l), fmt.Sprintf("Thủ tục hành chính - trang %d", l), listPage(layout, l, lists, chunk))
	}
	for i, p := range ps {
		var rel []proc
		for k := 1; k <= 5; k++ {
			rel = append(rel, ps[(i+k*37)%len(ps)])
		}
		set(detailPath(p), p.Name, detailPage(p, (i/rowsPerList)+1, rel, r))
	}
	return s
}

// detailPath is a procedure's page on a portal.
func detailPath(p proc) string { return "/thu-tuc-hanh-chinh/chi-tiet?ma=" + p.Code }

// listPage renders one page of the procedure list in a layout.
func listPage(layout, page, pages int, ps []proc) string {
	var b strings.Builder
	b.WriteString("<div class=\"breadcrumb\"><a href=\"/\">Trang chủ</a> » <a href=\"/thu-tuc-hanh-chinh?page=1\">Thủ tục hành chính</a></div>\n<h1>Danh mục thủ tục hành chính</h1>\n")
	esc := html.EscapeString
	switch layout {
	case layoutTable:
		b.WriteString("<table class=\"table table-bordered\"><thead><tr><th>STT</th><th>Mã TTHC</th><th>Tên thủ tục</th><th>Lĩnh vực</th><th>Cấp thực hiện</th><th>Chi tiết</th></tr></thead><tbody>\n")
		for i, p := range ps {
			fmt.Fprintf(&b, "<tr><td>%d</td><td>%s</td><td><a href=\"%s\">%s</a></td><td>%s</td><td>%s</td><td><a href=\"%s\" class=\"btn\">Xem</a></td></tr>\n",
				(page-1)*rowsPerList+i+1, p.Code, detailPath(p), esc(spell(p.Name, hash32(p.Code), true)), esc(p.Field), esc(p.Levels), detailPath(p))
		}
		b.WriteString("</tbody></table>\n")
	case layoutSectionTable:
		b.WriteString("<table class=\"tthc\"><tr><th>STT</th><th>Tên thủ tục hành chính</th><th>Cấp thực hiện</th></tr>\n")
		field := ""
		for i, p := range ps {
			if p.Field != field {
				field = p.Field
				fmt.Fprintf(&b, "<tr class=\"group\"><td colspan=\"3\"><b>Lĩnh vực %s</b></td></tr>\n", esc(field))
			}
			fmt.Fprintf(&b, "<tr><td>%d</td><td><a href=\"%s\">%s</a></td><td>%s</td></tr>\n", (page-1)*rowsPerList+i+1, detailPath(p), esc(spell(p.Name, hash32(p.Code), true)), esc(p.Levels))
		}
		b.WriteString("</table>\n")
	default:
		field := ""
		for _, p := range ps {
			if p.Field != field {
				if field != "" {
					b.WriteString("</ul>\n")
				}
				field = p.Field
				fmt.Fprintf(&b, "<h3 class=\"linh-vuc\">Lĩnh vực %s</h3>\n<ul class=\"tthc-list\">\n", esc(field))
			}
			name := spell(p.Name, hash32(p.Code), true)
			if layout == layoutCodedList {
				name += " (" + p.Code + ")"
			}
			fmt.Fprintf(&b, "<li><a href=\"%s\" title=\"%s\">%s</a></li>\n", detailPath(p), esc(p.Name), esc(name))
		}
		if field != "" {
			b.WriteString("</ul>\n")
		}
	}
	b.WriteString("<div class=\"pagination\">")
	if page > 1 {
		fmt.Fprintf(&b, "<a href=\"/thu-tuc-hanh-chinh?page=%d\">« Trước</a> ", page-1)
	}
	for p := max(1, page-5); p <= min(pages, page+5); p++ {
		fmt.Fprintf(&b, "<a href=\"/thu-tuc-hanh-chinh?page=%d\">%d</a> ", p, p)
	}
	if page < pages {
		fmt.Fprintf(&b, "<a href=\"/thu-tuc-hanh-chinh?page=%d\">Sau »</a> ", page+1)
	}
	fmt.Fprintf(&b, "<a href=\"/thu-tuc-hanh-chinh?page=%d\">Trang cuối</a></div>\n", pages)
	return b.String()
}

// detailPage renders a procedure's page: its labelled rows and the
// standard sections, with 2 to 36 KB of text.
func detailPage(p proc, listPage int, related []proc, r *rand.Rand) string {
	var b strings.Builder
	esc := html.EscapeString
	fmt.Fprintf(&b, "<div class=\"breadcrumb\"><a href=\"/\">Trang chủ</a> » <a href=\"/thu-tuc-hanh-chinh?page=%d\">Thủ tục hành chính</a></div>\n", listPage)
	fmt.Fprintf(&b, "<h1 class=\"title\">%s</h1>\n<table class=\"chi-tiet\">\n", esc(spell(p.Name, hash32(p.Code), false)))
	fmt.Fprintf(&b, "<tr><th>Mã thủ tục</th><td>%s</td></tr>\n<tr><th>Lĩnh vực</th><td>%s</td></tr>\n<tr><th>Cấp thực hiện</th><td>%s</td></tr>\n", p.Code, esc(p.Field), esc(p.Levels))
	sections := []string{"Trình tự thực hiện", "Cách thức thực hiện", "Thành phần hồ sơ", "Thời hạn giải quyết", "Đối tượng thực hiện", "Cơ quan thực hiện", "Kết quả thực hiện", "Phí, lệ phí", "Căn cứ pháp lý", "Yêu cầu, điều kiện"}
	weight := 2000 + r.IntN(34000) // bytes of section text
	per := weight / len(sections)
	h := hash32(p.Code)
	for i, s := range sections {
		if i == 7 && h%20 == 0 { // some pages lack "Phí, lệ phí"
			continue
		}
		fmt.Fprintf(&b, "<tr><th>%s</th><td>", s)
		if s == "Cơ quan thực hiện" {
			b.WriteString(esc(p.Agency))
		}
		start := b.Len()
		for b.Len()-start < per {
			b.WriteString("<p>")
			sentence(&b, r, 15+r.IntN(20))
			b.WriteString("</p>")
		}
		b.WriteString("</td></tr>\n")
	}
	b.WriteString("</table>\n<div class=\"related\"><h3>Thủ tục liên quan</h3><ul>")
	for _, q := range related {
		fmt.Fprintf(&b, "<li><a href=\"%s\">%s</a></li>", detailPath(q), esc(q.Name))
	}
	b.WriteString("</ul></div>\n")
	return b.String()
}

// robots is every generated portal's robots.txt: the admin area is closed.
const robots = "User-agent: *\nDisallow: /quan-tri/\nDisallow: /dang-nhap\n"

// ServeHTTP serves the portal: robots.txt, then the pages, each wrapped in
// the shared head and foot.
func (s *portalSite) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.requests.Add(1)
	if r.URL.Path == "/robots.txt" {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = w.Write([]byte(robots))
		return
	}
	key := r.URL.Path
	if r.URL.RawQuery != "" {
		key += "?" + r.URL.RawQuery
	}
	pg, ok := s.pages[key]
	if !ok {
		http.NotFound(w, r)
		return
	}
	cut := bytes.IndexByte(pg, 0)
	title, body := pg[:cut], pg[cut+1:]
	h1, h2, _ := bytes.Cut(s.head, []byte("%TITLE%"))
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Length", strconv.Itoa(len(h1)+len(title)+len(h2)+len(body)+len(s.foot)))
	var n int
	for _, part := range [][]byte{h1, title, h2, body, s.foot} {
		k, _ := w.Write(part)
		n += k
	}
	s.bytes.Add(int64(n))
}

// pageCount is how many pages the portal serves (robots.txt aside).
func (s *portalSite) pageCount() int { return len(s.pages) }
