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

// TestGradedPermitKinds: a kind of works the permit's bracket lists,
// said after the act (and without "mới"), is that act's permit for the
// portal's level; a kind the bracket lacks, works not said as works, or
// no level leave it to the other steps.
func TestGradedPermitKinds(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	assertLevelCodes(t, ix, []levelCase{
		{"tinh", "Cấp giấy phép xây dựng công trình tôn giáo", "1.013236"},
		{"tinh", "Cấp giấy phép xây dựng công trình thuộc dự án", "1.013236"},
		{"tinh", "Cấp giấy phép xây dựng theo giai đoạn cho công trình không theo tuyến", "1.013236"},
		{"tinh", "Cấp giấy phép xây dựng mới đối với công trình theo tuyến trong đô thị", "1.013236"},
		{"xa", "Cấp giấy phép xây dựng công trình tín ngưỡng", "1.013225"},
		{"tinh", "Gia hạn giấy phép xây dựng công trình tôn giáo", "1.013233"},
		{"xa", "Cấp giấy phép xây dựng sửa chữa, cải tạo công trình tôn giáo", "1.013229"},
		// The fine-arts permit is its own procedure.
		{"tinh", "Thủ tục cấp giấy phép xây dựng tượng đài, tranh hoành tráng", "1.001755"},
		{"tinh", "Cấp giấy phép xây dựng công trình quảng cáo", ""},
		{"", "Cấp giấy phép xây dựng công trình tôn giáo", ""},
	})
	// Without the fine-arts permit in the list, its name is still no
	// building permit: monuments are not said as works.
	ix = NewIndex(activeCatalog("grades.csv", []catalog.Procedure{
		{Code: "1.000001", Name: "Cấp giấy phép xây dựng mới đối với công trình cấp III, cấp IV (Công trình không theo tuyến/Tượng đài, tranh hoành tráng/Dự án) và nhà ở riêng lẻ"},
		{Code: "1.000002", Name: "Cấp giấy phép xây dựng mới công trình cấp đặc biệt, cấp I, cấp II (Công trình không theo tuyến/Tượng đài, tranh hoành tráng/Dự án)"},
	}))
	assertLevelCodes(t, ix, []levelCase{
		{"tinh", "Cấp giấy phép xây dựng công trình không theo tuyến", "1.000002"},
		{"huyen", "Cấp giấy phép xây dựng công trình thuộc dự án", "1.000001"},
		{"tinh", "Cấp giấy phép xây dựng tượng đài, tranh hoành tráng", ""},
		{"tinh", "Cấp giấy phép xây dựng công trình theo tuyến trong đô thị", ""},
	})
}
