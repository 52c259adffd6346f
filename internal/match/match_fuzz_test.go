package match

import (
	"testing"
)

// FuzzMatch checks that Match never panics on arbitrary text and code,
// answers a consistent Match, and scores in [0,1].
func FuzzMatch(f *testing.F) {
	for _, s := range [][2]string{
		{"Đăng ký khai sinh", ""},
		{"Thủ tục đăng ký lại khai sinh (1.004884)", ""},
		{"Cấp giấy giới thiệu đi thăm vếng mộ liệt sỹ", "2.000620"},
		{"Hỗ trợ tiền thăm viếng mộ liệt sĩ, di chuyển…", ""},
		{"Đăng ký khai sinh có yếu tố nư", "1.001193.000.00.00.H01"},
		{"&#272;&#259;ng k&yacute; &amp; (", "3."},
		{"\xff\xfe ủy ban nhân dân cấp xã", "1.0"},
		{"...", "..."},
		{"PLAM_12/HT_Thủ tục đăng ký khai sinh lưu động", ""},
		{"Tên thủ tục: Cấp lại Giấy phép bán lẻ rượu cấp tỉnh, cấp huyện", ""},
		{"Thủ tuc đăng ký khai sinh (Công bố chuẩn hóa tại Quyết định số 745/QĐ-UBND)", ""},
		{"Cấp Giấy phép bán l,ẻ rượu tại Công an cấp tỉnh", ""},
		{"Đăng ký đổi tên hợp tác xã khi chuyển", ""},
		{"Đăng ký thay đổi của", ""},
		{"trên địa bàn cấp xã", ""},
		{"Đăng ký khai sinh tại địa bàn thị xã", ""},
		{"Thanh lý rừng trồng thuộc thẩm quyền quyết định của bộ, cơ quan trung ương và địa phương quản lý", ""},
		{"Cấp bản sao trích lục hộ tịch (khai sinh,, kết hôn, )", ""},
		{"Cấp lại Giấy phép bán lẻ rượu do mất, rách, hỏng hoặc sai sót thông tin", ""},
		{"theo Nghị định số 14/2020/NĐ-CP của Chính phủ của Thủ tướng", ""},
		{"Cấp lại Cấp Giấy phép bán lẻ rượu trong phạm vi một tỉnh", ""},
		{"", ""},
	} {
		f.Add(s[0], s[1])
	}
	ix := NewIndex(familyCatalog())
	f.Fuzz(func(t *testing.T, text, code string) {
		m := ix.Match(text, code)
		if m.Score < 0 || m.Score > 1 {
			t.Fatalf("score %v out of [0,1] for %q/%q", m.Score, text, code)
		}
		switch m.Kind {
		case MatchNone:
			if m.Procedure != nil {
				t.Fatalf("no match but a procedure for %q", text)
			}
		case MatchAmbiguous:
			if m.Procedure != nil || len(m.Candidates) == 0 {
				t.Fatalf("ambiguous %q: %+v", text, m)
			}
		case MatchReview:
			if m.Procedure != nil || m.Review == nil || m.Review.Candidate == nil || m.Review.Score < 0 || m.Review.Score > 1 {
				t.Fatalf("review %q: %+v", text, m)
			}
		default:
			if m.Procedure == nil {
				t.Fatalf("kind %s without a procedure for %q", m.Kind, text)
			}
		}
		ix.LooksLikeProcedure(text)
	})
}
