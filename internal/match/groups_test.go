package match

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestGroupItems: a group lists procedures, the second one the
// catalogue names on its own; acts or things of one procedure are no
// group, and a lead such as "Liên thông" is none of its procedures.
func TestGroupItems(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	for _, tc := range []struct {
		text  string
		items int
	}{
		{"Đăng ký khai tử, xóa đăng ký thường trú, giải quyết mai táng phí, tử tuất", 4},
		{"16. Liên thông đăng ký khai tử - Xóa đăng ký thường trú - Trợ cấp mai táng phí", 3},
		{"Thủ tục liên thông về đăng ký khai tử, xóa đăng ký thường trú, hưởng chế độ tử tuất (trợ cấp tuất và trợ cấp mai táng)/hỗ trợ chi phí mai táng/hưởng mai táng phí", 5},
		{"Liên thông đăng ký khai tử, xóa đăng ký thường trú", 0},
		{"Đăng ký sửa đổi, bổ sung nội dung tổ chức hội chợ, triển lãm thương mại tại Việt Nam", 0},
		{"Đăng ký cấp quyền khai thác, sử dụng thông tin, dữ liệu về nhà ở và thị trường bất động sản", 0},
		{"Cấp, cấp lại giấy phép khai thác thủy sản", 0},
		{"Đăng ký khai sinh", 0},
		// The events alone, their registration implied (the press).
		{"liên thông khai tử – xóa đăng ký thường trú – trợ cấp mai táng phí", 3},
		{"thủ tục liên thông khai sinh – thường trú – cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi", 3},
	} {
		items, ok := ix.groupItems(tc.text, true)
		assert.Equal(t, tc.items > 0, ok, tc.text)
		if ok {
			assert.Len(t, items, tc.items, tc.text)
		}
	}
}

// TestGroupMatch: a group written with portals' separators and leads is
// the catalogue's group with the same first procedures; the older group
// of two, the older name with its lead, and a group naming a procedure
// the catalogue's lacks are not.
func TestGroupMatch(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	assertCodes(t, ix, map[string]string{
		"Liên thông Đăng ký khai tử - xóa đăng ký thường trú - trợ cấp mai táng phí":                                                                                        "2.002622",
		"Đăng ký khai tử, xóa đăng ký thường trú, trợ cấp mai táng phí":                                                                                                     "2.002622",
		"Thủ tục liên thông về đăng ký khai tử, xóa đăng ký thường trú, hưởng chế độ tử tuất (trợ cấp tuất và trợ cấp mai táng)/hỗ trợ chi phí mai táng/hưởng mai táng phí": "2.002622",
		"Đăng ký khai tử, Xóa đăng ký thường trú":                                                                                                                           "",
		"liên thông khai tử – xóa đăng ký thường trú – trợ cấp mai táng phí":                                                                                                "2.002622",
		// One procedure "(liên thông)": done with others, the group's.
		"Đăng ký Khai sinh (liên thông)": "",
		"Đăng ký khai sinh (Mức độ 4)":   "1.001193",
		"Đăng ký khai tử, xóa đăng ký thường trú, cấp giấy phép xây dựng nhà ở": "",
		// The older group and Decree 63/2024's online one, which the
		// label "Liên thông điện tử" announces (leadlabel.go).
		"Liên thông điện tử: đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi":              "2.002621",
		"Liên thông thủ tục hành chính về đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi": "2.000986",
		"Đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi":                                  "2.002621",
	})
	lo := leaveOutIndex(t, "2.000986")
	m := lo.Match("Liên thông thủ tục hành chính về đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi", "")
	assert.Nil(t, m.Procedure, "got %v", m.Procedure)
}
