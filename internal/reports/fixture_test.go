package reports

import (
	"time"

	"github.com/tthcaudit/tthcaudit/internal/msg"
	"github.com/tthcaudit/tthcaudit/internal/verdict"
)

// Names and codes below are real "Người có công" procedures from
// testdata/dvcqg/nguoi-co-cong.csv. Lists are deliberately out of order so
// that the tests see the renderers sort them.
const (
	nameTQGC        = "Cấp Bằng “Tổ quốc ghi công”"
	nameTQGCMatTich = "Cấp Bằng “Tổ quốc ghi công” đối với người hy sinh hoặc mất tích trong chiến tranh"
	nameHoatDong    = "Công nhận và giải quyết chế độ ưu đãi người hoạt động cách mạng"
	nameThanNhan    = "Giải quyết chế độ trợ cấp ưu đãi đối với thân nhân liệt sĩ"
	nameThoCung     = "Giải quyết chế độ trợ cấp thờ cúng liệt sĩ."
	nameThuongBinh  = "Công nhận thương binh, người hưởng chính sách như thương binh"
	nameBoSung      = "Bổ sung tình hình thân nhân trong hồ sơ liệt sĩ."
	nameTrichLuc    = "Cấp trích lục hoặc sao hồ sơ người có công với cách mạng"
	nameHaiCot      = "Di chuyển hài cốt liệt sĩ đang an táng tại nghĩa trang liệt sĩ đi nơi khác theo nguyện vọng của đại diện thân nhân hoặc người hưởng trợ cấp thờ cúng liệt sĩ"
	nameNoiHySinh   = "Cấp giấy xác nhận thông tin về nơi liệt sĩ hy sinh."
	nameThanNhanNCC = "Cấp giấy xác nhận thân nhân của người có công"
	nameMaiTang     = "Giải quyết chế độ mai táng phí đối với cựu chiến binh"
	fieldNCC        = "Người có công"
)

var ict = time.FixedZone("ICT", 7*3600)

