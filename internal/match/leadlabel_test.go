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

func TestLeadLabelCut(t *testing.T) {
	assertCuts(t, leadLabelCut, map[string]string{
		"[Cấp xã] Chứng thực di chúc":                           "Chứng thực di chúc (cấp xa)",
		"Cấp huyện - Đăng ký khai tử":                           "Đăng ký khai tử (cấp huyen)",
		"Lĩnh vực Hộ tịch: Thủ tục đăng ký giám hộ":             "Thủ tục đăng ký giám hộ",
		"TTHC cấp xã - Hộ tịch - Đăng ký khai tử":               "Đăng ký khai tử (cấp xa)",
		"[Hộ tịch] Đăng ký khai tử":                             "Đăng ký khai tử",
		"Lĩnh vực Hộ tịch / Thủ tục xác nhận thông tin hộ tịch": "Thủ tục xác nhận thông tin hộ tịch",
		"Lĩnh vực: Bảo trợ xã hội - Hỗ trợ chi phí mai táng":    "Hỗ trợ chi phí mai táng",
		// A one-stop module's record code, and the unit before it.
		"TPHT 30: Đăng ký lại việc nuôi con nuôi trong nước":          "Đăng ký lại việc nuôi con nuôi trong nước",
		"Mộ Lao - TPHT 30: Đăng ký lại việc nuôi con nuôi trong nước": "Đăng ký lại việc nuôi con nuôi trong nước",
		"QT-03/2017: Thủ tục công nhận câu lạc bộ thể thao cơ sở":     "Thủ tục công nhận câu lạc bộ thể thao cơ sở",
		"BTXH-05 - Hỗ trợ chi phí mai táng":                           "Hỗ trợ chi phí mai táng",
		// Record codes in parts (a Hà Nội ward's list).
		"HC-TBXH51: Xác nhận đơn đề nghị xét trợ cấp xã hội thường xuyên": "Xác nhận đơn đề nghị xét trợ cấp xã hội thường xuyên",
		"QT-07/TP: Đăng ký khai tử": "Đăng ký khai tử",
		// With no separator, the name's capital right after the code (a
		// Bắc Giang ward's list), and the unit before it.
		"QT 70 Chứng thực di chúc":                 "Chứng thực di chúc",
		"QT70 Chứng thực di chúc":                  "Chứng thực di chúc",
		"PBG - QT 70 Quy trình Chứng thực di chúc": "Quy trình Chứng thực di chúc",
		"QT 70 chứng thực di chúc":                 "",
		"Mục 5: Đăng ký khai tử":                   "Đăng ký khai tử",
		"Câu 12: Đăng ký khai tử":                  "Đăng ký khai tử",
		// "số" folds like "Sở": a number, no department.
		"Thủ tục số 12: Giao khu vực biển": "Giao khu vực biển",
		"TTHC số 5 - Giao khu vực biển":    "Giao khu vực biển",
		// Where the file is received, and the agency that does it.
		"Bộ phận Một cửa: Đăng ký khai tử":                         "Đăng ký khai tử",
		"Trung tâm Phục vụ hành chính công tỉnh - Đăng ký khai tử": "Đăng ký khai tử",
		"Cơ quan thực hiện: Sở Tư pháp - Đăng ký khai tử":          "Đăng ký khai tử (cấp tinh)",
		"UBND xã Tân Hưng | Đăng ký khai tử":                       "Đăng ký khai tử (cấp xa)",
		"Phòng cháy, chữa cháy - Thẩm duyệt thiết kế":              "",
		// The service's grade said first.
		"Dịch vụ công: Đăng ký khai tử":                      "Đăng ký khai tử",
		"DVC mức độ 4 - Đăng ký khai tử":                     "Đăng ký khai tử",
		"Mức độ 3: Chứng thực di chúc":                       "Chứng thực di chúc",
		"C/O - Cấp Giấy chứng nhận xuất xứ hàng hóa":         "",
		"A-1: Đăng ký khai tử":                               "",
		"Mộ Lao - Đăng ký lại việc nuôi con nuôi trong nước": "",
		// The case a page files a name under, which the name says too.
		"Đối với trường hợp nhà ở riêng lẻ - Cấp giấy phép xây dựng mới đối với công trình cấp III, cấp IV và nhà ở riêng lẻ": "Cấp giấy phép xây dựng mới đối với công trình cấp III, cấp IV và nhà ở riêng lẻ",
		"Đối với trường hợp nhà ở riêng lẻ - Cấp giấy phép xây dựng mới đối với công trình cấp III, cấp IV":                   "",
		// The national list's own twin mark, a name and nothing before it,
		// a name that goes on after a dash.
		"(Cấp tỉnh) Thủ tục mua sáng chế, sáng kiến": "",
		"Đăng ký khai sinh": "",
		"Đăng ký khai sinh - Đăng ký thường trú - Cấp thẻ bảo hiểm y tế": "",
	})
	// No catalogue name opens as a record code does.
	for _, p := range loadDVCQG(t) {
		assert.Nil(t, bareRecordCode.FindStringIndex(textnorm.Clean(p.Name)), p.Code+" "+p.Name)
	}
}

