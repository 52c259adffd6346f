package match

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tthcaudit/tthcaudit/internal/catalog"
	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// rewriteCatalog holds names in the forms the rewriting steps must reach.
func rewriteCatalog() *catalog.Catalog {
	ps := []catalog.Procedure{
		{Code: "1.010384", Name: "Khôi phục giá trị sử dụng hộ chiếu phổ thông (thực hiện tại cấp tỉnh)"},
		{Code: "1.010382", Name: "Khôi phục giá trị sử dụng hộ chiếu phổ thông (thực hiện tại cấp trung ương)"},
		{Code: "1.002411", Name: "Gia hạn tạm trú cho người đã được cấp giấy miễn thị thực tại Phòng Quản lý xuất nhập cảnh Công an tỉnh, thành phố trực thuộc Trung ương"},
		{Code: "1.000771", Name: "Gia hạn tạm trú cho người đã được cấp giấy miễn thị thực tại Cục Quản lý xuất nhập cảnh Bộ Công an"},
		{Code: "1.001458", Name: "Trình báo mất thẻ ABTC (thực hiện tại cấp trung ương)"},
		{Code: "2.001646", Name: "Cấp Giấy phép sản xuất rượu công nghiệp (quy mô dưới 3 triệu lít/năm)"},
		{Code: "2.001630", Name: "Cấp lại Giấy phép sản xuất rượu công nghiệp (quy mô dưới 3 triệu lít/năm)"},
		{Code: "2.000286", Name: "Tiếp nhận đối tượng bảo trợ xã hội có hoàn cảnh đặc biệt khó khăn vào cơ sở trợ giúp xã hội"},
		{Code: "2.002478", Name: "Chuyển trường đối với học sinh trung học phổ thông."},
		{Code: "1.012944", Name: "Thành lập hoặc cho phép thành lập trường trung học phổ thông, trường phổ thông có nhiều cấp học có cấp học cao nhất là trung học phổ thông"},
		{Code: "1.012958", Name: "Thành lập hoặc cho phép thành lập trường trung học phổ thông chuyên"},
		{Code: "1.005008", Name: "Cho phép trường trung học phổ thông chuyên hoạt động giáo dục"},
		{Code: "1.000894", Name: "Thủ tục đăng ký kết hôn"},
		{Code: "1.004563", Name: "Sáp nhập, chia, tách trường tiểu học"},
		{Code: "1.004964", Name: "Giải quyết chế độ trợ cấp một lần đối với người được cử làm chuyên gia sang giúp Lào, Căm-pu-chi-a"},
		{Code: "1.011116", Name: "Cấp giấy phép xây dựng công trình quảng cáo"},
		{Code: "2.000609", Name: "Thông báo tổ chức hội nghị, hội thảo, đào tạo về bán hàng đa cấp"},
		{Code: "2.999001", Name: "Cấp Giấy chứng nhận đủ điều kiện kinh doanh dịch vụ karaoke (trường hợp cấp lại)"},
		{Code: "1.009755", Name: "Thủ tục chấp thuận nhà đầu tư thuộc thẩm quyền của Ban Quản lý"},
		{Code: "1.013093", Name: "Hỗ trợ các tổ chức, cá nhân thực hiện xây dựng nhà lưới, nhà màng (Căn cứ Điều 19 Nghị quyết số 16/2024/NQ-HĐND ngày 11/12/2024)"},
		{Code: "1.003397", Name: "Hỗ trợ dự án liên kết (cấp tỉnh)"},
		{Code: "1.003434", Name: "Hỗ trợ dự án liên kết (cấp xã)"},
		{Code: "1.008004", Name: "Chuyển đổi cơ cấu cây trồng, vật nuôi trên đất trồng lúa",
			FormerNames: []string{"Chuyển đổi cơ cấu cây trồng trên đất trồng lúa"}},
	}
	return activeCatalog("rewrite.csv", ps)
}

