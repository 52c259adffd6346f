package crawler

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"testing/synctest"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/tthcaudit/tthcaudit/internal/msg"
)

// Fixture portals of issue 16: a crawler must behave as a careful guest.
// Each is a loopback server whose pages are built the way the real
// platforms build them (Liferay portlet markup with p_auth action URLs and
// a satisfaction vote on every procedure, an ASP.NET site with cookieless
// path sessions and a month calendar, a PHP CMS with reprint links that
// carry a fresh token), plus portals that keep the crawler out.

// guestProcs are the procedures the trap portals publish.
var guestProcs = []struct{ code, name, field string }{
	{"1.001193", "Thủ tục đăng ký khai sinh", "Hộ tịch"},
	{"1.000656", "Thủ tục đăng ký khai tử", "Hộ tịch"},
	{"1.000894", "Thủ tục đăng ký kết hôn", "Hộ tịch"},
	{"1.004222", "Đăng ký thường trú", "Đăng ký, quản lý cư trú"},
	{"1.010801", "Giải quyết chế độ trợ cấp ưu đãi đối với thân nhân liệt sĩ", "Người có công"},
	{"1.010828", "Cấp trích lục hoặc sao hồ sơ người có công với cách mạng", "Người có công"},
	{"1.010833", "Cấp giấy xác nhận thân nhân của người có công", "Người có công"},
	{"2.001157", "Trợ cấp một lần đối với thanh niên xung phong đã hoàn thành nhiệm vụ trong kháng chiến", "Người có công"},
	{"1.003596", "Thủ tục thăm viếng mộ liệt sĩ", "Người có công"},
	{"1.002271", "Cấp Giấy phép xây dựng nhà ở riêng lẻ", "Hoạt động xây dựng"},
	{"1.009994", "Cấp giấy phép kinh doanh karaoke", "Văn hóa"},
	{"2.000986", "Đăng ký hộ kinh doanh", "Thành lập và hoạt động của hộ kinh doanh"},
}

// wantGuest is summary() of every procedure in guestProcs.
func wantGuest(n int) []string {
	var out []string
	for _, p := range guestProcs[:n] {
		out = append(out, fmt.Sprintf("%s | %s | %s", p.code, p.name, p.field))
	}
	return sortedCopy(out)
}

func sortedCopy(s []string) []string {
	out := append([]string(nil), s...)
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			if out[j] < out[i] {
				out[i], out[j] = out[j], out[i]
			}
		}
	}
	return out
}

// tokens counts the nonces handed out.
var tokens atomic.Uint64

// token is a fresh nonce, as a portal renders one on every page: random to
// look at (a mixed hash of a counter), the same sequence on every run.
func token() string {
	n := tokens.Add(1) * 0x9E3779B97F4A7C15
	n ^= n >> 29
	return strconv.FormatUint(n, 36) + "x9"
}

// guestDetail writes a detail page body with the standard sections.
func guestDetail(b *strings.Builder, name, code, field string) {
	fmt.Fprintf(b, `<h1 class="portlet-title">%s</h1><table class="table table-bordered"><tr><td class="lbl">Mã thủ tục</td><td>%s</td></tr><tr><td class="lbl">Lĩnh vực</td><td>%s</td></tr>`, name, code, field)
	for _, s := range StandardSections {
		fmt.Fprintf(b, `<tr><td class="lbl">%s</td><td>Nội dung %s</td></tr>`, s, strings.ToLower(s))
	}
	b.WriteString(`</table>`)
}

// counter counts requests that should never be made.
type counter struct {
	mu   sync.Mutex
	urls []string
}

func (c *counter) add(u string) {
	c.mu.Lock()
	c.urls = append(c.urls, u)
	c.mu.Unlock()
}

func (c *counter) list() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]string(nil), c.urls...)
}

