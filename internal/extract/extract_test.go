package extract

import (
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/tthcaudit/tthcaudit/internal/config"
	"github.com/tthcaudit/tthcaudit/internal/textnorm"
	"github.com/tthcaudit/tthcaudit/internal/weburl"
)

const dvcBase = "https://thutuc.dichvucong.gov.vn/p/home/"

func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "crawler", "testdata", name))
	require.NoError(t, err)
	return b
}

// dvcqgPages holds the pages captured from the national portal (from the
// MIT-licensed repository makecolour/SongGio; see its README.md and
// LICENSE one folder up).
var dvcqgPages = filepath.Join("..", "..", "testdata", "dvcqg", "pages")

// readDVCPage reads one captured page of the national portal.
func readDVCPage(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dvcqgPages, name))
	require.NoError(t, err)
	return b
}

// The real detail page captured from the national portal.
func TestExtractRealDetailPage(t *testing.T) {
	px := ExtractPage(dvcBase+"dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=3.000001",
		readDVCPage(t, "dvc-tthc-thu-tuc-hanh-chinh-chi-tiet__3.000001.noscript.html"))
	require.NotNil(t, px.Detail)
	require.Len(t, px.Entries, 1, "a detail page is one procedure; its sidebar is not")
	e := px.Entries[0]
	assert.Equal(t, "Cấp điện mới từ lưới điện hạ áp", e.Text)
	assert.Equal(t, "3.000001", e.Code)
	assert.Equal(t, "detail", e.Kind)
	assert.Equal(t, "Dịch vụ cung cấp điện mới", e.Field)
	assert.Equal(t, "Cấp Bộ, Cơ quan khác", e.Level)
	assert.Equal(t, "Tập đoàn Điện lực Việt Nam", e.Agency)
	assert.Contains(t, e.Sections, "Trình tự thực hiện")
	assert.Contains(t, e.Sections, "Thành phần hồ sơ")
	assert.Contains(t, e.Sections, "Căn cứ pháp lý")
	assert.NotContains(t, e.Sections, "Yêu cầu, điều kiện", "the page's label has no value")
	assert.Len(t, px.BodyHash, 64)
	assert.False(t, px.ScriptRendered)
	assert.NotEmpty(t, px.Links)
}

func TestExtractOtherCapturedPages(t *testing.T) {
	px := ExtractPage(dvcBase+"dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=3.000001",
		readDVCPage(t, "dvc-chi-tiet-thu-tuc-hanh-chinh__ma_thu_tuc-3.000001.noscript.html"))
	require.Len(t, px.Entries, 1)
	assert.Equal(t, "Cấp điện mới từ lưới điện hạ áp (220/380V)", px.Entries[0].Text)
	assert.Equal(t, "3.000001", px.Entries[0].Code)
	assert.Equal(t, "Tập đoàn Điện lực Việt Nam", px.Entries[0].Agency)
	assert.Len(t, px.Entries[0].Sections, 7)

	// A decision page whose procedure tables are filled by JavaScript: no
	// entries (its "most searched" sidebar is not the portal's list), and
	// flagged as script-rendered.
	px = ExtractPage(dvcBase+"dvc-tthc-quyet-dinh-cong-bo-chi-tiet.html?ma_quyet_dinh=115010",
		readDVCPage(t, "thutuc__dvc-tthc-quyet-dinh-cong-bo-chi-tiet__ma_quyet_dinh-115010.noscript.html"))
	assert.Empty(t, px.Entries)
	assert.Nil(t, px.Detail)
	assert.True(t, px.ScriptRendered)
}

func TestExtractScriptRenderedApp(t *testing.T) {
	px := ExtractPage("https://x.example/tthc", []byte(`<html><head><title>Thủ tục hành chính</title><script src="/app.js"></script></head><body><div id="app"></div><script>boot()</script></body></html>`))
	assert.True(t, px.ScriptRendered)
	assert.Empty(t, px.Entries)
	px = ExtractPage("https://x.example/", []byte(`<html><body><div id="root"><h1>Giới thiệu</h1><p>Trang tĩnh</p></div></body></html>`))
	assert.False(t, px.ScriptRendered)
	px = ExtractPage("https://x.example/thu-tuc-hanh-chinh", []byte(`<html><head><title>Thủ tục hành chính</title></head><body><div class="wrap"><h1>Thủ tục hành chính</h1><div class="list" data-bind="items"></div></div><script src="/bundle.js"></script></body></html>`))
	assert.True(t, px.ScriptRendered, "a procedures page with no procedures and scripts")
}