// TestLeadLabelsMatch: names behind a level badge or a breadcrumb are
// found, with the level they said.
func TestLeadLabelsMatch(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	assertCodes(t, ix, map[string]string{
		"[Cấp xã] Chứng thực di chúc":                                 "2.001019",
		"TTHC cấp xã - Hộ tịch - Đăng ký khai tử":                     "1.000656",
		"Lĩnh vực Hộ tịch: Thủ tục đăng ký giám hộ":                   "1.004837",
		"Mộ Lao - TPHT 30: Đăng ký lại việc nuôi con nuôi trong nước": "2.001255",
		// Decree 63/2024's online group, named without "liên thông" in
		// the national list.
		"Liên thông điện tử: đăng ký khai tử, xóa đăng ký thường trú, giải quyết mai táng phí, tử tuất":                        "2.002622",
		"Liên thông điện tử: đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi":              "2.002621",
		"Liên thông thủ tục hành chính về đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi": "2.000986",
	})
}

// FuzzLeadLabelCut: the cut never panics, keeps valid text valid and only
// takes words away in front (a level said goes after, in a bracket).
func FuzzLeadLabelCut(f *testing.F) {
	for _, s := range []string{"[Cấp xã] Chứng thực di chúc", "TTHC cấp xã - Hộ tịch - Đăng ký khai tử", "[", "(a) - : b", "Lĩnh vực: ", "\xff - x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, ok := leadLabelCut(s)
		if !ok {
			return
		}
		if utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Fatalf("%q → invalid %q", s, got)
		}
		name := got
		if i := strings.LastIndex(got, " (cấp "); i >= 0 {
			name = got[:i]
		}
		if !strings.Contains(s, name) {
			t.Fatalf("%q → %q: not a part of the text", s, got)
		}
	})
}

// TestProcessRecordLabel: an internal process's record ("Quy trình Tư
// Pháp QT 34"), with the unit before it, is a label; "Quy trình" opening
// a name without a record code is not cut here.
func TestProcessRecordLabel(t *testing.T) {
	assertCuts(t, leadLabelCut, map[string]string{
		"La Khê - Quy trình Tư Pháp QT 34: Chứng thực di chúc": "Chứng thực di chúc",
		"Quy trình Tư Pháp QT 34: Chứng thực di chúc":          "Chứng thực di chúc",
		"Quy trình chứng thực di chúc: Chứng thực di chúc":     "",
	})
}

func TestOldCodeAndServiceInfoCut(t *testing.T) {
	assertCuts(t, oldCodeCut, map[string]string{
		"BTP-BGI-277098 Thủ tục đăng ký khai tử":                               "Thủ tục đăng ký khai tử",
		"Đăng ký khai tử T-BNI-264525-TT":                                      "Đăng ký khai tử",
		"BTP-264512-TT - Thủ tục đăng ký kết hôn":                              "Thủ tục đăng ký kết hôn",
		"Cấp phép ISO 9001 cho doanh nghiệp":                                   "",
		"Cấp bản sao các giấy tờ hộ tịch từ sổ hộ tịch - HCTP24":               "Cấp bản sao các giấy tờ hộ tịch từ sổ hộ tịch",
		"Đăng ký lại khai sinh – TPHT 30":                                      "Đăng ký lại khai sinh",
		"Khai báo theo mẫu CT01":                                               "",
		"Giải quyết chế độ ưu đãi đối với thân nhân liệt sĩ (B-BLD-286159-TT)": "Giải quyết chế độ ưu đãi đối với thân nhân liệt sĩ",
		"Cấp lại Chứng chỉ hành nghề thú y (trong trường hợp bị mất) 02-966":   "Cấp lại Chứng chỉ hành nghề thú y (trong trường hợp bị mất)",
		"Hỗ trợ học sinh (nhóm 2) 2024":                                        "",
		"Khai báo - mẫu CT01 2024":                                             "",
	})
	assertCuts(t, serviceInfoCut, map[string]string{
		"Đăng ký tạm trú - Lệ phí: 10.000đ":                              "Đăng ký tạm trú",
		"Thủ tục đăng ký khai tử (thời hạn giải quyết 03 ngày làm việc)": "Thủ tục đăng ký khai tử",
		"Thủ tục đăng ký khai tử - 03 ngày làm việc":                     "Thủ tục đăng ký khai tử",
		"Khai lệ phí trước bạ":                                           "",
		"Cấp Giấy phép hoạt động - phí bảo hiểm":                         "",
		// Labelled, the time limit need not be a number.
		"Đăng ký khai sinh - Thời gian giải quyết: ngay trong ngày": "Đăng ký khai sinh",
		"Đăng ký khai sinh - Lệ phí: Miễn":                          "Đăng ký khai sinh",
		"Thủ tục: Đăng ký khai sinh":                                "",
	})
}

