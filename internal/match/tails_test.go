package match

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/tthcaudit/tthcaudit/internal/catalog"
	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// tailsCatalog has a tail the catalogue makes a variant with ("chất
// lượng sản phẩm, hàng hóa vật liệu xây dựng") and a level tail.
func tailsCatalog() *catalog.Catalog {
	ps := []catalog.Procedure{
		{Code: "2.000618", Name: "Cấp bổ sung, sửa đổi Giấy chứng nhận đăng ký hoạt động thử nghiệm"},
		{Code: "1.006814", Name: "Cấp bổ sung, sửa đổi Giấy chứng nhận đăng ký hoạt động thử nghiệm chất lượng sản phẩm, hàng hóa vật liệu xây dựng"},
		{Code: "1.006856", Name: "Cấp bổ sung, sửa đổi Giấy chứng nhận đăng ký hoạt động chứng nhận chất lượng sản phẩm, hàng hóa vật liệu xây dựng"},
		{Code: "1.010384", Name: "Khôi phục giá trị sử dụng hộ chiếu phổ thông"},
		{Code: "1.010385", Name: "Khôi phục giá trị sử dụng hộ chiếu phổ thông cấp tỉnh"},
		{Code: "1.000894", Name: "Thủ tục đăng ký kết hôn"},
	}
	return activeCatalog("tails.csv", ps)
}

// TestLearnTails: a name followed by more words in another name teaches
// those words as a variant tail, unless they name a level.
func TestLearnTails(t *testing.T) {
	ix := NewIndex(tailsCatalog())
	assert.True(t, ix.tails["chất lượng sản phẩm hàng hoá vật liệu xây dựng"], "%v", ix.tails)
	assert.False(t, ix.tails["cấp tỉnh"])
	tail := strings.Fields("chất lượng sản phẩm hàng hoá vật liệu xây dựng")
	assert.Equal(t, tail, ix.variantTail(append(tail, "tỉnh")), "a tail and more")
	assert.Nil(t, ix.variantTail(tail[:2]), "part of a tail")
	assert.Nil(t, ix.variantTail([]string{"cấp", "tỉnh"}))
}

// TestVariantTailRefused: the plain procedure the catalogue lacks is not
// taken for its variant with a learned tail.
func TestVariantTailRefused(t *testing.T) {
	ix := NewIndex(tailsCatalog())
	m := ix.Match("Cấp bổ sung, sửa đổi Giấy chứng nhận đăng ký hoạt động chứng nhận", "")
	assert.Nil(t, m.Procedure, "got %v (%s)", m.Procedure, m.Kind)
	assert.Equal(t, MatchReview, m.Kind)
}

// TestDivergingSiblings: names that part after the same words ("… dịch
// vụ karaoke cấp tỉnh" / "… dịch vụ vũ trường") leave a name stopping
// there to review, never to either; a tail naming only a level, or two
// agencies of two levels, makes twins, which the portal's level decides.
func TestDivergingSiblings(t *testing.T) {
	ps := []catalog.Procedure{
		{Code: "1.000922", Name: "Thủ tục cấp Giấy phép điều chỉnh Giấy phép đủ điều kiện kinh doanh dịch vụ vũ trường"},
		{Code: "1.000963", Name: "Thủ tục cấp giấy phép điều chỉnh Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke cấp tỉnh"},
		{Code: "1.002411", Name: "Gia hạn tạm trú cho người đã được cấp giấy miễn thị thực tại Phòng Quản lý xuất nhập cảnh Công an tỉnh"},
		{Code: "1.000771", Name: "Gia hạn tạm trú cho người đã được cấp giấy miễn thị thực tại Cục Quản lý xuất nhập cảnh Bộ Công an"},
	}
	ix := NewIndex(activeCatalog("siblings.csv", ps))
	tests := []struct {
		text  string
		level catalog.Level
		want  string // "" for review
	}{
		{text: "Thủ tục cấp giấy phép điều chỉnh Giấy phép đủ điều kiện kinh doanh dịch vụ"},
		{text: "Cấp giấy phép điều chỉnh giấy phép đủ điều kiện kinh doanh dịch vụ vũ trường", want: "1.000922"},
		{text: "Cấp giấy phép điều chỉnh giấy phép đủ điều kiện kinh doanh dịch vụ karaoke", want: "1.000963"},
		{text: "Gia hạn tạm trú cho người đã được cấp giấy miễn thị thực", level: catalog.LevelTinh, want: "1.002411"},
	}
	for _, tt := range tests {
		m := ix.MatchIn(tt.text, "", Context{Level: tt.level})
		if tt.want == "" {
			assert.Nil(t, m.Procedure, tt.text)
			assert.Contains(t, []MatchKind{MatchReview, MatchAmbiguous}, m.Kind, tt.text)
			continue
		}
		if assert.NotNil(t, m.Procedure, "%s: %s %+v", tt.text, m.Kind, m.Review) {
			assert.Equal(t, tt.want, m.Procedure.Code, tt.text)
		}
	}
}

