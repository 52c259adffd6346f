package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestPlausibleName(t *testing.T) {
	for text, want := range map[string]bool{
		"Thủ tục thăm viếng mộ liệt sỹ":         true,
		"Cấp giấy phép xây dựng nhà ở riêng lẻ": true,
		"Đăng ký khai sinh":                     true,
		"Đánh giá mức độ hài lòng":              false,
		"Xem chi tiết":                          false,
		"Trang 2":                               false,
		"In trang này":                          false,
		"Tải về biểu mẫu":                       false,
		"Bình chọn":                             false,
		"12345 67890 1":                         false,
		"Đăng nhập":                             false,
		"Mức độ hài lòng của người dân với thủ tục khai sinh": false,
		// Procedures opening with a word the site's links also open with.
		"Tiếp nhận đối tượng cần bảo vệ khẩn cấp vào cơ sở trợ giúp xã hội": true,
		"Thông báo tổ chức lễ hội cấp xã":                                   true,
		"Đánh giá, công nhận xã đạt chuẩn tiếp cận pháp luật":               true,
		"Tiếp theo":        false,
		"Thông báo mới":    false,
		"Xem thêm thủ tục": false,
	} {
		assert.Equal(t, want, PlausibleName(text), text)
	}
}
