package match

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/tthcaudit/tthcaudit/internal/catalog"
)

// TestLaterItem: an entry naming the procedure by a later item of the
// list after its act, the items opening alike, is that procedure; an
// act left out, a name with a qualifier in brackets, or an item the
// entry changes is not.
func TestLaterItem(t *testing.T) {
	assertCodes(t, NewIndex(dvcqgCatalog(t)), map[string]string{
		"Cấp bản sao Giấy khai sinh":         "2.000635",
		"Thủ tục cấp bản sao giấy khai sinh": "2.000635",
		// A word of its own the name lacks.
		"Cấp bản sao Giấy khai sinh điện tử": "",
		// The domestic case, which the national list leaves unsaid.
		"Cấp bản sao Giấy khai sinh trong nước": "2.000635",
	})
	ps := []catalog.Procedure{
		{Code: "2.000635", Name: "Cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh"},
		{Code: "1.000001", Name: "Cấp, cấp lại giấy phép bán lẻ rượu"},
		{Code: "1.000002", Name: "Cấp giấy chứng nhận hạng B (trừ tổ chức do Bộ thành lập), hạng C"},
		{Code: "1.000003", Name: "Đăng ký khai sinh"},
	}
	ix := NewIndex(activeCatalog("items.csv", ps))
	m, ok := ix.laterItem(ix.normalize("Cấp bản sao Giấy khai sinh"))
	if assert.True(t, ok) && assert.NotNil(t, m.Procedure) {
		assert.Equal(t, "2.000635", m.Procedure.Code)
	}
	for _, e := range []string{"Cấp lại giấy phép bán lẻ rượu", "Cấp giấy chứng nhận hạng C", "Cấp bản sao Giấy khai tử"} {
		_, ok := ix.laterItem(ix.normalize(e))
		assert.False(t, ok, e)
	}
}

// TestNamesMore: an entry listing a group's procedures, or two at one
// counter joined by a slash, is none of them alone.
func TestNamesMore(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	assertCodes(t, ix, map[string]string{
		"Đăng ký khai tử, Xóa đăng ký thường trú": "",
		// A portal's note after the list changes nothing.
		"Đăng ký khai tử, Xóa đăng ký thường trú (Mức độ 4)": "",
		"Đăng ký khai tử, Xóa đăng ký thường trú - Một phần": "",
		"Đăng ký khai sinh/khai tử có yếu tố nước ngoài":     "",
		"Đăng ký khai sinh có yếu tố nước ngoài":             "2.000528",
		// The issue and, after the slash, its re-issue: the list has one
		// procedure for each, as for "Cấp, cấp lại X" (namesTwo).
		"Cấp giấy phép kinh doanh dịch vụ lữ hành nội địa/cấp lại": "",
		// A name listing its own items is that name.
		"Chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch": "2.000913",
	})
	assert.Equal(t, "Đăng ký khai tử, Xóa đăng ký thường trú", withoutNotes("Đăng ký khai tử, Xóa đăng ký thường trú (Toàn trình) - Mức độ 4."))
	assert.Equal(t, "Cấp hộ chiếu (mất, hỏng)", withoutNotes("Cấp hộ chiếu (mất, hỏng)"))
	assert.True(t, slashedPair("Đăng ký khai sinh/khai tử"))
	assert.False(t, slashedPair("Phí: 50.000 đồng/trường hợp"))
	assert.False(t, slashedPair("Lĩnh vực Hộ tịch / Thủ tục xác nhận thông tin hộ tịch"))
}

// TestListsAnother: an entry listing, in one name's frame, another
// catalogue name beside it names both procedures, neither alone; a word
// put in without a comma or "và" is no item.
func TestListsAnother(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	assertCodes(t, ix, map[string]string{
		"Đăng ký kết hôn và nhận cha, mẹ, con có yếu tố nước ngoài": "",
		"Đăng ký kết hôn, nhận cha, mẹ, con có yếu tố nước ngoài":   "",
		"Đăng ký nhận cha, mẹ, con và kết hôn có yếu tố nước ngoài": "",
		"Xóa đăng ký phương tiện và tàu cá":                         "",
		// A name whole after an item of its own (fresh40.tsv).
		"Đăng ký khai thác nước mặt, nước biển, đăng ký sử dụng mặt nước, đào hồ, ao, sông, suối, kênh, mương, rạch": "",
		"Đăng ký sử dụng mặt nước, đào hồ, ao, sông, suối, kênh, mương, rạch":                                        "1.012502",
		// Each alone is its procedure.
		"Đăng ký nhận cha, mẹ, con có yếu tố nước ngoài": "2.000779",
		"Đăng ký kết hôn có yếu tố nước ngoài":           "2.000806",
		// "giấy" put in is a word, not an item.
		"Cấp lại Giấy chứng nhận huấn luyện kỹ thuật an toàn vật liệu nổ công nghiệp": "2.000210",
	})
}

