package match

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestGradedPermits: the act of a building permit said alone is the
// permit of the portal's level, the commune's (or a district's) for works
// of grade III and IV, the province's for the higher grades; without a
// level it stays undecided.
func TestGradedPermits(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	assertLevelCodes(t, ix, []levelCase{
		{"tinh", "Gia hạn giấy phép xây dựng", "1.013233"},
		{"xa", "Gia hạn giấy phép xây dựng", "1.013227"},
		{"huyen", "Thủ tục gia hạn giấy phép xây dựng", "1.013227"},
		{"tinh", "Cấp lại giấy phép xây dựng", "1.013235"},
		{"xa", "Cấp lại giấy phép xây dựng", "1.013228"},
		{"tinh", "Cấp điều chỉnh giấy phép xây dựng", "1.013231"},
		{"xa", "Cấp giấy phép xây dựng sửa chữa, cải tạo", "1.013229"},
		{"tinh", "Cấp giấy phép di dời", "1.013230"},
		{"xa", "Cấp giấy phép di dời", "1.013232"},
		{"tinh", "Cấp giấy phép xây dựng mới", "1.013236"},
		{"", "Gia hạn giấy phép xây dựng", ""},
		{"bo", "Gia hạn giấy phép xây dựng", ""},
	})
	// Every head is one act, a permit per grade.
	for h, g := range ix.gradeHeads {
		assert.NotEqual(t, g.local, g.province, h)
		assert.Contains(t, ix.procs[g.local].Name, "cấp III", h)
	}
	assert.GreaterOrEqual(t, len(ix.gradeHeads), 6)
}