// TestDecoratedNamesMatch: names behind an old database code, a numbered
// label or a breadcrumb's arrow, or before a fee, a time limit, a service
// grade or a record code (a list item's full stop after it), are found,
// those a portal shortened too.
func TestDecoratedNamesMatch(t *testing.T) {
	assertCodes(t, NewIndex(dvcqgCatalog(t)), map[string]string{
		"Chứng thực bản sao từ bản chính giấy tờ, văn bản (Mức độ 4)":                         "2.000815",
		"Chứng thực bản sao từ bản chính giấy tờ, văn bản (Dịch vụ công trực tuyến một phần)": "2.000815",
		"Giải quyết chế độ ưu đãi đối với thân nhân liệt sĩ (B-BLD-286159-TT).":               "1.010801",
		"Cấp bản sao các giấy tờ hộ tịch từ sổ hộ tịch - HCTP24;":                             "2.000635",
		"BTP-BGI-277098 Thủ tục đăng ký khai tử":                                              "1.000656",
		"Thủ tục số 3: Chứng thực di chúc":                                                    "2.001019",
		"Hộ tịch » Thủ tục đăng ký khai sinh":                                                 "1.001193",
		"Đăng ký tạm trú - Lệ phí: 10.000đ":                                                   "1.004194",
		"Thủ tục đăng ký khai sinh - Thời gian: 01 ngày":                                      "1.001193",
		"Quy trình giải quyết thủ tục đăng ký khai tử":                                        "1.000656",
		// A citizen's guide.
		"Thực hiện thủ tục đăng ký kết hôn": "1.000894",
		"Làm thủ tục đăng ký khai sinh":     "1.001193",
		// "TT" (thủ tục) and a record code before a full stop.
		"TT 05. Đăng ký khai sinh": "1.001193",
		"HT.01. Đăng ký khai sinh": "1.001193",
		// The province's publishing decision after the name.
		"Đăng ký khai sinh theo Quyết định số 1234/QĐ-UBND ngày 12/5/2023 của UBND tỉnh": "1.001193",
		"Chứng thực di chúc - QĐ 25/2024/QĐ-CT":                                          "2.001019",
		// The online mode after the name, a card's title in capitals.
		"ĐỔI GIẤY PHÉP LÁI XE TRỰC TUYẾN":   "3.000347",
		"Đổi giấy phép lái xe - trực tuyến": "3.000347",
		// In running text it is the phrase itself, often a guide's
		// headline.
		"Hướng dẫn đăng ký khai sinh trực tuyến": "",
		"HƯỚNG DẪN ĐĂNG KÝ KHAI SINH TRỰC TUYẾN": "",
		// Who asked, after "theo yêu cầu", which the catalogue leaves
		// unsaid; a name that says it keeps it.
		"Cấp Giấy chứng nhận cơ sở đủ điều kiện nuôi trồng thủy sản theo yêu cầu của tổ chức, cá nhân": "1.004913",
		"Thu hồi Thẻ giám định viên quyền đối với giống cây trồng theo yêu cầu của tổ chức, cá nhân":   "1.011999",
		// Abbreviations of construction and land projects.
		"Xóa đăng ký thuê, cho thuê lại QSDĐ trong dự án KCHT": "1.012766",
		// The council's consideration before the act, looked up whole.
		"Thủ tục xét công nhận người có uy tín trong đồng bào dân tộc thiểu số": "1.012222",
		"Xét công nhận tốt nghiệp trung học phổ thông":                          "1.013338",
		"Đăng ký khai sinh (TTHC mới ban hành)":                                 "1.001193",
		"Đăng ký khai sinh (thủ tục hành chính được sửa đổi)":                   "1.001193",
		"Đăng ký khai sinh (có mẫu đơn)":                                        "1.001193",
		"HC-TBXH51: Thủ tục giải quyết chế độ trợ cấp thờ cúng liệt sĩ":         "1.010803",
	})
}

// TestMeritBothWays: "người có công" and "người có công với cách mạng"
// are one phrase; a name in either wording finds the catalogue's other.
func TestMeritBothWays(t *testing.T) {
	assertCuts(t, meritOther, map[string]string{
		"Cấp trích lục hoặc sao hồ sơ người có công":                  "Cấp trích lục hoặc sao hồ sơ người có công với cách mạng",
		"Cấp giấy xác nhận thân nhân của người có công với cách mạng": "Cấp giấy xác nhận thân nhân của người có công",
		"Đăng ký khai sinh": "",
	})
	assertCodes(t, NewIndex(dvcqgCatalog(t)), map[string]string{
		"Sửa đổi, bổ sung thông tin cá nhân trong hồ sơ người có công với cách mạng": "1.010826",
		"Cấp trích lục hoặc sao hồ sơ người có công":                                 "1.010828",
	})
}

// TestLabelThenGrade: after a field label, a segment followed by nothing
// but a grade or a level is the name, not another breadcrumb step; an
// office that receives the file, after a dash or in a bracket, says
// nothing of the procedure.
func TestLabelThenGrade(t *testing.T) {
	assertCodes(t, NewIndex(dvcqgCatalog(t)), map[string]string{
		"Lĩnh vực Chứng thực - Chứng thực di chúc - Mức độ 3":                              "2.001019",
		"Lĩnh vực Chứng thực - Chứng thực di chúc (cấp xã) - Mức độ 3":                     "2.001019",
		"Đính chính Giấy chứng nhận đã cấp - Chi nhánh Văn phòng đăng ký đất đai":          "1.012790",
		"Đính chính Giấy chứng nhận đã cấp (Chi nhánh Văn phòng đăng ký đất đai)":          "1.012790",
		"Thủ tục đính chính Giấy chứng nhận đã cấp (Chi nhánh)":                            "1.012790",
		"Giải quyết hưởng chế độ TNLĐ, BNN đối với trường hợp bị TNLĐ lần đầu - BHXH tỉnh": "1.001632",
		"Giải quyết hưởng chế độ thai sản - Bảo hiểm xã hội tỉnh":                          "2.000693",
	})
}