// liferayPortal is a department portal on Liferay: the procedure portlet
// pages its table with _cur, every render URL carries the page it came
// from (_redirect) and layout parameters, every row and every detail page
// carries satisfaction-vote action links with a fresh p_auth, the poll
// portlet votes by GET, and the print button opens a pop-up state.
func liferayPortal(t *testing.T, other string, actions *counter) *fixture {
	const ns = "_tthc_WAR_tthcportlet_"
	render := func(extra string, from string) string {
		v := url.Values{}
		v.Set("p_p_id", "tthc_WAR_tthcportlet")
		v.Set("p_p_lifecycle", "0")
		v.Set("p_p_state", "normal")
		v.Set("p_p_mode", "view")
		v.Set("p_p_col_id", "column-1")
		v.Set("p_p_col_count", "1")
		v.Set(ns+"redirect", from)
		return "/web/guest/thu-tuc-hanh-chinh?" + v.Encode() + "&amp;" + extra
	}
	vote := func(id int) string {
		return fmt.Sprintf("/web/guest/thu-tuc-hanh-chinh?p_p_id=danhgia_WAR_danhgiaportlet&amp;p_p_lifecycle=1&amp;p_p_state=normal&amp;_danhgia_WAR_danhgiaportlet_javax.portlet.action=danhGia&amp;_danhgia_WAR_danhgiaportlet_tthcId=%d&amp;p_auth=%s", id, token())
	}
	page := func(w http.ResponseWriter, r *http.Request, title string, body func(b *strings.Builder)) {
		w.Header().Set("Content-Type", "text/html;charset=UTF-8")
		w.Header().Set("Set-Cookie", "JSESSIONID="+token()+"; Path=/; HttpOnly")
		var b strings.Builder
		fmt.Fprintf(&b, `<!DOCTYPE html><html class="ltr" dir="ltr" lang="vi-VN"><head><title>%s - Sở Tư pháp</title><script src="/html/js/barebone.jsp?browserId=other&amp;themeId=sotuphap_WAR_theme"></script></head>
<body class="yui3-skin-sam controls-visible guest-site signed-out public-page site"><div id="wrapper"><header id="banner" role="banner"><div id="heading"><h1 class="site-title"><a href="/web/guest/home" title="Trang chủ">Sở Tư pháp</a></h1></div>
<nav class="sort-pages modify-pages" id="navigation" role="navigation"><ul><li><a href="/web/guest/home">Trang chủ</a></li><li><a href="/web/guest/thu-tuc-hanh-chinh">Thủ tục hành chính</a></li><li><a href="/web/guest/lien-he">Liên hệ</a></li><li><a href="%s/portal/thu-tuc">Cổng dịch vụ công quốc gia</a></li><li><a href="/c/portal/login?p_l_id=10180">Đăng nhập</a></li></ul></nav></header>
<div id="content"><div class="portlet-layout row-fluid"><div class="portlet-column span9" id="column-1"><section class="portlet" id="portlet_tthc_WAR_tthcportlet"><div class="portlet-body">`, title, other)
		body(&b)
		fmt.Fprintf(&b, `</div></section></div><div class="portlet-column span3" id="column-2"><section class="portlet" id="portlet_polls_WAR_pollsportlet"><div class="portlet-body"><p>Bạn đánh giá thế nào về chất lượng giải quyết thủ tục hành chính?</p>
<a href="/web/guest/home?p_p_id=polls_WAR_pollsportlet&amp;p_p_lifecycle=1&amp;p_p_state=normal&amp;_polls_WAR_pollsportlet_javax.portlet.action=vote&amp;_polls_WAR_pollsportlet_choiceId=1&amp;p_auth=%s">Rất hài lòng</a> <a href="/web/guest/home?p_p_id=polls_WAR_pollsportlet&amp;p_p_lifecycle=1&amp;_polls_WAR_pollsportlet_javax.portlet.action=vote&amp;_polls_WAR_pollsportlet_choiceId=2&amp;p_auth=%s">Hài lòng</a></div></section></div></div></div>
<footer id="footer" role="contentinfo"><p>Bản quyền thuộc Sở Tư pháp. <a href="/c/portal/logout">Đăng xuất</a></p></footer></div></body></html>`, token(), token())
		_, _ = w.Write([]byte(b.String()))
	}
	home := func(w http.ResponseWriter, r *http.Request) {
		page(w, r, "Trang chủ", func(b *strings.Builder) {
			b.WriteString(`<h2>Giới thiệu</h2><p>Sở Tư pháp là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về công tác xây dựng và thi hành pháp luật.</p><p><a href="/web/guest/thu-tuc-hanh-chinh">Xem danh mục thủ tục hành chính</a></p>`)
		})
	}
	f := newFixture(t, map[string]http.HandlerFunc{
		"/robots.txt": func(w http.ResponseWriter, r *http.Request) {
			fmt.Fprint(w, "User-agent: *\nDisallow: /c/\nDisallow: /api/\n")
		},
		"/":                home,
		"/web/guest/home*": home,
		"/web/guest/lien-he*": func(w http.ResponseWriter, r *http.Request) {
			page(w, r, "Liên hệ", func(b *strings.Builder) {
				b.WriteString(`<p>Địa chỉ: số 1 đường Trần Hưng Đạo. Điện thoại: 0296 000 000.</p>`)
			})
		},
		"/c/*": func(w http.ResponseWriter, r *http.Request) { actions.add(r.URL.String()) },
		"/web/guest/thu-tuc-hanh-chinh*": func(w http.ResponseWriter, r *http.Request) {
			q := r.URL.Query()
			if q.Get("p_p_lifecycle") == "1" || q.Get("p_auth") != "" || r.Method != http.MethodGet {
				actions.add(r.URL.String())
				http.Redirect(w, r, "/web/guest/thu-tuc-hanh-chinh", http.StatusFound)
				return
			}
			here := r.URL.RequestURI()
			if id := q.Get(ns + "id"); id != "" {
				n, err := strconv.Atoi(id)
				if err != nil || n < 0 || n >= len(guestProcs) {
					http.NotFound(w, r)
					return
				}
				p := guestProcs[n]
				page(w, r, p.name, func(b *strings.Builder) {
					guestDetail(b, p.name, p.code, p.field)
					fmt.Fprintf(b, `<div class="danh-gia"><p>Đánh giá mức độ hài lòng</p><a href="%s">Hài lòng</a> <a href="%s">Không hài lòng</a></div>
<a class="btn" href="%s">In trang</a> <a href="%s">Quay lại</a>`, vote(n), vote(n), render(ns+"id="+id+"&amp;"+ns+"print=true", here), render(ns+"cur=1", here))
				})
				return
			}
			cur, _ := strconv.Atoi(q.Get(ns + "cur"))
			cur = max(cur, 1)
			page(w, r, "Thủ tục hành chính", func(b *strings.Builder) {
				b.WriteString(`<h2 class="title">Danh sách thủ tục hành chính</h2><form action="/web/guest/thu-tuc-hanh-chinh?p_p_id=tthc_WAR_tthcportlet&amp;p_p_lifecycle=1&amp;p_auth=` + token() + `" method="post"><input name="` + ns + `keywords"><button>Tìm kiếm</button></form>
<div class="taglib-search-iterator-page-iterator-top"></div><table class="table table-bordered table-hover table-striped"><thead class="table-columns"><tr><th>STT</th><th>Mã thủ tục</th><th>Tên thủ tục</th><th>Lĩnh vực</th><th>Đánh giá</th></tr></thead><tbody class="table-data">`)
				for i := (cur - 1) * 8; i < min(cur*8, len(guestProcs)); i++ {
					p := guestProcs[i]
					fmt.Fprintf(b, `<tr class="portlet-section-body results-row"><td>%d</td><td>%s</td><td><a href="%s">%s</a></td><td>%s</td><td><a href="%s">Đánh giá mức độ hài lòng</a></td></tr>`,
						i+1, p.code, render(ns+"id="+strconv.Itoa(i), here), p.name, p.field, vote(i))
				}
				b.WriteString(`</tbody></table><div class="pagination"><ul>`)
				for pg := 1; pg <= 2; pg++ {
					fmt.Fprintf(b, `<li><a href="%s">%d</a></li>`, render(ns+"cur="+strconv.Itoa(pg)+"&amp;"+ns+"delta=8", here), pg)
				}
				b.WriteString(`</ul></div>`)
			})
		},
	})
	return f
}

