package match

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tthcaudit/tthcaudit/internal/catalog"
	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// TestContextContradictsNamedLevel: a name that says its level, under a
// heading or beside an agency that says another, goes to a person; the
// same name where they agree, or where a district heading stands above
// a commune procedure, keeps its code.
func TestContextContradictsNamedLevel(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	tests := []struct {
		name, agency, heading, want string // want "" for a review
	}{
		{"Thủ tục giải quyết tố cáo tại cấp tỉnh", "UBND xã", "", ""},
		{"Thủ tục giải quyết tố cáo tại cấp tỉnh", "", "C. THỦ TỤC HÀNH CHÍNH CẤP XÃ", ""},
		{"Cấp hộ chiếu phổ thông ở trong nước (thực hiện tại cấp trung ương)", "Công an tỉnh", "", ""},
		{"Thủ tục giải quyết tố cáo tại cấp tỉnh", "Thanh tra tỉnh", "", "2.002394"},
		{"Thủ tục giải quyết tố cáo tại cấp tỉnh", "", "", "2.002394"},
		{"Cấp hộ chiếu phổ thông ở trong nước (thực hiện tại cấp trung ương)", "Cục Quản lý xuất nhập cảnh", "", "1.001471"},
		// A bare catalogue name the entry's bracket gives a level.
		{"Giao khu vực biển (cấp TW)", "Sở Nông nghiệp và Môi trường", "", ""},
		{"Giao khu vực biển (cấp TW)", "Bộ Nông nghiệp và Môi trường", "", "1.004512"},
		{"Đăng ký lại khai sinh (cấp xã)", "UBND huyện", "", "1.004884"},
		// Stacked levels name no one level to contradict the row's.
		{"Dừng trợ giúp xã hội tại cơ sở trợ giúp xã hội cấp tỉnh, cấp huyện", "UBND cấp xã", "", "2.000477"},
		{"Tiếp nhận đối tượng cần bảo vệ khẩn cấp vào cơ sở trợ giúp xã hội cấp tỉnh, cấp huyện", "UBND cấp xã", "", "2.000282"},
	}
	for _, tt := range tests {
		m := ix.MatchIn(tt.name, "", Context{Agency: tt.agency, Heading: tt.heading})
		if tt.want == "" {
			assert.Nil(t, m.Procedure, "%s [%s|%s]", tt.name, tt.agency, tt.heading)
			if assert.NotNil(t, m.Review, tt.name) {
				assert.Equal(t, ReasonLevel, m.Review.Reason)
			}
			continue
		}
		require.NotNil(t, m.Procedure, "%s [%s|%s]: %s %+v", tt.name, tt.agency, tt.heading, m.Kind, m.Review)
		assert.Equal(t, tt.want, m.Procedure.Code, tt.name)
	}
}

// TestBareNameBesideMarkedTwin: a published name saying a level the
// catalogue has no twin for, where the bare name stands beside a twin
// marked for another level, goes to a person; a ministry said beside a
// province's twin, or a province beside a commune's, is the bare name's
// own; a page's agency alone decides nothing of this.
func TestBareNameBesideMarkedTwin(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	assertCodes(t, ix, map[string]string{
		"Giao khu vực biển (cấp xã)":                                "",
		"Giao khu vực biển - UBND huyện":                            "",
		"Giao khu vực biển (Bộ Tài nguyên và Môi trường)":           "1.004512",
		"Phê duyệt kế hoạch khuyến nông địa phương (UBND cấp tỉnh)": "1.003618",
		"Thủ tục thành lập hội (cấp xã)":                            "",
		// A district said beside a commune's twin: not the bare name.
		"Phê duyệt kế hoạch khuyến nông địa phương - UBND huyện": "",
		// A commune said where the list also marks a district's twin:
		// the bare name fills the commune's place.
		"Thủ tục công nhận ban vận động thành lập hội (cấp xã)": "1.012926",
		"Thủ tục thành lập hội":                                 "1.012928",
	})
	m := ix.MatchIn("Thủ tục thành lập hội", "", Context{Agency: "UBND xã"})
	require.NotNil(t, m.Procedure, "%s %+v", m.Kind, m.Review)
	assert.Equal(t, "1.012928", m.Procedure.Code)
}

