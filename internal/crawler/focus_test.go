package crawler

import (
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/tthcaudit/tthcaudit/internal/msg"
)

// communePortal is a commune portal as most are built: a menu with the
// introduction, news, procedures, contact, login and the English site; a
// sidebar with the photo and video galleries, the weather, RSS, search
// and a box of web links; a sitemap in the footer; on the home page a news
// box; the procedure list over two pages; one procedure published only as
// a news article, which the news section lists. Every page a focused
// crawl should leave alone is served (a real page, with links of its own)
// and counted in aside.
func communePortal(t *testing.T, aside *counter) *fixture {
	page := func(w http.ResponseWriter, title string, body func(b *strings.Builder)) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		var b strings.Builder
		fmt.Fprintf(&b, `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>%s - UBND xã Vĩnh Trung</title></head><body>
<header><div class="logo">ỦY BAN NHÂN DÂN XÃ VĨNH TRUNG</div><nav class="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li><li><a href="/tin-tuc">Tin tức</a></li><li><a href="/thu-tuc-hanh-chinh">Thủ tục hành chính</a></li><li><a href="/lien-he">Liên hệ</a></li><li><a href="/dang-nhap">Đăng nhập</a></li><li><a href="/en/">English</a></li></ul></nav></header>
<div class="container"><div class="main">`, title)
		body(&b)
		b.WriteString(`</div><div class="side"><div class="box"><h3>Thư viện</h3><a href="/thu-vien-anh">Thư viện ảnh</a> <a href="/video">Video</a></div>
<div class="box"><a href="/thoi-tiet">Thời tiết</a> <a href="/rss">RSS</a> <a href="/tim-kiem">Tìm kiếm</a></div>
<div class="box"><h3>Liên kết website</h3><ul><li><a href="/lien-ket/1">Cổng thông tin điện tử tỉnh An Giang</a></li><li><a href="/lien-ket/2">Cổng Dịch vụ công quốc gia</a></li></ul></div></div></div>
<footer>© UBND xã Vĩnh Trung. <a href="/so-do-cong">Sơ đồ cổng</a></footer></body></html>`)
		_, _ = w.Write([]byte(b.String()))
	}
	procs := guestProcs[:9]
	list := func(pg int) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			page(w, "Thủ tục hành chính", func(b *strings.Builder) {
				b.WriteString(`<h1>Thủ tục hành chính cấp xã</h1><table class="table"><tr><th>STT</th><th>Mã thủ tục</th><th>Tên thủ tục</th><th>Lĩnh vực</th></tr>`)
				for i := (pg - 1) * 6; i < min(pg*6, len(procs)); i++ {
					p := procs[i]
					fmt.Fprintf(b, `<tr><td>%d</td><td>%s</td><td><a href="/thu-tuc-hanh-chinh/%s">%s</a></td><td>%s</td></tr>`, i+1, p.code, p.code, p.name, p.field)
				}
				b.WriteString(`</table><div class="pager"><a href="/thu-tuc-hanh-chinh">1</a> <a href="/thu-tuc-hanh-chinh?page=2">2</a></div>`)
			})
		}
	}
	news := func(items ...string) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			page(w, "Tin tức", func(b *strings.Builder) {
				b.WriteString(`<h1>Tin tức - Sự kiện</h1><ul class="news">`)
				for _, it := range items {
					b.WriteString(`<li>` + it + `</li>`)
				}
				b.WriteString(`</ul><div class="pager"><a href="/tin-tuc">1</a> <a href="/tin-tuc?page=2">2</a></div>`)
			})
		}
	}
	article := func(title string) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			page(w, title, func(b *strings.Builder) { fmt.Fprintf(b, `<h1>%s</h1><p>Nội dung bài viết.</p>`, title) })
		}
	}
	karaoke := guestProcs[10]
	routes := map[string]http.HandlerFunc{
		"/robots.txt": func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "User-agent: *\nDisallow: /dang-nhap\n") },
		"/": func(w http.ResponseWriter, r *http.Request) {
			page(w, "Trang chủ", func(b *strings.Builder) {
				b.WriteString(`<p>Chào mừng đến Cổng thông tin điện tử xã Vĩnh Trung.</p><div class="box-news"><h2>Tin tức - Sự kiện</h2><ul>
<li><a href="/tin-tuc/ra-quan-ve-sinh-moi-truong.html">Xã Vĩnh Trung ra quân tổng vệ sinh môi trường hưởng ứng ngày Chủ nhật xanh</a></li>
<li><a href="/tin-tuc/hoi-nghi-tong-ket.html">Hội nghị tổng kết công tác năm 2025 và triển khai nhiệm vụ năm 2026</a></li></ul><a href="/tin-tuc">Xem thêm</a></div>`)
			})
		},
		"/thu-tuc-hanh-chinh":        list(1),
		"/thu-tuc-hanh-chinh?page=1": list(1),
		"/thu-tuc-hanh-chinh?page=2": list(2),
		"/tin-tuc": news(
			`<a href="/tin-tuc/ra-quan-ve-sinh-moi-truong.html">Xã Vĩnh Trung ra quân tổng vệ sinh môi trường hưởng ứng ngày Chủ nhật xanh</a>`,
			`<a href="/tin-tuc/`+karaoke.code+`.html">Thủ tục cấp giấy phép kinh doanh karaoke</a>`,
			`<a href="/tin-tuc/hoi-nghi-tong-ket.html">Hội nghị tổng kết công tác năm 2025 và triển khai nhiệm vụ năm 2026</a>`),
		"/tin-tuc?page=2": news(`<a href="/tin-tuc/tiem-chung.html">Trạm y tế xã tổ chức tiêm chủng mở rộng cho trẻ em dưới 5 tuổi</a>`),
		"/tin-tuc/" + karaoke.code + ".html": func(w http.ResponseWriter, r *http.Request) {
			page(w, karaoke.name, func(b *strings.Builder) { guestDetail(b, karaoke.name, karaoke.code, karaoke.field) })
		},
		"/so-do-cong": func(w http.ResponseWriter, r *http.Request) {
			page(w, "Sơ đồ cổng", func(b *strings.Builder) {
				b.WriteString(`<h1>Sơ đồ cổng</h1><ul><li><a href="/gioi-thieu">Giới thiệu</a></li><li><a href="/tin-tuc">Tin tức</a></li><li><a href="/thu-tuc-hanh-chinh">Thủ tục hành chính</a></li><li><a href="/lien-he">Liên hệ</a></li></ul>`)
			})
		},
	}
	for _, p := range procs {
		routes["/thu-tuc-hanh-chinh/"+p.code] = func(w http.ResponseWriter, r *http.Request) {
			page(w, p.name, func(b *strings.Builder) { guestDetail(b, p.name, p.code, p.field) })
		}
	}
	for _, p := range []string{"/gioi-thieu", "/lien-he", "/dang-nhap", "/en/", "/thu-vien-anh", "/video", "/thoi-tiet", "/rss", "/tim-kiem", "/lien-ket/*", "/tin-tuc/ra-quan-ve-sinh-moi-truong.html", "/tin-tuc/hoi-nghi-tong-ket.html", "/tin-tuc/tiem-chung.html"} {
		routes[p] = func(w http.ResponseWriter, r *http.Request) {
			aside.add(r.URL.Path)
			article("Trang "+r.URL.Path)(w, r)
		}
	}
	return newFixture(t, routes)
}