// TestMatchAsPublished: each form portals publish reaches its procedure,
// or review, never another procedure.
func TestMatchAsPublished(t *testing.T) {
	ix := NewIndex(rewriteCatalog())
	tests := []struct {
		name, text string
		level      catalog.Level
		heading    string
		want       string // "" for no procedure
		kind       MatchKind
		outdated   bool
	}{
		{name: "internal prefix", text: "PLAM_12/HT_Thủ tục đăng ký kết hôn", want: "1.000894"},
		{name: "label", text: "Tên thủ tục: Đăng ký kết hôn", want: "1.000894"},
		{name: "label spaced colon and number", text: "Thủ tục 05 : Đăng ký kết hôn", want: "1.000894"},
		{name: "thủ tuc without its tone", text: "Thủ tuc đăng ký kêt hôn", want: "1.000894"},
		{name: "hồ sơ đề nghị", text: "Hồ sơ đề nghị đăng ký kết hôn", want: "1.000894"},
		{name: "documents part", text: "Thành phần hồ sơ thủ tục đăng ký kết hôn", want: "1.000894"},
		{name: "xác nhận label", text: "Xác nhận Thông báo tổ chức hội nghị, hội thảo, đào tạo bán hàng đa cấp", want: "2.000609"},
		{name: "stacked levels", text: "Tiếp nhận đối tượng bảo trợ xã hội có hoàn cảnh đặc biệt khó khăn vào cơ sở trợ giúp xã hội cấp tỉnh, cấp huyện", want: "2.000286"},
		{name: "unbracketed level", text: "Đăng ký kết hôn thực hiện tại cấp xã", want: "1.000894"},
		{name: "grade glued after", text: "Đăng ký kết hôn Thủ tục hành chính cấp độ 4", want: "1.000894"},
		{name: "decision note", text: "Đăng ký kết hôn (Công bố chuẩn hóa tại Quyết định số 745/QĐ-UBND ngày 03/6/2016 )", want: "1.000894"},
		{name: "catalogue qualifier only", text: "Cấp Giấy phép sản xuất rượu công nghiệp", want: "2.001646"},
		{name: "catalogue qualifier only, family", text: "Cấp lại Giấy phép sản xuất rượu công nghiệp", want: "2.001630"},
		{name: "abbreviation", text: "Chuyển trường đối với học sinh THPT", want: "2.002478"},
		{name: "broken punctuation", text: "Cấp giấy phép xây dựng công trìn,h quảng cáo", want: "1.011116"},
		{name: "split foreign name", text: "Giải quyết chế độ trợ cấp một lần đối với người được cử làm chuyên gia sang giúp Lào, Căm – pu – chia", want: "1.004964"},
		{name: "twins by portal level", text: "Khôi phục giá trị sử dụng hộ chiếu phổ thông", level: catalog.LevelTinh, want: "1.010384"},
		{name: "twins by heading", text: "Khôi phục giá trị sử dụng hộ chiếu phổ thông", level: catalog.LevelTinh, heading: "Thủ tục hành chính cấp trung ương gồm:", want: "1.010382"},
		{name: "twins by agency qualifier", text: "Gia hạn tạm trú cho người đã được cấp giấy miễn thị thực", level: catalog.LevelTinh, want: "1.002411"},
		{name: "twins by a performing agency", text: "Gia hạn tạm trú cho người đã được cấp Giấy miễn thị thực thực hiện tại Công an cấp tỉnh", want: "1.002411"},
		{name: "twins without a level", text: "Khôi phục giá trị sử dụng hộ chiếu phổ thông", kind: MatchReview},
		{name: "only at another level", text: "Trình báo mất thẻ ABTC tại Công an cấp tỉnh", kind: MatchReview},
		// Not the chuyên twin: the ordinary school, under its 2024 name
		// (renamed.go).
		{name: "near twin lacks chuyên", text: "Thành lập trường trung học phổ thông", want: "1.012944", outdated: true},
		{name: "near twin lacks chuyên 2", text: "Cho phép trường trung học phổ thông hoạt động giáo dục (1.005074)", kind: MatchReview},
		{name: "bracket family word the entry lacks", text: "Cấp Giấy chứng nhận đủ điều kiện kinh doanh dịch vụ karaoke", kind: MatchReview},
		{name: "former name", text: "Chuyển đổi cơ cấu cây trồng trên đất trồng lúa", want: "1.008004", outdated: true},
		{name: "common misspelling", text: "Sát nhập, chia, tách trường tiểu học", want: "1.004563"},
		// A portal's note after a bracket the catalogue's name has itself.
		{name: "note after the name's own bracket", text: "Hỗ trợ các tổ chức, cá nhân thực hiện xây dựng nhà lưới, nhà màng (Căn cứ Điều 19 Nghị quyết số 16/2024/NQ-HĐND ngày 11/12/2024) (Mức độ 4)", want: "1.013093"},
		{name: "field after the name's own bracket", text: "Hỗ trợ các tổ chức, cá nhân thực hiện xây dựng nhà lưới, nhà màng (Căn cứ Điều 19 Nghị quyết số 16/2024/NQ-HĐND ngày 11/12/2024) (Lĩnh vực: Nông nghiệp)", want: "1.013093"},
		// Service grades and field labels as portals print them beside a name.
		{name: "grade badge before", text: "[Một phần] Đăng ký kết hôn", want: "1.000894"},
		{name: "grade after", text: "Đăng ký kết hôn - DVC trực tuyến toàn trình", want: "1.000894"},
		{name: "grade after a level bracket", text: "Hỗ trợ dự án liên kết (cấp xã) Toàn trình", want: "1.003434"},
		{name: "field label after", text: "Đăng ký kết hôn - Lĩnh vực Hộ tịch", want: "1.000894"},
		{name: "grade after, with its verb", text: "Đăng ký kết hôn Cung cấp dịch vụ công trực tuyến toàn trình", want: "1.000894"},
		{name: "online grade number", text: "Đăng ký kết hôn - DVCTT mức độ 4", want: "1.000894"},
		{name: "list letter", text: "a) Đăng ký kết hôn", want: "1.000894"},
		{name: "reception desk", text: "Đăng ký kết hôn - Trung tâm Phục vụ hành chính công tỉnh", want: "1.000894"},
		// The desk's "tỉnh" is no level: the central twin stays itself.
		{name: "reception desk is no level", text: "Khôi phục giá trị sử dụng hộ chiếu phổ thông (thực hiện tại cấp trung ương) - Trung tâm Phục vụ hành chính công tỉnh", want: "1.010382"},
		{name: "agency of a level", text: "Đăng ký kết hôn - UBND xã", want: "1.000894"},
		{name: "quy trình label", text: "Quy trình đăng ký kết hôn", want: "1.000894"},
		{name: "hướng dẫn label", text: "Hướng dẫn thủ tục đăng ký kết hôn", want: "1.000894"},
		// "cấp tỉnh" after "của UBND" is the name's agency, which the
		// catalogue's twin names otherwise.
		{name: "agency, no qualifier", text: "Thủ tục chấp thuận nhà đầu tư thuộc thẩm quyền của UBND cấp tỉnh"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := ix.MatchIn(tt.text, "", Context{Level: tt.level, Heading: tt.heading})
			if tt.want == "" {
				require.Nil(t, m.Procedure, "matched %v (%s)", m.Procedure, m.Kind)
				if tt.kind != "" {
					assert.Equal(t, tt.kind, m.Kind)
					require.NotNil(t, m.Review)
				}
				return
			}
			require.NotNil(t, m.Procedure, "kind %s review %+v", m.Kind, m.Review)
			assert.Equal(t, tt.want, m.Procedure.Code)
			assert.Equal(t, tt.outdated, m.Outdated)
			if tt.outdated {
				assert.Equal(t, tt.text, m.FormerName) // a former name, or the published renamed one
			}
		})
	}
}

// TestNoteAfterALevel: a portal's note after a name ending in a level
// ("… Chủ tịch Ủy ban nhân dân cấp tỉnh (Lĩnh vực: Người có công)") comes
// off before the name's own words are read as a qualifier.
func TestNoteAfterALevel(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	const name = "Thủ tục trợ cấp một lần đối với người có thành tích tham gia kháng chiến được tặng Bằng khen của Thủ tướng Chính phủ, Bằng khen của Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Bằng khen của Chủ tịch Ủy ban nhân dân cấp tỉnh"
	for _, text := range []string{name, name + " (Lĩnh vực: Người có công)"} {
		m := ix.Match(text, "")
		if assert.NotNil(t, m.Procedure, "%s %+v", m.Kind, m.Review) {
			assert.Equal(t, "1.001257", m.Procedure.Code)
		}
	}
}