func TestExtractSelectors(t *testing.T) {
	body := []byte(`<html><body><div class="x"><span class="n">Thủ tục đăng ký khai sinh</span><i class="c">Mã: 1.001193</i><b class="f">Hộ tịch</b><a href="/a?id=1">xem</a></div>
<div class="x"><span class="n">Đăng ký lại khai tử</span><b class="f">Hộ tịch</b><a class="go" href="/b">xem</a></div>
<ul><li><a href="/tthc/9">Thủ tục đăng ký kết hôn lưu động</a></li></ul></body></html>`)
	px := Extract("https://x.example/list", body, Options{Selectors: &config.Selectors{Item: "div.x", Name: ".n", Code: ".c", Field: ".f", Link: "a"}})
	require.Len(t, px.Entries, 2)
	assert.Equal(t, Entry{Text: "Thủ tục đăng ký khai sinh", Key: textnorm.Key("Thủ tục đăng ký khai sinh"), Code: "1.001193", Field: "Hộ tịch", DetailURL: "https://x.example/a?id=1", Kind: "selector", PageURL: "https://x.example/list", BodyHash: px.BodyHash}, px.Entries[0])
	assert.Equal(t, "Đăng ký lại khai tử", px.Entries[1].Text)
	assert.Equal(t, "https://x.example/b", px.Entries[1].DetailURL)
	// A selector that does not compile reads nothing and does not panic.
	px = Extract("https://x.example/list", body, Options{Selectors: &config.Selectors{Item: "div[["}})
	assert.Empty(t, px.Entries)
	assert.Equal(t, "selectors", px.Extractor)
}

func TestExtractLinks(t *testing.T) {
	body := []byte(`<html><head><base href="https://x.example/sub/"></head><body>
<a href="a.html#top">A</a><a href="a.html">A again</a><a href="mailto:x@y">mail</a><a href="tel:1">tel</a>
<a href="javascript:go()">js</a><a href="#frag">frag</a><a href="/thu-tuc?page=2&amp;utm_source=z">2</a>
<a href="HTTPS://X.EXAMPLE:443/b?z=1&amp;a=2&amp;jsessionid=9">b</a></body></html>`)
	px := ExtractPage("https://x.example/", body)
	var urls []string
	for _, l := range px.Links {
		urls = append(urls, l.URL)
	}
	assert.Equal(t, []string{"https://x.example/sub/a.html", "https://x.example/thu-tuc?page=2", "https://x.example/b?a=2&z=1"}, urls)
	assert.True(t, px.Links[1].Pagination)
	assert.True(t, px.Links[1].Procedure)
}

func TestExtractNavigationIsNotProcedures(t *testing.T) {
	body := []byte(`<html><head><title>Thủ tục hành chính</title></head><body>
<nav><ul><li><a href="/tthc/1">Thủ tục đăng ký khai sinh cho trẻ em</a></li></ul></nav>
<div class="menu"><a href="/tthc/cap-xa">Thủ tục hành chính cấp xã phường thị trấn</a></div>
<h2>Tin tức</h2><ul><li><a href="/x/1">Hướng dẫn thủ tục đăng ký khai sinh trực tuyến năm 2025</a></li></ul>
<h2>Lĩnh vực Hộ tịch</h2><ul><li><a href="/tthc/2">Thủ tục đăng ký kết hôn</a></li><li><a href="/tthc/3">Xem tất cả</a></li></ul>
<footer><a href="/tthc/4">Thủ tục đăng ký khai tử lưu động</a></footer></body></html>`)
	px := ExtractPage("https://x.example/", body)
	require.Len(t, px.Entries, 1)
	assert.Equal(t, "Thủ tục đăng ký kết hôn", px.Entries[0].Text)
	assert.Equal(t, "Hộ tịch", px.Entries[0].Field)
}

func TestExtractNeverEmptyNames(t *testing.T) {
	pages := map[string][]byte{
		"dvc-tthc-thu-tuc-hanh-chinh-chi-tiet__3.000001.noscript.html": readDVCPage(t, "dvc-tthc-thu-tuc-hanh-chinh-chi-tiet__3.000001.noscript.html"),
		"portals/cards/index.html":                                     readTestdata(t, "portals/cards/index.html"),
		"portals/grouped/index.html":                                   readTestdata(t, "portals/grouped/index.html"),
	}
	for name, body := range pages {
		px := ExtractPage("https://x.example/", body)
		// Every page here publishes procedures: an extractor that reads
		// nothing must fail this test, not pass it vacuously.
		require.NotEmpty(t, px.Entries, name)
		for _, e := range px.Entries {
			assert.NotEmpty(t, strings.TrimSpace(e.Text), name)
			assert.NotEmpty(t, e.Key, name)
		}
	}
}