// calendarPortal is a district portal on ASP.NET with cookieless sessions
// (every link carries the session in its path, a fresh one per render), a
// month calendar without end in its side column, and a list whose "next"
// link goes on past the last page.
func calendarPortal(t *testing.T) *fixture {
	var sess atomic.Int64
	session := func() string { return fmt.Sprintf("/(S(%x%s))", sess.Add(1), token()) }
	page := func(w http.ResponseWriter, title string, body func(b *strings.Builder)) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		s := session()
		var b strings.Builder
		fmt.Fprintf(&b, `<html><head><title>%s | UBND huyện Tri Tôn</title></head><body><form method="post" action="%s/Default.aspx" id="form1"><input type="hidden" name="__VIEWSTATE" value="/wEPDwUKMTY3"><div id="header"><img src="/images/banner.jpg"></div>
<div class="menu"><a href="%s/Default.aspx">Trang chủ</a> | <a href="%s/TTHC/DanhSach.aspx?page=1">Thủ tục hành chính</a> | <a href="javascript:__doPostBack('ctl00$menu$lnkLogin','')">Đăng nhập</a></div><div class="main">`, title, s, s, s)
		body(&b)
		fmt.Fprintf(&b, `</div><div class="right"><div class="box"><h3>Lịch công tác</h3><a href="%s/LichCongTac.aspx?thang=5&amp;nam=2026">Xem lịch công tác tháng 5</a></div></div></form></body></html>`, s)
		_, _ = w.Write([]byte(b.String()))
	}
	return newFixture(t, map[string]http.HandlerFunc{
		"/robots.txt": func(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) },
		"/*": func(w http.ResponseWriter, r *http.Request) {
			p := r.URL.Path
			if i := strings.Index(p, "))/"); strings.HasPrefix(p, "/(S(") && i > 0 {
				p = p[i+2:]
			}
			q := r.URL.Query()
			switch {
			case p == "/" || p == "/Default.aspx":
				page(w, "Trang chủ", func(b *strings.Builder) {
					b.WriteString(`<p>Chào mừng đến cổng thông tin điện tử huyện.</p>`)
				})
			case p == "/TTHC/DanhSach.aspx":
				pg, _ := strconv.Atoi(q.Get("page"))
				page(w, "Danh sách thủ tục hành chính", func(b *strings.Builder) {
					b.WriteString(`<h2>Danh sách thủ tục hành chính</h2><table class="grid"><tr><th>STT</th><th>Tên thủ tục</th><th>Lĩnh vực</th></tr>`)
					from := (pg - 1) * 6
					if pg < 1 || from >= 12 {
						b.WriteString(`<tr><td colspan="3">Không có dữ liệu</td></tr>`)
					}
					for i := max(from, 0); i < min(from+6, 12) && pg >= 1; i++ {
						pr := guestProcs[i]
						fmt.Fprintf(b, `<tr><td>%d</td><td><a href="/(S(%s))/TTHC/ChiTiet.aspx?id=%d">%s</a></td><td>%s</td></tr>`, i+1, token(), i+100, pr.name, pr.field)
					}
					fmt.Fprintf(b, `</table><div class="pager"><a href="/(S(%s))/TTHC/DanhSach.aspx?page=%d">Trang sau</a></div>`, token(), pg+1)
				})
			case p == "/TTHC/ChiTiet.aspx":
				id, _ := strconv.Atoi(q.Get("id"))
				if id < 100 || id >= 112 {
					http.NotFound(w, r)
					return
				}
				pr := guestProcs[id-100]
				page(w, pr.name, func(b *strings.Builder) { guestDetail(b, pr.name, pr.code, pr.field) })
			case p == "/LichCongTac.aspx":
				m, _ := strconv.Atoi(q.Get("thang"))
				y, _ := strconv.Atoi(q.Get("nam"))
				page(w, "Lịch công tác", func(b *strings.Builder) {
					fmt.Fprintf(b, `<h2>Lịch công tác tháng %d/%d</h2><p>Thứ Hai: họp giao ban.</p><a href="LichCongTac.aspx?thang=%d&amp;nam=%d">« Tháng trước</a> <a href="LichCongTac.aspx?thang=%d&amp;nam=%d">Tháng sau »</a>`, m, y, (m+10)%12+1, y-b2i(m == 1), m%12+1, y+b2i(m == 12))
				})
			default:
				http.NotFound(w, r)
			}
		},
	})
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// printPortal is a commune site on a PHP CMS: each detail page links to a
// print view and to a "bản in" view whose every link carries a fresh
// token, and those views link to each other without end.
func printPortal(t *testing.T) *fixture {
	page := func(w http.ResponseWriter, title string, body func(b *strings.Builder)) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		var b strings.Builder
		fmt.Fprintf(&b, `<html><head><meta charset="utf-8"><title>%s</title></head><body><div id="top"><a href="index.php">Trang chủ</a> <a href="index.php?option=thutuc">Thủ tục hành chính</a></div><div id="noidung">`, title)
		body(&b)
		b.WriteString(`</div><div id="footer">UBND xã Vạn Phúc</div></body></html>`)
		_, _ = w.Write([]byte(b.String()))
	}
	return newFixture(t, map[string]http.HandlerFunc{
		"/robots.txt": func(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) },
		"/*": func(w http.ResponseWriter, r *http.Request) {
			q := r.URL.Query()
			switch r.URL.Path {
			case "/", "/index.php":
				if id, err := strconv.Atoi(q.Get("id")); err == nil && q.Get("option") == "thutuc" && id >= 1 && id <= 10 {
					pr := guestProcs[id-1]
					page(w, pr.name, func(b *strings.Builder) {
						guestDetail(b, pr.name, pr.code, pr.field)
						fmt.Fprintf(b, `<p><a href="print-multi.php?in-thutuc=%d">In</a> <a href="xem-ban-in.php?id=%d&amp;k=%s">Xem bản in</a></p>`, id, id, token())
					})
					return
				}
				if q.Get("option") == "thutuc" {
					page(w, "Thủ tục hành chính", func(b *strings.Builder) {
						b.WriteString(`<h2>Thủ tục hành chính</h2><ul class="ds-thutuc">`)
						for i, pr := range guestProcs[:10] {
							fmt.Fprintf(b, `<li><a href="index.php?option=thutuc&amp;id=%d&amp;PHPSESSID=%s">%s</a></li>`, i+1, token(), pr.name)
						}
						b.WriteString(`</ul>`)
					})
					return
				}
				page(w, "Trang chủ", func(b *strings.Builder) {
					b.WriteString(`<p>Trang thông tin điện tử xã Vạn Phúc.</p><a href="index.php?option=thutuc">Xem thủ tục hành chính</a>`)
				})
			case "/xem-ban-in.php":
				id, _ := strconv.Atoi(q.Get("id"))
				page(w, "Bản in", func(b *strings.Builder) {
					fmt.Fprintf(b, `<p>Bản in số %d</p><a href="xem-ban-in.php?id=%d&amp;k=%s">Làm mới bản in</a> <a href="xem-ban-in.php?id=%d&amp;k=%s">Bản in tiếp</a>`, id, id, token(), id+1, token())
				})
			case "/print-multi.php":
				t.Errorf("print view fetched: %s", r.URL)
			default:
				http.NotFound(w, r)
			}
		},
	})
}

