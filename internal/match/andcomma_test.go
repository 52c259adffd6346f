package match

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestAndAsComma: "và" between two words the list writes with a comma
// between them is that comma; a pair some name joins with "và" itself
// stays, and two procedures joined are still two.
func TestAndAsComma(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	assertLevelCodes(t, ix, []levelCase{
		{"xa", "Thủ tục Thay đổi và cải chính hộ tịch", "1.004859"},
		{"", "Cấp lại và đổi thẻ BHYT", "1.002759"},
		{"tinh", "Đăng ký sửa đổi và bổ sung nội dung chương trình khuyến mại mang tính may rủi trên địa bàn tỉnh", "2.000002"},
		{"xa", "Đăng ký khai sinh và đăng ký thường trú", ""},
	})
	c, ok := ix.andAsComma("Thủ tục thay đổi và cải chính hộ tịch")
	assert.True(t, ok)
	assert.Equal(t, "Thủ tục thay đổi, cải chính hộ tịch", c)
	_, ok = ix.andAsComma("Khai thác và sử dụng cơ sở dữ liệu tài nguyên, môi trường biển và hải đảo")
	assert.False(t, ok, "the list's own names join these words with và")
	_, ok = ix.andAsComma("Đăng ký kết hôn")
	assert.False(t, ok)
}