// TestCertifyingPaper: "Cấp giấy xác nhận X" is the act "Xác nhận X",
// looked up whole, since no two names of the national list differ by
// "Cấp giấy" alone.
func TestCertifyingPaper(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	assertCodes(t, ix, map[string]string{
		"Cấp giấy xác nhận thông tin về cư trú":         "1.010041",
		"Thủ tục cấp giấy xác nhận thông tin về cư trú": "1.010041",
		"Cấp giấy xác nhận tình trạng hôn nhân":         "1.004873",
		"Cấp văn bản xác nhận thông tin hộ tịch":        "2.002516",
		"Cấp GXN tình trạng hôn nhân":                   "1.004873",
	})
	for i := range ix.names {
		k := ix.names[i].key
		for _, paper := range []string{"cấp ", "cấp giấy ", "cấp văn bản "} {
			if strings.HasPrefix(k, paper+"xác nhận ") {
				_, twin := ix.byKey[strings.TrimPrefix(k, paper)]
				assert.False(t, twin, "%q has a twin without %q", k, paper)
			}
		}
	}
	// "Cấp" alone before "xác nhận", left out: the portal's level still
	// chooses the twin (fresh10.tsv's name, on a provincial portal).
	m := ix.MatchIn("Xác nhận số chứng minh nhân dân 09 số, số định danh cá nhân", "", Context{Level: catalog.LevelTinh})
	if assert.NotNil(t, m.Procedure, "%s %+v", m.Kind, m.Review) {
		assert.Equal(t, "2.001178", m.Procedure.Code)
	}
}

// TestIssuedPaper: a paper named alone is the procedure that issues it,
// and "Cấp" before a paper the list names bare is that paper's; no name
// of the list has a twin that differs from it by the "Cấp" before its
// paper, which is what lets either side leave it out.
func TestIssuedPaper(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	assertCodes(t, ix, map[string]string{
		"Bản sao Trích lục hộ tịch":                                           "2.000635",
		"Thẻ hướng dẫn viên du lịch quốc tế":                                  "1.004628",
		"Cấp giấy phép kinh doanh chuyển khẩu":                                "1.000890",
		"Cấp Giấy chứng nhận đủ điều kiện thương nhân kinh doanh mua bán LNG": "2.000166",
	})
	for _, tc := range []struct {
		name string
		want string // the candidate the guard keeps for review
	}{
		// Another object is no paper left unsaid.
		{"Chứng chỉ hành nghề dược", "1.003915"},
		// "Cấp lại" is an act of its own.
		{"Phù hiệu cho xe ô tô kinh doanh vận tải", "2.002288"},
	} {
		m := ix.MatchIn(tc.name, "", Context{Level: catalog.LevelTinh})
		if assert.Nil(t, m.Procedure, tc.name) && assert.NotNil(t, m.Review, tc.name) {
			assert.Equal(t, tc.want, m.Review.Candidate.Code, tc.name)
		}
	}
	for i := range ix.names {
		keys := ix.names[i].keyTok
		if ix.names[i].derived() || !issuesPaper(keys, 1) {
			continue
		}
		_, twin := ix.byKey[strings.Join(keys[1:], " ")]
		assert.False(t, twin, "%q has a twin without \"cấp\"", ix.names[i].key)
	}
	assert.True(t, issuesPaper([]string{"cấp", "hộ", "chiếu"}, 1))
	assert.False(t, issuesPaper([]string{"cấp", "hộ", "kinh"}, 1), "a household is no passport")
	assert.False(t, issuesPaper([]string{"cấp", "lại", "giấy"}, 1))
	assert.False(t, issuesPaper([]string{"cấp", "giấy"}, 0))
}

// TestDecisionTailCut: the province's publishing decision after a name
// is cut; the Prime Minister's, which sets the regime, is not.
func TestDecisionTailCut(t *testing.T) {
	assertCuts(t, decisionTailCut, map[string]string{
		"Đăng ký khai sinh theo Quyết định số 1234/QĐ-UBND":                                           "Đăng ký khai sinh",
		"Đăng ký khai sinh theo QĐ số 1234/QĐ-UBND ngày 12/5/2023":                                    "Đăng ký khai sinh",
		"Chứng thực di chúc - QĐ 25/2024/QĐ-CT":                                                       "Chứng thực di chúc",
		"Giải quyết chế độ mai táng phí đối với thanh niên xung phong theo Quyết định 40/2011/QĐ-TTg": "",
		"Giải quyết hưởng trợ cấp hàng tháng theo Quyết định số 613/QĐ-TTg":                           "",
		"Đăng ký khai sinh": "",
	})
}

// TestDecisionLeadCut: the province's publishing decision before a name
// is cut, with or without its date; the Prime Minister's is not, nor a
// number that is no decision.
func TestDecisionLeadCut(t *testing.T) {
	assertCuts(t, decisionLeadCut, map[string]string{
		"508/QĐ-UBND ngày 18/07/2025: Xác nhận bảng kê lâm sản":        "Xác nhận bảng kê lâm sản",
		"Quyết định số 1234/QĐ-UBND - Chứng thực di chúc":              "Chứng thực di chúc",
		"QĐ 25/2024/QĐ-CT ngày 3 tháng 5 năm 2024: Chứng thực di chúc": "Chứng thực di chúc",
		"Quyết định 40/2011/QĐ-TTg: Giải quyết chế độ mai táng phí":    "",
		"1234/QĐ-UBND ngày 12/5/2023":                                  "",
		"12/2024: Đăng ký khai sinh":                                   "",
		"Đăng ký khai sinh theo Quyết định số 1234/QĐ-UBND":            "",
	})
	assertCodes(t, NewIndex(dvcqgCatalog(t)), map[string]string{
		"508/QĐ-UBND ngày 18/07/2025: Xác nhận bảng kê lâm sản": "1.000045",
	})
}

