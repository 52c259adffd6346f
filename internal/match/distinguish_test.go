package match

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/tthcaudit/tthcaudit/internal/catalog"
)

// TestLearnDistinguishing: words that alone tell two catalogue names
// apart are learned, whether one name adds the word or swaps it.
func TestLearnDistinguishing(t *testing.T) {
	ps := []catalog.Procedure{
		{Code: "1.000001", Name: "Cấp Giấy phép bán lẻ rượu"},
		{Code: "1.000002", Name: "Cấp lại Giấy phép bán lẻ rượu"},
		{Code: "1.000003", Name: "Đăng ký tạm trú cho người nước ngoài"},
		{Code: "1.000004", Name: "Đăng ký thường trú cho người nước ngoài"},
		{Code: "1.000005", Name: "Thành lập trường trung học phổ thông chuyên"},
		{Code: "1.000006", Name: "Cho phép trường trung học phổ thông hoạt động giáo dục",
			FormerNames: []string{"Cho phép trường trung học phổ thông hoạt động giáo dục trở lại"}},
	}
	ix := NewIndex(activeCatalog("d.csv", ps))
	for _, w := range []string{"lại", "tạm", "thường"} {
		assert.Positive(t, ix.distinct[w], w)
	}
	for _, w := range []string{"giấy", "đăng", "chuyên", "trở"} {
		assert.Zero(t, ix.distinct[w], w) // no pair shows it; former names teach nothing
	}
	assert.True(t, ix.distinguishing("chuyên"), "a family word from the short list")
	assert.True(t, ix.distinguishing("2"), "a number")
}
