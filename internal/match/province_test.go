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

// TestProvinceLeadCut: the portal's province in front of a name, with a
// dash or colon, is cut; a place that is no province, or a name going
// on too short, is not.
func TestProvinceLeadCut(t *testing.T) {
	assertCuts(t, provinceLeadCut, map[string]string{
		"Quảng Ninh - Đính chính Giấy chứng nhận đã cấp lần đầu có sai sót": "Đính chính Giấy chứng nhận đã cấp lần đầu có sai sót",
		"Tỉnh Lai Châu: Thủ tục xét tuyển viên chức":                        "Thủ tục xét tuyển viên chức",
		"Thành phố Hồ Chí Minh – Cấp giấy phép xây dựng":                    "Cấp giấy phép xây dựng",
		"Cấp xã - Đăng ký khai sinh":                                        "",
		"Hộ tịch - Đăng ký khai sinh":                                       "",
		"Hà Nội - Khai sinh":                                                "Khai sinh",
		"Hà Nội - Tin":                                                      "",
		"Đăng ký khai sinh":                                                 "",
	})
	assertLevelCodes(t, NewIndex(dvcqgCatalog(t)), []levelCase{
		{catalog.LevelXa, "Quảng Ninh - Đính chính Giấy chứng nhận đã cấp lần đầu có sai sót", "1.012796"},
	})
}