// TestRepeatedEntriesAnswerAlike: an entry met again (a menu item, a
// headline or an odd name repeated on every page) is answered from the
// loose steps' cache, before it is normalised; the answer must be the one
// a fresh index gives, under each heading and level it comes with.
func TestRepeatedEntriesAnswerAlike(t *testing.T) {
	cat := dvcqgCatalog(t)
	texts := []string{
		"Thủ tục giải quyết tố cáo tại cấp tỉnh",
		"Giao khu vực biển (cấp TW)",
		"Giao khu vực biển",
		"Đăng ký lại khai sinh (cấp xã)",
		"Đăng ký khai sinh lưu đông",         // a typo: fuzzy
		"Liên hệ",                            // a menu item: nothing
		"Hồ sơ đề nghị cấp lại thẻ bảo hiểm", // a lead word and a cut name
		"Cấp phiếu lý lịch tư pháp cho công dân (Công an tỉnh)",
	}
	contexts := []Context{
		{},
		{Heading: "C. THỦ TỤC HÀNH CHÍNH CẤP XÃ"},
		{Heading: "A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH"},
		{Agency: "Sở Nông nghiệp và Môi trường"},
		{Agency: "UBND huyện"},
	}
	warm, fresh := NewIndex(cat), NewIndex(cat)
	for round := 0; round < 2; round++ {
		for _, text := range texts {
			for _, ctx := range contexts {
				fresh.resetCaches()
				want := fresh.MatchIn(text, "", ctx)
				got := warm.MatchIn(text, "", ctx)
				assert.Equal(t, describe(want), describe(got), "round %d: %q %+v", round, text, ctx)
			}
		}
	}
}

// describe is what a report shows of a match.
func describe(m Match) string {
	s := string(m.Kind)
	if m.Procedure != nil {
		s += " " + m.Procedure.Code
	}
	if m.Review != nil {
		s += " review " + string(m.Review.Reason) + " " + m.Review.Candidate.Code
	}
	for _, c := range m.Candidates {
		s += " |" + c.Code
	}
	return s
}

// TestProvincialPortalChoosesItsTwin: on a provincial portal an entry the
// page says no level of is the province's twin of a bare catalogue name;
// a heading saying the commune's, or a district portal, keeps the bare.
func TestProvincialPortalChoosesItsTwin(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	tests := []struct {
		name string
		ctx  Context
		want string
	}{
		{"Thủ tục cấp Giấy phép phân loại phim", Context{Level: catalog.LevelTinh}, "1.011454"},
		{"Thủ tục cấp Giấy phép phân loại phim", Context{}, "1.011451"},
		{"Giao khu vực biển", Context{Level: catalog.LevelTinh}, "1.005401"},
		{"Thủ tục thành lập hội", Context{Level: catalog.LevelTinh}, "1.012929"},
		{"Thủ tục thành lập hội", Context{Level: catalog.LevelTinh, Heading: "Thủ tục hành chính cấp xã"}, "1.012928"},
		{"Thủ tục thành lập hội", Context{Level: catalog.LevelHuyen}, "1.012928"},
		// Reworded (the 2025 names add "đại hội thành lập"): the fuzzy
		// step's twins, chosen by the portal's level alike.
		{"Thủ tục báo cáo tổ chức đại hội nhiệm kỳ, đại hội bất thường của hội", Context{Level: catalog.LevelTinh}, "1.012942"},
		{"Thủ tục báo cáo tổ chức đại hội nhiệm kỳ, đại hội bất thường của hội", Context{Level: catalog.LevelXa}, "1.012930"},
		// A province's portal lists its communes' procedures too: a name
		// saying the commune's level, with no twin of the province's, is
		// that procedure (a heading or row saying otherwise goes to a
		// person, TestContextContradictsNamedLevel).
		{"Phê duyệt, công bố công khai quy trình vận hành hồ chứa thủy lợi thuộc thẩm quyền của Chủ tịch UBND cấp xã.", Context{Level: catalog.LevelTinh}, "1.003347"},
	}
	for _, tt := range tests {
		m := ix.MatchIn(tt.name, "", tt.ctx)
		require.NotNil(t, m.Procedure, "%s %+v: %s", tt.name, tt.ctx, m.Kind)
		assert.Equal(t, tt.want, m.Procedure.Code, "%s %+v", tt.name, tt.ctx)
	}
}

// TestCommuneProcedureOnDistrictPortal: a district's portal lists its
// communes' procedures, so a name the catalogue has only as the
// commune's ("… (Cấp Xã)") is that procedure there; where the catalogue
// has province and commune twins, or the entry says "cấp huyện" itself,
// the district's own procedure is neither and goes to a person.
func TestCommuneProcedureOnDistrictPortal(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	tests := []struct {
		name  string
		level catalog.Level
		want  string // "" for no code
	}{
		{"Xác nhận Hợp đồng tiếp cận nguồn gen và chia sẻ lợi ích", catalog.LevelHuyen, "1.004082"},
		{"Xác nhận Hợp đồng tiếp cận nguồn gen và chia sẻ lợi ích", catalog.LevelXa, "1.004082"},
		{"Xác nhận Hợp đồng tiếp cận nguồn gen và chia sẻ lợi ích", catalog.LevelTinh, ""},
		{"Thủ tục tiếp công dân", catalog.LevelHuyen, ""},
		{"Thủ tục giải quyết khiếu nại lần đầu tại cấp huyện", catalog.LevelHuyen, ""},
	}
	for _, tt := range tests {
		m := ix.MatchIn(tt.name, "", Context{Level: tt.level})
		if tt.want == "" {
			assert.Nil(t, m.Procedure, "%s [%s]", tt.name, tt.level)
			continue
		}
		require.NotNil(t, m.Procedure, "%s [%s]: %s %+v", tt.name, tt.level, m.Kind, m.Review)
		assert.Equal(t, tt.want, m.Procedure.Code, tt.name)
	}
}

