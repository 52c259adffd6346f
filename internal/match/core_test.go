package match

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

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

// TestTrailingLevel: a level after a dash closing a catalogue name is a
// level, like "(cấp tỉnh)"; a kind of the work after a dash is not.
func TestTrailingLevel(t *testing.T) {
	for _, tc := range []struct {
		text, rest string
		level      catalog.Level
	}{
		{"Cấp lại Chứng chỉ hành nghề thú y (trong trường hợp bị mất) - Cấp Tỉnh", "Cấp lại Chứng chỉ hành nghề thú y (trong trường hợp bị mất)", catalog.LevelTinh},
		{"Cung cấp thông tin, dữ liệu, sản phẩm đo đạc và bản đồ - cấp Trung ương", "Cung cấp thông tin, dữ liệu, sản phẩm đo đạc và bản đồ", catalog.LevelBo},
		{"Đăng ký khai sinh – cấp xã.", "Đăng ký khai sinh", catalog.LevelXa},
		{"Thủ tục cấp giấy phép tiến hành công việc bức xạ - Sử dụng nguồn phóng xạ", "", ""},
		{"Hỗ trợ phát triển sản xuất giai đoạn 2021 - 2025", "", ""},
		{"Cấp phép - cấp tỉnh nơi có dự án đầu tư", "", ""},
		{"Đăng ký kết hôn", "", ""},
	} {
		l, rest := trailingLevel(tc.text)
		assert.Equal(t, tc.level, l, tc.text)
		if tc.level == "" {
			assert.Equal(t, tc.text, rest)
		} else {
			assert.Equal(t, tc.rest, rest)
		}
	}
}

// TestCasesOfTheAct: a bracket after a name that says its act lists
// when that act applies; the name is found without it, with it, and
// with a closing level after a dash. A bracket leaving something out
// ("(trừ …)") still tells the name from another.
func TestCasesOfTheAct(t *testing.T) {
	ix := NewIndex(catalog.New("cases", []catalog.Procedure{
		{Code: "1.000001", Name: "Cấp lại Chứng chỉ hành nghề thú y (trong trường hợp bị mất, sai sót, hư hỏng; có thay đổi thông tin liên quan đến cá nhân đã được cấp Chứng chỉ hành nghề thú y) - Cấp Tỉnh"},
		{Code: "1.000002", Name: "Cấp, gia hạn Chứng chỉ hành nghề thú y"},
		{Code: "1.000003", Name: "Cấp lại Giấy chứng nhận vùng an toàn dịch bệnh động vật (trừ vùng an toàn dịch bệnh cấp tỉnh)"},
		{Code: "1.000004", Name: "Cấp lại Giấy chứng nhận vùng an toàn dịch bệnh động vật cấp tỉnh"},
		{Code: "1.000005", Name: "Cấp mới Giấy chứng nhận đủ điều kiện hoạt động thí nghiệm chuyên ngành xây dựng (trong trường hợp: Cấp lần đầu hoặc Giấy chứng nhận hết hạn)"},
		{Code: "1.000006", Name: "Cấp lại Giấy chứng nhận đủ điều kiện hoạt động thí nghiệm chuyên ngành xây dựng"},
		// The family's words further on say no act.
		{Code: "1.000007", Name: "Hỗ trợ kinh phí tham gia cuộc thi về khởi nghiệp đổi mới sáng tạo (mới xây dựng, bổ sung)"},
		{Code: "1.000008", Name: "Miễn nhiệm Thừa phát lại (trường hợp được miễn nhiệm)"},
		{Code: "1.000009", Name: "Cấp lại Giấy chứng nhận đủ điều kiện buôn bán thuốc thú y"},
		{Code: "1.000010", Name: "Cấp Giấy phép hoạt động cho thuê lại lao động"},
	}))
	assertLevelCodes(t, ix, []levelCase{
		{catalog.LevelTinh, "Cấp lại Chứng chỉ hành nghề thú y", "1.000001"},
		{catalog.LevelTinh, "2. Cấp lại Chứng chỉ hành nghề thú y (trong trường hợp bị mất, sai sót, hư hỏng; có thay đổi thông tin liên quan đến cá nhân đã được cấp Chứng chỉ hành nghề thú y).", "1.000001"},
		{catalog.LevelTinh, "Cấp Giấy chứng nhận đủ điều kiện hoạt động thí nghiệm chuyên ngành xây dựng", "1.000005"},
		{catalog.LevelTinh, "Cấp lại Giấy chứng nhận vùng an toàn dịch bệnh động vật", ""},
		{catalog.LevelTinh, "Hỗ trợ kinh phí tham gia cuộc thi về khởi nghiệp đổi mới sáng tạo", ""},
		{catalog.LevelTinh, "Miễn nhiệm Thừa phát lại", ""},
		// The same on a portal's side.
		{catalog.LevelTinh, "5. Cấp lại Giấy chứng nhận đủ điều kiện buôn bán thuốc thú y (trong trường hợp bị mất, sai sót, hư hỏng; thay đổi thông tin có liên quan đến tổ chức, cá nhân đăng ký).", "1.000009"},
		{catalog.LevelTinh, "Cấp Giấy phép hoạt động cho thuê lại lao động (gia hạn)", ""},
	})
}