// guestOptions are testOptions with a budget far above what the portals
// need: max_pages is a safety net, not how a crawl ends.
func guestOptions(start string) Options {
	o := testOptions(start)
	o.MaxPages = 2000
	return o
}

// pageHits counts a fixture's requests, robots.txt left out.
func pageHits(f *fixture) int {
	return f.hitsUnder("/") - f.hitsUnder("/robots.txt")
}

func TestGuestLiferayNoActions(t *testing.T) {
	other := newFixture(t, map[string]http.HandlerFunc{})
	var actions counter
	f := liferayPortal(t, other.srv.URL, &actions)
	opts := guestOptions(f.srv.URL + "/web/guest/home")
	opts.Transport = f.transport(t)
	res := crawlFixture(t, opts)

	assert.Equal(t, wantGuest(len(guestProcs)), summary(res))
	assert.Empty(t, actions.list(), "action URLs and robots-forbidden /c/ requested")
	assert.Zero(t, other.hitsUnder("/"), "another host")
	assert.LessOrEqual(t, f.maxInflight.Load(), int64(2))
	assert.Nil(t, res.Blocked)
	assert.False(t, res.Partial, res.PartialReasons)
	assert.Positive(t, res.Stats.ActionLinks, "vote, poll and print links seen and left alone")
	for _, e := range res.Entries {
		assert.NotContains(t, e.Text, "hài lòng", "a vote link is no entry")
	}
	// Minimal: the home page, the list's two pages, twelve detail pages.
	// Not: the contact page, the login and the national portal.
	t.Logf("liferay: trap patterns %v", res.Traps)
	assertNearMinimal(t, f, 1+2+len(guestProcs))
}

