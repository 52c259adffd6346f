package match

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tthcaudit/tthcaudit/internal/catalog"
	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// TestSingularLevel: the number one before a paired level word is its
// article; any other number, or one before another word, is a number.
func TestSingularLevel(t *testing.T) {
	for _, tc := range []struct {
		k, next string
		paired  bool
		want    bool
	}{
		{"1", "tỉnh", true, true},
		{"01", "tỉnh", true, true},
		{"một", "huyện", true, true},
		{"2", "tỉnh", true, false},
		{"1", "tỉnh", false, false},
		{"1", "điều", true, false},
	} {
		t.Run(tc.k+" "+tc.next, func(t *testing.T) {
			assert.Equal(t, tc.want, singularLevel(tc.k, tc.next, tc.paired))
		})
	}
}

// TestScopeOneProvince: on the national list, "… trên địa bàn tỉnh" is the
// procedure "… trên địa bàn 1 tỉnh, thành phố trực thuộc Trung ương",
// never its twin "… từ 2 tỉnh … trở lên", even when the catalogue lacks
// the first.
func TestScopeOneProvince(t *testing.T) {
	const name = "Đăng ký sửa đổi, bổ sung nội dung chương trình khuyến mại mang tính may rủi trên địa bàn tỉnh"
	m := NewIndex(dvcqgCatalog(t)).Match(name, "")
	if assert.NotNil(t, m.Procedure) {
		assert.Equal(t, "2.000002", m.Procedure.Code)
	}
	m = leaveOutIndex(t, "2.000002").Match(name, "")
	assert.Nil(t, m.Procedure, "got %v", m.Procedure)
}

// TestOneProvinceAt: a name closing with the territory of one province
// ends where that territory starts; a named province, several provinces
// or a territory inside the name are no such close.
func TestOneProvinceAt(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	for _, tc := range []struct{ in, kept string }{
		{"Đăng ký hoạt động khuyến mại mang tính may rủi thực hiện trên địa bàn 01 tỉnh, thành phố trực thuộc Trung ương", "đăng ký hoạt động khuyến mại mang tính may rủi"},
		{"Cấp Giấy phép bán buôn rượu trên địa bàn tỉnh, thành phố trực thuộc trung ương", "cấp giấy phép bán buôn rượu"},
		{"Cấp Giấy phép bán buôn rượu trên địa bàn tỉnh", "cấp giấy phép bán buôn rượu"},
		{"Đăng ký khuyến mại thực hiện trên địa bàn một tỉnh", "đăng ký khuyến mại"},
		{"Đăng ký khuyến mại thực hiện trên địa bàn từ 2 tỉnh, thành phố trực thuộc Trung ương trở lên", ""},
		{"Đăng ký khuyến mại thực hiện trên địa bàn 2 tỉnh", ""},
		// The old tobacco licences' wording (fresh28.tsv).
		{"Cấp lại Giấy phép kinh doanh bán lẻ sản phẩm thuốc lá trong phạm vi một tỉnh", "cấp lại giấy phép kinh doanh bán lẻ sản phẩm thuốc lá"},
		{"Cấp Giấy phép bán buôn sản phẩm thuốc lá trong phạm vi tỉnh", "cấp giấy phép bán buôn sản phẩm thuốc lá"},
		{"Cấp Giấy phép bán buôn sản phẩm thuốc lá trong phạm vi 2 tỉnh", ""},
		{"Hỗ trợ chi phí hỏa táng trên địa bàn tỉnh Thừa Thiên Huế", ""},
		{"Cho vay tại các tổ chức tín dụng trên địa bàn tỉnh để thực hiện các dự án", ""},
	} {
		t.Run(tc.in, func(t *testing.T) {
			s, ok := seqOf(ix.normalize(tc.in))
			require.True(t, ok)
			i := oneProvinceAt(s)
			if tc.kept == "" {
				assert.Equal(t, -1, i)
				return
			}
			require.Positive(t, i)
			assert.Equal(t, textnorm.Fold(tc.kept), strings.Join(s.folds[:i], " "))
		})
	}
}

// TestOneProvinceIsTheProvinces: a name the catalogue bounds to one
// province's territory is found without it, on a provincial portal, one
// that says no level or one mixing levels (khac); on a ministry's portal the bare name may be the
// ministry's procedure of several provinces, and goes to a person.
func TestOneProvinceIsTheProvinces(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	const promo = "Đăng ký hoạt động khuyến mại đối với chương trình khuyến mại mang tính may rủi"
	for _, tc := range []struct {
		in    string
		level catalog.Level
		want  string // "" for no code
	}{
		{"Cấp Giấy phép bán buôn rượu", "", "2.001624"},
		{"Cấp lại giấy phép bán buôn rượu", catalog.LevelTinh, "2.000636"},
		{promo, catalog.LevelTinh, "2.000004"},
		{promo + " trên địa bàn tỉnh", "", "2.000004"},
		{promo, catalog.LevelKhac, "2.000004"},
		{promo, catalog.LevelBo, ""},
	} {
		t.Run(string(tc.level)+" "+tc.in, func(t *testing.T) {
			m := ix.MatchIn(tc.in, "", Context{Level: tc.level})
			if tc.want == "" {
				assert.Nil(t, m.Procedure)
				return
			}
			require.NotNil(t, m.Procedure)
			assert.Equal(t, tc.want, m.Procedure.Code)
		})
	}
}