// A focused crawl of a commune portal: every procedure found, the lists,
// the procedures and the news section that lists one read, the sections
// that list none left alone and said so.
func TestFocusedCommunePortal(t *testing.T) {
	var aside counter
	f := communePortal(t, &aside)
	res := crawlFixture(t, testOptions(f.srv.URL+"/"))
	want := wantGuest(9)
	want = append(want, fmt.Sprintf("%s | %s | %s", guestProcs[10].code, guestProcs[10].name, guestProcs[10].field))
	assert.ElementsMatch(t, want, summary(res))
	assert.Empty(t, aside.list(), "sections that list no procedure")
	assert.False(t, res.Partial, res.PartialReasons)
	assert.Equal(t, map[string]int{
		"about": 1, "contact": 1, "account": 1, "language": 1, "gallery": 2, "weather": 1, "feed": 1, "search": 1, "weblinks": 2, "news-item": 3,
	}, res.Stats.OffTopic)
	var note string
	for _, n := range res.Notes {
		if n.Is("crawl.off_topic") {
			note = n.In(msg.Vietnamese)
		}
	}
	assert.Equal(t, "Liên kết dẫn ra ngoài phần thủ tục hành chính, không theo: 14 (giới thiệu: 1; liên hệ, góp ý, hỏi đáp: 1; thư viện ảnh, video: 2; đăng nhập, tài khoản, quản trị: 1; bản tiếng nước ngoài: 1; RSS: 1; tìm kiếm: 1; thời tiết: 1; liên kết website: 2; tin bài không nói về thủ tục: 3); đã tìm thấy thủ tục của cổng mà không cần đến chúng.", note)
	// Minimal: the home page; the list's two pages; nine detail pages; the
	// news section, which lists the procedure published as news, and that
	// article. Not: the sitemap, the news section's second page.
	assertNearMinimal(t, f, 1+2+9+1+1)
}

