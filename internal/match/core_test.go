package match

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/tthcaudit/tthcaudit/internal/catalog"
)

// TestCoreKeyStored: the core key buildCores keeps for each name is the
// one coreOf works out from the name as written, for the national list
// and the benchmark's catalogue (aliases, former and damaged names and
// "(Cấp tỉnh) …" names among them).
func TestCoreKeyStored(t *testing.T) {
	for _, ix := range []*Index{NewIndex(dvcqgCatalog(t)), NewIndex(benchCatalog(t))} {
		for id := range ix.names {
			want, _, ok := ix.coreOf(ix.written(&ix.names[id]))
			got, gotOK := ix.coreKeyOf(int32(id))
			if !ok {
				want = ""
			}
			assert.Equal(t, ok && want != "", gotOK, "name %d %q", id, ix.written(&ix.names[id]))
			assert.Equal(t, want, got, "name %d %q", id, ix.written(&ix.names[id]))
		}
	}
}

// TestForeignersInVietnam: the provincial residence card for foreigners
// says "tại Việt Nam" where its central twin says the ministry's office;
// portals drop both. The page's level chooses the twin; no level, a
// person; an entry naming the ministry's office is never the province's,
// even when the catalogue lacks the ministry's twin.
func TestForeignersInVietnam(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	for _, tc := range []struct {
		level catalog.Level
		name  string
		want  string
	}{
		{catalog.LevelTinh, "Cấp thẻ tạm trú cho người nước ngoài", "1.003460"},
		{"", "Cấp thẻ tạm trú cho người nước ngoài tại Công an cấp tỉnh", "1.003460"},
		{catalog.LevelBo, "Cấp thẻ tạm trú cho người nước ngoài", "1.003358"},
		{"", "Cấp thẻ tạm trú cho người nước ngoài", ""},
	} {
		m := ix.MatchIn(tc.name, "", Context{Level: tc.level})
		if tc.want == "" {
			assert.Nil(t, m.Procedure, "%s %s", tc.level, tc.name)
			continue
		}
		if assert.NotNil(t, m.Procedure, "%s %s: %s", tc.level, tc.name, m.Kind) {
			assert.Equal(t, tc.want, m.Procedure.Code, "%s %s", tc.level, tc.name)
		}
	}
	lo := leaveOutIndex(t, "1.003358")
	m := lo.MatchIn("Cấp thẻ tạm trú cho người nước ngoài tại Cục Quản lý xuất nhập cảnh, Bộ Công an", "", Context{Level: catalog.LevelTinh})
	assert.Nil(t, m.Procedure, "got %v", m.Procedure)
}
