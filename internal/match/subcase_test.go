package match

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/tthcaudit/tthcaudit/internal/catalog"
	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// TestCaseNamed: a variant written as the plain procedure and its case in
// a bracket is the variant; a bracket the catalogue lists no variant for
// leaves the plain procedure.
func TestCaseNamed(t *testing.T) {
	assertLevelCodes(t, NewIndex(dvcqgCatalog(t)), []levelCase{
		{catalog.LevelTinh, "Xóa đăng ký phương tiện (trường hợp hoạt động vui chơi, giải trí dưới nước)", "2.001211"},
		{catalog.LevelTinh, "Thủ tục đăng ký kết hôn có yếu tố nước ngoài (trường hợp tại khu vực biên giới)", "1.000094"},
		{catalog.LevelTinh, "Công nhận làng nghề (trường hợp truyền thống)", "1.003727"},
		{catalog.LevelTinh, "Công nhận làng nghề (TH truyền thống)", "1.003727"},
		{catalog.LevelXa, "Đăng ký khai sinh (trường hợp phải xác minh)", "1.001193"},
	})
}

// TestCaseNamedPrecision: every catalogue name another one extends
// ("Công nhận làng nghề" / "… truyền thống"), written with the extension
// as a case in a bracket, never gets the plain name's code. Before
// subcase.go, 37 of 99 did.
func TestCaseNamedPrecision(t *testing.T) {
	cat := dvcqgCatalog(t)
	ix := NewIndex(cat)
	names := map[string]string{} // lower-cased name → code
	for _, p := range cat.Procedures {
		names[strings.ToLower(strings.TrimRight(strings.Join(strings.Fields(p.Name), " "), "."))] = p.Code
	}
	entries, variants := 0, 0
	for a, ca := range names {
		for b, cb := range names {
			tail, ok := strings.CutPrefix(b, a+" ")
			if !ok || cb == ca || strings.ContainsAny(tail, "()") || levelIn(strings.Join(fw(tail), " ")) != "" {
				continue
			}
			entries++
			e := a + " (trường hợp " + tail + ")"
			m := ix.MatchIn(e, "", Context{})
			if m.Procedure == nil {
				continue
			}
			assert.NotEqual(t, ca, m.Procedure.Code, e)
			if m.Procedure.Code == cb {
				variants++
			}
		}
	}
	assert.Greater(t, entries, 90)
	assert.Greater(t, variants, entries*9/10)
	t.Logf("%d entries, %d given the variant", entries, variants)
}

// TestCaseNote: a case bracket no catalogue name holds is the portal's
// note, and the name before it is compared without it, by the fuzzy
// steps too; a case a name holds is no note.
func TestCaseNote(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	for _, tc := range []struct {
		bracket string
		want    bool
	}{
		{"Trường hợp phải xác minh", true},
		{"trường hợp đặc biệt phức tạp", true},
		{"TH phức tạp", true},
		{"trường hợp kết hợp đăng ký nhận cha, mẹ, con", false},
		{"trường hợp bị mất", false},
		{"phải xác minh", false}, // no case lead
		{"trường hợp", false},
	} {
		assert.Equal(t, tc.want, ix.caseNote(textnorm.Fold(tc.bracket)), tc.bracket)
	}
	assertLevelCodes(t, ix, []levelCase{
		// Found by the act-list step, which reads the words as written.
		{"xa", "Xác định lại dân tộc (trường hợp phải xác minh)", "1.004859"},
	})
}