// TestNarrowedNameNoSibling: a name going on with another's whole tail
// and more ("…, xác định lại dân tộc có yếu tố nước ngoài") narrows it:
// an entry stopping before both is the plain one, and the "lại" of an
// act the entry leaves off ("xác định lại") is no "cấp lại". An entry
// that drops "lại" from the act it names is neither.
func TestNarrowedNameNoSibling(t *testing.T) {
	ps := []catalog.Procedure{
		{Code: "1.004859", Name: "Thủ tục thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc"},
		{Code: "2.000748", Name: "Thủ tục thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc có yếu tố nước ngoài"},
		{Code: "1.001193", Name: "Thủ tục đăng ký khai sinh"},
		{Code: "1.004884", Name: "Thủ tục đăng ký lại khai sinh"},
	}
	for _, ix := range []*Index{NewIndex(activeCatalog("narrowed.csv", ps)), NewIndex(dvcqgCatalog(t))} {
		assertCodes(t, ix, map[string]string{
			"Thủ tục thay đổi, cải chính, bổ sung thông tin hộ tịch":                   "1.004859",
			"PLAM_12/HT_Thủ tục thay đổi, cải chính, bổ sung thông tin hộ tịch":        "1.004859",
			"Thủ tục thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định dân tộc": "",
		})
	}
}

// TestDivergingSiblingsNational: in the national list the vũ trường
// sibling outscores the karaoke one, which carries a level; the name
// stopping before either still goes to review.
func TestDivergingSiblingsNational(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	m := ix.Match("Thủ tục cấp giấy phép điều chỉnh Giấy phép đủ điều kiện kinh doanh dịch vụ", "")
	assert.Nil(t, m.Procedure)
	assert.Equal(t, MatchReview, m.Kind)
}

// TestCentralElsewhere: on a provincial or commune portal, or one of no
// known level, a name the loose steps take for a central agency's
// procedure ("… thuộc thẩm quyền của Bộ Công Thương") goes to review
// unless it names that agency: the local twin is what the catalogue
// lacks. On a ministry's portal the match stands.
func TestCentralElsewhere(t *testing.T) {
	ix := NewIndex(activeCatalog("central.csv", []catalog.Procedure{
		{Code: "1.000395", Name: "Thu hồi giấy phép, giấy chứng nhận về quản lý, sử dụng vật liệu nổ công nghiệp, tiền chất thuốc nổ thuộc thẩm quyền của Bộ Công Thương"},
		{Code: "1.000894", Name: "Thủ tục đăng ký kết hôn"},
	}))
	const text = "Thu hồi giấy phép, giấy chứng nhận về quản lý, sử dụng vật liệu nổ công nghiệp, tiền chất thuốc nổ"
	for _, tt := range []struct {
		level catalog.Level
		want  string
	}{{"", ""}, {catalog.LevelBo, "1.000395"}, {catalog.LevelTinh, ""}, {catalog.LevelXa, ""}, {catalog.LevelKhac, ""}} {
		m := ix.MatchIn(text, "", Context{Level: tt.level})
		if tt.want == "" {
			assert.Nil(t, m.Procedure, "level %s", tt.level)
			if assert.NotNil(t, m.Review, "level %s", tt.level) {
				assert.Equal(t, ReasonLevel, m.Review.Reason)
			}
			continue
		}
		if assert.NotNil(t, m.Procedure, "level %s: %s", tt.level, m.Kind) {
			assert.Equal(t, tt.want, m.Procedure.Code)
		}
	}
	// Naming the ministry, the name is that procedure wherever it stands.
	m := ix.MatchIn(text+" của Bộ Công Thương", "", Context{Level: catalog.LevelTinh})
	if assert.NotNil(t, m.Procedure, "%s %+v", m.Kind, m.Review) {
		assert.Equal(t, "1.000395", m.Procedure.Code)
	}
	// The start of the ministry's "… thuộc thẩm quyền giải quyết của Bộ
	// Quốc phòng" on a provincial portal is the province's "Cấp lại chứng
	// nhận …", one word apart.
	// So on a portal mixing levels, where the ministry's start would not
	// go to review.
	full := NewIndex(dvcqgCatalog(t))
	for _, l := range []catalog.Level{catalog.LevelTinh, catalog.LevelKhac} {
		m = full.MatchIn("Cấp lại Giấy chứng nhận huấn luyện kỹ thuật an toàn vật liệu nổ công nghiệp", "", Context{Level: l})
		if assert.NotNil(t, m.Procedure, "%s: %s %+v", l, m.Kind, m.Review) {
			assert.Equal(t, "2.000210", m.Procedure.Code, l)
		}
	}
	// A name closed by a bare "trung ương" ("… Quỹ bảo vệ và phát triển
	// rừng trung ương") is the central body's, its province's twin left
	// out; "… trực thuộc trung ương" is a province.
	assert.True(t, centralAgency(textnorm.Fold("Phê duyệt dự án khuyến nông trung ương")))
	assert.False(t, centralAgency(textnorm.Fold("Cấp giấy phép cho tỉnh, thành phố trực thuộc trung ương")))
	lo := leaveOutIndex(t, "1.000071")
	m = lo.MatchIn("Phê duyệt Chương trình, dự án và hoạt động phi dự án được hỗ trợ tài chính của Quỹ BV&PTR", "", Context{Level: catalog.LevelTinh})
	assert.Nil(t, m.Procedure, "not 1.002161, the central fund's")
}

