package rules

import (
	"encoding/json"
	"testing"

	"github.com/tthcaudit/tthcaudit/internal/msg"
	"github.com/tthcaudit/tthcaudit/internal/verdict"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tthcaudit/tthcaudit/internal/catalog"
	"github.com/tthcaudit/tthcaudit/internal/config"
	"github.com/tthcaudit/tthcaudit/internal/crawler"
)

const (
	ncc = "Người có công"
	ht  = "Hộ tịch"
)

// anGiang is a small district-era catalogue (An Giang, 2018 style).
func anGiang() *catalog.Catalog {
	return catalog.New("an-giang.csv", []catalog.Procedure{
		proc("1.002519", "Hỗ trợ tiền thăm viếng mộ liệt sĩ, di chuyển hài cốt liệt sĩ", ncc, catalog.LevelHuyen),
		proc("1.002410", "Cấp giấy giới thiệu đi thăm viếng mộ liệt sĩ", ncc, catalog.LevelHuyen),
		proc("1.010803", "Giải quyết chế độ trợ cấp thờ cúng liệt sĩ.", ncc, catalog.LevelHuyen),
		proc("1.010825", "Bổ sung tình hình thân nhân trong hồ sơ liệt sĩ.", ncc, catalog.LevelHuyen),
		proc("1.001193", "Thủ tục đăng ký khai sinh", ht, catalog.LevelXa),
		proc("1.004884", "Thủ tục đăng ký lại khai sinh", ht, catalog.LevelHuyen, catalog.LevelXa),
		proc("2.000528", "Thủ tục đăng ký khai sinh có yếu tố nước ngoài", ht, catalog.LevelHuyen),
		proc("2.000620", "Cấp Giấy phép bán lẻ rượu", "Lưu thông hàng hóa trong nước", catalog.LevelHuyen),
		proc("2.001240", "Cấp lại Giấy phép bán lẻ rượu", "Lưu thông hàng hóa trong nước", catalog.LevelHuyen),
		proc("1.000775", "Cấp Giấy phép kinh doanh dịch vụ lữ hành nội địa", "Du lịch", catalog.LevelTinh),
		abolished(proc("1.003000", "Cấp Giấy phép kinh doanh karaoke", "Văn hóa", catalog.LevelHuyen)),
	})
}

func triTon() config.Portal {
	return config.Portal{ID: "tri-ton", Name: "UBND huyện Tri Tôn", Level: "huyen"}
}

// The seed case: Tri Tôn lists the grave-visit introduction letter and a
// news headline about visiting martyrs' graves, but not the support
// procedure. Exactly that one is missing.
func TestTriTonMissesMartyrGraveSupport(t *testing.T) {
	page := "https://triton.example.gov.vn/thu-tuc-hanh-chinh"
	news := "https://triton.example.gov.vn/tin-tuc"
	crawl := loaded(
		detail("Cấp giấy giới thiệu đi thăm viếng mộ liệt sỹ", page, page+"/1.002410"),
		entry("Giải quyết chế độ trợ cấp thờ cúng liệt sĩ", page),
		entry("BỔ SUNG TÌNH HÌNH THÂN NHÂN TRONG HỒ SƠ LIỆT SĨ", page),
		entry("Thủ tục đăng ký lại khai sinh (1.004884)", page),
		entry("Đăng ký khai sinh có yếu tố nước ngoài", page),
		entry("Cấp Giấy phép bán lẻ rượu", page),
		entry("Cấp lại Giấy phép bán lẻ rượu", page),
		entry("Thăm viếng mộ liệt sĩ nhân ngày 27/7", news),
		entry("Lãnh đạo huyện Tri Tôn thăm viếng mộ liệt sĩ nhân kỷ niệm Ngày Thương binh - Liệt sĩ", news),
		entry("Trang chủ", page),
	)
	v := Evaluate(Input{Portal: triTon(), Catalog: anGiang(), Crawl: crawl})
	assert.Equal(t, verdict.StatusOK, v.Status)
	assert.Equal(t, []string{"1.002519"}, codesOfMissing(v))
	assert.Equal(t, 8, v.Required)
	assert.Equal(t, 7, v.Found)
	assert.Equal(t, 0.875, v.Coverage)
	assert.Equal(t, "Người có công", v.Of(verdict.KindMissing)[0].Field)
	assert.Empty(t, v.Of(verdict.KindUnmatched), "headlines and menus are not procedures")
	assert.Empty(t, v.Of(verdict.KindAmbiguous))
	assert.Equal(t, map[string][2]int{ncc: {4, 3}, ht: {2, 2}, "Lưu thông hàng hóa trong nước": {2, 2}}, fieldCounts(v))
	var letter verdict.Finding
	for _, f := range v.Of(verdict.KindFound) {
		if f.Code == "1.002410" {
			letter = f
		}
	}
	assert.Equal(t, page+"/1.002410", letter.URL)
	assert.Equal(t, "Cấp giấy giới thiệu đi thăm viếng mộ liệt sỹ", letter.PublishedName)
	assert.Equal(t, "normalized", letter.Match)
	assert.Equal(t, 1.0, letter.Score)
	assert.True(t, letter.Required)
}

