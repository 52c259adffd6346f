package match

import (
	"testing"

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