// TestPrintedTagCut: numbers joined by dashes closing a name are a page's
// tag, cut as a portal's note; a period of years or a form's number is
// the name's.
func TestPrintedTagCut(t *testing.T) {
	assertCuts(t, printedTagCut, map[string]string{
		"Cấp giấy chứng nhận đủ điều kiện buôn bán thuốc thú y 04-966":     "Cấp giấy chứng nhận đủ điều kiện buôn bán thuốc thú y",
		"Cấp giấy chứng nhận đủ điều kiện buôn bán thuốc thú y 04-966.":    "Cấp giấy chứng nhận đủ điều kiện buôn bán thuốc thú y",
		"Chuyển trường đối với học sinh trung học cơ sở 04-966":            "Chuyển trường đối với học sinh trung học cơ sở",
		"Công nhận người có uy tín trong đồng bào dân tộc thiểu số 04-966": "Công nhận người có uy tín trong đồng bào dân tộc thiểu số",
		"Đăng ký khai sinh 12-3-45": "Đăng ký khai sinh",
		"Công nhận hộ nghèo, hộ cận nghèo định kỳ hằng năm giai đoạn 2027-2030": "",
		"Hỗ trợ doanh nghiệp nâng cao năng suất giai đoạn 2021-2025":            "",
		"Cấp giấy phép theo mẫu số 01-02":                                       "",
		"Cấp giấy chứng nhận đủ điều kiện buôn bán thuốc thú y":                 "",
		"Cấp giấy chứng nhận đủ điều kiện buôn bán thuốc thú y 04":              "",
	})
	assertCodes(t, NewIndex(dvcqgCatalog(t)), map[string]string{
		"Cấp giấy chứng nhận đủ điều kiện buôn bán thuốc thú y 04-966": "1.001686",
	})
}

// TestCodeTagCut: an agency's own number of a procedure in a closing
// bracket is cut as a portal's note; a convention's year, a decision, a
// form or a national code is not.
func TestCodeTagCut(t *testing.T) {
	assertCuts(t, codeTagCut, map[string]string{
		"Đăng ký hộ kinh doanh (QT-05)":                 "Đăng ký hộ kinh doanh",
		"Đăng ký hộ kinh doanh (QT.05).":                "Đăng ký hộ kinh doanh",
		"Đăng ký hộ kinh doanh (TTHC-12)":               "Đăng ký hộ kinh doanh",
		"Đăng ký hộ kinh doanh (MS: 04-966)":            "Đăng ký hộ kinh doanh",
		"Đăng ký hộ kinh doanh (04-966)":                "Đăng ký hộ kinh doanh",
		"… thiệt hại ô nhiễm dầu (CLC 1992)":            "",
		"Đăng ký khai thác nước dưới đất (QĐ 933)":      "",
		"Xin xác nhận cư trú (CT07)":                    "",
		"Chứng nhận Nhãn sinh thái Việt Nam (2.002469)": "",
		"Đăng ký việc nuôi con nuôi trong nước (1)":     "",
		"(QT-05)": "",
	})
	assertCodes(t, NewIndex(dvcqgCatalog(t)), map[string]string{
		"Chứng thực bản sao từ bản chính giấy tờ, văn bản (QT-05)": "2.000815",
	})
}

// TestArrowCut: the arrows a link runs on with after a name are cut.
func TestArrowCut(t *testing.T) {
	assertCuts(t, arrowCut, map[string]string{
		"Đăng ký khai sinh >>":     "Đăng ký khai sinh",
		"Đăng ký khai sinh »":      "Đăng ký khai sinh",
		"Đăng ký khai sinh→":       "Đăng ký khai sinh",
		"Đăng ký khai sinh *":      "Đăng ký khai sinh",
		"Đăng ký khai sinh (*)":    "Đăng ký khai sinh",
		"Đăng ký khai sinh NEW":    "Đăng ký khai sinh",
		"Đăng ký khai sinh new >>": "Đăng ký khai sinh",
		"Đăng ký khai sinh renew":  "",
		"Đăng ký khai sinh":        "",
		"Đăng ký khai sinh ":       "",
		">>":                       "",
	})
}

// TestPlainOnlineCut: "trực tuyến" said plainly after a name is cut for
// a lookup of the name; a name ending so is found whole first, and a
// guide's headline stays a headline.
func TestPlainOnlineCut(t *testing.T) {
	assertCuts(t, plainOnlineCut, map[string]string{
		"Đổi giấy phép lái xe trực tuyến":              "Đổi giấy phép lái xe",
		"Đăng ký khai sinh trực tuyến.":                "Đăng ký khai sinh",
		"Hướng dẫn đăng ký khai sinh trực tuyến":       "",
		"Nộp trực tuyến":                               "",
		"Phê duyệt Trang thông tin đấu giá trực tuyến": "Phê duyệt Trang thông tin đấu giá",
	})
	assertCodes(t, NewIndex(dvcqgCatalog(t)), map[string]string{
		"Đổi giấy phép lái xe trực tuyến":              "3.000347",
		"Phê duyệt Trang thông tin đấu giá trực tuyến": "2.001225",
	})
}

