package match

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestSingularLevel: the number one before a paired level word is its
// article; any other number, or one before another word, is a number.
func TestSingularLevel(t *testing.T) {
	for _, tc := range []struct {
		k, next string
		paired  bool
		want    bool
	}{
		{"1", "tỉnh", true, true},
		{"01", "tỉnh", true, true},
		{"một", "huyện", true, true},
		{"2", "tỉnh", true, false},
		{"1", "tỉnh", false, false},
		{"1", "điều", true, false},
	} {
		t.Run(tc.k+" "+tc.next, func(t *testing.T) {
			assert.Equal(t, tc.want, singularLevel(tc.k, tc.next, tc.paired))
		})
	}
}

// TestScopeOneProvince: on the national list, "… trên địa bàn tỉnh" is the
// procedure "… trên địa bàn 1 tỉnh, thành phố trực thuộc Trung ương",
// never its twin "… từ 2 tỉnh … trở lên", even when the catalogue lacks
// the first.
func TestScopeOneProvince(t *testing.T) {
	const name = "Đăng ký sửa đổi, bổ sung nội dung chương trình khuyến mại mang tính may rủi trên địa bàn tỉnh"
	m := NewIndex(dvcqgCatalog(t)).Match(name, "")
	if assert.NotNil(t, m.Procedure) {
		assert.Equal(t, "2.000002", m.Procedure.Code)
	}
	m = leaveOutIndex(t, "2.000002").Match(name, "")
	assert.Nil(t, m.Procedure, "got %v", m.Procedure)
}