// TestPortalLevelChoosesTwin: a name the fuzzy step finds only without
// the level its catalogue twins say ("(cấp tỉnh)" / "(cấp TW)") is the
// portal's level's twin; on a portal of no level it goes to a person.
func TestPortalLevelChoosesTwin(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	const name = "Thủ tục sửa đổi, bổ sung, gia hạn giấy phép dự báo, cảnh báo khí tượng thủy văn"
	m := ix.MatchIn(name, "", Context{Level: catalog.LevelTinh})
	require.NotNil(t, m.Procedure)
	assert.Equal(t, "1.000970", m.Procedure.Code)
	m = ix.MatchIn(name, "", Context{})
	assert.Nil(t, m.Procedure)
	m = ix.MatchIn(name+" cấp huyện", "", Context{Level: catalog.LevelTinh})
	assert.Nil(t, m.Procedure, "a level the name says itself is not the portal's to override")
	// Reworded ("Cấp đổi" for "Đổi"), for a name whose closing bracket
	// says where it is done, its central twin missing from the list.
	assertLevelCodes(t, ix, []levelCase{
		{catalog.LevelTinh, "Cấp đổi, cấp lại Giấy chứng nhận đăng ký mẫu con dấu", "2.001160"},
		{catalog.LevelTinh, "GIẢI QUYẾT THỦ TỤC CẤP ĐỔI, CẤP LẠI GIẤY CHỨNG NHẬN ĐĂNG KÝ MẪU CON DẤU", "2.001160"},
		{catalog.LevelXa, "Cấp đổi, cấp lại Giấy chứng nhận đăng ký mẫu con dấu", ""},
		{"", "Cấp đổi, cấp lại Giấy chứng nhận đăng ký mẫu con dấu", ""},
	})
	assert.True(t, levelBracketAt("Đổi, cấp lại Giấy chứng nhận đăng ký mẫu con dấu (thực hiện tại cấp tỉnh)", catalog.LevelTinh))
	assert.False(t, levelBracketAt("Đổi, cấp lại Giấy chứng nhận đăng ký mẫu con dấu (thực hiện tại cấp tỉnh)", catalog.LevelXa))
	assert.False(t, levelBracketAt("Cấp Giấy chứng nhận sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh", catalog.LevelTinh), "an award's grade, no bracket")
}

// TestScopeLevel: a catalogue bracket bounding a procedure to one
// province is the province's twin of the one "from two provinces up",
// the ministry's; the portal's level chooses.
func TestScopeLevel(t *testing.T) {
	// The brackets as the catalogue writes them, folded as the steps
	// fold them.
	for in, want := range map[string]catalog.Level{
		"đối với bên sử dụng dịch vụ môi trường rừng trong phạm vi địa giới hành chính của một tỉnh":                 catalog.LevelTinh,
		"đối với bên sử dụng dịch vụ môi trường rừng trong phạm vi nằm trên địa giới hành chính từ hai tỉnh trở lên": catalog.LevelBo,
		"thực hiện trên địa bàn 01 tỉnh": catalog.LevelTinh,
		"từ 02 tỉnh trở lên":             catalog.LevelBo,
		"trong phạm vi một tỉnh":         catalog.LevelTinh,
		"cấp tỉnh":                       "",
		"đối với tổ chức cá nhân":        "",
	} {
		assert.Equal(t, want, scopeLevel(textnorm.Fold(in)), in)
	}
	ix := NewIndex(dvcqgCatalog(t))
	assertLevelCodes(t, ix, []levelCase{
		{catalog.LevelTinh, "Miễn, giảm tiền dịch vụ môi trường rừng", "1.000058"},
		{catalog.LevelBo, "Miễn, giảm tiền dịch vụ môi trường rừng", "1.000095"},
		{"", "Miễn, giảm tiền dịch vụ môi trường rừng", ""},
	})
}