// TestSimpleLeadCut: a list's number or letter, a bullet, a short tag or
// a field's label in front is cut one at a time, so the cuts that read a
// name's start read it behind stacked leads; a name opening with a word
// is left alone.
func TestSimpleLeadCut(t *testing.T) {
	assertCutsOrNothing(t, simpleLeadCut, map[string]string{
		"1. Đăng ký khai sinh":                            "Đăng ký khai sinh",
		"a) QT03. Chứng thực chữ ký":                      "QT03. Chứng thực chữ ký",
		"IV. Đăng ký khai sinh":                           "Đăng ký khai sinh",
		"- Đăng ký khai sinh":                             "Đăng ký khai sinh",
		"[DVCTT] 16. Liên thông đăng ký khai tử":          "16. Liên thông đăng ký khai tử",
		"Tên thủ tục: Đăng ký khai sinh":                  "Đăng ký khai sinh",
		"TTHC 12: Đăng ký khai sinh":                      "Đăng ký khai sinh",
		"1.1. Đổi giấy phép lái xe":                       "Đổi giấy phép lái xe",
		"01 Thủ tục khai tử":                              "Thủ tục khai tử",
		"(6) Tách hộ;":                                    "Tách hộ;",
		"Thủ tục hành chính: Đăng ký khai sinh":           "Đăng ký khai sinh",
		"Câu 1. Đăng ký khai sinh":                        "Đăng ký khai sinh",
		"Bước 2: Đăng ký khai sinh":                       "Đăng ký khai sinh",
		"Mục 3. Đăng ký khai sinh":                        "Đăng ký khai sinh",
		"1/ Đăng ký khai sinh":                            "Đăng ký khai sinh",
		"I.1. Đăng ký khai sinh":                          "Đăng ký khai sinh",
		"★ Đăng ký khai sinh":                             "Đăng ký khai sinh",
		"Tên dịch vụ: Đăng ký khai sinh":                  "Đăng ký khai sinh",
		"Dịch vụ công: Đăng ký khai sinh":                 "Đăng ký khai sinh",
		"Tên hồ sơ: Đăng ký khai sinh":                    "Đăng ký khai sinh",
		"Tên DVC: Đăng ký khai sinh":                      "Đăng ký khai sinh",
		"Tên TTHC: Đăng ký khai sinh":                     "Đăng ký khai sinh",
		"Loại hồ sơ: Đăng ký khai sinh":                   "Đăng ký khai sinh",
		"Tiêu đề: Đăng ký khai sinh":                      "Đăng ký khai sinh",
		"Thủ tục hành chính cấp tỉnh: Phê duyệt kế hoạch": "",
		"b/ Đăng ký khai sinh":                            "Đăng ký khai sinh",
		"» Đăng ký khai sinh":                             "Đăng ký khai sinh",
		"[Mới] Đăng ký khai sinh":                         "Đăng ký khai sinh",
		"STT 12. Đăng ký khai sinh":                       "Đăng ký khai sinh",
		"QT-05: Đăng ký khai sinh":                        "Đăng ký khai sinh",
		"QT.05 - Đăng ký khai sinh":                       "Đăng ký khai sinh",
		"QT04. Chứng thực chữ ký":                         "Chứng thực chữ ký",
		"Quy trình 05: Đăng ký khai sinh":                 "Đăng ký khai sinh",
		"TTHC số 12: Đăng ký khai sinh":                   "Đăng ký khai sinh",
		"Quy trình liên thông giải quyết thủ tục thẩm định thiết kế cơ sở": "",
		"Câu hỏi về đăng ký khai sinh":                                     "",
		"Đăng ký khai sinh":                                                "",
		"Cấp lại Giấy phép lái xe":                                         "",
		"1.":                                                               "",
	})
	assertLevelCodes(t, NewIndex(dvcqgCatalog(t)), []levelCase{
		{"", "1. [Tỉnh Bắc Ninh] Tách thửa đất hoặc hợp thửa đất", "1.012784"},
		{catalog.LevelXa, "Tên thủ tục: PLAM_12/HT_Thủ tục thay đổi, cải chính, bổ sung thông tin hộ tịch", "1.004859"},
		{catalog.LevelXa, "a) QT03. Chứng thực chữ ký", "2.000884"},
		// "1.1." repeats a number, not an act ("Cấp, cấp lại …", listsActs).
		{"", "1.1. Đổi giấy phép lái xe", "3.000347"},
		{catalog.LevelXa, "01 Thủ tục khai tử", "1.000656"},
		// Behind a question's number, the group check still sees the
		// fourth item the group lacks.
		{catalog.LevelXa, "Câu 1. Liên thông điện tử: đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế, cấp thẻ căn cước cho trẻ em dưới 6 tuổi", ""},
		{catalog.LevelXa, "Bước 2: Đăng ký khai sinh lưu động", "1.003583"},
		// The list's own name opening with "Tên thủ tục:", written in
		// capitals: the label cut from both (leadlessForm).
		{"", "TÊN THỦ TỤC: CHẤP THUẬN XÂY DỰNG CÔNG TRÌNH THIẾT YẾU TRONG PHẠM VI BẢO VỆ KẾT CẤU HẠ TẦNG GIAO THÔNG ĐƯỜNG BỘ CỦA ĐƯỜNG BỘ ĐỊA PHƯƠNG ĐANG KHAI THÁC", "1.010511"},
		// A listed group behind a tag is still a group: a person chooses.
		{catalog.LevelTinh, "[DVCTT] Liên thông đăng ký khai sinh - Đăng ký thường trú - Cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi", ""},
	})
}

