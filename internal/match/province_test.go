package match

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tthcaudit/tthcaudit/internal/catalog"
	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

func TestProvinceSpans(t *testing.T) {
	for in, want := range map[string][][2]int{
		"di sản văn hóa phi vật thể tỉnh Bắc Ninh":             {{8, 10}},
		"Bộ Tư lệnh thành phố Hồ Chí Minh, và cấp tương đương": {{5, 8}},
		"của Hội đồng nhân dân các tỉnh: Thanh Hóa, Nghệ An":   {{7, 9}}, // the first of several
		"sử dụng năng lượng nguyên tử vì mục đích hòa bình":    nil,
		"trên địa bàn tỉnh, thành phố trực thuộc trung ương":   nil,
		"thuộc thẩm quyền của UBND tỉnh Thừa Thiên Huế":        {{6, 9}},
		"cấp tỉnh": nil,
	} {
		assert.Equal(t, want, provinceSpans(fw(textnorm.Clean(in))), in)
	}
}

// TestLocalProcedureNamesItsProvince: a name leaving out the province
// the catalogue's (local) procedure names goes to review; one naming it
// is that procedure.
func TestLocalProcedureNamesItsProvince(t *testing.T) {
	ps := []catalog.Procedure{
		{Code: "1.006865", Name: "Thủ tục xét tặng danh hiệu nghệ nhân trong lĩnh vực Di sản văn hóa phi vật thể tỉnh Bắc Ninh"},
		{Code: "1.000002", Name: "Thủ tục đăng ký kết hôn"},
	}
	ix := NewIndex(activeCatalog("local.csv", ps))
	m := ix.Match("Thủ tục xét tặng danh hiệu nghệ nhân trong lĩnh vực di sản văn hóa phi vật thể", "")
	assert.Nil(t, m.Procedure)
	require.NotNil(t, m.Review)
	assert.Equal(t, "1.006865", m.Review.Candidate.Code)
	m = ix.Match("Xét tặng danh hiệu nghệ nhân trong lĩnh vực di sản văn hóa phi vật thể tỉnh Bắc Ninh", "")
	require.NotNil(t, m.Procedure)
	assert.Equal(t, "1.006865", m.Procedure.Code)
}