// TestAttachedLevel: "… trực thuộc xã" / "… trực thuộc tỉnh, thành phố
// trực thuộc Trung ương" close twins by level; the bare name is the
// portal's level's, undecided without one.
func TestAttachedLevel(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	bare := "Cấp chính sách nội trú cho học sinh, sinh viên tham gia chương trình đào tạo trình độ cao đẳng, trung cấp tại các cơ sở giáo dục nghề nghiệp công lập"
	assertLevelCodes(t, ix, []levelCase{
		{catalog.LevelTinh, bare, "2.001959"},
		{catalog.LevelXa, bare, "2.002284"},
		{"", bare, ""},
	})
	i, lv := attachedAt(seq{keys: fw("co so cong lap truc thuoc tinh thanh pho truc thuoc trung uong"), folds: fw("co so cong lap truc thuoc tinh thanh pho truc thuoc trung uong")})
	assert.Equal(t, 4, i)
	assert.Equal(t, "tinh", lv)
	i, _ = attachedAt(seq{keys: fw("thanh pho truc thuoc trung uong"), folds: fw("thanh pho truc thuoc trung uong")})
	assert.Equal(t, -1, i)
}

// TestLocalTerritoryAt: a name closing with the territory of a commune
// or a district ends where it starts, and says that level; a province's
// territory, a count of communes or a territory inside the name are not
// such a close.
func TestLocalTerritoryAt(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	// The level words closing the name are localTerritoryAt's to read.
	at := func(s seq) (int, string) {
		j := s.len()
		for j > 0 && levelWords[s.folds[j-1]] {
			j--
		}
		return localTerritoryAt(s, j)
	}
	assertClosings(t, ix.normalize, at, []closingCase{
		{"Đăng ký thành lập Hộ kinh doanh cá thể tại địa bàn xã", "đăng ký thành lập hộ kinh doanh cá thể", "xa"},
		{"Đăng ký thành lập hộ kinh doanh trên địa bàn cấp xã", "đăng ký thành lập hộ kinh doanh", "xa"},
		{"Đăng ký thành lập hộ kinh doanh trên địa bàn phường", "đăng ký thành lập hộ kinh doanh", "xa"},
		{"Đăng ký thành lập hộ kinh doanh trên địa bàn huyện", "đăng ký thành lập hộ kinh doanh", "huyen"},
		{"Đăng ký thành lập hộ kinh doanh trên địa bàn thị xã", "đăng ký thành lập hộ kinh doanh", "huyen"},
		{"Cấp Giấy phép bán buôn rượu trên địa bàn tỉnh", "", ""},
		{"Tổ chức lễ hội trên địa bàn từ 02 xã trở lên", "", ""},
		{"Đề nghị thay đổi địa điểm sinh hoạt tôn giáo tập trung đến địa bàn xã khác", "", ""},
		{"Đăng ký thành lập hộ kinh doanh tại xã", "", ""},
	})
	// On a commune's portal, the bare procedure of the commune.
	assertLevelCodes(t, ix, []levelCase{
		{catalog.LevelXa, "Đăng ký thành lập Hộ kinh doanh cá thể tại địa bàn xã", "1.001612"},
		{catalog.LevelXa, "Đăng ký thành lập hộ kinh doanh trên địa bàn cấp xã", "1.001612"},
	})
}

// TestLevelClosingOwnLevel: a name closing on "cấp tỉnh" outside a
// bracket, right after its object ("… karaoke cấp tỉnh"), is the
// provincial portal's own level, as a closing bracket is; not when the
// entry says more of its own, nor after an authority ("… tại Công an
// cấp tỉnh"), nor on a portal of another level.
func TestLevelClosingOwnLevel(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	assertLevelCodes(t, ix, []levelCase{
		{catalog.LevelTinh, "Thủ tục cấp giấy phép đủ điều kiện kinh doanh Karaoke", "1.001029"},
		{catalog.LevelXa, "Thủ tục cấp giấy phép đủ điều kiện kinh doanh Karaoke", ""},
		{"", "Thủ tục cấp giấy phép đủ điều kiện kinh doanh Karaoke", ""},
	})
	lo := leaveOutIndex(t, "2.001509")
	m := lo.MatchIn("Thủ tục phê duyệt nội dung tác phẩm mỹ thuật, tác phẩm nhiếp ảnh nhập khẩu nhằm mục đích kinh doanh", "", Context{Level: catalog.LevelTinh})
	assert.Nil(t, m.Procedure, "the commercial import is not the provincial one")
	assert.True(t, levelClosingAt("Thủ tục cấp giấy phép đủ điều kiện kinh doanh dịch vụ karaoke cấp tỉnh", catalog.LevelTinh))
	assert.False(t, levelClosingAt("Thủ tục cấp giấy phép đủ điều kiện kinh doanh dịch vụ karaoke cấp tỉnh", catalog.LevelHuyen))
	assert.False(t, levelClosingAt("Cấp thẻ tạm trú cho người nước ngoài tại Việt Nam tại Công an cấp tỉnh", catalog.LevelTinh), "an authority's level")
	assert.False(t, levelClosingAt("Phê duyệt phương án bảo vệ đập, hồ chứa nước thuộc thẩm quyền của Chủ tịch UBND cấp tỉnh", catalog.LevelTinh))
}
