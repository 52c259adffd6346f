package match

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/tthcaudit/tthcaudit/internal/catalog"
)

// TestQuestionCut: a title asking about a procedure is read without its
// question; a name without a question mark, or too short without it, is
// left alone.
func TestQuestionCut(t *testing.T) {
	for in, want := range map[string]string{
		"Thủ tục đăng ký thường trú theo quy định như thế nào?":             "Thủ tục đăng ký thường trú",
		"Thủ tục để được hưởng trợ cấp xã hội hằng tháng quy định thế nào?": "Thủ tục để được hưởng trợ cấp xã hội hằng tháng",
		"Thủ tục nộp hồ sơ xin nhập quốc tịch Việt Nam ở đâu ?":             "Thủ tục nộp hồ sơ xin nhập quốc tịch Việt Nam",
		"Đăng ký khai sinh cần những giấy tờ gì?":                           "Đăng ký khai sinh",
		"Đăng ký khai sinh như thế nào":                                     "",
		"Khai sinh như thế nào?":                                            "",
		"Đăng ký kết hôn có yếu tố nước ngoài?":                             "",
	} {
		got, ok := questionCut(in)
		assert.Equal(t, want != "", ok, in)
		assert.Equal(t, want, got, in)
	}
	ix := NewIndex(dvcqgCatalog(t))
	assertLevelCodes(t, ix, []levelCase{
		{catalog.LevelXa, "Thủ tục đăng ký thường trú theo quy định như thế nào?", "1.004222"},
		{catalog.LevelXa, "Thủ tục đăng ký kết hôn gồm những gì?", "1.000894"},
	})
}
