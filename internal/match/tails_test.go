package match

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/tthcaudit/tthcaudit/internal/catalog"
)

// tailsCatalog has a tail the catalogue makes a variant with ("chất
// lượng sản phẩm, hàng hóa vật liệu xây dựng") and a level tail.
func tailsCatalog() *catalog.Catalog {
	ps := []catalog.Procedure{
		{Code: "2.000618", Name: "Cấp bổ sung, sửa đổi Giấy chứng nhận đăng ký hoạt động thử nghiệm"},
		{Code: "1.006814", Name: "Cấp bổ sung, sửa đổi Giấy chứng nhận đăng ký hoạt động thử nghiệm chất lượng sản phẩm, hàng hóa vật liệu xây dựng"},
		{Code: "1.006856", Name: "Cấp bổ sung, sửa đổi Giấy chứng nhận đăng ký hoạt động chứng nhận chất lượng sản phẩm, hàng hóa vật liệu xây dựng"},
		{Code: "1.010384", Name: "Khôi phục giá trị sử dụng hộ chiếu phổ thông"},
		{Code: "1.010385", Name: "Khôi phục giá trị sử dụng hộ chiếu phổ thông cấp tỉnh"},
		{Code: "1.000894", Name: "Thủ tục đăng ký kết hôn"},
	}
	for i := range ps {
		ps[i].Status = catalog.StatusActive
	}
	return catalog.New("tails.csv", ps)
}

// TestLearnTails: a name followed by more words in another name teaches
// those words as a variant tail, unless they name a level.
func TestLearnTails(t *testing.T) {
	ix := NewIndex(tailsCatalog())
	assert.True(t, ix.tails["chất lượng sản phẩm hàng hoá vật liệu xây dựng"], "%v", ix.tails)
	assert.False(t, ix.tails["cấp tỉnh"])
	tail := strings.Fields("chất lượng sản phẩm hàng hoá vật liệu xây dựng")
	assert.Equal(t, tail, ix.variantTail(append(tail, "tỉnh")), "a tail and more")
	assert.Nil(t, ix.variantTail(tail[:2]), "part of a tail")
	assert.Nil(t, ix.variantTail([]string{"cấp", "tỉnh"}))
}

// TestVariantTailRefused: the plain procedure the catalogue lacks is not
// taken for its variant with a learned tail.
func TestVariantTailRefused(t *testing.T) {
	ix := NewIndex(tailsCatalog())
	m := ix.Match("Cấp bổ sung, sửa đổi Giấy chứng nhận đăng ký hoạt động chứng nhận", "")
	assert.Nil(t, m.Procedure, "got %v (%s)", m.Procedure, m.Kind)
	assert.Equal(t, MatchReview, m.Kind)
}