// TestQualifierNotCut: a long name stopping right before a qualifier of
// whom the catalogue name is for ("… [của hợp tác xã, liên hiệp hợp tác
// xã]") is not taken by the prefix step for the qualified one cut by a
// listing; cut inside a word, it is.
func TestQualifierNotCut(t *testing.T) {
	ix := leaveOutIndex(t, "2.002020") // the plain procedure, for enterprises
	_, ok := ix.matchPrefix(ix.normalize("Chấm dứt hoạt động chi nhánh, văn phòng đại diện, địa điểm kinh doanh"), false)
	assert.False(t, ok)
	m, ok := ix.matchPrefix(ix.normalize("Chấm dứt hoạt động chi nhánh, văn phòng đại diện, địa điểm kinh doanh của hợp tác xã, liên hi"), false)
	if assert.True(t, ok) && assert.NotNil(t, m.Procedure) {
		assert.Equal(t, "1.005010", m.Procedure.Code)
	}
}

// TestFirstItemsOfList: an entry that stops where its one catalogue name
// goes on with further items of its list names that procedure by its
// first items, as titles did before a decision added the others; an
// item of another act ("cấp đổi", "xác định lại") or repeating the
// entry's number leaves no distinguishing word. An item naming others
// the procedure serves ("người Việt Nam đang cư trú ở nước ngoài") or a
// scope of the whole list ("… đối với cán bộ xã") still tells, and a
// name the entry starts and others too is no one's.
func TestFirstItemsOfList(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	assertCodes(t, ix, map[string]string{
		"Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh":                                                        "2.000575",
		"Thủ tục cấp lại Giấy chứng nhận đăng ký hộ kinh doanh":                                                "2.000575",
		"Cấp đổi giấy chứng nhận quyền sử dụng đất":                                                            "1.012783",
		"Cấp Giấy phép kinh doanh vận tải bằng xe ô tô":                                                        "1.000703",
		"Giải quyết phụ cấp đặc biệt hằng tháng đối với thương binh có tỷ lệ tổn thương cơ thể từ 81% trở lên": "1.010822",
		"Sửa đổi thông tin cá nhân trong hồ sơ người có công":                                                  "1.010826",
		"Cấp bản sao giấy tờ hộ tịch từ sổ hộ tịch":                                                            "2.000635",
		"Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam":           "",
		"Giải quyết hưởng lương hưu":                                                                           "",
		"Gia hạn thời gian lưu hành tại Việt Nam cho phương tiện của Lào":                                      "1.002063",
		// The next item is a thing of its own, ending as the entry does.
		"Cấp giấy phép nhập khẩu thuốc thú y": "1.003462",
		// A part of a group done together is another group (the older
		// two-part 1.007073), and no one procedure of it either.
		"Đăng ký khai tử, Xóa đăng ký thường trú": "",
		"Cấp giấy phép": "",
	})
	// With the sibling that reads the same left out of the catalogue (a
	// procedure the catalogue lacks): a compound cut ("sản phẩm[, dịch
	// vụ …]"), a case after the list ("… khi thay đổi địa điểm") or a
	// scope of it ("… đối với cán bộ xã") is no name's first items.
	ps := []catalog.Procedure{
		{Code: "2.000605", Name: "Giải quyết hưởng lương hưu, trợ cấp hằng tháng đối với cán bộ xã"},
		{Code: "3.000341", Name: "Cấp lại Giấy phép kinh doanh sản phẩm, dịch vụ an toàn thông tin mạng"},
		{Code: "2.000552", Name: "Cấp lại Giấy phép hoạt động đối với trạm, điểm sơ cấp cứu chữ thập đỏ khi thay đổi địa điểm"},
		{Code: "2.000575", Name: "Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh, Cấp đổi sang Giấy chứng nhận đăng ký hộ kinh doanh"},
		// A scope after a semicolon is the next alternative's when that
		// opens with an act; without one it scopes the list's things.
		{Code: "1.005280", Name: "Đăng ký thành lập hợp tác xã, liên hiệp hợp tác xã; đăng ký khi hợp tác xã chia, tách"},
		{Code: "1.001193", Name: "Đăng ký khai sinh"},
		{Code: "1.009131", Name: "Thủ tục mở rộng, thu hẹp, di chuyển, chuyển quyền sở hữu kho ngoại quan; địa điểm làm thủ tục hải quan tại cảng"},
	}
	assertCodes(t, NewIndex(activeCatalog("items.csv", ps)), map[string]string{
		"Giải quyết hưởng lương hưu":                    "",
		"Cấp lại Giấy phép kinh doanh sản phẩm":         "",
		"Cấp lại Giấy phép hoạt động đối với trạm":      "",
		"Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh": "2.000575",
		"Đăng ký thành lập hợp tác xã":                  "1.005280",
		"Thủ tục mở rộng, thu hẹp, di chuyển":           "",
	})
}