func TestGuestTraps(t *testing.T) {
	cal := calendarPortal(t)
	prt := printPortal(t)
	calRes := crawlFixture(t, guestOptions(cal.srv.URL+"/Default.aspx"))
	prtRes := crawlFixture(t, guestOptions(prt.srv.URL+"/"))

	assert.Equal(t, wantGuest(12), summary(calRes))
	assert.Equal(t, wantGuest(10), summary(prtRes))

	// Into the traps: the calendar, the list past its last page, the
	// reprints. Everything else is a page that had to be read.
	calTrap := cal.hitsUnder("/LichCongTac.aspx")
	for k, v := range cal.hits {
		if strings.Contains(k, "LichCongTac") && !strings.HasPrefix(k, "/LichCongTac") {
			calTrap += v
		}
	}
	pastEnd := 0
	for k, v := range cal.hits {
		if i := strings.Index(k, "DanhSach.aspx?page="); i >= 0 {
			if n, _ := strconv.Atoi(k[i+len("DanhSach.aspx?page="):]); n > 2 {
				pastEnd += v
			}
		}
	}
	reprints := prt.hitsUnder("/xem-ban-in.php")
	trapRequests := calTrap + pastEnd + reprints
	t.Logf("traps: calendar %d, list past its end %d, reprints %d (total %d); cut %v %v", calTrap, pastEnd, reprints, trapRequests, calRes.Traps, prtRes.Traps)
	// Besides the traps, each page once: the calendar portal's home, two
	// list pages and twelve detail pages; the PHP site's home, its list
	// and ten detail pages.
	calOther, prtOther := pageHits(cal)-calTrap-pastEnd, pageHits(prt)-reprints
	t.Logf("outside the traps: calendar portal %d requests (minimal %d), PHP site %d (minimal %d)", calOther, 1+2+12, prtOther, 1+1+10)
	assert.LessOrEqual(t, float64(calOther), 1.2*float64(1+2+12))
	assert.LessOrEqual(t, float64(prtOther), 1.2*float64(1+1+10))
	assert.LessOrEqual(t, trapRequests, 20, "requests into traps in the whole audit")
	require.NotEmpty(t, calRes.Traps)
	require.NotEmpty(t, prtRes.Traps)
	for _, tr := range append(calRes.Traps, prtRes.Traps...) {
		assert.NotEmpty(t, tr.Pattern)
		assert.NotEmpty(t, tr.Note().In(msg.Vietnamese))
		assert.Contains(t, tr.Note().In(msg.English), "links skipped")
	}
	assert.False(t, calRes.Partial, calRes.PartialReasons)
	assert.False(t, prtRes.Partial, prtRes.PartialReasons)
	assert.Nil(t, calRes.Blocked)
	assert.Nil(t, prtRes.Blocked)
}