// TestItemAdded: an activity put in before a comma widens a licence to
// another procedure; the older title's words put in so name the same.
func TestItemAdded(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	assertCodes(t, ix, map[string]string{
		"Cấp Giấy chứng nhận đủ điều kiện an toàn thực phẩm đối với cơ sở sản xuất, kinh doanh thực phẩm": "",
		"Cấp Giấy chứng nhận đủ điều kiện an toàn thực phẩm đối với cơ sở kinh doanh thực phẩm":           "2.000117",
		"Sửa lỗi sai sót trong hợp đồng, giao dịch":                                                       "2.000927",
		"Gia hạn Giấy phép, năng định cho người lái tàu bay":                                              "1.004270",
	})
	id := ix.nameOf(ix.Match("Cấp Giấy chứng nhận đủ điều kiện an toàn thực phẩm đối với cơ sở kinh doanh thực phẩm", ""))
	assert.Equal(t, []string{"sản", "xuất"}, ix.itemAdded("Cấp Giấy chứng nhận đủ điều kiện an toàn thực phẩm đối với cơ sở sản xuất, kinh doanh thực phẩm", "cap giay chung nhan du dieu kien an toan thuc pham doi voi co so san xuat kinh doanh thuc pham", id))
	assert.Nil(t, ix.itemAdded("Cấp Giấy chứng nhận đủ điều kiện an toàn thực phẩm đối với cơ sở kinh doanh thực phẩm", "cap giay chung nhan du dieu kien an toan thuc pham doi voi co so kinh doanh thuc pham", id))
	assert.Nil(t, ix.itemAdded("Cấp Giấy chứng nhận đủ điều kiện an toàn thực phẩm đối với cơ sở sản xuất, kinh doanh thực phẩm", "cap giay chung nhan du dieu kien an toan thuc pham doi voi co so san xuat kinh doanh thuc pham", -1))
}

// listPairsCeiling is how many of the national list's pairs of names of
// one frame, listed together ("Đăng ký kết hôn và nhận cha, mẹ, con có
// yếu tố nước ngoài"), may still be given one code: most of those left
// name two levels of one procedure ("… thực hiện tại cấp trung ương,
// tỉnh"), which the stacked levels leave to the portal's level.
const listPairsCeiling = 71

// TestListedPairsPrecision lists every two names of the national list
// that open alike (their first two words) and differ in a middle of at
// most six words, joined by "và" or a comma in the frame they share, and
// counts those given one code. Before listsAnother: 489 of 2,704.
func TestListedPairsPrecision(t *testing.T) {
	if testing.Short() {
		t.Skip("matches 2,704 lists")
	}
	cat := dvcqgCatalog(t)
	ix := NewIndex(cat)
	byHead := map[string][]int{}
	keys := make([][]string, len(cat.Procedures))
	for i, p := range cat.Procedures {
		keys[i] = strings.Fields(ix.normalize(p.Name).Key)
		if len(keys[i]) >= 3 {
			h := keys[i][0] + " " + keys[i][1]
			byHead[h] = append(byHead[h], i)
		}
	}
	lists, coded := 0, 0
	for _, ids := range byHead {
		for x := 0; x < len(ids) && x < 40; x++ {
			for y := 0; y < len(ids) && y < 40; y++ {
				a, b := keys[ids[x]], keys[ids[y]]
				p, s := commonEnds(a, b)
				xa, xb := a[p:len(a)-s], b[p:len(b)-s]
				if x == y || p == 0 || len(xa) == 0 || len(xb) == 0 || len(xa) > 6 || len(xb) > 6 {
					continue
				}
				for _, sep := range []string{" và ", ", "} {
					e := strings.Join(slices.Concat(a[:p], xa), " ") + sep + strings.Join(slices.Concat(xb, a[len(a)-s:]), " ")
					lists++
					if m := ix.MatchIn(e, "", Context{}); m.Procedure != nil {
						coded++
					}
				}
			}
		}
	}
	t.Logf("%d lists of two names, %d given one code", lists, coded)
	assert.Greater(t, lists, 2000)
	assert.LessOrEqual(t, coded, listPairsCeiling)
}

