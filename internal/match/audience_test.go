package match

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestAudienceCut: the social-insurance portal's "- Dành cho tổ chức"
// after a name is a portal's note (portalNotesCut, audienceTag);
// "dành cho" inside a name stays.
func TestAudienceCut(t *testing.T) {
	for in, want := range map[string]string{
		"Cấp lại sổ BHXH do điều chỉnh nội dung đã ghi trên sổ BHXH - Dành cho tổ chức":    "Cấp lại sổ BHXH do điều chỉnh nội dung đã ghi trên sổ BHXH",
		"Ký hợp đồng khám, chữa bệnh bảo hiểm y tế (hàng năm) - Dành cho tổ chức":          "Ký hợp đồng khám, chữa bệnh bảo hiểm y tế (hàng năm)",
		"Cấp lại, đổi thẻ BHYT do mất, hỏng không thay đổi thông tin – dành cho cá nhân.":  "Cấp lại, đổi thẻ BHYT do mất, hỏng không thay đổi thông tin",
		"Đăng ký đóng bảo hiểm xã hội tự nguyện (Dành cho cá nhân)":                        "Đăng ký đóng bảo hiểm xã hội tự nguyện",
		"Cấp giấy phép xây dựng công trình thiết yếu trong phạm vi đất dành cho đường sắt": "",
		"Thành lập hoặc cho phép thành lập trường dành cho người khuyết tật":               "",
		"Khai báo - Dành cho tổ chức": "",
	} {
		got, ok := portalNotesCut(in)
		assert.Equal(t, want != "", ok, in)
		if ok {
			assert.Equal(t, want, got, in)
		}
	}
	assertCodes(t, NewIndex(dvcqgCatalog(t)), map[string]string{
		"Ký hợp đồng khám, chữa bệnh bảo hiểm y tế (hàng năm) - Dành cho tổ chức": "1.001798",
	})
}