// Thoại Sơn publishes half its Người có công procedures, one with a thin
// detail page, and still lists an abolished one.
func TestThoaiSonFieldsObsoleteIncomplete(t *testing.T) {
	page := "https://thoaison.example.gov.vn/tthc"
	all := crawler.StandardSections
	crawl := loaded(
		detail("Cấp giấy giới thiệu đi thăm viếng mộ liệt sĩ", page, page+"/a", all...),
		detail("Giải quyết chế độ trợ cấp thờ cúng liệt sĩ", page, page+"/b", all[:3]...),
		entry("Đăng ký lại khai sinh", page),
		entry("Thủ tục đăng ký khai sinh có yếu tố nước ngoài", page),
		entry("Cấp Giấy phép bán lẻ rượu", page),
		entry("Cấp lại Giấy phép bán lẻ rượu", page),
		detail("Cấp Giấy phép kinh doanh karaoke", page, page+"/karaoke"),
		entry("Cấp Giấy phép kinh doanh dịch vụ lữ hành nội địa", page),
	)
	crawl.BrokenLinks = []crawler.BrokenLink{
		{URL: page + "/z", Status: 404, From: page},
		{URL: page + "/y", Status: 0, From: page, Reason: "timeout"},
		{URL: page + "/z", Status: 404, From: page},
	}
	p := config.Portal{ID: "thoai-son", Name: "UBND huyện Thoại Sơn", Level: "huyen"}
	v := Evaluate(Input{Portal: p, Catalog: anGiang(), Crawl: crawl})
	assert.Equal(t, map[string][2]int{ncc: {4, 2}, ht: {2, 2}, "Lưu thông hàng hóa trong nước": {2, 2}}, fieldCounts(v))
	assert.Equal(t, []string{"1.002519", "1.010825"}, codesOfMissing(v))
	require.Len(t, v.Of(verdict.KindObsolete), 1)
	assert.Equal(t, verdict.Finding{Kind: verdict.KindObsolete, Code: "1.003000", Name: "Cấp Giấy phép kinh doanh karaoke", URL: page + "/karaoke"}, v.Of(verdict.KindObsolete)[0])
	require.Len(t, v.Of(verdict.KindIncomplete), 1)
	assert.Equal(t, "1.010803", v.Of(verdict.KindIncomplete)[0].Code)
	assert.Equal(t, all[3:], v.Of(verdict.KindIncomplete)[0].MissingSections)
	assert.Equal(t, []verdict.Finding{{Kind: verdict.KindBroken, URL: page + "/y", Status: 0, From: page}, {Kind: verdict.KindBroken, URL: page + "/z", Status: 404, From: page}}, v.Of(verdict.KindBroken))
	// The provincial travel procedure is found but not required.
	assert.Contains(t, codesOfFound(v), "1.000775")
	assert.NotContains(t, codesOfFound(v), "1.003000", "abolished ones are obsolete, not found")
	for _, f := range v.Of(verdict.KindFound) {
		assert.Equal(t, f.Code != "1.000775", f.Required, f.Code)
	}
	assert.Equal(t, 6, v.Found)
	assert.Equal(t, 0.75, v.Coverage)
}

