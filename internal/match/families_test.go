package match

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestOldFamilyTitles: the age-split titles of the civil status change
// are today's procedure, published under an outdated name; the foreign
// case, the supplement alone (a procedure merged away) and the
// correction alone stay out.
func TestOldFamilyTitles(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	assertLevelCodes(t, ix, []levelCase{
		{"xa", "Đăng ký thay đổi, cải chính hộ tịch cho người dưới 14 tuổi và bổ sung hộ tịch cho mọi trường hợp, không phân biệt độ tuổi", "1.004859"},
		{"huyen", "Thay đổi, cải chính hộ tịch (đối với người đủ 14 tuổi trở lên): Trường hợp không phải thẩm tra", "1.004859"},
		{"huyen", "Đăng ký thay đổi, cải chính hộ tịch cho người từ đủ 14 tuổi trở lên; xác định lại dân tộc, xác định lại giới tính, bổ sung hộ tịch cho mọi trường hợp", "1.004859"},
		{"xa", "Đăng ký thay đổi/bổ sung/cải chính", "1.004859"},
		// The foreign element is 2.000748's, which the old title does
		// not name as it does.
		{"huyen", "Đăng ký thay đổi, cải chính hộ tịch cho người nước ngoài dưới 14 tuổi", ""},
		// A procedure merged into the widened one, which the labelled
		// set calls none.
		{"xa", "Đăng ký bổ sung hộ tịch", ""},
		{"huyen", "Cải chính hộ tịch cho người từ đủ 14 tuổi trở lên", ""},
	})
	m := ix.MatchIn("Thay đổi, cải chính hộ tịch cho người dưới 14 tuổi", "", Context{})
	require.NotNil(t, m.Procedure)
	assert.Equal(t, "1.004859", m.Procedure.Code)
	assert.True(t, m.Outdated, "an old title")

	// The catalogue's own names are no old titles.
	for _, p := range loadDVCQG(t) {
		n := ix.normalize(p.Name)
		s, ok := seqOf(n)
		require.True(t, ok)
		_, old := familyRenamed(stripSafeLead(s))
		assert.False(t, old, p.Code+" "+p.Name)
	}
}
