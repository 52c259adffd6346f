package match

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/tthcaudit/tthcaudit/internal/catalog"
)

// TestReasonCut: a re-issue's or an exchange's closing reason is cut; an
// issue's, a clause naming who issued the paper, and a reason inside the
// name are not.
func TestReasonCut(t *testing.T) {
	assertSeqCuts(t, NewIndex(rewriteCatalog()), reasonCut, map[string]string{
		"Cấp lại giấy phép lái xe do quá hạn sử dụng":                                                 "cấp lại giấy phép lái xe",
		"Cấp lại Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh khi hết thời hạn hiệu lực": "cấp lại giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh",
		"Cấp lại giấy phép bán lẻ sản phẩm thuốc lá do mất rách, nát, bị cháy, bị tiêu hủy một phần":  "cấp lại giấy phép bán lẻ sản phẩm thuốc lá",
		"Đổi Giấy chứng nhận đăng ký phương tiện trong trường hợp bị hư hỏng":                         "đổi giấy chứng nhận đăng kí phương tiện",
		"Cấp giấy phép lái xe do bị mất":                                                              "",
		"Đổi giấy phép lái xe do ngành Giao thông vận tải cấp":                                        "",
		"Cấp lại do mất": "",
	})
}

// TestReissueReasonMatches: on the national list, the re-issue named with
// its reason is the re-issue; a catalogue name that says the reason itself
// is still found as written.
func TestReissueReasonMatches(t *testing.T) {
	assertLevelCodes(t, NewIndex(dvcqgCatalog(t)), []levelCase{
		{catalog.LevelTinh, "CẤP LẠI GIẤY PHÉP LÁI XE DO QUÁ HẠN SỬ DỤNG", "3.000348"},
		{catalog.LevelHuyen, "Cấp lại Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh khi hết thời hạn hiệu lực", "1.001279"},
		{catalog.LevelXa, "Cấp lại Giấy chứng nhận do bị mất", "1.012786"},
	})
}

// TestReasonSaidOtherwise: a re-issue whose reasons are said otherwise
// is the catalogue's one re-issue of that paper for reasons of the same
// kinds; not for reasons of another kind, not beside siblings per
// reason, not with a second act.
func TestReasonSaidOtherwise(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	assertReasonSaid(t, ix, map[string]string{
		// fresh40.tsv, stored.tsv
		"Cấp lại Giấy phép hoạt động đối với trạm, điểm sơ cấp cứu chữ thập đỏ do mất, rách, hỏng hoặc sai sót thông tin":                                                  "1.006780",
		"Cấp lại Chứng chỉ hành nghề luật sư trong trường hợp bị mất, bị rách, bị cháy hoặc vì lý do khách quan mà thông tin trên Chứng chỉ hành nghề luật sư bị thay đổi": "1.008628",
		"Thủ tục cấp lại Giấy phép vận chuyển hàng hóa nguy hiểm bằng phương tiện thủy nội địa trong trường hợp bị hư hỏng":                                                "2.002617",
		// An expiry is no loss.
		"Cấp lại Giấy phép hoạt động đối với trạm, điểm sơ cấp cứu chữ thập đỏ do hết hạn": "",
		// The postal licence is re-issued per reason and per level.
		"Cấp lại giấy phép bưu chính do bị rách nát": "",
		// A second act.
		"Cấp lại giấy chứng nhận do bị mất, cấp đổi giấy chứng nhận": "",
		// No reason said.
		"Cấp lại Giấy phép hoạt động đối với trạm, điểm sơ cấp cứu chữ thập đỏ": "",
	})
	// A printed code, an answer, or another candidate the steps found
	// first are kept.
	in := "Cấp lại Giấy phép hoạt động đối với trạm, điểm sơ cấp cứu chữ thập đỏ do mất, rách, hỏng hoặc sai sót thông tin"
	_, ok := ix.reasonSaidOtherwise(in, "1.006780", Match{})
	assert.False(t, ok)
	other := ix.procs[ix.byCode["1.008628"]]
	_, ok = ix.reasonSaidOtherwise(in, "", Match{Kind: MatchReview, Review: &Review{Candidate: other}})
	assert.False(t, ok)
}

// TestReasonSaidOtherwiseSiblings: beside a sibling of another level or
// a bare re-issue, the reasons said otherwise choose nothing.
func TestReasonSaidOtherwiseSiblings(t *testing.T) {
	ix := NewIndex(activeCatalog("reasons", []catalog.Procedure{
		{Code: "9.000001", Name: "Cấp lại giấy phép kinh doanh dịch vụ thử nghiệm khi bị mất hoặc hư hỏng (cấp tỉnh)"},
		{Code: "9.000002", Name: "Cấp lại giấy phép kinh doanh dịch vụ thử nghiệm khi bị mất hoặc hư hỏng (Trung ương)"},
		{Code: "9.000003", Name: "Cấp lại chứng chỉ hành nghề kiểm định viên"},
		{Code: "9.000004", Name: "Cấp lại chứng chỉ hành nghề kiểm định viên do bị mất"},
		{Code: "9.000005", Name: "Cấp lại thẻ kiểm định viên do bị mất, bị hỏng"},
	}))
	assertReasonSaid(t, ix, map[string]string{
		"Cấp lại giấy phép kinh doanh dịch vụ thử nghiệm do bị rách":      "",
		"Cấp lại chứng chỉ hành nghề kiểm định viên trong trường hợp mất": "",
		"Cấp lại thẻ kiểm định viên trong trường hợp bị rách, nát":        "9.000005",
	})
}

// assertReasonSaid checks the code reasonSaidOtherwise gives each entry
// alone ("" for none).
func assertReasonSaid(t *testing.T, ix *Index, cases map[string]string) {
	t.Helper()
	for in, want := range cases {
		m, ok := ix.reasonSaidOtherwise(in, "", Match{})
		if want == "" {
			assert.False(t, ok, "%s → %v", in, m.Procedure)
			continue
		}
		if assert.True(t, ok, in) {
			assert.Equal(t, want, m.Procedure.Code, in)
		}
	}
}