// Portals that keep the crawler out are reported unreachable with the
// reason and the page; one that answers 429 twice is waited for and read.
func TestGuestBlocked(t *testing.T) {
	forbidden := newFixture(t, map[string]http.HandlerFunc{
		"/*": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			w.WriteHeader(http.StatusForbidden)
			fmt.Fprint(w, `<html><head><title>403 Forbidden</title></head><body><h1>Forbidden</h1><p>You don't have permission to access this resource.</p></body></html>`)
		},
	})
	captcha := newFixture(t, map[string]http.HandlerFunc{
		"/*": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, `<html><head><title>Xác minh truy cập</title></head><body><form method="post" action="/verify"><p>Vui lòng nhập mã xác nhận để tiếp tục truy cập cổng thông tin.</p><img src="/captcha.ashx?t=`+token()+`" id="imgCaptcha"><input name="txtCaptcha"><button type="submit">Xác nhận</button></form></body></html>`)
		},
	})
	firewall := newFixture(t, map[string]http.HandlerFunc{
		"/*": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, `<html><head><title>Request Rejected</title></head><body>The requested URL was rejected. Please consult with your administrator.<br><br>Your support ID is: 1234567890123456789<br><br><a href='javascript:history.back();'>[Go Back]</a></body></html>`)
		},
	})
	var tooMany atomic.Int64
	limited := newFixture(t, map[string]http.HandlerFunc{
		"/robots.txt": func(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) },
		"/": func(w http.ResponseWriter, r *http.Request) {
			if tooMany.Add(1) <= 2 {
				w.Header().Set("Retry-After", "1")
				http.Error(w, "Too Many Requests", http.StatusTooManyRequests)
				return
			}
			htmlPage(t, "table/list.html")(w, r)
		},
		"/tthc/khai-sinh": htmlPage(t, "table/khai-sinh.html"),
	})

	for _, c := range []struct {
		name   string
		f      *fixture
		reason string
		status int
	}{
		{"403", forbidden, BlockForbidden, 403},
		{"captcha", captcha, BlockCaptcha, 200},
		{"firewall", firewall, BlockFirewall, 200},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := crawlFixture(t, guestOptions(c.f.srv.URL+"/thu-tuc-hanh-chinh"))
			require.NotNil(t, res.Blocked)
			assert.Equal(t, c.reason, res.Blocked.Reason)
			assert.Equal(t, c.status, res.Blocked.Status)
			assert.Equal(t, c.f.srv.URL+"/thu-tuc-hanh-chinh", res.Blocked.URL)
			assert.Zero(t, res.StartPagesLoaded)
			assert.Empty(t, res.Entries)
			// The reason in words, with the page.
			assert.Equal(t, msg.T(msg.Vietnamese, "blocked."+c.reason)+" — "+res.Blocked.URL, res.Blocked.Note().In(msg.Vietnamese))
			assert.Contains(t, res.Blocked.Note().In(msg.English), " — "+res.Blocked.URL)
		})
	}

	// The 429s ask to wait a second each: in a synctest bubble, with the
	// portal in process, the wait is the bubble's clock.
	synctest.Test(t, func(t *testing.T) {
		opts := guestOptions(limited.srv.URL + "/")
		opts.Transport = limited.inProcess()
		start := time.Now()
		res, err := Crawl(t.Context(), "limited", opts)
		require.NoError(t, err)
		assert.Nil(t, res.Blocked)
		assert.Equal(t, 1, res.StartPagesLoaded)
		assert.Equal(t, 3, limited.hits["/"], "429 twice, then served")
		assert.GreaterOrEqual(t, time.Since(start), 2*time.Second, "Retry-After honoured twice")
		assert.Len(t, res.Entries, 5)
		assert.False(t, res.Partial, res.PartialReasons)
	})
}

