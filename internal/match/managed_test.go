package match

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tthcaudit/tthcaudit/internal/catalog"
	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

func TestManagerAt(t *testing.T) {
	assertClosings(t, textnorm.Normalize, managerAt, []closingCase{
		{"Phê duyệt điều chỉnh phân khu chức năng của khu rừng đặc dụng thuộc địa phương quản lý", "Phê duyệt điều chỉnh phân khu chức năng của khu rừng đặc dụng", managedTinh},
		{"Cấp tiền mua phương tiện trợ giúp tại các cơ sở nuôi dưỡng, điều dưỡng do các địa phương quản lý", "Cấp tiền mua phương tiện trợ giúp tại các cơ sở nuôi dưỡng, điều dưỡng", managedTinh},
		{"Tiếp nhận người có công vào cơ sở nuôi dưỡng, điều dưỡng người có công do tỉnh quản lý", "Tiếp nhận người có công vào cơ sở nuôi dưỡng, điều dưỡng người có công", managedTinh},
		{"Phê duyệt quy trình vận hành công trình thủy lợi do UBND tỉnh quản lý", "Phê duyệt quy trình vận hành công trình thủy lợi", managedTinh},
		{"Tiếp nhận người có công vào cơ sở nuôi dưỡng, điều dưỡng người có công do Bộ Nội vụ quản lý", "Tiếp nhận người có công vào cơ sở nuôi dưỡng, điều dưỡng người có công", managedCentral},
		{"Phê duyệt đề án du lịch sinh thái trong rừng đặc dụng thuộc Bộ Nông nghiệp và Phát triển nông thôn quản lý", "Phê duyệt đề án du lịch sinh thái trong rừng đặc dụng", managedCentral},
		{"Thanh lý rừng trồng thuộc thẩm quyền quyết định của địa phương", "Thanh lý rừng trồng", managedTinh},
		{"Thanh lý rừng trồng thuộc thẩm quyền quyết định của bộ, cơ quan trung ương", "Thanh lý rừng trồng", managedCentral},
		// A manager of no level, a named ministry's authority (kept, as
		// departmentAuthorityAt says), a "bộ phận", nothing managed.
		{"Tiếp nhận đối tượng vào cơ sở bảo trợ xã hội do Bộ Lao động - Thương binh và Xã hội quản lý", "Tiếp nhận đối tượng vào cơ sở bảo trợ xã hội", managedCentral},
		{"Thẩm định dự án do chủ đầu tư quản lý", "", ""},
		{"Tiếp nhận người có công vào cơ sở nuôi dưỡng do Bộ Nội vụ và tỉnh quản lý", "", ""},
		{"Tiếp nhận người có công vào cơ sở nuôi dưỡng do Bộ Nội vụ, UBND tỉnh quản lý", "", ""},
		{"Cấp Giấy phép sử dụng vật liệu nổ công nghiệp thuộc thẩm quyền giải quyết của Bộ Công Thương", "", ""},
		{"Cấp thẻ cho cán bộ do bộ phận một cửa quản lý", "", ""},
		{"Cấp giấy phép kinh doanh dịch vụ quản lý", "", ""},
		{"quản lý", "", ""},
	})
}

// closingCase is a name, its words kept before a closing ("" for none)
// and the level the closing names.
type closingCase struct{ in, kept, level string }

// assertClosings checks where at finds a closing in each name normalized
// by norm, and the level it names.
func assertClosings(t *testing.T, norm func(string) textnorm.Name, at func(seq) (int, string), cases []closingCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.in, func(t *testing.T) {
			s, ok := seqOf(norm(tc.in))
			require.True(t, ok)
			i, lv := at(s)
			if tc.kept == "" {
				assert.Equal(t, -1, i)
				return
			}
			require.Positive(t, i)
			assert.Equal(t, textnorm.Fold(textnorm.Key(tc.kept)), strings.Join(s.folds[:i], " "))
			assert.Equal(t, tc.level, lv)
		})
	}
}

// TestManagedTwins: twins told apart by who manages their object are
// chosen by the portal's level, as "(cấp tỉnh)" twins are; a level that
// is neither's, or none, goes to a person, and a ministry's closing with
// no local twin is no bare name.
func TestManagedTwins(t *testing.T) {
	ix := NewIndex(activeCatalog("managed", []catalog.Procedure{
		{Code: "9.000001", Name: "Thanh lý rừng trồng thuộc thẩm quyền quyết định của địa phương"},
		{Code: "9.000002", Name: "Thanh lý rừng trồng thuộc thẩm quyền quyết định của bộ, cơ quan trung ương"},
		{Code: "9.000003", Name: "Tiếp nhận người có công vào cơ sở nuôi dưỡng, điều dưỡng người có công do tỉnh quản lý"},
		{Code: "9.000004", Name: "Tiếp nhận người có công vào cơ sở nuôi dưỡng, điều dưỡng người có công do Bộ Nội vụ quản lý"},
		{Code: "9.000005", Name: "Thẩm định phương án nuôi, trồng cây dược liệu trong rừng đối với chủ rừng là tổ chức thuộc bộ, ngành quản lý"},
		{Code: "9.000006", Name: "Phê duyệt Phương án sử dụng rừng đối với các công trình kết cấu hạ tầng thuộc địa phương quản lý"},
	}))
	assertLevelCodes(t, ix, []levelCase{
		{catalog.LevelTinh, "Thanh lý rừng trồng", "9.000001"},
		{catalog.LevelBo, "Thanh lý rừng trồng", "9.000002"},
		{"", "Thanh lý rừng trồng", ""},
		{catalog.LevelTinh, "Tiếp nhận người có công vào cơ sở nuôi dưỡng, điều dưỡng người có công", "9.000003"},
		{catalog.LevelBo, "Tiếp nhận người có công vào cơ sở nuôi dưỡng, điều dưỡng người có công", "9.000004"},
		{catalog.LevelHuyen, "Tiếp nhận người có công vào cơ sở nuôi dưỡng, điều dưỡng người có công", ""},
		{"", "Thẩm định phương án nuôi, trồng cây dược liệu trong rừng đối với chủ rừng là tổ chức", ""},
		{catalog.LevelBo, "Phê duyệt Phương án sử dụng rừng đối với các công trình kết cấu hạ tầng", ""},
	})
}