func TestUnreachableClaimsNothing(t *testing.T) {
	for name, crawl := range map[string]*crawler.Result{
		"no start page": {StartPagesLoaded: 0, FailedPages: []crawler.PageError{{URL: "https://x.example/", Kind: crawler.ErrDNS}}},
		"no crawl":      nil,
	} {
		t.Run(name, func(t *testing.T) {
			v := Evaluate(Input{Portal: triTon(), Catalog: anGiang(), Crawl: crawl})
			assert.Equal(t, verdict.StatusUnreachable, v.Status)
			assert.Empty(t, v.Of(verdict.KindMissing))
			b, err := json.Marshal(v)
			require.NoError(t, err)
			assert.Contains(t, string(b), `"missing":[]`, "the list is there, empty")
			assert.Equal(t, 0, v.Found)
			assert.Equal(t, 8, v.Required)
			assert.Equal(t, 0.0, v.Coverage)
			require.NotEmpty(t, v.Notes)
			assert.Contains(t, v.Notes[0].String(), "không coi là thiếu")
			for _, f := range v.Fields {
				assert.Zero(t, f.Found)
			}
		})
	}
}

// A portal that kept the crawler out (a captcha in place of its list) is
// unreachable though a page loaded: nothing missing, so no ticket, and the
// reason is in the verdict.
func TestBlockedClaimsNothing(t *testing.T) {
	crawl := loaded(entry("Cấp giấy phép xây dựng nhà ở riêng lẻ", "https://x.example/"))
	crawl.Blocked = &crawler.Blocked{Reason: crawler.BlockCaptcha, URL: "https://x.example/tthc", Status: 200}
	crawl.Traps = []crawler.Trap{{Pattern: "x.example/lich?thang=#", Example: "https://x.example/lich?thang=3", Fetched: 4, Skipped: 2}}
	crawl.Stats.ActionLinks = 7
	v := Evaluate(Input{Portal: triTon(), Catalog: anGiang(), Crawl: crawl})
	assert.Equal(t, verdict.StatusUnreachable, v.Status)
	assert.Empty(t, v.Of(verdict.KindMissing))
	assert.Empty(t, v.Of(verdict.KindUnmatched))
	assert.Equal(t, &verdict.Blocked{Reason: crawler.BlockCaptcha, URL: "https://x.example/tthc", Status: 200}, v.Blocked)
	assert.Equal(t, []verdict.TrapCut{{Pattern: "x.example/lich?thang=#", Example: "https://x.example/lich?thang=3", Fetched: 4, Skipped: 2}}, v.Traps)
	assert.Equal(t, 7, v.ActionLinksSkipped)
}

// Vote and navigation links are never unmatched candidates.
func TestUnmatchedOnlyPlausibleNames(t *testing.T) {
	page := "https://p.example/tthc"
	var entries []crawler.Entry
	for range 30 {
		entries = append(entries, entry("Đánh giá mức độ hài lòng", page))
	}
	entries = append(entries, entry("Trang sau", page), entry("Cấp phép khai thác cát sỏi lòng sông", page+"?b"), entry("Cấp phép khai thác cát sỏi lòng sông", page+"?a"))
	v := Evaluate(Input{Portal: triTon(), Catalog: anGiang(), Crawl: loaded(entries...)})
	assert.Equal(t, []verdict.Finding{{Kind: verdict.KindUnmatched, Text: "Cấp phép khai thác cát sỏi lòng sông", URL: page + "?a", Count: 2}}, v.Of(verdict.KindUnmatched))
}