// A 403 on a login-only page is a private page; a 403 on the next page of
// the list keeps the crawler from procedures: the portal is blocked.
func TestGuestRefusedInnerPages(t *testing.T) {
	list := func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, `<html><head><title>Thủ tục hành chính</title></head><body><h2>Lĩnh vực Hộ tịch</h2><table><tr><th>Mã thủ tục</th><th>Tên thủ tục</th></tr><tr><td>1.001193</td><td>Thủ tục đăng ký khai sinh</td></tr></table>
<a href="/tra-cuu-ho-so">Tra cứu hồ sơ thủ tục của tôi</a> <a href="/thu-tuc?page=2">Trang sau</a></body></html>`)
	}
	forbid := func(w http.ResponseWriter, r *http.Request) { http.Error(w, "Forbidden", http.StatusForbidden) }
	for _, c := range []struct {
		name    string
		page2   http.HandlerFunc
		blocked bool
	}{
		{"login page only", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, `<html><head><title>Thủ tục hành chính - trang 2</title></head><body><table><tr><th>Mã thủ tục</th><th>Tên thủ tục</th></tr><tr><td>1.000656</td><td>Thủ tục đăng ký khai tử</td></tr></table></body></html>`)
		}, false},
		{"next page of the list", forbid, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			f := newFixture(t, map[string]http.HandlerFunc{"/thu-tuc": list, "/tra-cuu-ho-so": forbid, "/thu-tuc?page=2": c.page2})
			res := crawlFixture(t, guestOptions(f.srv.URL+"/thu-tuc"))
			if !c.blocked {
				assert.Nil(t, res.Blocked)
				assert.Len(t, res.Entries, 2)
				return
			}
			require.NotNil(t, res.Blocked)
			assert.Equal(t, Blocked{Reason: BlockForbidden, URL: f.srv.URL + "/thu-tuc?page=2", Status: 403}, *res.Blocked)
		})
	}
}