// TestRequesterCut: "theo yêu cầu của tổ chức, cá nhân" is said "theo
// yêu cầu", in capitals too.
func TestRequesterCut(t *testing.T) {
	assertCuts(t, requesterCut, map[string]string{
		"Cấp giấy chứng nhận cơ sở đủ điều kiện nuôi trồng thủy sản theo yêu cầu của tổ chức, cá nhân": "Cấp giấy chứng nhận cơ sở đủ điều kiện nuôi trồng thủy sản theo yêu cầu",
		"CẤP GIẤY CHỨNG NHẬN CƠ SỞ ĐỦ ĐIỀU KIỆN NUÔI TRỒNG THỦY SẢN THEO YÊU CẦU CỦA TỔ CHỨC, CÁ NHÂN": "CẤP GIẤY CHỨNG NHẬN CƠ SỞ ĐỦ ĐIỀU KIỆN NUÔI TRỒNG THỦY SẢN THEO YÊU CẦU",
		"Cấp giấy phép theo yêu cầu": "",
	})
	assertLevelCodes(t, NewIndex(dvcqgCatalog(t)), []levelCase{
		{"", "CẤP GIẤY CHỨNG NHẬN CƠ SỞ ĐỦ ĐIỀU KIỆN NUÔI TRỒNG THỦY SẢN THEO YÊU CẦU CỦA TỔ CHỨC, CÁ NHÂN", "1.004913"},
	})
}

// TestPortalNotesCut: quotation marks, an online-service badge before a
// name, its grade or mode, a new entry's badge, the province's
// publishing decision and the field after it are cut; "một phần" of
// the name's own words, a ministry's decision and a bracket left open
// are not.
func TestPortalNotesCut(t *testing.T) {
	assertCuts(t, portalNotesCut, map[string]string{
		"Cấp Giấy phép tiến hành công việc bức xạ (Sử dụng máy X quang chẩn đoán trong y tế) (Mức độ 4)": "Cấp Giấy phép tiến hành công việc bức xạ (Sử dụng máy X quang chẩn đoán trong y tế)",
		"Đăng ký khai tử - Một phần":       "Đăng ký khai tử",
		"Đăng ký khai tử | Một phần":       "Đăng ký khai tử",
		"Đăng ký khai tử (New)":            "Đăng ký khai tử",
		"(Mới) Đăng ký khai tử":            "Đăng ký khai tử",
		"(Mức độ 4) Đăng ký khai tử":       "Đăng ký khai tử",
		"(Cấp tỉnh) Thủ tục cấp giấy phép": "",
		"(Cấp lần đầu đối với phương tiện chưa khai thác) Cấp Giấy chứng nhận đăng ký phương tiện thủy nội địa": "",
		"Đăng ký khai tử >>": "Đăng ký khai tử",
		"1. 508/QĐ-UBND ngày 18/07/2025: Xác nhận bảng kê lâm sản": "Xác nhận bảng kê lâm sản",
		// An open list of examples narrows nothing.
		"Cấp bản sao Trích lục hộ tịch (khai sinh, kết hôn, khai tử...)": "Cấp bản sao Trích lục hộ tịch",
		"Cấp bản sao Trích lục hộ tịch (khai sinh, kết hôn, v.v.)":       "Cấp bản sao Trích lục hộ tịch",
		// Closed, a list of kinds of civil-status event after a name of
		// civil-status papers is every kind they have (civilKindsCut);
		// another closed list may narrow the name, and the catalogue's
		// own bracket of kinds is split by semicolons.
		"Cấp bản sao Trích lục hộ tịch (khai sinh, kết hôn, khai tử)":                           "Cấp bản sao Trích lục hộ tịch",
		"Thủ tục cấp bản sao hộ tịch từ sổ gốc (khai sinh, khai tử, kết hôn)":                   "Thủ tục cấp bản sao hộ tịch từ sổ gốc",
		"Cấp bản sao Trích lục hộ tịch (khai sinh,, kết hôn)":                                   "Cấp bản sao Trích lục hộ tịch",
		"Cấp bản sao Trích lục hộ tịch (khai sinh)":                                             "",
		"Cấp bản sao Trích lục hộ tịch (khai sinh, thường trú)":                                 "",
		"Đăng ký lại (khai sinh, kết hôn, khai tử)":                                             "",
		"Ghi vào Sổ hộ tịch việc hộ tịch khác (khai sinh; giám hộ; nuôi con nuôi; khai tử)":     "",
		"Cấp giấy chứng nhận kiểm dịch động vật (trâu, bò)":                                     "",
		"Đăng ký khai tử – Toàn trình":                                                          "Đăng ký khai tử",
		"Đăng ký khai tử (DVC trực tuyến toàn trình)":                                           "Đăng ký khai tử",
		"Đăng ký khai tử (cấp độ 3)":                                                            "Đăng ký khai tử",
		"[DVCTT] Liên thông đăng ký khai tử":                                                    "Liên thông đăng ký khai tử",
		"[Dịch vụ công trực tuyến] Đăng ký khai sinh":                                           "Đăng ký khai sinh",
		"[Toàn trình] Đăng ký khai sinh (Mức độ 4)":                                             "Đăng ký khai sinh",
		"Thẩm định điều chỉnh một phần kế hoạch tác động vào thời tiết":                         "",
		"Sử dụng tạm thời một phần hè phố":                                                      "",
		"[Tỉnh Bắc Ninh] Thủ tục xét tuyển viên chức":                                           "",
		"Đăng ký khai tử (Mức độ 4":                                                             "",
		"“Đăng ký khai tử (kể cả khai tử quá hạn)”":                                             "Đăng ký khai tử (kể cả khai tử quá hạn)",
		"\"Đăng ký khai tử\".":                                                                  "Đăng ký khai tử",
		"Cấp giấy chứng nhận đăng ký hoạt động thử nghiệm chất lượng sản phẩm, hàng hóa. (Mới)": "Cấp giấy chứng nhận đăng ký hoạt động thử nghiệm chất lượng sản phẩm, hàng hóa.",
		"Đăng ký khai tử [Mức độ 4] (Cập nhật)":                                                 "Đăng ký khai tử",
		"Đổi giấy phép lái xe (QĐ số 1234/QĐ-UBND ngày 12/3/2024)":                              "Đổi giấy phép lái xe",
		"Đăng ký khai tử - Lĩnh vực: Hộ tịch":                                                   "Đăng ký khai tử",
		"Giải quyết hưởng trợ cấp theo Quyết định số 91/2000/QĐ-TTg (Quyết định số 613/QĐ-TTg)": "",
		"Cấp giấy phép (Lĩnh vực: Hộ tịch)":                                                     "",
		"Đăng ký khai tử Xem chi tiết":                                                          "Đăng ký khai tử",
		"Đăng ký khai tử - Nộp hồ sơ":                                                           "Đăng ký khai tử",
		"Đăng ký khai tử [Xem]":                                                                 "Đăng ký khai tử",
		"Thẩm định đồ án quy hoạch chi tiết":                                                    "",
		"Xem chi tiết":                                  "",
		"Đăng ký khai tử [Trực tuyến]":                  "Đăng ký khai tử",
		"Đăng ký khai tử (Dịch vụ công)":                "Đăng ký khai tử",
		"Đăng ký khai tử - Không thu phí":               "Đăng ký khai tử",
		"Đăng ký khai tử (Miễn lệ phí)":                 "Đăng ký khai tử",
		"Xét miễn, giảm tiền thuê đất (không thu tiền)": "",
		"Miễn giảm học phí (Miễn học phí)":              "",
	})
}

