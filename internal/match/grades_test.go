package match

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/unicode/norm"

	"github.com/tthcaudit/tthcaudit/internal/catalog"
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

// TestGradedPermitsDecomposed: a list whose names are decomposed (NFD),
// as the national list's sometimes are, still pairs its permits.
func TestGradedPermitsDecomposed(t *testing.T) {
	ix := NewIndex(activeCatalog("nfd.csv", []catalog.Procedure{
		{Code: "1.000001", Name: norm.NFD.String("Gia hạn giấy phép xây dựng đối với công trình cấp III, cấp IV (công trình Không theo tuyến/Dự án) và nhà ở riêng lẻ")},
		{Code: "1.000002", Name: norm.NFD.String("Gia hạn giấy phép xây dựng đối với công trình cấp đặc biệt, cấp I, cấp II (công trình Không theo tuyến/Dự án)")},
	}))
	assertLevelCodes(t, ix, []levelCase{
		{"xa", "Gia hạn giấy phép xây dựng", "1.000001"},
		{"tinh", "Gia hạn giấy phép xây dựng", "1.000002"},
	})
}
