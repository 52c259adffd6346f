package match

import (
	"testing"

	"github.com/tthcaudit/tthcaudit/internal/catalog"
)

// TestOtherSubject: a run of words in the middle of an entry that the
// catalogue writes as another subject ("tổ chức hành nghề luật sư") is
// not the closest name's ("Luật sư"); an act said another way at the
// start is no subject ("Cấp văn bản xác nhận thông tin hộ tịch").
func TestOtherSubject(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	assertLevelCodes(t, ix, []levelCase{
		{catalog.LevelTinh, "Thủ tục lựa chọn, ký hợp đồng với tổ chức hành nghề luật sư", ""},
		{catalog.LevelTinh, "Thủ tục lựa chọn, ký hợp đồng với Luật sư", "2.000977"},
		{catalog.LevelXa, "Cấp văn bản xác nhận thông tin hộ tịch", "2.002516"},
	})
}