func TestPartialStillReports(t *testing.T) {
	page := "https://p.example/tthc"
	crawl := loaded(entry("Cấp Giấy phép bán lẻ rượu", page))
	crawl.FailedPages = []crawler.PageError{{URL: page + "?page=2", Status: 500, Kind: crawler.ErrHTTP, Detail: "500 Internal Server Error"}}
	v := Evaluate(Input{Portal: triTon(), Catalog: anGiang(), Crawl: crawl})
	assert.Equal(t, verdict.StatusPartial, v.Status)
	assert.Len(t, v.Of(verdict.KindMissing), 7)
	require.Len(t, v.Of(verdict.KindFailedPage), 1)
	assert.Equal(t, verdict.Finding{Kind: verdict.KindFailedPage, URL: page + "?page=2", Status: 500, Reason: "http: 500 Internal Server Error"}, v.Of(verdict.KindFailedPage)[0])
	require.NotEmpty(t, v.Notes)
	assert.True(t, v.Notes[0].Is(NotePartial))
	assert.Contains(t, v.Notes[0].In(msg.English), "1 pages that may list procedures did not load", "the crawl says why")

	crawl = loaded(entry("Cấp Giấy phép bán lẻ rượu", page))
	crawl.Partial, crawl.PartialReasons = true, []msg.Note{msg.N("crawl.max_pages", 10, 3)}
	v = Evaluate(Input{Portal: triTon(), Catalog: anGiang(), Crawl: crawl})
	assert.Equal(t, verdict.StatusPartial, v.Status)
	assert.Contains(t, v.Notes[0].String(), "max_pages")
}

func TestScriptRenderedNote(t *testing.T) {
	crawl := loaded()
	crawl.ScriptRendered = true
	v := Evaluate(Input{Portal: triTon(), Catalog: anGiang(), Crawl: crawl})
	assert.Contains(t, v.Notes, msg.N(NoteScript))
	p := triTon()
	p.RenderJS = true
	v = Evaluate(Input{Portal: p, Catalog: anGiang(), Crawl: crawl})
	assert.NotContains(t, v.Notes, NoteScript)
}

// Several entries for one procedure: the best evidence is kept (highest
// score, then a detail page); a detail page with every section makes it
// complete even if another is thin.
func TestBestEvidence(t *testing.T) {
	page := "https://p.example/tthc"
	all := crawler.StandardSections
	crawl := loaded(
		entry("Cap giay phep ban le ruou", page),                                // folded, 0.95
		detail("Cấp Giấy phép bán lẻ rượu", page+"?p=2", page+"/r", all[:2]...), // exact, detail
		entry("Cấp Giấy phép bán lẻ rượu", page+"?p=3"),                         // exact, no detail
		detail("Cấp Giấy phép bán lẻ rượu", page+"?p=4", page+"/r2", all...),
	)
	v := Evaluate(Input{Portal: triTon(), Catalog: anGiang(), Crawl: crawl})
	var f verdict.Finding
	for _, x := range v.Of(verdict.KindFound) {
		if x.Code == "2.000620" {
			f = x
		}
	}
	assert.Equal(t, page+"/r", f.URL)
	assert.Equal(t, "exact", f.Match)
	assert.Empty(t, v.Of(verdict.KindIncomplete))
}

// A name two procedures share (one per level) counts for the one the
// portal must publish.
func TestSharedNamePrefersRequired(t *testing.T) {
	c := catalog.New("c", []catalog.Procedure{
		proc("1.010788", "Công nhận và giải quyết chế độ ưu đãi người hoạt động cách mạng", ncc, catalog.LevelTinh),
		proc("1.010815", "Công nhận và giải quyết chế độ ưu đãi người hoạt động cách mạng.", ncc, catalog.LevelXa),
	})
	p := config.Portal{ID: "x", Level: "xa"}
	v := Evaluate(Input{Portal: p, Catalog: c, Crawl: loaded(entry("Công nhận và giải quyết chế độ ưu đãi người hoạt động cách mạng", "u"))})
	assert.Equal(t, []string{"1.010815"}, codesOfFound(v))
	assert.Empty(t, v.Of(verdict.KindMissing))
	assert.Equal(t, 1.0, v.Coverage)
}