// commonEnds is how many words a and b share at their start, and then at
// their end in what is left.
func commonEnds(a, b []string) (p, s int) {
	for p < len(a) && p < len(b) && a[p] == b[p] {
		p++
	}
	for s < len(a)-p && s < len(b)-p && a[len(a)-1-s] == b[len(b)-1-s] {
		s++
	}
	return p, s
}

// TestListedActsPrecision lists, for every "Cấp X" of the national list
// that has a "Cấp lại X", "Cấp đổi X", "Gia hạn X" or "Điều chỉnh X"
// beside it, the two acts joined by a comma, a slash, "và" or "hoặc":
// none names one procedure. Before actsListed: 32 of 640 did.
func TestListedActsPrecision(t *testing.T) {
	cat := dvcqgCatalog(t)
	ix := NewIndex(cat)
	byName := map[string]bool{}
	for _, p := range cat.Procedures {
		byName[strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(p.Name, "Thủ tục "), "thủ tục "))] = true
	}
	lists := 0
	for name := range byName {
		rest, ok := strings.CutPrefix(name, "cấp ")
		if !ok || strings.HasPrefix(rest, "lại ") || strings.HasPrefix(rest, "đổi ") {
			continue
		}
		for _, second := range []string{"cấp lại", "cấp đổi", "gia hạn", "điều chỉnh"} {
			if !byName[second+" "+rest] {
				continue
			}
			for _, sep := range []string{", ", " và ", "/", " hoặc "} {
				e := "Cấp" + sep + second + " " + rest
				if byName[strings.ToLower(e)] {
					continue // the catalogue's own list
				}
				lists++
				m := ix.MatchIn(e, "", Context{})
				assert.Nil(t, m.Procedure, "%s: %s", e, m.Kind)
			}
		}
	}
	assert.Greater(t, lists, 500)
}

// TestDashedNote: a note after a dash opens with what portals note, and a
// decision carries its number or is said in a few words; a whole other
// name after a dash is no note.
func TestDashedNote(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	assertLevelCodes(t, ix, []levelCase{
		{"xa", "Đăng ký khai tử - Quyết định 1234/QĐ-UBND", "1.000656"},
		{"xa", "Đăng ký khai tử - Quyết định công bố", "1.000656"},
		{"xa", "Đăng ký khai tử - Trực tuyến toàn trình", "1.000656"},
		{"tinh", "Thủ tục thu hồi Giấy chứng nhận tổ chức giám định sở hữu công nghiệp - Quyết định chuyển mục đích sử dụng rừng sang mục đích khác", ""},
		{"tinh", "Thủ tục cấp Giấy phép xuất khẩu, nhập khẩu sản phẩm mật mã dân sự - Phê duyệt Trang thông tin đấu giá trực tuyến", ""},
	})
}

// TestNamesTwo: an entry writing another catalogue name whole beside the
// one found, parted by a semicolon, a dash or a slash, names two
// procedures; the list's own merged names, parted so, are still found.
func TestNamesTwo(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	assertLevelCodes(t, ix, []levelCase{
		{"xa", "Chứng thực văn bản từ chối nhận di sản; chứng thực văn bản phân chia di sản mà di sản là động sản, quyền sử dụng đất, nhà ở", ""},
		{"xa", "Chứng thực văn bản từ chối nhận di sản - chứng thực văn bản phân chia di sản mà di sản là động sản, quyền sử dụng đất, nhà ở", ""},
		{"", "Cấp Bằng “Tổ quốc ghi công”/cấp Bằng “Tổ quốc ghi công” đối với người hy sinh thuộc các trường hợp quy định tại Điều 14", ""},
		// A name with a level before the dash is no level badge.
		{"tinh", "Công nhận khu vực biển cấp tỉnh - giải quyết tố cáo tại cấp tỉnh", ""},
		{"tinh", "Cấp lại giấy phép môi trường (cấp Tỉnh) - đăng ký lại khai sinh có yếu tố nước ngoài", ""},
		// A badge is none: the name after it is found.
		{"xa", "TTHC cấp xã - Hộ tịch - Đăng ký khai tử", "1.000656"},
		{"xa", "Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh; Cấp đổi sang Giấy chứng nhận đăng ký hộ kinh doanh", "2.000575"},
		{"xa", "Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh; cấp đổi sang Giấy chứng nhận đăng ký hộ kinh doanh.", "2.000575"},
	})
}