// TestLevelWordIsNoTypo: a known word one edit from a level word is not
// read as that level ("trình" / "tỉnh"), which would choose the other
// level's twin of a name that says its own.
func TestLevelWordIsNoTypo(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	for _, text := range []string{
		"Hỗ trợ dự án liên kết (cấp xã) chương trình",
		"Thủ tục giải quyết khiếu nại lần đầu tại cấp xã chương trình",
		"Cấp đổi giấy phép môi trường (cấp Bộ) chương trình",
	} {
		m := ix.MatchIn(text, "", Context{})
		if m.Procedure != nil {
			assert.NotContains(t, []string{"1.003397", "2.002407", "1.010728"}, m.Procedure.Code, text)
		}
	}
}

func TestExpandAbbreviations(t *testing.T) {
	assertSeqCuts(t, NewIndex(rewriteCatalog()), expandAbbreviations, map[string]string{
		"Cấp GCNQSDĐ lần đầu":              "cấp giấy chứng nhận quyền sử dụng đất lần đầu",
		"Chuyển trường học sinh THPT":      "chuyển trường học sinh trung học phổ thông",
		"Sở LĐ-TB&XH tiếp nhận":            "sở lao động thương binh và xã hội tiếp nhận",
		"Sở LĐTBXH tiếp nhận":              "sở lao động thương binh và xã hội tiếp nhận",
		"Thủ tục thuộc thẩm quyền UBND xã": "",
		"Cấp đổi GCN đăng ký HTX":          "cấp đổi giấy chứng nhận đăng kí hợp tác xã", // keys spell ý as í
		"Đổi GPLX":                         "đổi giấy phép lái xe",
		"Tạm ngừng kinh doanh HKD":         "tạm ngừng kinh doanh hộ kinh doanh",
		"Sát nhập, chia, tách trường":      "sáp nhập chia tách trường",
		"Anh hùng LLVTND":                  "anh hùng lực lượng vũ trang nhân dân",
		"Cấp GXN tình trạng hôn nhân":      "cấp giấy xác nhận tình trạng hôn nhân",
		"Cấp bản sao trích lục khai sinh":  "cấp bản sao trích lục hộ tịch",
		"Cấp phép xuất bản bản tin":        "cấp giấy phép xuất bản bản tin",
	})
}

// TestLicenceActShort: "Cấp phép X" is the catalogue's "Cấp giấy phép
// X", and the catalogue's own "Cấp phép …" names are still found as
// written.
func TestLicenceActShort(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	own := "Cấp phép thi công nút giao đấu nối vào đường quốc lộ đang khai thác"
	assertLevelCodes(t, ix, []levelCase{
		{catalog.LevelTinh, "Cấp phép xuất bản bản tin", "1.009374"},
		{catalog.LevelHuyen, "Cấp phép thi công công trình thiết yếu trong phạm vi bảo vệ kết cấu hạ tầng giao thông đường bộ thuộc UBND cấp huyện quản lý", "1.008775"},
		{catalog.LevelTinh, own, "1.001061"},
	})
	assert.Equal(t, MatchExact, ix.Match(own, "").Kind, "the catalogue's own wording, not a rewritten one")
}

// TestStackedLevelsBare: two levels stacked, the second without its
// "cấp" or after "và", name no one twin; the portal's level chooses.
func TestStackedLevelsBare(t *testing.T) {
	assertLevelCodes(t, NewIndex(dvcqgCatalog(t)), []levelCase{
		{catalog.LevelTinh, "Cấp đổi thẻ căn cước thực hiện tại cấp trung ương, tỉnh", "2.001195"},
		{catalog.LevelTinh, "Cấp đổi thẻ căn cước thực hiện tại cấp trung ương và tỉnh", "2.001195"},
		{catalog.LevelBo, "Cấp đổi thẻ căn cước thực hiện tại cấp tỉnh và trung ương", "1.000889"},
	})
}

func TestLevelIn(t *testing.T) {
	for in, want := range map[string]catalog.Level{
		"thực hiện tại cấp tỉnh":                catalog.LevelTinh,
		"Thủ tục hành chính cấp trung ương":     catalog.LevelBo,
		"Các thủ tục thuộc Cấp huyện":           catalog.LevelHuyen,
		"cấp tỉnh, cấp huyện":                   "",
		"thực hiện tại cấp trung ương, tỉnh":    "", // a level stacked without its "cấp"
		"cấp tỉnh và huyện":                     "",
		"cấp Bộ, tỉnh":                          "",
		"cấp tỉnh, Bộ":                          "",
		"quy mô dưới 3 triệu lít/năm":           "",
		"tỉnh, thành phố trực thuộc trung ương": "",
		"tỉnh, thành phố trực thuộc TW":         "", // the city, no ministry
		"(cấp TW)":                              catalog.LevelBo,
	} {
		assert.Equal(t, want, levelIn(textnorm.Fold(in)), in)
	}
	assert.Equal(t, catalog.LevelBo, agencyLevel(textnorm.Fold("Cục Quản lý xuất nhập cảnh Bộ Công an")))
	assert.Equal(t, catalog.LevelTinh, agencyLevel(textnorm.Fold("Phòng Quản lý xuất nhập cảnh Công an tỉnh")))
	assert.Equal(t, catalog.LevelXa, agencyLevel(textnorm.Fold("UBND xã Vĩnh Gia")))
	assert.Equal(t, catalog.LevelXa, agencyLevel(textnorm.Fold("Công an xã")))
	assert.Equal(t, catalog.Level(""), agencyLevel(textnorm.Fold("Bộ phận một cửa")), "a desk, not a ministry")
	// The province's procedure, on any portal: "trực thuộc TW" names the
	// city's standing, not the ministry's.
	ix := NewIndex(dvcqgCatalog(t))
	assertLevelCodes(t, ix, []levelCase{
		{"bo", "Gia hạn tạm trú cho người đã được cấp giấy miễn thị thực tại Phòng Quản lý xuất nhập cảnh Công an tỉnh, thành phố trực thuộc TW", "1.002411"},
		{"tinh", "Gia hạn tạm trú cho người đã được cấp giấy miễn thị thực tại Phòng Quản lý xuất nhập cảnh Công an tỉnh, thành phố trực thuộc TW", "1.002411"},
	})
}