// TestRowAgencyLevel: the agency a row names says its level, inspectorates
// and reception boards of a unit too; a name's tail read as an agency
// does not ("… trên địa bàn tỉnh" is a scope, not an agency).
func TestRowAgencyLevel(t *testing.T) {
	for _, tc := range []struct {
		agency string
		want   catalog.Level
	}{
		{"Thanh tra tỉnh", catalog.LevelTinh},
		{"Thanh tra tỉnh Thanh Hóa", catalog.LevelTinh},
		{"Ban Tiếp công dân huyện", catalog.LevelHuyen},
		{"Văn phòng UBND tỉnh", catalog.LevelTinh},
		{"Thanh tra Chính phủ", catalog.LevelBo},
		{"Sở Tư pháp", catalog.LevelTinh},
		{"BHXH tỉnh", catalog.LevelTinh},
		{"Trung tâm Phục vụ hành chính công tỉnh Thanh Hóa", catalog.LevelTinh},
		{"Chi cục Thủy sản", catalog.LevelTinh},
		{"Công chức Tư pháp - Hộ tịch", catalog.LevelXa},
		{"Bảo hiểm xã hội", ""},
		{"Bộ phận tiếp nhận và trả kết quả", ""},
	} {
		assert.Equal(t, tc.want, rowAgencyLevel(textnorm.Fold(tc.agency)), tc.agency)
	}
	assert.Equal(t, catalog.Level(""), agencyLevel(textnorm.Fold("hỗ trợ trên địa bàn tỉnh")))

	ix := NewIndex(dvcqgCatalog(t))
	m := ix.MatchIn("Thủ tục giải quyết khiếu nại lần đầu", "", Context{Agency: "Thanh tra tỉnh"})
	require.NotNil(t, m.Procedure, "%s", m.Kind)
	assert.Equal(t, "2.002407", m.Procedure.Code)
}

// TestRewrittenFormKeepsPortalLevel: a name found only once its list
// number or label is cut is read with the page's context as the name as
// written is: on a provincial portal, the bare "Giao khu vực biển" is
// the province's "… (cấp tỉnh)", numbered or not.
func TestRewrittenFormKeepsPortalLevel(t *testing.T) {
	assertLevelCodes(t, NewIndex(dvcqgCatalog(t)), []levelCase{
		{catalog.LevelTinh, "Giao khu vực biển", "1.005401"},
		{catalog.LevelTinh, "1. Thủ tục Giao khu vực biển", "1.005401"},
		{catalog.LevelTinh, "2. Thủ tục trả lại khu vực biển", "1.005399"},
		{catalog.LevelTinh, "1. Cấp điều chỉnh giấy phép môi trường", "1.010729"},
		{catalog.LevelBo, "1. Thủ tục Giao khu vực biển", "1.004512"},
	})
}

// TestHeadingAsPortalLevel: a heading saying the entry's level is read
// as the portal's level is where they agree: a district heading above a
// procedure only the communes have is theirs (communeOnDistrict), and a
// bracket that only folds like an agency ("(Sổ đỏ)", not "Sở …") says
// no level to clash with the heading.
func TestHeadingAsPortalLevel(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	for _, c := range []struct {
		name string
		ctx  Context
		want string
	}{
		{"Xác nhận Hợp đồng tiếp cận nguồn gen và chia sẻ lợi ích", Context{Level: catalog.LevelHuyen}, "1.004082"},
		{"Xác nhận Hợp đồng tiếp cận nguồn gen và chia sẻ lợi ích", Context{Heading: "Thủ tục hành chính cấp huyện"}, "1.004082"},
		{"Cấp đổi Giấy chứng nhận (Sổ đỏ)", Context{Level: catalog.LevelXa}, "1.012783"},
		{"Cấp đổi Giấy chứng nhận (Sổ đỏ)", Context{Heading: "Thủ tục hành chính cấp xã"}, "1.012783"},
	} {
		m := ix.MatchIn(c.name, "", c.ctx)
		if assert.NotNil(t, m.Procedure, "%s %+v", c.name, c.ctx) {
			assert.Equal(t, c.want, m.Procedure.Code, "%s %+v", c.name, c.ctx)
		}
	}
	for in, want := range map[string]catalog.Level{
		"Sở Tư pháp": catalog.LevelTinh, "Sổ đỏ": "", "bò, trâu": "", "Bộ Công an": catalog.LevelBo, "UBND xã": catalog.LevelXa, "xa lộ": "",
	} {
		assert.Equal(t, want, agencyLevelWritten(in, textnorm.Fold(in)), in)
	}
}

