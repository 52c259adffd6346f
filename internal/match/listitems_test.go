package match

import (
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
		"Cấp bản sao Giấy khai sinh trong nước": "",
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
		"Đăng ký khai tử, Xóa đăng ký thường trú (Mức độ 4)":       "",
		"Đăng ký khai tử, Xóa đăng ký thường trú - Một phần":       "",
		"Đăng ký khai sinh/khai tử có yếu tố nước ngoài":           "",
		"Đăng ký khai sinh có yếu tố nước ngoài":                   "2.000528",
		"Cấp giấy phép kinh doanh dịch vụ lữ hành nội địa/cấp lại": "2.001616",
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
