package match

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestElidedParts: a mark between a name's words parts it into its start
// and its end; one that closes it, or a bracket's list of examples, or
// several, does not.
func TestElidedParts(t *testing.T) {
	for _, c := range []struct{ text, head, tail string }{
		{"Cấp, cấp lại Phù hiệu cho xe ô tô … kinh doanh vận tải", "Cấp, cấp lại Phù hiệu cho xe ô tô ", "kinh doanh vận tải"},
		{"Cấp, cấp lại Phù hiệu cho xe ô tô...kinh doanh vận tải", "Cấp, cấp lại Phù hiệu cho xe ô tô", "kinh doanh vận tải"},
		{"Cấp, cấp lại Phù hiệu cho xe ô tô &hellip; kinh doanh vận tải", "Cấp, cấp lại Phù hiệu cho xe ô tô ", "kinh doanh vận tải"},
		{"Cấp, cấp lại Phù hiệu cho xe ô tô ….. kinh doanh vận tải", "Cấp, cấp lại Phù hiệu cho xe ô tô ", "kinh doanh vận tải"},
		{"Cấp, cấp lại Phù hiệu cho xe ô tô &amp;hellip; kinh doanh vận tải", "Cấp, cấp lại Phù hiệu cho xe ô tô ", "kinh doanh vận tải"},
		{"Cấp, cấp lại Phù hiệu cho xe ô tô &#x2026; kinh doanh vận tải", "Cấp, cấp lại Phù hiệu cho xe ô tô ", "kinh doanh vận tải"},
		{"Cấp, cấp lại Phù hiệu cho xe &#244; t&#244; kinh doanh vận tải", "", ""},
		// Not a gap.
		{"Đăng ký khai sinh…", "", ""},
		{"Cấp bản sao Trích lục hộ tịch (khai sinh, kết hôn, khai tử...)", "", ""},
		{"Cấp giấy phép … xe … giới hạn", "", ""},
		{"Cấp Giấy phép lưu hành xe quá tải trọng", "", ""},
		{"… kinh doanh vận tải", "", ""},
	} {
		head, tail, ok := elidedParts(c.text)
		assert.Equal(t, c.head != "", ok, c.text)
		assert.Equal(t, c.head, head, c.text)
		assert.Equal(t, c.tail, tail, c.text)
	}
}

// TestElidedNames: an elided name is the one catalogue name that opens
// with its start and closes with its end (fresh12.tsv: a provincial
// portal's list); when several do, or the sides are too short to tell,
// it is none of them.
func TestElidedNames(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	assertLevelCodes(t, ix, []levelCase{
		{"tinh", "Cấp, cấp lại Phù hiệu cho xe ô tô … kinh doanh vận tải", "2.002288"},
		{"", "Cấp, cấp lại phù hiệu cho xe ô tô ... kinh doanh vận tải", "2.002288"},
		{"tinh", "1. Cấp, cấp lại Phù hiệu cho xe ô tô &hellip; kinh doanh vận tải", "2.002288"},
		{"bo", "Gia hạn, điều chỉnh giấy phép khai thác … đêm trở lên", "1.000060"},
		// Several names fit: two permits of ground water, three civil
		// status registrations at the border.
		{"bo", "Gia hạn, điều chỉnh giấy phép … đêm trở lên", ""},
		{"tinh", "Thủ tục đăng ký … có yếu tố nước ngoài tại khu vực biên giới", ""},
		// Too short either side, or no name fits.
		{"tinh", "Cấp giấy … kinh doanh vận tải", ""},
		{"tinh", "Cấp, cấp lại Phù hiệu cho xe ô tô … tải", ""},
		{"tinh", "Cấp Chứng chỉ hành nghề dược ... theo hình thức xét hồ sơ", ""},
	})
}
