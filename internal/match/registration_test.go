package match

import (
	"testing"

	"github.com/tthcaudit/tthcaudit/internal/catalog"
)

// TestCertifiedRegistration: a registration named by itself is the
// catalogue's "Cấp giấy chứng nhận đăng ký X"; not where the catalogue
// has the registration too, and not after a lead read off ("Xác nhận
// đăng ký tàu cá", an old confirmation).
func TestCertifiedRegistration(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	assertLevelCodes(t, ix, []levelCase{
		{catalog.LevelBo, "Đăng ký quyền tác giả (phần mềm, tác phẩm viết, mỹ thuật)", "1.005160"},
		{catalog.LevelBo, "Thủ tục đăng ký quyền tác giả", "1.005160"},
		{catalog.LevelTinh, "Đăng ký tàu cá", "1.003650"},
		{catalog.LevelTinh, "Xác nhận đăng ký tàu cá", ""},
		{catalog.LevelTinh, "Đăng ký hoạt động bán hàng đa cấp", ""},
	})
}