func TestAgencyDash(t *testing.T) {
	assertCuts(t, func(s string) (string, bool) { c, ok := agencyDash(s); return c.text, ok }, map[string]string{
		"Đăng ký tạm trú - Công an xã":       "Đăng ký tạm trú",
		"Cấp thẻ căn cước – Công an tỉnh":    "Cấp thẻ căn cước",
		"Đăng ký kết hôn - Lĩnh vực Hộ tịch": "",
		// Words that fold like "tại" or "trường hợp" in an agency's name.
		"Cấp giấy phép X - Sở Tài chính":                        "Cấp giấy phép X",
		"Cấp giấy phép X - Sở Giao thông vận tải":               "Cấp giấy phép X",
		"Cấp giấy phép X - Sở Nông nghiệp và Môi trường":        "Cấp giấy phép X",
		"Cấp giấy phép X - Sở Lao động - Thương binh và Xã hội": "Cấp giấy phép X",
		"Cấp giấy phép X - Y - Công an tỉnh":                    "Cấp giấy phép X - Y",
		// More than who handles it: a case of the procedure.
		"Cấp Giấy phép xuất khẩu pháo hoa tại Cục Cảnh sát - Bộ Công an trong trường hợp bị mất": "",
	})
}

// TestAgencyBracketSaysLevel: a bracket (or a dash) naming the agency
// that handles the procedure says its level and so chooses between the catalogue's
// twins per level; a reception desk says none.
func TestAgencyBracketSaysLevel(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	assertCodes(t, ix, map[string]string{
		"Cấp thẻ căn cước cho người từ đủ 14 tuổi trở lên (Công an tỉnh)":                                      "2.000200",
		"Cấp thẻ căn cước cho người từ đủ 14 tuổi trở lên (Cục Cảnh sát quản lý hành chính về trật tự xã hội)": "1.001247",
		"Cấp thẻ căn cước cho người từ đủ 14 tuổi trở lên - Công an tỉnh":                                      "2.000200",
		"Cấp thẻ căn cước cho người từ đủ 14 tuổi trở lên (Bộ phận một cửa)":                                   "",
	})
}

// FuzzRewrite checks the rewriting steps on arbitrary text: they never
// panic, only take words away at the ends (or spell abbreviations out),
// and joinBroken only removes marks.
func FuzzRewrite(f *testing.F) {
	for _, s := range []string{
		"PLAM_12/HT_Thủ tục đăng ký kết hôn", "Tên thủ tục: Cấp lại giấy phép cấp tỉnh, cấp huyện",
		"1. Thủ tục 05 : Hồ sơ đề nghị X (Mức độ 4)", "công trìn,h xây d.ựng", "THPT THCS GCNQSDĐ LĐTBXH",
		"… tại Công an cấp tỉnh", "(((", "a_b_c_", "cấp", "\xff,\xfe",
	} {
		f.Add(s)
	}
	ix := NewIndex(rewriteCatalog())
	f.Fuzz(func(t *testing.T, s string) {
		n := ix.normalize(s)
		q, ok := seqOf(n)
		if !ok {
			return
		}
		_, lead, _ := stripLead(q)
		if lead.len() > q.len() || lead.len() > 0 && !slicesEqualEnd(q.keys, lead.keys) {
			t.Fatalf("stripLead %q → %q", q.keys, lead.keys)
		}
		tail, _, _ := ix.stripTail(lead)
		if tail.len() > lead.len() || tail.len() > 0 && !slicesEqualStart(lead.keys, tail.keys) {
			t.Fatalf("stripTail %q → %q", lead.keys, tail.keys)
		}
		if e, ok := expandAbbreviations(lead); ok && e.len() < lead.len() {
			t.Fatalf("expandAbbreviations shortened %q → %q", lead.keys, e.keys)
		}
		if j, ok := ix.joinBroken(s); ok && (len(j) >= len(s) || !utf8.ValidString(j) && utf8.ValidString(s)) {
			t.Fatalf("joinBroken %q → %q", s, j)
		}
		bare, _ := stripBrackets(s)
		if !strings.HasPrefix(strings.TrimSpace(s), strings.TrimSpace(bare)) && bare != "" {
			t.Fatalf("stripBrackets %q → %q", s, bare)
		}
		m := ix.MatchIn(s, "", Context{Level: catalog.LevelTinh})
		if m.Kind == MatchReview && (m.Review == nil || m.Procedure != nil) {
			t.Fatalf("review without a candidate for %q", s)
		}
	})
}

func slicesEqualEnd(a, b []string) bool {
	return len(b) <= len(a) && strings.Join(a[len(a)-len(b):], " ") == strings.Join(b, " ")
}

func slicesEqualStart(a, b []string) bool {
	return len(b) <= len(a) && strings.Join(a[:len(b)], " ") == strings.Join(b, " ")
}

// TestMisspellingsNotInCatalogue checks that no catalogue name uses a
// misspelling as written, so that correcting it never turns a current
// name into another, and that the correction is a phrase the catalogue
// does use.
func TestMisspellingsNotInCatalogue(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	for wrong, right := range misspellings {
		uses := 0
		for i := range ix.names {
			k := " " + ix.names[i].key + " "
			assert.NotContains(t, k, " "+wrong+" ", "%q is in %q", wrong, ix.names[i].text)
			if strings.Contains(k, " "+right+" ") {
				uses++
			}
		}
		assert.Positive(t, uses, "%q stands in no catalogue name", right)
	}
}

// TestAbbreviationsAreNoWords checks that no one-word abbreviation could
// be a Vietnamese syllable (so spelling it out never changes a real
// word), and that every expansion is made of catalogue words.
func TestAbbreviationsAreNoWords(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	for abbr, full := range abbreviations {
		if !strings.Contains(abbr, " ") {
			assert.False(t, syllableLike(abbr), "%q may be a word", abbr)
		}
		for w := range strings.FieldsSeq(full) {
			assert.True(t, ix.knownWord(w), "%q (in %q) is no catalogue word", w, full)
		}
	}
}

// syllableLike reports whether a folded word has the shape of one
// Vietnamese syllable: a known onset, vowels, a known coda.
func syllableLike(w string) bool {
	i := strings.IndexAny(w, "aeiouy")
	if i < 0 {
		return false
	}
	j := strings.LastIndexAny(w, "aeiouy") + 1
	onsets := " b c ch d g gh gi h k kh l m n ng ngh nh p ph qu r s t th tr v x "
	codas := " c ch m n ng nh p t "
	onset, coda := w[:i], w[j:]
	return (onset == "" || strings.Contains(onsets, " "+onset+" ")) && (coda == "" || strings.Contains(codas, " "+coda+" "))
}

