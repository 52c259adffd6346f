package match

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tthcaudit/tthcaudit/internal/catalog"
)

// TestAgencyChoosesBoardTwin: the row's agency chooses between the province's
// and the zones' management board's twins of an investment procedure; a
// page without one leaves them to a person.
func TestAgencyChoosesBoardTwin(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	tests := []struct{ name, agency, want string }{
		{"Thủ tục đổi Giấy chứng nhận đăng ký đầu tư", "Ban Quản lý các KCN", "1.009773"},
		{"Thủ tục đổi Giấy chứng nhận đăng ký đầu tư", "Sở Tài chính", "1.009671"},
		{"Thủ tục chấp thuận chủ trương đầu tư", "BQL Khu kinh tế", "1.009748"},
		{"Thủ tục chấp thuận chủ trương đầu tư", "Sở Kế hoạch và Đầu tư", "1.009645"},
		{"Thủ tục cấp Giấy chứng nhận đăng ký đầu tư đối với dự án không thuộc diện chấp thuận chủ trương đầu tư", "Ban Quản lý khu kinh tế", "1.009756"},
		{"Thủ tục đổi Giấy chứng nhận đăng ký đầu tư", "", ""},
		{"Thủ tục đổi Giấy chứng nhận đăng ký đầu tư", "UBND xã", ""},
	}
	for _, tt := range tests {
		m := ix.MatchIn(tt.name, "", Context{Agency: tt.agency})
		if tt.want == "" {
			assert.Nil(t, m.Procedure, "%s [%s]", tt.name, tt.agency)
			continue
		}
		require.NotNil(t, m.Procedure, "%s [%s]: %s", tt.name, tt.agency, m.Kind)
		assert.Equal(t, tt.want, m.Procedure.Code, "%s [%s]", tt.name, tt.agency)
	}
}

// TestTwinsSaidByAgencyOrLevel: every pair of the national list's twins
// "… (thực hiện tại cấp tỉnh)" / "… (thực hiện tại cấp trung ương)",
// published bare with the level or the agency after it ("… - Công an
// tỉnh", "… tại Cục Quản lý xuất nhập cảnh", "… (cấp trung ương)"), is
// the twin the words say on any portal, the portal's own level
// notwithstanding.
func TestTwinsSaidByAgencyOrLevel(t *testing.T) {
	cat := dvcqgCatalog(t)
	ix := NewIndex(cat)
	said := regexp.MustCompile(`\s*\((?:thực hiện tại )?(cấp tỉnh|cấp trung ương)\)\s*$`)
	twins := map[string]map[string]string{} // bare name → level said → code
	for _, p := range cat.Procedures {
		if m := said.FindStringSubmatch(p.Name); m != nil {
			bare := strings.TrimSpace(said.ReplaceAllString(p.Name, ""))
			if twins[bare] == nil {
				twins[bare] = map[string]string{}
			}
			twins[bare][m[1]] = p.Code
		}
	}
	forms := map[string][]string{
		"cấp tỉnh":       {"%s - Công an tỉnh", "%s tại Công an cấp tỉnh", "%s (cấp tỉnh)", "%s - cấp tỉnh", "%s (Công an tỉnh)"},
		"cấp trung ương": {"%s - Bộ Công an", "%s tại Cục Quản lý xuất nhập cảnh", "%s (cấp trung ương)", "%s - Cục Cảnh sát quản lý hành chính về trật tự xã hội"},
	}
	pairs := 0
	for bare, codes := range twins {
		if len(codes) < 2 {
			continue
		}
		pairs++
		for level, fs := range forms {
			for _, f := range fs {
				for _, portal := range []catalog.Level{"", catalog.LevelTinh, catalog.LevelBo, catalog.LevelXa} {
					e := fmt.Sprintf(f, bare)
					m := ix.MatchIn(e, "", Context{Level: portal})
					if assert.NotNil(t, m.Procedure, "%s on a %q portal: %s", e, portal, m.Kind) {
						assert.Equal(t, codes[level], m.Procedure.Code, "%s on a %q portal", e, portal)
					}
				}
			}
		}
	}
	assert.GreaterOrEqual(t, pairs, 10, "the list's twins")
}
