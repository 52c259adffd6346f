package match

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tthcaudit/tthcaudit/internal/catalog"
)

// TestPermitKinds: a building permit's old title, one per kind of works,
// names a permit the merger ended, whose successor (the merged permit of
// the portal's level that lists the kind) goes to a person; the act
// alone is that act's permit, and a home the commune's permit on any
// portal. What the kinds do not hold, another permit's works and a
// level that does not tell stay undecided.
func TestPermitKinds(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	assertLevelCodes(t, ix, []levelCase{
		{"tinh", "Cấp giấy phép sửa chữa, cải tạo công trình", "1.013238"},
		{"xa", "Cấp giấy phép xây dựng cải tạo, sửa chữa công trình", "1.013229"},
		{"tinh", "Cấp giấy phép xây dựng di dời công trình", "1.013230"},
		{"tinh", "Cấp giấy phép xây dựng nhà ở riêng lẻ", "1.013225"},
		{"xa", "Cấp giấy phép xây dựng nhà ở riêng lẻ tại nông thôn", "1.013225"},
		// Undecided.
		{"", "Cấp giấy phép xây dựng công trình tôn giáo", ""},
		{"bo", "Cấp giấy phép xây dựng công trình tôn giáo", ""},
		{"tinh", "Cấp giấy phép xây dựng công trình quảng cáo", ""}, // no kind the list names
		{"xa", "Cấp giấy phép xây dựng nhà ở tư nhân", ""},
		{"xa", "Cấp giấy phép sửa chữa, cải tạo", ""}, // whose permit?
		{"xa", "Cấp giấy phép mới", ""},
		{"xa", "Cấp giấy phép xây dựng có thời hạn", ""},
	})
	// A kind of works the bracket lists names a permit the merger ended:
	// its successor of the portal's level goes to a person.
	assertLevelReviews(t, ix, ReasonMerged, []levelCase{
		{"tinh", "Cấp giấy phép xây dựng công trình không theo tuyến", "1.013236"},
		{"xa", "Cấp giấy phép xây dựng công trình không theo tuyến", "1.013225"},
		{"huyen", "Thủ tục cấp giấy phép xây dựng đối với công trình theo tuyến trong đô thị", "1.013225"},
		{"tinh", "Cấp giấy phép xây dựng đối với công trình tín ngưỡng, tôn giáo", "1.013236"},
		{"tinh", "Cấp phép xây dựng công trình thuộc dự án", "1.013236"},
		{"xa", "Cấp giấy phép xây dựng theo giai đoạn cho công trình theo tuyến", "1.013225"},
		{"tinh", "Cấp giấy phép xây dựng công trình di tích lịch sử - văn hóa, tượng đài, tranh hoành tráng", "1.013236"},
		{"xa", "Gia hạn giấy phép xây dựng công trình tôn giáo", "1.013227"},
		{"tinh", "Cấp lại giấy phép xây dựng đối với công trình theo tuyến", "1.013235"},
	})
	// The culture department's permit keeps its own name, with "công
	// trình" or without.
	for _, name := range []string{"Cấp giấy phép xây dựng tượng đài, tranh hoành tráng", "Cấp giấy phép xây dựng công trình tượng đài, tranh hoành tráng"} {
		m := ix.MatchIn(name, "", Context{Level: catalog.LevelTinh})
		require.NotNil(t, m.Procedure, name)
		assert.Equal(t, "1.001755", m.Procedure.Code, name)
	}
	// Words of another act before a kind say that act, not the new
	// permit's works.
	m := ix.MatchIn("Cấp giấy phép xây dựng sửa chữa công trình tượng đài, tranh hoành tráng", "", Context{Level: catalog.LevelTinh})
	if m.Procedure != nil {
		assert.NotEqual(t, "1.013236", m.Procedure.Code)
	}
	m = ix.MatchIn("Cấp giấy phép xây dựng di dời công trình", "", Context{Level: catalog.LevelTinh})
	require.NotNil(t, m.Procedure)
	assert.False(t, m.Outdated, "the act alone is the act's permit, not an old title")
}

// TestPermitKindsOnlyReadTheirOwn: no name of the national list but a
// graded permit's is read as a kind of works, on any portal.
func TestPermitKindsOnlyReadTheirOwn(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	inPair := map[int32]bool{}
	for _, p := range ix.gradeHeads {
		inPair[p.local], inPair[p.province] = true, true
	}
	require.NotEmpty(t, ix.permits.heads)
	require.NotEmpty(t, ix.permits.kinds)
	for i, p := range ix.procs {
		if inPair[int32(i)] {
			continue
		}
		for _, lv := range []catalog.Level{catalog.LevelTinh, catalog.LevelXa} {
			got, _, ok := ix.permitOfKind(ix.normalize(p.Name), lv)
			assert.False(t, ok, "%s %q read as %v", p.Code, p.Name, got)
		}
	}
}