// TestBracketNamesTheCase: a trailing bracket naming an act, a case or
// a narrowing qualifier ("(cấp lại)", "(sửa đổi, bổ sung)", "(đăng ký
// lại)", "(tại khu vực biên giới)") tells the name
// from its plain sibling, so the name without it is not looked up: the
// fuzzy steps read it and take the sibling that says it, or doubt. "(cấp
// mới)" is the plain procedure's own case, a level or a note says no
// sibling.
func TestBracketNamesTheCase(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	assertCodes(t, ix, map[string]string{
		"Cấp Giấy phép bán lẻ sản phẩm thuốc lá (cấp lại)":              "2.000150",
		"Cấp Giấy phép phân phối rượu (sửa đổi, bổ sung)":               "1.005376",
		"Đăng ký khai sinh (đăng ký lại)":                               "1.004884",
		"Cấp giấy chứng nhận đăng ký tàu cá (tạm thời)":                 "1.003586",
		"Cấp Giấy phép bán lẻ rượu (cấp mới)":                           "2.000620",
		"Giải quyết hưởng chế độ thai sản (BHXH huyện)":                 "2.000693",
		"Cấp Giấy phép hoạt động cho thuê lại lao động (gia hạn)":       "",
		"Thủ tục đăng ký kết hôn (tại khu vực biên giới)":               "",
		"Thủ tục đăng ký kết hôn (tại UBND cấp xã)":                     "1.000894",
		"Đăng ký giám sát việc giám hộ (có yếu tố nước ngoài)":          "",
		"Cấp Giấy phép bán lẻ rượu (cấp mới, cấp lại, sửa đổi bổ sung)": "",
		// Each bracket is read alone: a note or a level beside the act
		// does not hide it.
		"Cấp Giấy phép bán lẻ rượu (Cấp lại) (Mức độ 4)":                                   "2.001240",
		"Cấp giấy phép môi trường cấp tỉnh (cấp lại)":                                      "1.010730",
		"Cấp thẻ tạm trú cho người nước ngoài tại Việt Nam tại Công an cấp tỉnh (cấp lại)": "",
		// A bracket of its own against the name's other one.
		"Giải thể trường tiểu học (theo yêu cầu của cơ quan có thẩm quyền)":                     "",
		"Thủ tục cấp lại hoặc hiệu đính Giấy chứng nhận đăng ký đầu tư (Sở Kế hoạch và Đầu tư)": "",
		// "(cấp địa phương)" is the provincial twin of a ministry's licence.
		"Cấp giấy phép hoạt động in (cấp Trung ương)": "",
	})
}

// TestAuthorityBracketSaysLevel: the catalogue's "(thẩm quyền của Bộ …)"
// and "(thẩm quyền của Ủy ban nhân dân cấp tỉnh)" make twins per level:
// a name without a level is either, a provincial one the provincial
// twin, and the ministry's procedure is no provincial portal's.
func TestAuthorityBracketSaysLevel(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	m := ix.Match("Thủ tục cấp giấy phép triển lãm mỹ thuật", "")
	assert.Nil(t, m.Procedure)
	require.NotNil(t, m.Review)
	assert.Equal(t, ReasonTwins, m.Review.Reason)
	m = ix.Match("Thủ tục cấp giấy phép triển lãm mỹ thuật (cấp tỉnh)", "")
	require.NotNil(t, m.Procedure)
	assert.Equal(t, "1.001809", m.Procedure.Code)
	m = ix.Match("Thủ tục tiếp nhận thông báo tổ chức thi sáng tác tác phẩm mỹ thuật (cấp tỉnh)", "")
	assert.Nil(t, m.Procedure, "%v", m.Procedure)
}

// TestCutLevelAgainstName: a level cut off the entry that contradicts
// the level the name says itself is a person's to settle; a level the
// name does not say, or says alike, is read as before.
func TestCutLevelAgainstName(t *testing.T) {
	assertCodes(t, NewIndex(dvcqgCatalog(t)), map[string]string{
		"Thủ tục tiếp công dân cấp tỉnh (cấp huyện)": "",
		"Thủ tục tiếp công dân cấp tỉnh (cấp tỉnh)":  "1.010943",
		"Đăng ký khai tử (cấp xã)":                   "1.000656",
	})
}

// TestAgencyChoosesTwin: the agency a row names beside an entry says the
// entry's own level, as a heading does, and chooses the catalogue's twin
// for it ("Sở Nội vụ" lists the provincial "Thủ tục hội tự giải thể").
func TestAgencyChoosesTwin(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	for _, tc := range []struct{ agency, heading, want string }{
		{"Sở Nội vụ tỉnh An Giang", "", "1.012946"},
		{"UBND xã Vĩnh Gia", "", "1.012937"},
		{"Sở Nội vụ tỉnh An Giang", "Thủ tục hành chính cấp xã", "1.012937"}, // the heading says more of the entry
	} {
		m := ix.MatchIn("Thủ tục hội tự giải thể", "", Context{Agency: tc.agency, Heading: tc.heading})
		require.NotNil(t, m.Procedure, "%+v", tc)
		assert.Equal(t, tc.want, m.Procedure.Code, "%+v", tc)
	}
}