// fixture is a small province: Tri Tôn misses two procedures, Thoại Sơn has
// one of everything that can go wrong, the Nội vụ department's portal is
// partial, and Vĩnh Gia commune's portal is unreachable.
func fixture() *verdict.Report {
	return &verdict.Report{
		Schema:     verdict.Schema,
		StartedAt:  time.Date(2026, 11, 26, 8, 0, 0, 0, ict),
		FinishedAt: time.Date(2026, 11, 26, 8, 4, 10, 500_000_000, ict),
		Catalog:    verdict.CatalogInfo{Source: "catalog.csv", Procedures: 2929, Active: 2900},
		Portals: []verdict.Verdict{
			verdict.Verdict{
				ID: "tri-ton", Name: "UBND huyện Tri Tôn", Level: "huyen", Status: verdict.StatusOK,
				URL:      "https://triton.angiang.gov.vn/thu-tuc-hanh-chinh",
				Crawl:    verdict.CrawlSummary{Pages: 57, Errors: 0, Skipped: 3, DurationMS: 1234},
				Required: 6, Found: 4, Coverage: 4.0 / 6,
				Fields: []verdict.FieldCount{{Field: fieldNCC, Required: 6, Found: 4}},
			}.With(verdict.KindMissing, []verdict.Finding{
				{Code: "1.010831", Name: nameNoiHySinh, Field: fieldNCC},
				{Code: "1.010829", Name: nameHaiCot, Field: fieldNCC},
			}...).With(verdict.KindFound, []verdict.Finding{
				{Code: "1.010803", Name: nameThoCung, Required: true, URL: "https://triton.angiang.gov.vn/tthc/1010803", PublishedName: "Giải quyết chế độ trợ cấp thờ cúng liệt sĩ", Match: "code", Score: 1},
				{Code: "1.010801", Name: nameThanNhan, Required: true, URL: "https://triton.angiang.gov.vn/tthc/1010801", PublishedName: nameThanNhan, Match: "code", Score: 1},
				{Code: "1.010825", Name: nameBoSung, Required: true, URL: "https://triton.angiang.gov.vn/tthc/1010825", PublishedName: "Bổ sung tình hình thân nhân trong hồ sơ liệt sỹ", Match: "fuzzy", Score: 0.96},
				{Code: "1.010828", Name: nameTrichLuc, Required: true, URL: "https://triton.angiang.gov.vn/tthc/1010828", PublishedName: nameTrichLuc, Match: "exact", Score: 1},
			}...),
			verdict.Verdict{
				ID: "thoai-son", Name: "UBND huyện Thoại Sơn", Level: "huyen", Status: verdict.StatusOK,
				URL:      "https://thoaison.angiang.gov.vn/tthc",
				Crawl:    verdict.CrawlSummary{Pages: 80, Errors: 1, Skipped: 0, DurationMS: 2100},
				Required: 4, Found: 3, Coverage: 0.75,
				Fields: []verdict.FieldCount{{Field: fieldNCC, Required: 4, Found: 3}},
			}.With(verdict.KindMissing, []verdict.Finding{{Code: "1.010833", Name: nameThanNhanNCC, Field: fieldNCC}}...).With(verdict.KindFound, []verdict.Finding{
				{Code: "1.010806", Name: nameThuongBinh, Required: true, URL: "https://thoaison.angiang.gov.vn/tthc/1010806", PublishedName: nameThuongBinh, Match: "code", Score: 1},
				{Code: "1.010801", Name: nameThanNhan, Required: true, URL: "https://thoaison.angiang.gov.vn/tthc/1010801", PublishedName: nameThanNhan, Match: "code", Score: 1},
				{Code: "2.002307", Name: nameMaiTang, Required: true, URL: "https://thoaison.angiang.gov.vn/tthc/2002307", PublishedName: nameMaiTang, Match: "normalized", Score: 1},
			}...).With(verdict.KindObsolete, []verdict.Finding{{Code: "1.010788", Name: nameHoatDong, URL: "https://thoaison.angiang.gov.vn/tthc/1010788"}}...).With(verdict.KindUnmatched, []verdict.Finding{
				{Text: "Thủ tục đăng ký khai sinh (bản cũ)", URL: "https://thoaison.angiang.gov.vn/tthc/khai-sinh"},
			}...).With(verdict.KindAmbiguous, []verdict.Finding{{
				Text: "Cấp Bằng Tổ quốc ghi công", URL: "https://thoaison.angiang.gov.vn/tthc/bang-to-quoc-ghi-cong",
				Candidates: []string{"1.010781", "1.010772"},
			}}...).With(verdict.KindIncomplete, []verdict.Finding{{
				Code: "1.010801", URL: "https://thoaison.angiang.gov.vn/tthc/1010801",
				MissingSections: []string{"Thời hạn giải quyết", "Phí, lệ phí"},
			}}...).With(verdict.KindBroken, []verdict.Finding{{
				URL: "https://thoaison.angiang.gov.vn/tthc/1010772", Status: 404, From: "https://thoaison.angiang.gov.vn/tthc",
			}}...),
			verdict.Verdict{
				ID: "so-noi-vu", Name: "Sở Nội vụ tỉnh An Giang", Level: "tinh", Status: verdict.StatusPartial,
				URL:      "https://sonv.angiang.gov.vn/thu-tuc",
				Crawl:    verdict.CrawlSummary{Pages: 12, Errors: 2, Skipped: 0, DurationMS: 900},
				Required: 3, Found: 2, Coverage: 2.0 / 3,
				Fields: []verdict.FieldCount{{Field: fieldNCC, Required: 3, Found: 2}},
				Notes:  []msg.Note{msg.N("note.partial", []msg.Note{msg.N("crawl.failed_list_pages", 2)})},
			}.With(verdict.KindMissing, []verdict.Finding{{Code: "1.010772", Name: nameTQGC, Field: fieldNCC}}...).With(verdict.KindFound, []verdict.Finding{
				{Code: "1.010781", Name: nameTQGCMatTich, Required: true, URL: "https://sonv.angiang.gov.vn/thu-tuc?id=1010781", PublishedName: nameTQGCMatTich, Match: "code", Score: 1},
				{Code: "1.010806", Name: nameThuongBinh, Required: true, URL: "https://sonv.angiang.gov.vn/thu-tuc?id=1010806", PublishedName: nameThuongBinh, Match: "code", Score: 1},
			}...).With(verdict.KindFailedPage, []verdict.Finding{
				{URL: "https://sonv.angiang.gov.vn/thu-tuc?page=3", Status: 503, Reason: "Service Unavailable"},
				{URL: "https://sonv.angiang.gov.vn/thu-tuc?page=2", Reason: "timeout after 20s"},
			}...),
			verdict.Verdict{
				ID: "xa-vinh-gia", Name: "UBND xã Vĩnh Gia", Level: "xa", Status: verdict.StatusUnreachable,
				URL:      "https://vinhgia.angiang.gov.vn/",
				Crawl:    verdict.CrawlSummary{Pages: 0, Errors: 1, DurationMS: 20000},
				Required: 3,
				Notes:    []msg.Note{msg.N("note.unreachable")},
			}.With(verdict.KindFailedPage, []verdict.Finding{
				{URL: "https://vinhgia.angiang.gov.vn/", Reason: "dial tcp: connection refused"},
			}...),
		},
	}
}

// Hostile payloads a crawled portal may carry.
const (
	payloadScript = `<script>alert(1)</script>`
	payloadAttr   = `"><img src=x onerror=alert(1)>`
	payloadJSURL  = `javascript:alert(1)`
)

// hostile is a report whose crawled strings try to inject markup and script
// into the HTML report.
func hostile() *verdict.Report {
	r := fixture()
	v := &r.Portals[1]
	v.Name = "UBND " + payloadScript
	v.URL = payloadJSURL
	v.Add(
		verdict.Finding{Kind: verdict.KindUnmatched, Text: payloadScript, URL: payloadJSURL},
		verdict.Finding{Kind: verdict.KindUnmatched, Text: payloadAttr, URL: "https://thoaison.angiang.gov.vn/x?q=" + payloadAttr},
	)
	v.At(verdict.KindObsolete, 0).URL = "JavaScript:alert(1)"
	v.At(verdict.KindAmbiguous, 0).Text = payloadAttr
	v.At(verdict.KindAmbiguous, 0).Candidates = append(v.Of(verdict.KindAmbiguous)[0].Candidates, payloadScript)
	v.Add(verdict.Finding{Kind: verdict.KindBroken, URL: " javascript:alert(1)", From: payloadJSURL})
	v.Notes = append(v.Notes, msg.Note{Text: payloadScript})
	v.Fields = append(v.Fields, verdict.FieldCount{Field: payloadAttr, Required: 1})
	v.At(verdict.KindFound, 0).PublishedName = payloadScript
	v.At(verdict.KindFound, 0).URL = "data:text/html,<script>alert(1)</script>"
	return r
}