// TestDetailHeadingCut: a detail page's first heading run on after a
// name is cut with what follows; no name holds it.
func TestDetailHeadingCut(t *testing.T) {
	assertCuts(t, detailHeadingCut, map[string]string{
		"Thẩm định, phê duyệt phương án ứng phó với tình huống khẩn cấp hồ chứa thủy điện thuộc thẩm quyền phê duyệt của Ủy ban nhân dân cấp tỉnh a) Trình tự thực hiện": "Thẩm định, phê duyệt phương án ứng phó với tình huống khẩn cấp hồ chứa thủy điện thuộc thẩm quyền phê duyệt của Ủy ban nhân dân cấp tỉnh",
		"Đăng ký khai sinh - Trình tự thực hiện: Bước 1":        "Đăng ký khai sinh",
		"ĐĂNG KÝ KHAI SINH 1. TRÌNH TỰ THỰC HIỆN":               "ĐĂNG KÝ KHAI SINH",
		"Đăng ký khai sinh Thành phần, số lượng hồ sơ: Tờ khai": "Đăng ký khai sinh",
		"Đăng ký khai sinh":  "",
		"Trình tự thực hiện": "",
	})
	assertLevelCodes(t, NewIndex(dvcqgCatalog(t)), []levelCase{
		{"", "Thẩm định, phê duyệt phương án ứng phó với tình huống khẩn cấp hồ chứa thủy điện thuộc thẩm quyền phê duyệt của Ủy ban nhân dân cấp tỉnh a) Trình tự thực hiện", "2.001300"},
	})
}

// FuzzPortalNotesCut: what the notes cut leaves is a shorter, non-empty
// run of the text's own words (but for quotation marks), valid where the
// text is, and cutting it again changes no more than a note more.
func FuzzPortalNotesCut(f *testing.F) {
	for _, s := range []string{"Đăng ký khai tử (Mức độ 4)", "[DVCTT] Đăng ký khai sinh", "“Đăng ký khai tử”", "a - Một phần", "(Mới)", " (", "[", "“”", "a (QĐ số 1/QĐ-UBND)", "a - Lĩnh vực: b", "Đăng ký khai tử [Mức độ 4] (Cập nhật)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, ok := portalNotesCut(s)
		if !ok {
			require.Equal(t, s, got, "nothing cut, the text itself")
			return
		}
		require.NotEmpty(t, strings.TrimSpace(got))
		require.Less(t, len(got), len(s))
		if utf8.ValidString(s) {
			require.True(t, utf8.ValidString(got), "%q → %q", s, got)
		}
		for _, w := range strings.Fields(got) {
			require.Contains(t, s, strings.Trim(w, "“”\"«»‘’"), "%q → %q", s, got)
		}
	})
}