// TestMoreAbbreviations: school, clinic and industry abbreviations
// portals write in every province.
func TestMoreAbbreviations(t *testing.T) {
	assertCodes(t, NewIndex(dvcqgCatalog(t)), map[string]string{
		"Xét tuyển sinh vào trường PTDTNT": "1.005090",
		"Phê duyệt kế hoạch tác động vào thời tiết trên phạm vi từ hai tỉnh, TP trực thuộc TW trở lên": "1.001115",
		// Five words: read since maxAbbrWords comes from the table.
		"Phê duyệt kế hoạch tác động vào thời tiết trên phạm vi từ hai tỉnh, TP trực thuộc trung ương trở lên":               "1.001115",
		"Thủ tục công nhận gương điển hình tiên tiến cấp TP":                                                                 "1.011364",
		"Thủ tục kiểm tra khoản giảm giá đối với hàng nhập khẩu thuộc thẩm quyền của Chi cục Hải quan khu vực trực thuộc TW": "1.007640",
		"QT08. Chứng thực VB từ chối nhận di sản":                                                                            "2.001016",
		"Đăng ký thành lập DN tư nhân":                                                                                       "2.001610",
		"XNTT Hôn nhân":                                                                                                      "1.004873",
		"Cấp lại giấy phép hoạt động KCB":                                                                                    "1.012279",
		"Cấp lại giấy phép hoạt động KCB.":                                                                                   "1.012279",
		"Cấp giấy phép hoạt động KCB":                                                                                        "1.012278",
		"Thủ tục giải quyết chế độ người HĐKC giải phóng dân tộc, bảo vệ tổ quốc và làm nghĩa vụ quốc tế":                          "1.010819",
		"Cấp phiếu LLTP cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam, người Việt Nam đang cư trú ở nước ngoài": "3.000333",
		"02. ĐKKS có yếu tố nước ngoài":           "2.000528",
		"Đăng ký khai tử (kể cả khai tử quá hạn)": "1.000656",
		"Chứng thực chữ ký trong các giấy tờ, văn bản (thủ tục này cũng được áp dụng trong trường hợp chứng thực điểm chỉ khi người yêu cầu chứng thực chữ ký không ký được)": "2.000884",
		"Đăng ký khai thác nước dưới đất (QĐ 933)":                 "1.001662",
		"(7) Điều chỉnh thông tin về cư trú trong CSDL về cư trú;": "1.010039",
		// The applicant asking, not an authority's demand.
		"Giải thể trường mẫu giáo, trường mầm non, nhà trẻ (Theo đề nghị của tổ chức, cá nhân thành lập trường)": "1.012962",
		"Giải thể trường tiểu học (theo yêu cầu của cơ quan có thẩm quyền)":                                      "",
		// Confirming is issuing the confirmation paper.
		"Thủ tục xác nhận thân nhân của người có công": "1.010833",
		"Xác nhận tình trạng hôn nhân":                 "1.004873",
		// The 2009 civil-status titles' domestic case.
		"Đăng ký kết hôn giữa công dân Việt Nam cư trú ở trong nước":                      "1.000894",
		"Cấp Giấy xác nhận tình trạng hôn nhân cho công dân Việt Nam cư trú ở trong nước": "1.004873",
		// "… với nhau", the citizens on both sides.
		"Đăng ký việc nuôi con nuôi giữa công dân Việt Nam với nhau đang thường trú ở trong nước": "2.001263",
		"Thủ tục thôi quốc tịch Việt Nam ở trong nước":                                            "2.002036",
		// The same without "ở"; goods sold in the country keep it.
		"Cấp bản sao Giấy khai sinh trong nước":                          "2.000635",
		"Công bố thông tin sản phẩm thức ăn bổ sung sản xuất trong nước": "3.000127",
		// How the office handles the file.
		"Đăng ký kết hôn (05 ngày làm việc)":                                                                         "1.000894",
		"Đăng ký khai tử ( nếu nhận hồ sơ sau 15h thì trả kết quả vào ngày hôm sau)":                                 "1.000656",
		"Cấp lại Giấy chứng nhận đăng ký kinh doanh đối với hộ kinh doanh cá thể: (thời gian và lệ phí như cấp mới)": "2.000575",
		// "ở trong nước" with no twin abroad; "xin" asks for the act.
		"Thôi quốc tịch Việt Nam":                                          "2.002036",
		"Thủ tục xin trở lại quốc tịch Việt Nam":                           "2.002038",
		"Cấp hộ chiếu phổ thông ở trong nước (Cục Quản lý xuất nhập cảnh)": "1.001471",
		// The second batch: land, business, social and press fields.
		"Phê duyệt Chương trình, dự án và hoạt động phi dự án được hỗ trợ tài chính của Quỹ BV&PTR": "1.000071",
		"Đề nghị dừng thực hiện thủ tục ĐKDN":                                                       "1.010010",
		"Giải quyết hỗ trợ tiền SDĐ cho đối tượng chính sách":                                       "1.008955",
		"Thỏa thuận thông số kỹ thuật xây dựng luồng ĐTNĐ":                                          "1.009442",
		"Thành lập hoặc cho phép thành lập trường dành cho NKT":                                     "3.000301",
		"Đăng ký dự thi cấp chứng chỉ ứng dụng CNTT":                                                "1.003734",
		"Trợ cấp một lần đối với TNXP đã hoàn thành nhiệm vụ trong kháng chiến":                     "2.001157",
		"THỦ TỤC CHO PHÉP HỘI ĐẶT CHI NHÁNH HOẶC VPĐD (CẤP TỈNH).":                                  "1.012947",
		"Cấp GPMT (cấp Tỉnh)":              "1.010727",
		"Thẩm định báo cáo ĐTM (Cấp tỉnh)": "1.010733",
	})
}

// TestAgencySuffixChoosesTwin: an agency after a dash says the level,
// and the level chooses the catalogue's "(cấp xã)" twin where the name
// as written is ambiguous between a plain and a narrowed one.
func TestAgencySuffixChoosesTwin(t *testing.T) {
	assertCodes(t, NewIndex(dvcqgCatalog(t)), map[string]string{
		"Thủ tục hỗ trợ phát triển sản xuất liên kết theo chuỗi giá trị - UBND xã": "1.012190",
		"Thủ tục hỗ trợ phát triển sản xuất liên kết theo chuỗi giá trị":           "",
	})
}

// TestWhomBracketIsNoLevel: "(đối với Hội đồng … cấp Bộ)" says which
// council, not the level to cut off; "tại địa phương" is a place, not
// the local authority a "cấp tỉnh" would explain; an insurer's scheme is
// no office.
func TestWhomBracketIsNoLevel(t *testing.T) {
	assertCodes(t, NewIndex(dvcqgCatalog(t)), map[string]string{
		"Thủ tục xét tặng danh hiệu \"Nghệ sĩ nhân dân\" (đối với Hội đồng chuyên ngành cấp Bộ)": "",
		"Thủ tục xét tặng danh hiệu Nghệ sĩ ưu tú (đối với Hội đồng cấp tỉnh)":                   "",
		"Thủ tục xét tặng danh hiệu Nghệ sĩ ưu tú (đối với Hội đồng cấp cơ sở tại địa phương)":   "1.001108",
	})
	assert.True(t, officeName("bhxh tinh"))
	assert.False(t, officeName("bao hiem xa hoi bat buoc"))
	assert.False(t, officeName("bhxh tu nguyen"))
	assert.True(t, officeName("chi nhanh"))
	assert.False(t, officeName("chi nhanh doanh nghiep"))
}

// TestExtractByRegister: commune lists name the civil-status extract by
// its register; the catalogue's copy of an extract is one procedure.
func TestExtractByRegister(t *testing.T) {
	assertCodes(t, NewIndex(dvcqgCatalog(t)), map[string]string{
		"Cấp bản sao trích lục khai sinh": "2.000635",
		"Cấp bản sao trích lục kết hôn":   "2.000635",
		"Cấp bản sao trích lục khai tử":   "2.000635",
	})
}

