package crawler

import (
	"net/http"
	"testing"

	"github.com/tthcaudit/tthcaudit/internal/textnorm"
	"golang.org/x/text/unicode/norm"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Portal 1: a procedure table with a code column (long codes), a field
// column, a code in a name cell, a name broken over lines; menus, news
// table and footer table that are not procedures.
func TestPortalTable(t *testing.T) {
	f := newFixture(t, map[string]http.HandlerFunc{
		"/":                   htmlPage(t, "table/index.html"),
		"/gioi-thieu":         htmlPage(t, "table/gioi-thieu.html"),
		"/thu-tuc-hanh-chinh": htmlPage(t, "table/list.html"),
		"/tthc/khai-sinh":     htmlPage(t, "table/khai-sinh.html"),
		"/files/*": func(w http.ResponseWriter, r *http.Request) {
			t.Errorf("file fetched: %s", r.URL)
		},
	})
	res := crawlFixture(t, testOptions(f.srv.URL+"/"))
	assert.Equal(t, []string{
		"1.000656 | Thủ tục đăng ký khai tử | Hộ tịch",
		"1.000894 | Thủ tục đăng ký kết hôn | Hộ tịch",
		"1.001193 | Thủ tục đăng ký khai sinh | Hộ tịch",
		"1.004222 | Đăng ký thường trú | Đăng ký, quản lý cư trú",
		"1.010801 | Giải quyết chế độ trợ cấp ưu đãi đối với thân nhân liệt sĩ | Người có công",
	}, summary(res))
	assert.Empty(t, res.BrokenLinks)
	assert.False(t, res.Partial, res.PartialReasons)
	assert.Equal(t, 1, res.StartPagesLoaded)
	for _, e := range res.Entries {
		assert.Equal(t, "table", e.Kind)
		assert.Equal(t, f.srv.URL+"/thu-tuc-hanh-chinh", e.PageURL)
		assert.Len(t, e.BodyHash, 64)
		assert.False(t, e.FetchedAt.IsZero())
		if e.Code == "1.001193" {
			assert.Equal(t, f.srv.URL+"/tthc/khai-sinh", e.DetailURL)
			assert.Equal(t, 200, e.DetailStatus)
			assert.Equal(t, StandardSections, e.Sections)
			assert.Equal(t, "UBND cấp xã", e.Agency)
		}
	}
	require.Zero(t, f.hitsUnder("/files/"))
	assert.Positive(t, res.Stats.Skipped)
	assert.Positive(t, res.Stats.Bytes)
	assert.Zero(t, f.hits["/gioi-thieu"], "the introduction lists no procedure")
	assert.Equal(t, map[string]int{"about": 1}, res.Stats.OffTopic)
	// Minimal: the start page; the list /thu-tuc-hanh-chinh; the district
	// list the menu links (/thu-tuc-hanh-chinh/cap-huyen) and the decision
	// that publishes the list (/van-ban/123), both dead here (404), which a
	// crawl learns only by asking; the detail page /tthc/khai-sinh. Not:
	// the about page, the sitemap, the forms (files).
	assertNearMinimal(t, f, 1+1+2+1)
}

// Portal 2: lists of links grouped under "Lĩnh vực …" headings, names cut
// short with "…" and "..." completed from their detail pages; codes only on
// the detail pages; a sidebar and a footer that are not procedures.
func TestPortalGroupedLists(t *testing.T) {
	const tt = "Di chuyển hài cốt liệt sĩ đang an táng tại nghĩa trang liệt sĩ đi nơi khác theo nguyện vọng của đại diện thân nhân hoặc người hưởng trợ cấp thờ cúng liệt sĩ"
	f := newFixture(t, map[string]http.HandlerFunc{
		"/":                     htmlPage(t, "grouped/index.html"),
		"/tthc/chi-tiet?id=101": detailPage("Giải quyết chế độ ưu đãi đối với vợ hoặc chồng liệt sĩ lấy chồng hoặc vợ khác", "1.010802", "Người có công"),
		"/tthc/chi-tiet?id=102": detailPage(tt, "1.010829", "Người có công"),
		"/tthc/chi-tiet?id=103": detailPage("Bổ sung tình hình thân nhân trong hồ sơ liệt sĩ", "1.010825", "Người có công"),
		"/tthc/chi-tiet?id=104": detailPage("Sửa đổi, bổ sung thông tin cá nhân trong hồ sơ người có công", "1.010826", "Người có công"),
		"/tthc/chi-tiet?id=105": detailPage("Cấp giấy xác nhận thân nhân của người có công", "1.010833", "Người có công"),
		"/tthc/chi-tiet?id=201": detailPage("Thủ tục đăng ký khai sinh kết hợp đăng ký nhận cha, mẹ, con", "1.000689", "Hộ tịch"),
		"/tthc/chi-tiet?id=202": detailPage("Thủ tục đăng ký lại khai sinh", "1.004884", "Hộ tịch"),
	})
	res := crawlFixture(t, testOptions(f.srv.URL+"/"))
	assert.Equal(t, []string{
		"1.000689 | Thủ tục đăng ký khai sinh kết hợp đăng ký nhận cha, mẹ, con | Hộ tịch",
		"1.004884 | Thủ tục đăng ký lại khai sinh | Hộ tịch",
		"1.010802 | Giải quyết chế độ ưu đãi đối với vợ hoặc chồng liệt sĩ lấy chồng hoặc vợ khác | Người có công",
		"1.010825 | Bổ sung tình hình thân nhân trong hồ sơ liệt sĩ | Người có công",
		"1.010826 | Sửa đổi, bổ sung thông tin cá nhân trong hồ sơ người có công | Người có công",
		"1.010829 | " + tt + " | Người có công",
		"1.010833 | Cấp giấy xác nhận thân nhân của người có công | Người có công",
	}, summary(res))
	truncated := 0
	for _, e := range res.Entries {
		assert.Equal(t, "list", e.Kind, e.Text)
		assert.Equal(t, 200, e.DetailStatus, e.Text)
		assert.Len(t, e.Sections, len(StandardSections))
		if e.Truncated {
			truncated++
		}
	}
	assert.Equal(t, 3, truncated)
	assert.Empty(t, res.BrokenLinks)
	assert.Equal(t, 1, f.hits["/tthc/chi-tiet?id=103"], "utm_source dropped: fetched once")
	assert.Zero(t, f.hitsUnder("/css/"))
	assert.Equal(t, map[string]int{"contact": 1, "weblinks": 1}, res.Stats.OffTopic)
	// Minimal: the start page, which is the list; its seven detail pages;
	// the menu's list /thu-tuc and the sidebar's procedure /thu-tuc-moi,
	// both dead here (404). Not: the web link and the contact page (both
	// left alone), the national portal (another host).
	assertNearMinimal(t, f, 1+7+2)
}

// Portal 3: an old portal in windows-1258 (tone marks as combining
// characters), declared only in <meta http-equiv>, served as bare
// "text/html"; a table with "Lĩnh vực" section rows and a "Mã số" column.
func TestPortalWindows1258(t *testing.T) {
	f := newFixture(t, map[string]http.HandlerFunc{
		"/index.htm": servePage(t, "cp1258/index.htm", "text/html"),
	})
	res := crawlFixture(t, testOptions(f.srv.URL+"/index.htm"))
	assert.Equal(t, []string{
		"1.000894 | Thủ tục đăng ký kết hôn | Hộ tịch",
		"1.001193 | Thủ tục đăng ký khai sinh | Hộ tịch",
		"1.010820 | Giải quyết chế độ người có công giúp đỡ cách mạng | Người có công",
		"1.010828 | Cấp trích lục hoặc sao hồ sơ người có công với cách mạng | Người có công",
		"2.001157 | Trợ cấp một lần đối với thanh niên xung phong đã hoàn thành nhiệm vụ trong kháng chiến | Người có công",
	}, summary(res))
	for _, e := range res.Entries {
		assert.True(t, norm.NFC.IsNormalString(e.Text), e.Text)
	}
	assert.Empty(t, res.BrokenLinks)
	assert.Equal(t, map[string]int{"about": 1}, res.Stats.OffTopic)
	// Minimal: the start page, which is the whole list (no detail pages).
	// Not: the about page.
	assertNearMinimal(t, f, 1)
}

// Portal 4: a card layout with HTML entities (some double-escaped), NFD
// text, names split over lines, "liệt sỹ" spelling, a title without a
// link, long codes; a news box and a footer card that are not procedures.
func TestPortalCards(t *testing.T) {
	f := newFixture(t, map[string]http.HandlerFunc{
		"/":             htmlPage(t, "cards/index.html"),
		"/tthc/1010803": detailPage("Giải quyết chế độ trợ cấp thờ cúng liệt sĩ", "1.010803", "Người có công"),
		"/tthc/1010831": detailPage("Cấp giấy xác nhận thông tin về nơi liệt sĩ hy sinh", "1.010831", "Người có công"),
		"/tthc/1010827": detailPage("Di chuyển hồ sơ khi người hưởng trợ cấp ưu đãi thay đổi nơi thường trú", "1.010827", "Người có công"),
		"/tthc/1000094": detailPage("Thủ tục đăng ký kết hôn có yếu tố nước ngoài tại khu vực biên giới", "1.000094", "Hộ tịch"),
	})
	res := crawlFixture(t, testOptions(f.srv.URL+"/"))
	assert.Equal(t, []string{
		"1.000094 | Thủ tục đăng ký kết hôn có yếu tố nước ngoài tại khu vực biên giới | Hộ tịch",
		"1.010803 | Giải quyết chế độ trợ cấp thờ cúng liệt sỹ | Người có công",
		"1.010827 | Di chuyển hồ sơ khi người hưởng trợ cấp ưu đãi thay đổi nơi thường trú | Người có công",
		"1.010831 | Cấp giấy xác nhận thông tin về nơi liệt sỹ hy sinh | Người có công",
	}, summary(res))
	for _, e := range res.Entries {
		assert.Equal(t, "card", e.Kind, e.Text)
		assert.Equal(t, textnorm.Key(e.Text), e.Key)
		assert.Equal(t, 200, e.DetailStatus)
	}
	// "liệt sỹ" on the portal and "liệt sĩ" in the catalogue share a key.
	assert.Equal(t, textnorm.Key("Giải quyết chế độ trợ cấp thờ cúng liệt sĩ."), res.Entries[1].Key)
	assert.Empty(t, res.BrokenLinks)
	// Minimal: the start page, which is the list; four detail pages; the
	// news item whose headline speaks of procedures (/tin/123, dead here).
	// Not: the online-services page the menu links.
	assertNearMinimal(t, f, 1+4+1)
}

// Portal 5: a list paginated with ?page=1,2,3 (page 1 also reachable as
// the bare list URL), a news column with procedure-sounding headlines
// before the list, and a footer; fields from "Lĩnh vực:" labels in items.
func TestPortalPaginated(t *testing.T) {
	routes := map[string]http.HandlerFunc{
		"/":               func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/thu-tuc", http.StatusFound) },
		"/thu-tuc":        htmlPage(t, "paged/page1.html"),
		"/thu-tuc?page=1": htmlPage(t, "paged/page1.html"),
		"/thu-tuc?page=2": htmlPage(t, "paged/page2.html"),
		"/thu-tuc?page=3": htmlPage(t, "paged/page3.html"),
	}
	details := map[string][3]string{
		"ks":   {"Thủ tục đăng ký khai sinh", "1.001193", "Hộ tịch"},
		"kh":   {"Thủ tục đăng ký kết hôn", "1.000894", "Hộ tịch"},
		"kt":   {"Thủ tục đăng ký khai tử", "1.000656", "Hộ tịch"},
		"lks":  {"Thủ tục đăng ký lại khai sinh", "1.004884", "Hộ tịch"},
		"lkh":  {"Thủ tục đăng ký lại kết hôn", "1.004746", "Hộ tịch"},
		"lkt":  {"Đăng ký lại khai tử", "1.005461", "Hộ tịch"},
		"xn":   {"Cấp giấy xác nhận thân nhân của người có công", "1.010833", "Người có công"},
		"tl":   {"Cấp trích lục hoặc sao hồ sơ người có công với cách mạng", "1.010828", "Người có công"},
		"tnxp": {"Trợ cấp một lần đối với thanh niên xung phong đã hoàn thành nhiệm vụ trong kháng chiến", "2.001157", "Người có công"},
	}
	for slug, d := range details {
		routes["/thu-tuc/chi-tiet/"+slug+".html"] = detailPage(d[0], d[1], d[2])
	}
	f := newFixture(t, routes)
	res := crawlFixture(t, testOptions(f.srv.URL+"/"))
	assert.Equal(t, []string{
		"1.000656 | Thủ tục đăng ký khai tử | Hộ tịch",
		"1.000894 | Thủ tục đăng ký kết hôn | Hộ tịch",
		"1.001193 | Thủ tục đăng ký khai sinh | Hộ tịch",
		"1.004746 | Thủ tục đăng ký lại kết hôn | Hộ tịch",
		"1.004884 | Thủ tục đăng ký lại khai sinh | Hộ tịch",
		"1.005461 | Đăng ký lại khai tử | Hộ tịch",
		"1.010828 | Cấp trích lục hoặc sao hồ sơ người có công với cách mạng | Người có công",
		"1.010833 | Cấp giấy xác nhận thân nhân của người có công | Người có công",
		"2.001157 | Trợ cấp một lần đối với thanh niên xung phong đã hoàn thành nhiệm vụ trong kháng chiến | Người có công",
	}, summary(res))
	assert.Empty(t, res.BrokenLinks)
	assert.False(t, res.Partial, res.PartialReasons)
	assert.Equal(t, 1, res.StartPagesLoaded)
	assert.Equal(t, 1, f.hits["/thu-tuc?page=3"])
	// Minimal: the start page and the list it redirects to (two requests);
	// the list's pages 2 and 3; nine detail pages; the two news items
	// whose headlines speak of procedures (dead here). Not: ?page=1 (page
	// 1 again under another address), the news section, the news item
	// about something else, the guide in the footer.
	assertNearMinimal(t, f, 2+2+9+2)
}

// Portal 6: a bare list of links; codes, fields and sections only on the
// detail pages, each in its own layout (label divs, inline bold labels,
// label table, dl); one detail link answers 404 (broken), one detail page
// lacks sections.
func TestPortalDetailPages(t *testing.T) {
	f := newFixture(t, map[string]http.HandlerFunc{
		"/":                       htmlPage(t, "details/index.html"),
		"/chi-tiet-thu-tuc?ma=d1": htmlPage(t, "details/d1.html"),
		"/chi-tiet-thu-tuc?ma=d2": htmlPage(t, "details/d2.html"),
		"/chi-tiet-thu-tuc?ma=d4": htmlPage(t, "details/d4.html"),
	})
	res := crawlFixture(t, testOptions(f.srv.URL+"/"))
	assert.Equal(t, []string{
		" | Hưởng trợ cấp khi người có công đang hưởng trợ cấp ưu đãi từ trần | ",
		"1.010801 | Giải quyết chế độ trợ cấp ưu đãi đối với thân nhân liệt sĩ | Người có công",
		"1.010827 | Di chuyển hồ sơ khi người hưởng trợ cấp ưu đãi thay đổi nơi thường trú | Người có công",
		"1.010831 | Cấp giấy xác nhận thông tin về nơi liệt sĩ hy sinh | Người có công",
	}, summary(res))
	require.Len(t, res.BrokenLinks, 1)
	assert.Equal(t, BrokenLink{URL: f.srv.URL + "/chi-tiet-thu-tuc?ma=d3", Status: 404, From: f.srv.URL + "/", Reason: "HTTP 404"}, res.BrokenLinks[0])
	sections := map[string][]string{}
	for _, e := range res.Entries {
		sections[e.Code] = e.Sections
	}
	assert.Equal(t, StandardSections, sections["1.010801"])
	assert.Equal(t, StandardSections, sections["1.010827"])
	assert.Equal(t, []string{"Trình tự thực hiện", "Thành phần hồ sơ", "Thời hạn giải quyết"}, sections["1.010831"])
	assert.Nil(t, sections[""])
	assert.False(t, res.Partial, res.PartialReasons)
	// Minimal: the start page, which is the list; its four detail pages,
	// the 404 one included (the audit reports it broken). Not: the contact
	// page.
	assertNearMinimal(t, f, 1+4)
}

// A name cut short is completed from a linked page that is no detail page
// the extractor recognises, when that page's title continues the name.
func TestTruncatedCompletedFromTitle(t *testing.T) {
	f := newFixture(t, map[string]http.HandlerFunc{
		"/": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			_, _ = w.Write([]byte(`<html><head><title>Thủ tục hành chính</title></head><body><h2>Lĩnh vực Người có công</h2><ul>
<li><a href="/a">Giải quyết chế độ trợ cấp thờ cúng...</a></li><li><a href="/b">Cấp giấy xác nhận thân nhân …</a></li></ul></body></html>`))
		},
		"/a": func(w http.ResponseWriter, r *http.Request) {
			_, _ = w.Write([]byte(`<html><body><h1>Giải quyết chế độ trợ cấp thờ cúng liệt sĩ</h1><p>Đang cập nhật.</p></body></html>`))
		},
		"/b": func(w http.ResponseWriter, r *http.Request) {
			_, _ = w.Write([]byte(`<html><body><h1>Trang đang bảo trì</h1></body></html>`))
		},
	})
	res := crawlFixture(t, testOptions(f.srv.URL+"/"))
	assert.Equal(t, []string{
		" | Cấp giấy xác nhận thân nhân … | Người có công",
		" | Giải quyết chế độ trợ cấp thờ cúng liệt sĩ | Người có công",
	}, summary(res))
	// Minimal: the start page, which is the list, and its two entries' pages.
	assertNearMinimal(t, f, 1+2)
}
