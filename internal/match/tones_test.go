package match

import (
	"testing"

	"github.com/tthcaudit/tthcaudit/internal/catalog"
)

// TestRetoned: a word typed without its marks gets them back where one
// catalogue word folding like it, and one only, stands beside a
// neighbour (beside both, for a word the catalogue also writes bare);
// a word written so beside its neighbour, a marked one or one with no
// such word is left.
func TestRetoned(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	assertCuts(t, ix.retoned, map[string]string{
		"Cấp lai Giấy chứng nhận huấn luyện":               "Cấp lại Giấy chứng nhận huấn luyện",
		"Thủ tục thay đổi, cải chính, bo sung hộ tịch":     "Thủ tục thay đổi, cải chính, bổ sung hộ tịch",
		"Xác nhan tình trạng hôn nhân":                     "Xác nhận tình trạng hôn nhân",
		"Chấp thuận nhà đầu tư của Chủ tịch UBND cấp tinh": "Chấp thuận nhà đầu tư của Chủ tịch UBND cấp tỉnh",
		"XAC NHẬN TÌNH TRẠNG HÔN NHÂN":                     "XÁC NHẬN TÌNH TRẠNG HÔN NHÂN",
		"Đăng ký khai sinh":                                "",
		"Đăng ký khai sinh cho con nuôi":                   "",
		"Trợ cap xã hội":                                   "", // "cấp xã" or "cáp xã"? Both are written
	})
}

// TestTonesMended: names with a word typed without its marks find the
// code their names written right find, on portals of their levels.
func TestTonesMended(t *testing.T) {
	assertLevelCodes(t, NewIndex(dvcqgCatalog(t)), []levelCase{
		{catalog.LevelTinh, "Cấp lai Giấy chứng nhận huấn luyện kỹ thuật an toàn vật liệu nổ công nghiệp", "2.000210"},
		{catalog.LevelXa, "Xác nhan tình trạng hôn nhân", "1.004873"},
		{catalog.LevelXa, "Thủ tục thay đổi, cải chính, bo sung thông tin hộ tịch", "1.004859"},
	})
}