// TestDepartmentAuthority: "… thuộc thẩm quyền (giải quyết) của Sở …"
// is the province's procedure; a ministry's authority stays in the name.
func TestDepartmentAuthority(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	assertLevelCodes(t, ix, []levelCase{
		{catalog.LevelTinh, "Cấp giấy chứng nhận huấn luyện kỹ thuật an toàn vật liệu nổ công nghiệp thuộc thẩm quyền của Sở Công Thương.", "2.000229"},
		{catalog.LevelTinh, "Cấp lại giấy chứng nhận huấn luyện kỹ thuật an toàn vật liệu nổ công nghiệp thuộc thẩm quyền của Sở Công Thương.", "2.000210"},
		{catalog.LevelBo, "Thủ tục cấp Giấy chứng nhận huấn luyện kỹ thuật an toàn vật liệu nổ công nghiệp thuộc thẩm quyền giải quyết của Bộ Quốc phòng", "1.013538"},
	})
	i, a := departmentAuthorityAt(seq{folds: fw("cap giay phep thuoc tham quyen giai quyet cua so cong thuong"), keys: fw("cap giay phep thuoc tham quyen giai quyet cua so cong thuong")})
	assert.Equal(t, 3, i)
	assert.Equal(t, 9, a)
	i, _ = departmentAuthorityAt(seq{folds: fw("cap giay phep thuoc tham quyen cua bo cong thuong"), keys: fw("cap giay phep thuoc tham quyen cua bo cong thuong")})
	assert.Equal(t, -1, i)
}

// TestCitizenAsking: "Xin …" is the citizen asking for the procedure,
// and a form's code in a bracket a note; a class in a bracket stays.
func TestCitizenAsking(t *testing.T) {
	assertCodes(t, NewIndex(dvcqgCatalog(t)), map[string]string{
		"4. Xin Xác Nhận Cư Trú (CT07)":                          "1.010041",
		"Thủ tục xin trở lại quốc tịch Việt Nam":                 "2.002038",
		"Xin học lại tại trường khác đối với học sinh trung học": "1.001088",
		"Xin cấp phép xây dựng":                                  "",
	})
	for f, want := range map[string]bool{"ct07": true, "tk01": true, "b2": false, "a1": false, "07ct": false, "muc do 4": false, "ct 07": false} {
		assert.Equal(t, want, formCode(f), f)
	}
}

// TestLocalCuts: a closing "[tại|của|ở] địa phương" is the local
// authority's, looked up without it; never compared fuzzily without it,
// where the national list's central twin is the nearer name.
func TestLocalCuts(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	assertLevelCodes(t, ix, []levelCase{
		{"tinh", "27.Thủ tục công nhận điểm du lịch địa phương", "1.004528"},
		{"tinh", "Cấp giấy phép thiết lập trang thông tin điện tử tổng hợp của địa phương", "2.001098"},
		{"tinh", "Thủ tục cho phép phóng viên nước ngoài hoạt động thông tin, báo chí tại địa phương", "1.006614"},
	})
	left := leaveOutIndex(t, "2.001116", "2.000309")
	assertLevelCodes(t, left, []levelCase{
		{"tinh", "Bổ nhiệm và cấp thẻ giám định viên tư pháp xây dựng ở địa phương", ""},
		{"tinh", "Đăng ký hoạt động bán hàng đa cấp tại địa phương", ""},
	})
}

// TestFirstTimeCut: a closing "lần đầu" is the first time, which the
// catalogue leaves unsaid beside its "… lại"; a repeated act keeps it,
// and a name closing on it is found as written.
func TestFirstTimeCut(t *testing.T) {
	assertCuts(t, firstTimeCut, map[string]string{
		"Đăng ký kết hôn lần đầu":          "Đăng ký kết hôn",
		"ĐĂNG KÝ KẾT HÔN LẦN ĐẦU.":         "ĐĂNG KÝ KẾT HÔN",
		"Cấp lại giấy chứng nhận lần đầu":  "",
		"Cấp đổi giấy phép lái xe lần đầu": "",
		"Kết hôn lần đầu":                  "",
		"Đăng ký kết hôn":                  "",
	})
	assertLevelCodes(t, NewIndex(dvcqgCatalog(t)), []levelCase{
		{catalog.LevelXa, "Đăng ký kết hôn lần đầu", "1.000894"},
		{catalog.LevelXa, "Đăng ký khai sinh lần đầu", "1.001193"},
		{"", "Đăng ký phương tiện hoạt động vui chơi, giải trí dưới nước lần đầu", "2.001215"},
	})
}

// TestAuthorityLevel: "… thuộc thẩm quyền cấp xã" and "… tại xã" say a
// level, as "… tại UBND cấp xã" does; "… thuộc thẩm quyền giải quyết của Ủy ban nhân
// dân cấp tỉnh", which the catalogue writes beside a ministry's twin,
// stays the name's.
func TestAuthorityLevel(t *testing.T) {
	assertLevelCodes(t, NewIndex(dvcqgCatalog(t)), []levelCase{
		{catalog.LevelXa, "Hòa giải tranh chấp đất đai thuộc thẩm quyền cấp xã", "1.012812"},
		{catalog.LevelXa, "Hòa giải tranh chấp đất đai thuộc thẩm quyền cấp xã*****", "1.012812"},
		{catalog.LevelXa, "Hòa giải tranh chấp đất đai tại xã", "1.012812"},
		{catalog.LevelTinh, "Cấp lại Giấy phép sử dụng vật liệu nổ công nghiệp thuộc thẩm quyền giải quyết của Ủy ban nhân dân cấp tỉnh", "2.001433"},
	})
}

// TestClassNumeralSwapped: a class numbered in Arabic numerals is the
// catalogue's in Roman ones and the other way round; "cấp" is no class.
func TestClassNumeralSwapped(t *testing.T) {
	assertCuts(t, classNumeralSwapped, map[string]string{
		"Công bố mở cảng cá loại 3":                   "Công bố mở cảng cá loại III",
		"Công bố mở cảng cá loại II":                  "Công bố mở cảng cá loại 2",
		"chứng chỉ hành nghề đo đạc và bản đồ Hạng 1": "chứng chỉ hành nghề đo đạc và bản đồ Hạng I",
		"Cấp giấy phép xây dựng công trình cấp III":   "",
		"Kiểm tra hàng hóa nhóm 2 nhập khẩu":          "Kiểm tra hàng hóa nhóm II nhập khẩu",
		"Đăng ký khai sinh":                           "",
	})
	assertCodes(t, NewIndex(dvcqgCatalog(t)), map[string]string{
		"Công bố mở cảng cá loại 3":  "1.004478",
		"Công bố mở cảng cá loại II": "1.004694",
	})
}

