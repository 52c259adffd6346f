package match

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/tthcaudit/tthcaudit/internal/catalog"
)

// TestExchangeForm: the catalogue's "Đổi X" is indexed as "Cấp đổi X",
// as portals say it, a reason after it too; a list of acts ("Đổi, cấp
// lại …") and a renaming ("Đổi tên …") are not.
func TestExchangeForm(t *testing.T) {
	for name, want := range map[string]string{
		"Đổi giấy phép lái xe":                             "Cấp đổi giấy phép lái xe",
		"Thủ tục đổi Giấy chứng nhận đăng ký đầu tư":       "Cấp đổi Giấy chứng nhận đăng ký đầu tư",
		"Đổi, cấp lại Giấy chứng nhận đăng ký mẫu con dấu": "",
		"Đổi tên trường cao đẳng có vốn đầu tư nước ngoài": "",
		"Cấp đổi Giấy chứng nhận quyền sử dụng đất":        "",
		"Đổi thẻ": "",
	} {
		got, ok := exchangeForm(name)
		assert.Equal(t, want != "", ok, name)
		assert.Equal(t, want, got, name)
	}
	ix := NewIndex(dvcqgCatalog(t))
	assertLevelCodes(t, ix, []levelCase{
		{catalog.LevelTinh, "Cấp đổi giấy phép lái xe do hết hạn", "3.000347"},
		{catalog.LevelXa, "Cấp đổi giấy phép lái xe (do hết hạn sử dụng)", "3.000347"},
	})
}