// Links set aside are fetched after all when the crawl found no procedure
// without them, and at once when another page links them as something
// else.
func TestFocusSetAsideUnlessNeeded(t *testing.T) {
	procedures := func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, `<html><head><title>Giới thiệu</title></head><body><h1>Giới thiệu</h1><h3>Lĩnh vực Hộ tịch</h3><ul>
<li><a href="/gioi-thieu/1">Thủ tục đăng ký khai sinh</a></li><li><a href="/gioi-thieu/2">Thủ tục đăng ký kết hôn</a></li></ul></body></html>`)
	}
	home := func(more string) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, `<html><head><title>Trang chủ</title></head><body><nav class="menu"><a href="/">Trang chủ</a> <a href="/gioi-thieu">Giới thiệu</a> <a href="/lien-he">Liên hệ</a></nav><p>Chào mừng.</p>`+more+`</body></html>`)
		}
	}
	for _, c := range []struct {
		name, more string
		offTopic   map[string]int
	}{
		{"nothing found without them", "", nil},
		{"linked as something else", `<a href="/ban-tin">Bản tin của xã</a>`, map[string]int{"contact": 1}},
	} {
		t.Run(c.name, func(t *testing.T) {
			f := newFixture(t, map[string]http.HandlerFunc{
				"/":             home(c.more),
				"/gioi-thieu":   procedures,
				"/gioi-thieu/1": detailPage("Thủ tục đăng ký khai sinh", "1.001193", "Hộ tịch"),
				"/gioi-thieu/2": detailPage("Thủ tục đăng ký kết hôn", "1.000894", "Hộ tịch"),
				"/ban-tin": func(w http.ResponseWriter, r *http.Request) {
					w.Header().Set("Content-Type", "text/html; charset=utf-8")
					fmt.Fprint(w, `<html><body><p><a href="/gioi-thieu">Danh mục các thủ tục của xã</a></p></body></html>`)
				},
			})
			res := crawlFixture(t, testOptions(f.srv.URL+"/"))
			assert.Equal(t, []string{"1.000894 | Thủ tục đăng ký kết hôn | Hộ tịch", "1.001193 | Thủ tục đăng ký khai sinh | Hộ tịch"}, summary(res))
			assert.Equal(t, c.offTopic, res.Stats.OffTopic)
			require.Equal(t, 1, f.hits["/gioi-thieu"])
		})
	}
}