// TestLevelSaidPrefix: an entry starting a name that says no level, and
// that no twin shares, is that name whatever level the entry says; a
// name with twins per level is not taken so. "hợp tác xã" says no level.
func TestLevelSaidPrefix(t *testing.T) {
	assertLevelCodes(t, NewIndex(dvcqgCatalog(t)), []levelCase{
		{catalog.LevelTinh, "Cấp đổi Giấy chứng nhận quyền sử dụng đất (Cấp tỉnh)", "1.012783"},
		{catalog.LevelXa, "Cấp đổi Giấy chứng nhận quyền sử dụng đất (cấp xã)", "1.012783"},
		{catalog.LevelTinh, "Cấp đổi Giấy chứng nhận đăng ký hợp tác xã (cấp huyện)", "1.004901"},
		{catalog.LevelTinh, "Cấp đổi Giấy chứng nhận đủ điều kiện về an ninh (cấp huyện)", ""},
	})
}

// TestAuthorityTwinsByLevel: three procedures the national list tells
// apart only by whose authority closes them (a ministry's, a provincial
// department's, a commune's) are twins a portal publishes without it,
// and the portal's level chooses. Before, the department's clause gave
// its name the bare core with no level, and every portal took it.
func TestAuthorityTwinsByLevel(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	const name = "Phê duyệt phương án khai thác gỗ, thực vật rừng ngoài gỗ loài thông thường"
	for level, want := range map[catalog.Level]string{catalog.LevelTinh: "1.011470", catalog.LevelXa: "1.011471", catalog.LevelBo: "", "": ""} {
		m := ix.MatchIn(name, "", Context{Level: level})
		if want == "" {
			assert.Nil(t, m.Procedure, "%s: %v", level, m.Procedure)
			continue
		}
		require.NotNil(t, m.Procedure, "%s: %s", level, m.Kind)
		assert.Equal(t, want, m.Procedure.Code, level)
	}
}

// TestFuzzyTwinByLevel: a bare name found by the fuzzy step (a letter
// slipped) takes the twin the portal's level chooses, as the name
// written right does; a ministry's portal keeps the bare name.
func TestFuzzyTwinByLevel(t *testing.T) {
	assertLevelCodes(t, NewIndex(dvcqgCatalog(t)), []levelCase{
		{catalog.LevelTinh, "Thủ tục trả lại khu vực biển", "1.005399"},
		{catalog.LevelTinh, "Thủ tục trả lại ku vực biển", "1.005399"},
		{catalog.LevelTinh, "Thủ tục iGao khu vực biển", "1.005401"},
		{catalog.LevelTinh, "Cấp điều chỉh giấy phép môi trường", "1.010729"},
		{catalog.LevelTinh, "Thủ tục cấp Giấy phép phân olại phim", "1.011454"},
		{catalog.LevelBo, "Thủ tục trả lại ku vực biển", "1.004333"},
		{catalog.LevelTinh, "Sửa đổ,i bổ sung văn bản xác nhận thông báo hoạt động bưu chính", "1.010902"},
	})
}

// TestTwinBesideCentral: a province said beside a bare name whose only
// marked twin is the ministry's is the bare name, the local one; an act
// replaced is no rewording the portal's level may accept with its twin.
func TestTwinBesideCentral(t *testing.T) {
	assertLevelCodes(t, NewIndex(dvcqgCatalog(t)), []levelCase{
		// "… - cấp Trung ương" beside the bare name.
		{catalog.LevelTinh, "Cung cấp thông tin, dữ liệu đo đạc và bản đồ cấp tỉnh", "1.011671"},
		{catalog.LevelTinh, "Cung cấp thông tin, dữ liệu, sản phẩm đo đạc và bản đồ cấp tỉnh", "1.011671"},
		{catalog.LevelBo, "Cung cấp thông tin, dữ liệu, sản phẩm đo đạc và bản đồ - cấp Trung ương", "1.011672"},
		// "Giao khu vực biển" beside "… (cấp tỉnh)": a commune said is
		// doubt still.
		{catalog.LevelXa, "Giao khu vực biển cấp xã", ""},
		// "Đánh giá kết quả …" and "Thủ tục đánh giá kết quả … (cấp
		// tỉnh)": the level chooses the twin, the act is another.
		{catalog.LevelTinh, "Đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ không sử dụng ngân sách nhà nước.", ""},
		{catalog.LevelTinh, "Đánh giá kết quả thực hiện nhiệm vụ khoa học và công nghệ không sử dụng ngân sách nhà nươc", "1.006427"},
	})
}

// TestBracketFamilyArticle: "Điều" before a number cites a law's
// article, no "điều chỉnh": the twins per level of 1.010735 (fresh16.tsv)
// are chosen by the portal's level.
func TestBracketFamilyArticle(t *testing.T) {
	fam, _ := bracketFamily("báo cáo riêng theo quy định tại khoản 2 Điều 36 Nghị định số 08/2022/NĐ-CP", nil, false)
	assert.Empty(t, fam)
	fam, _ = bracketFamily("điều chỉnh", nil, false)
	assert.Contains(t, fam, "điều")
	ix := NewIndex(dvcqgCatalog(t))
	e := "Thẩm định phương án cải tạo, phục hồi môi trường trong hoạt động khai thác khoáng sản (báo cáo riêng theo quy định tại khoản 2 Điều 36 Nghị định số 08/2022/NĐ-CP)"
	assertLevelCodes(t, ix, []levelCase{
		{catalog.LevelTinh, e, "1.010735"},
		{catalog.LevelBo, e, "1.010734"},
		{"", e, ""},
	})
}