// TestOwnLevelNoteCut: an agency or a level closing a name that says the
// portal's own level is cut for a code when the whole finds none, and a
// loose code the whole finds goes to a person when the bare name's
// review names it; one saying another level, or more than an agency, is
// not cut.
func TestOwnLevelNoteCut(t *testing.T) {
	for _, tc := range []struct {
		level     catalog.Level
		text, cut string
	}{
		{catalog.LevelXa, "Đăng ký kết hôn lần đầu - UBND xã", "Đăng ký kết hôn lần đầu"},
		{catalog.LevelXa, "Cấp bản sao giấy khai sinh (UBND cấp xã).", "Cấp bản sao giấy khai sinh"},
		{catalog.LevelXa, "Thành lập hội (Cấp xã)", "Thành lập hội"},
		{catalog.LevelTinh, "Cấp giấy phép hành nghề khoan nước dưới đất - Sở Nông nghiệp và Môi trường", "Cấp giấy phép hành nghề khoan nước dưới đất"},
		{catalog.LevelTinh, "Cấp lại thẻ căn cước (thực hiện tại cấp tỉnh)", "Cấp lại thẻ căn cước"},
		{catalog.LevelTinh, "Thành lập hội (Cấp xã)", ""},
		{catalog.LevelXa, "Thành lập hội - UBND tỉnh", ""},
		{catalog.LevelXa, "Chứng thực chữ ký (trường hợp do UBND cấp xã thực hiện)", ""},
		{catalog.LevelBo, "Thành lập hội (Cấp bộ)", ""},
		{"", "Thành lập hội (Cấp xã)", ""},
		{catalog.LevelXa, "Đăng ký kết hôn lần đầu", ""},
		{catalog.LevelXa, "Cấp xã: Đăng ký kết hôn lần đầu", "Đăng ký kết hôn lần đầu"},
		{catalog.LevelXa, "UBND xã - Thành lập hội", "Thành lập hội"},
		{catalog.LevelTinh, "Cấp xã: Thành lập hội", ""},
		{catalog.LevelTinh, "Công nhận khu vực biển cấp tỉnh - giải quyết tố cáo tại cấp tỉnh", ""},
		{catalog.LevelXa, "TTHC cấp xã - Hộ tịch - Đăng ký khai tử", "Hộ tịch - Đăng ký khai tử"},
		{catalog.LevelTinh, "Cấp lại giấy phép môi trường (cấp Tỉnh) - đăng ký lại khai sinh", ""},
	} {
		got, ok := ownLevelNoteCut(tc.text, tc.level)
		if !ok {
			got, ok = ownLevelLeadCut(tc.text, tc.level)
		}
		assert.Equal(t, tc.cut != "", ok, "%s %q", tc.level, tc.text)
		assert.Equal(t, tc.cut, got, "%s %q", tc.level, tc.text)
	}
	// Real names, each found bare on a commune's portal, lost behind the
	// portal's own agency before.
	assertLevelCodes(t, NewIndex(dvcqgCatalog(t)), []levelCase{
		{catalog.LevelXa, "Đăng ký kết hôn lần đầu - UBND xã", "1.000894"},
		{catalog.LevelXa, "Thành lập hội - UBND xã", "1.012928"},
		{catalog.LevelXa, "Cấp bản sao Giấy khai sinh trong nước - UBND xã", "2.000635"},
		{catalog.LevelXa, "Hội tự giải thể - UBND xã", "1.012937"},
		{catalog.LevelXa, "Cấp xã: Đăng ký kết hôn lần đầu", "1.000894"},
		// A code the qualifier loosened out of what the bare name's
		// checks hold in doubt: a list of two, a cut "Cấp mới …".
		{catalog.LevelHuyen, "Đăng ký khai tử, Xóa đăng ký thường trú - UBND huyện", ""},
		{catalog.LevelTinh, "1. Cấp giấy chứng nhận đăng ký hoạt động thử nghiệm chất lượng sản phẩm, hàng hóa. (Công an tỉnh)", ""},
	})
}