func TestAmbiguousAndUnmatched(t *testing.T) {
	page := "https://p.example/tthc"
	crawl := loaded(
		entry("Đăng ký khai sinh…", page),
		entry("Cấp giấy phép xây dựng nhà ở riêng lẻ", page),
		crawler.Entry{Text: "Xem chi tiết", Code: "1.999999", PageURL: page, Kind: "table"},
		entry("Liên hệ", page),
		entry("Cấp giấy phép xây dựng nhà ở riêng lẻ", page),
	)
	v := Evaluate(Input{Portal: triTon(), Catalog: anGiang(), Crawl: crawl})
	require.Len(t, v.Of(verdict.KindAmbiguous), 1)
	assert.Equal(t, "Đăng ký khai sinh…", v.Of(verdict.KindAmbiguous)[0].Text)
	assert.GreaterOrEqual(t, len(v.Of(verdict.KindAmbiguous)[0].Candidates), 2)
	assert.Equal(t, []verdict.Finding{{Kind: verdict.KindUnmatched, Text: "Cấp giấy phép xây dựng nhà ở riêng lẻ", URL: page, Count: 2}, {Kind: verdict.KindUnmatched, Text: "Xem chi tiết", URL: page}}, v.Of(verdict.KindUnmatched), "once per text with its count; navigation only with a code")
	assert.NotContains(t, codesOfFound(v), "1.001193")
}

// Every list is [] in JSON, never null, and lists are sorted.
func TestJSONShape(t *testing.T) {
	v := Evaluate(Input{Portal: triTon(), Catalog: catalog.New("e", nil), Crawl: loaded()})
	b, err := json.Marshal(v)
	require.NoError(t, err)
	for _, k := range []string{"missing", "found_procedures", "obsolete", "unmatched", "ambiguous", "incomplete", "broken_links", "fields"} {
		assert.Contains(t, string(b), `"`+k+`":[]`, k)
	}
	assert.Equal(t, 1.0, v.Coverage)

	page := "https://p.example/tthc"
	v = Evaluate(Input{Portal: triTon(), Catalog: anGiang(), Crawl: loaded(
		entry("Cấp lại Giấy phép bán lẻ rượu", page+"/2"),
		entry("Cấp Giấy phép bán lẻ rượu", page+"/1"),
		entry("Thủ tục đăng ký khai sinh có yếu tố nước ngoài", page),
	)})
	assert.Equal(t, []string{"2.000528", "2.000620", "2.001240"}, codesOfFound(v))
	assert.IsIncreasing(t, codesOfMissing(v))
}

func TestChecksRegistered(t *testing.T) {
	assert.Equal(t, []string{"status", "by_link", "found", "missing", "obsolete", "unmatched", "ambiguous", "incomplete", "broken_links", "fields", "disputed", "guest", "outdated", "review"}, Checks())
}

func TestCoverageRounding(t *testing.T) {
	assert.Equal(t, 0.6667, coverage(2, 3))
	assert.Equal(t, 1.0, coverage(0, 0))
	assert.Equal(t, 0.0, coverage(0, 5))
}

// A code and a name of two procedures: counted once, noted for review.
func TestDisputedNoted(t *testing.T) {
	page := "https://p.example/tthc"
	crawl := loaded(crawler.Entry{Text: "Cấp giấy giới thiệu đi thăm viếng mộ liệt sĩ", Code: "2.000620", PageURL: page, Kind: "table"})
	v := Evaluate(Input{Portal: triTon(), Catalog: anGiang(), Crawl: crawl})
	assert.Equal(t, []string{"1.002410"}, codesOfFound(v))
	require.Len(t, v.Notes, 1)
	assert.Contains(t, v.Notes[0].String(), "1 mục có mã và tên không cùng một thủ tục")
	assert.Contains(t, v.Notes[0].String(), "được tính là 1.002410, không phải 2.000620")
}

// A portal the catalogue asks nothing of says so (a level the catalogue no
// longer has, say huyen after July 2025).
func TestNothingRequiredNoted(t *testing.T) {
	c := catalog.New("c", []catalog.Procedure{proc("1.000001", "Cấp giấy phép A", "", catalog.LevelXa)})
	v := Evaluate(Input{Portal: triTon(), Catalog: c, Crawl: loaded()})
	assert.Equal(t, 0, v.Required)
	assert.Equal(t, 1.0, v.Coverage)
	assert.Contains(t, v.Notes, msg.N(NoteNoRequired))
}

func TestNilCatalog(t *testing.T) {
	v := Evaluate(Input{Portal: triTon(), Crawl: loaded(entry("Cấp Giấy phép bán lẻ rượu", "u"))})
	assert.Equal(t, 0, v.Required)
	assert.Equal(t, 1.0, v.Coverage)
	assert.Empty(t, v.Of(verdict.KindFound))
}
