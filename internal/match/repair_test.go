package match

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tthcaudit/tthcaudit/internal/catalog"
)

// TestRepairDamagedNames: a catalogue name whose letter was lost to a
// run of U+FFFD is repaired from the catalogue's own words and their
// neighbours, and found under the name portals write.
func TestRepairDamagedNames(t *testing.T) {
	catalogue := []string{
		"Cấp Giấy chứng nhận đủ điều kiện buôn bán thuốc thú y",
		"Cấp Giấy chứng nhận đủ điều kiện buôn bán phân bón",
		"Cho phép trường tiểu học hoạt động giáo dục",
		"Cấp lại giấy phép",
		"Cấp cứu",
	}
	tests := []struct{ in, want string }{
		{"Cấp Giấy chứng nhận \ufffd\ufffdủ điều kiện buôn bán thuốc bảo vệ thực vật", "Cấp Giấy chứng nhận đủ điều kiện buôn bán thuốc bảo vệ thực vật"},
		{"Thực hiện chương trình cấp ti\ufffd\ufffdu học", "Thực hiện chương trình cấp tiểu học"},
		{"Xác nhận hồ sơ cấp mới/c\ufffd\ufffd\ufffdp lại giấy phép", "Xác nhận hồ sơ cấp mới/cấp lại giấy phép"},
		// Cut inside its last letter: the name ends before it.
		{"Cấp Giấy chứng nhận đủ điều kiện (trừ nhà \ufffd", "Cấp Giấy chứng nhận đủ điều kiện (trừ nhà"},
		// No catalogue word beside the same neighbours: left alone.
		{"Cấp Giấy chứng nhận x\ufffd\ufffdy dựng", ""},
		// A lone run: no letter to go on.
		{"Cấp \ufffd\ufffd giấy phép", ""},
		{"Cấp Giấy chứng nhận đủ điều kiện", ""},
	}
	for _, tt := range tests {
		got, ok := repairNames(append(slices.Clone(catalogue), tt.in))[len(catalogue)]
		if tt.want == "" {
			assert.False(t, ok, "%q → %q", tt.in, got)
			continue
		}
		if assert.True(t, ok, tt.in) {
			assert.Equal(t, tt.want, got, tt.in)
		}
	}
	// The national list's own damaged names, as portals write them.
	assertCodes(t, NewIndex(dvcqgCatalog(t)), map[string]string{
		"Cấp Giấy chứng nhận đủ điều kiện buôn bán thuốc bảo vệ thực vật":                     "1.004363",
		"Cho phép cơ sở giáo dục khác thực hiện chương trình giáo dục phổ thông cấp tiểu học": "1.012975",
		"Chấm dứt hoạt động liên kết giáo dục theo đề nghị của các bên liên kết":              "1.001496",
		"Thủ tục xác nhận hồ sơ cấp mới/cấp lại Giấy chứng nhận biển số nhà":                  "1.009022",
	})
}

// TestActUndoubled: an act typed twice in a catalogue name, the second
// time bare, is read once; two acts listed are not one typed twice.
func TestActUndoubled(t *testing.T) {
	assertCutsOrNothing(t, actUndoubled, map[string]string{
		"Cấp lại Cấp Giấy phép bán lẻ rượu":           "Cấp lại Giấy phép bán lẻ rượu",
		"Cấp đổi cấp Giấy chứng nhận":                 "Cấp đổi Giấy chứng nhận",
		"Cấp, cấp lại Giấy phép bán lẻ rượu":          "",
		"Cấp lại Giấy phép bán lẻ rượu":               "",
		"Cấp lại cấp":                                 "",
		"Cấp lại cấp phép hoạt động của tàu biển nhỏ": "",
	})
	// Through the cascade: a re-issue of the licence for a reason, cut
	// to "Cấp lại Giấy phép bán lẻ rượu" and looked up (fresh28.tsv).
	ix := NewIndex(dvcqgCatalog(t))
	m := ix.MatchIn("Cấp lại Giấy phép kinh doanh bán lẻ sản phẩm rượu khi hết thời hạn hiệu lực", "", Context{Level: catalog.LevelHuyen})
	require.NotNil(t, m.Procedure)
	assert.Equal(t, "2.001240", m.Procedure.Code)
}