// TestLocalBracketChoosesTwin: "(cấp địa phương)" and "(địa phương)",
// which the catalogue writes both, say the local twin of a ministry's
// "(cấp Trung ương)" one, on a ministry's portal too; the bare name
// there is the ministry's.
func TestLocalBracketChoosesTwin(t *testing.T) {
	assertLevelCodes(t, NewIndex(dvcqgCatalog(t)), []levelCase{
		{catalog.LevelBo, "Cấp đổi giấy phép hoạt động in xuất bản phẩm (cấp địa phương)", "1.003729"},
		{catalog.LevelBo, "Cấp lại giấy phép hoạt động in xuất bản phẩm (địa phương)", "2.001584"},
		{"", "Cấp đổi giấy phép hoạt động in xuất bản phẩm (cấp địa phương)", "1.003729"},
		{catalog.LevelBo, "Cấp đổi giấy phép hoạt động in xuất bản phẩm", "1.004245"},
	})
}

// TestPlaceAfterName: a commune or district portal names its own place
// after the procedure ("… tại xã Đức Hợp"); the place is cut, its unit
// read as the level. A province or city stays (the list names a
// province's own procedures so), and so do levels and "xã hội".
func TestPlaceAfterName(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	assertLevelCodes(t, ix, []levelCase{
		{"xa", "Đăng ký thường trú tại xã Đức Hợp", "1.004222"},
		{"xa", "Đăng ký khai sinh tại phường Bến Nghé", "1.001193"},
		{"xa", "Xóa đăng ký tạm trú tại thị trấn Núi Sập", "1.010028"},
	})
	keys := func(s string) []string { return strings.Fields(textnorm.Key(s)) }
	assert.True(t, placeTail(keys("xã Đức Hợp")))
	assert.True(t, placeTail(keys("thị xã Tân Châu")))
	assert.False(t, placeTail(keys("xã")), "a unit without its name")
	assert.False(t, placeTail(keys("xã, phường, thị trấn")), "levels")
	assert.False(t, placeTail(keys("xã hội")))
	assert.False(t, placeTail(keys("tỉnh Thanh Hóa")), "a province's own procedure")
	assert.False(t, placeTail(keys("phường 12")))
	assert.False(t, placeTail(keys("xã Đức Hợp huyện Kim Động tỉnh Hưng Yên")), "more than a place's name")
}

// TestAbbreviationsWithinReach: every abbreviation of the table written
// in several words is read, however many ("TP trực thuộc trung ương").
func TestAbbreviationsWithinReach(t *testing.T) {
	for k, long := range abbreviations {
		ws := strings.Fields(k)
		if len(ws) < 2 {
			continue
		}
		out, ok := expandAbbreviations(seq{keys: ws, folds: ws})
		assert.True(t, ok, k)
		assert.Equal(t, textnorm.Fold(long), textnorm.Fold(strings.Join(out.keys, " ")), k)
	}
}

// TestShorterLead: "Quy trình giải quyết X" is read both with "Quy
// trình giải quyết" cut and with "Quy trình" alone cut, for the names the
// catalogue opens with "Giải quyết".
func TestShorterLead(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	assertCodes(t, ix, map[string]string{
		"Quy trình giải quyết hưởng bảo hiểm xã hội một lần": "1.001613",
		"Quy trình giải quyết đăng ký khai tử":               "1.000656",
	})
	s, _ := seqOf(ix.normalize("Quy trình giải quyết hưởng bảo hiểm xã hội một lần"))
	r, ok := shorterLead(stripSafeLead(s))
	require.True(t, ok)
	assert.Equal(t, "giai quyet huong bao hiem xa hoi 1 lan", r.name().Folded)
	s, _ = seqOf(ix.normalize("Quy trình đăng ký khai tử"))
	_, ok = shorterLead(stripSafeLead(s))
	assert.False(t, ok, "no longer lead to shorten")
}

// TestRiskyLeadCut: a lead that may open a real name ("Đề nghị …", "Hồ
// sơ đề nghị …") before a name the listing also cut short is read off
// for the prefix step too, after the entry itself (fresh56.tsv); a name
// that opens with the lead is still found as written.
func TestRiskyLeadCut(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	assertCodes(t, ix, map[string]string{
		"Thủ tục đề nghị cấp giấy phép kinh doanh vận tải bằng xe ô tô":                                      "1.000703",
		"Hồ sơ đề nghị cấp giấy phép kinh doanh vận tải bằng xe ô tô":                                        "1.000703",
		"Đề nghị dừng thực hiện thủ tục đăng ký doanh nghiệp":                                                "1.010010",
		"Đề nghị chấp thuận cho tổ chức nước ngoài được sở hữu trên 49% vốn điều lệ của công ty chứng khoán": "1.009801",
	})
	r, ok := ix.riskyPrefixForm(ix.normalize("Thủ tục đề nghị cấp giấy phép kinh doanh vận tải bằng xe ô tô"))
	require.True(t, ok)
	assert.Equal(t, "cap giay phep kinh doanh van tai bang xe o to", r.name.Folded)
	_, ok = ix.riskyPrefixForm(ix.normalize("Cấp giấy phép kinh doanh vận tải bằng xe ô tô"))
	assert.False(t, ok, "no lead")
}

// TestGuideLeads: a guide's "Hướng dẫn trình tự …", "Trình tự, thủ tục
// …" opens no name, and the two names that open with "Trình tự" are
// still found whole.
func TestGuideLeads(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	assertLevelCodes(t, ix, []levelCase{
		{catalog.LevelHuyen, "Hướng dẫn trình tự đăng ký thành lập hộ kinh doanh", "1.001612"},
		{catalog.LevelXa, "Trình tự thủ tục đăng ký khai sinh", "1.001193"},
		{catalog.LevelXa, "Trình tự, thủ tục đăng ký tạm trú", "1.004194"},
		{catalog.LevelTinh, "Trình tự, thủ tục lựa chọn dự án dược liệu quý", "1.011532"},
		{catalog.LevelTinh, "Trình tự chuẩn bị dự án đầu tư do nhà đầu tư đề xuất (cấp tỉnh)", "1.009491"},
	})
}