// FuzzExtractPage: arbitrary HTML never panics, and what comes out is
// cleaned text.
func FuzzExtractPage(f *testing.F) {
	for _, name := range []string{"portals/table/list.html", "portals/grouped/index.html", "portals/cards/index.html", "portals/cp1258/index.htm", "portals/details/d1.html", "portals/details/d4.html"} {
		b, err := os.ReadFile(filepath.Join("..", "crawler", "testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`<table><tr><th>Tên thủ tục</th></tr><tr><td colspan=3>Lĩnh vực</td></tr><tr></tr></table>`))
	f.Add([]byte(`<div id=app></div><script>x</script>`))
	f.Add([]byte("<p><b>Mã thủ tục:</b></p><h1>\xff\xfe</h1><a href='%zz'>Thủ tục a b c d 1.000001</a>"))
	f.Fuzz(func(t *testing.T, body []byte) {
		px := ExtractPage("https://x.example/a/b?c=1", body)
		for _, e := range px.Entries {
			if e.Text != strings.TrimSpace(e.Text) {
				t.Fatalf("untrimmed text %q", e.Text)
			}
		}
		for _, l := range px.Links {
			// A fragment stays only when it is a single-page app's route
			// (#/thu-tuc): a plain anchor is the same page.
			if _, frag, ok := strings.Cut(l.URL, "#"); ok {
				u, err := url.Parse(l.URL)
				if err != nil || !weburl.IsHashRoute(u.Fragment) {
					t.Fatalf("fragment %q kept in %q", frag, l.URL)
				}
			}
		}
	})
}

// Old portals: a home page that forwards with <meta http-equiv="refresh">,
// and a frameset.
func TestExtractRefreshAndFrames(t *testing.T) {
	px := ExtractPage("http://old.example/", []byte(`<html><head><meta http-equiv="Refresh" content="0; URL='/portal/default.aspx'"></head><body></body></html>`))
	require.Len(t, px.Links, 1)
	assert.Equal(t, "http://old.example/portal/default.aspx", px.Links[0].URL)
	assert.True(t, px.Links[0].Procedure, "followed first")
	px = ExtractPage("http://old.example/", []byte(`<html><head><title>UBND</title></head><frameset cols="20%,80%"><frame src="menu.htm"><frame src="tthc/danhmuc.htm"></frameset></html>`))
	var urls []string
	for _, l := range px.Links {
		urls = append(urls, l.URL)
	}
	assert.Equal(t, []string{"http://old.example/menu.htm", "http://old.example/tthc/danhmuc.htm"}, urls)
	assert.Empty(t, refreshURL("5"))
}

// A detail page inside a news CMS template is still a detail page.
func TestExtractDetailInNewsTemplate(t *testing.T) {
	px := ExtractPage("https://x.example/tin-tuc/123.html", []byte(`<html><body><div class="news-detail"><article><header><h1>Thủ tục đăng ký khai tử</h1></header>
<p><strong>Mã thủ tục:</strong> 1.000656</p><p><strong>Lĩnh vực:</strong> Hộ tịch</p><h3>Trình tự thực hiện</h3><p>…</p><h3>Thành phần hồ sơ</h3><p>…</p></article></div></body></html>`))
	require.NotNil(t, px.Detail)
	assert.Equal(t, Detail{Name: "Thủ tục đăng ký khai tử", Code: "1.000656", Field: "Hộ tịch", Sections: []string{"Trình tự thực hiện", "Thành phần hồ sơ"}}, *px.Detail)
}

// TestNameLabelInValue: a detail table whose value cell repeats the
// label ("Tên thủ tục | Tên thủ tục: Giải thể …") shows one procedure,
// named without the label; two different names are still a list.
func TestNameLabelInValue(t *testing.T) {
	page := func(a, b string) []byte {
		return []byte(`<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Chi tiết thủ tục</title></head><body><h1>Chi tiết thủ tục hành chính</h1>
<table class="tthc"><tr><td>Tên thủ tục</td><td>` + a + `</td></tr><tr><td>Mã thủ tục</td><td></td></tr>
<tr><td>Lĩnh vực</td><td>Giáo dục</td></tr><tr><td>Trình tự thực hiện</td><td>Bước 1 ...</td></tr><tr><td>Tên thủ tục</td><td>` + b + `</td></tr>
<tr><td>Cách thức thực hiện</td><td>Trực tiếp</td></tr><tr><td>Thành phần hồ sơ</td><td>Đơn</td></tr><tr><td>Thời hạn giải quyết</td><td>5 ngày</td></tr></table></body></html>`)
	}
	pe := ExtractPage("http://x/tthc/1", page("Tên thủ tục: Giải thể trường trung học phổ thông", "Giải thể trường trung học phổ thông"))
	require.Len(t, pe.Entries, 1)
	assert.Equal(t, "Giải thể trường trung học phổ thông", pe.Entries[0].Text)
	pe = ExtractPage("http://x/tthc/1", page("Giải thể trường trung học phổ thông", "Sáp nhập, chia, tách trường trung học phổ thông"))
	assert.Empty(t, pe.Entries, "two names are no one procedure's detail page")
	assert.Equal(t, "Giải thể trường", withoutNameLabel("Tên thủ tục: Giải thể trường"))
	assert.Equal(t, "Lĩnh vực: Giáo dục", withoutNameLabel("Lĩnh vực: Giáo dục"))
}
