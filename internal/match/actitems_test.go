package match

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/tthcaudit/tthcaudit/internal/catalog"
)

// TestActItemsLeftOut: an entry naming some of the acts a catalogue
// name lists between commas, and nothing the name lacks, is that
// procedure; an entry saying more, leaving out the first act, leaving
// out words that tell procedures apart with an act, or only cutting the
// list short is not taken so.
func TestActItemsLeftOut(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	assertLevelCodes(t, ix, []levelCase{
		{"xa", "Thủ tục Thay đổi, cải chính hộ tịch", "1.004859"},
		{"xa", "Đăng ký thay đổi, cải chính hộ tịch", "1.004859"},
		{"huyen", "Xác định lại dân tộc", "1.004859"},
		{"tinh", "Cấp lại, đổi thẻ BHYT", "1.002759"},
		// The objects of an act left out after the act named: "nuôi
		// dưỡng hàng tháng" is the second object of "hỗ trợ kinh phí
		// chăm sóc".
		{"xa", "Thôi hưởng trợ cấp xã hội hàng tháng", "1.001776"},
		// One act and the object, too small a part of the name to be
		// a candidate: held whole by it, scored without the acts left
		// out (holding.go).
		{"xa", "Cải chính hộ tịch", "1.004859"},
		{"xa", "Thủ tục thay đổi hộ tịch", "1.004859"},
		{"xa", "Thực hiện trợ cấp xã hội hàng tháng", "1.001776"},
		{"huyen", "Điều chỉnh trợ cấp xã hội hàng tháng", "1.001776"},
		// Acts alone (the object alone is TestActListObject's).
		{"xa", "Gia hạn, cấp lại", ""},
		// A case of its own after the words the name has.
		{"", "Thẩm định hồ sơ mời thầu công trình", ""},
	})
	// The first act left out: the pharmacist's certificate alone is no
	// joint procedure with the criminal record ("Liên thông thủ tục hành
	// chính cấp Chứng chỉ hành nghề dược … với thủ tục Cấp phiếu lý lịch
	// tư pháp …").
	m := ix.Match("Thủ tục Cấp Chứng chỉ hành nghề dược (bao gồm cả trường hợp cấp Chứng chỉ hành nghề dược nhưng Chứng chỉ hành nghề dược bị thu hồi theo quy định tại các khoản 1, 2, 4, 5, 6, 7, 8, 9, 10, 11 Điều 28 của Luật dược) theo hình thức xét hồ sơ.", "")
	if m.Procedure != nil {
		assert.NotEqual(t, "1.011501", m.Procedure.Code)
	}
	// A word paired out of place is no object the acts share: "tự
	// nguyện" closes 1.009803's second item, not the first's act.
	m = leaveOutIndex(t, "1.009527").Match("Chấm dứt tự nguyện hoạt động cung cấp dịch vụ bù trừ", "")
	if m.Procedure != nil {
		assert.NotEqual(t, "1.009803", m.Procedure.Code)
	}
	// Objects of a list before the items the entry names are what the
	// list goes on from, not acts it leaves out: the end of one
	// quarantine's list of movements is no procedure.
	for _, name := range []string{"chuyển cửa khẩu, quá cảnh lãnh thổ Việt Nam", "an toàn kỹ thuật và bảo vệ môi trường phương tiện giao thông đường sắt"} {
		assert.Nil(t, ix.Match(name, "").Procedure, name)
	}
	// A list of objects or of long items is no list of acts: "cơ quan
	// trung ương" closes "Thanh lý rừng trồng … của bộ, cơ quan trung
	// ương"; "Phê duyệt dự án" is an item of "Thẩm định báo cáo nghiên
	// cứu khả thi, phê duyệt dự án, điều chỉnh dự án áp dụng loại hợp
	// đồng BT …", whose first item is no bare act (and whose projects
	// it does not say).
	for _, name := range []string{"cơ quan trung ương", "G4 trên mạng (địa phương)"} {
		assert.Nil(t, ix.Match(name, "").Procedure, name)
	}
	m = leaveOutIndex(t, "1.012535", "1.012534").Match("Phê duyệt dự án", "")
	if m.Procedure != nil {
		assert.NotEqual(t, "1.009492", m.Procedure.Code)
	}
	ix = NewIndex(activeCatalog("acts.csv", []catalog.Procedure{
		{Code: "1.000001", Name: "Cấp, gia hạn, thu hồi giấy phép hoạt động bến thủy nội địa"},
	}))
	// The bare first act left out, the others named.
	assertCodes(t, ix, map[string]string{"Gia hạn, thu hồi giấy phép hoạt động bến thủy nội địa": "1.000001"})
}

// TestActListObject: the object of a name's act list, named alone, is
// that procedure when no other name's list has it so; half an act's
// word, a short object and an object the list goes on qualifying are
// not.
func TestActListObject(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	assertLevelCodes(t, ix, []levelCase{
		{"xa", "Trợ cấp xã hội hàng tháng", "1.001776"},
		{"xa", "Thủ tục trợ cấp xã hội hàng tháng", "1.001776"},
		{"tinh", "Phương án bảo vệ đập", "1.013399"},
	})
	for _, tc := range []struct {
		entry string
		want  bool
	}{
		{"Trợ cấp xã hội hàng tháng", true},
		// The name's object goes on: "… hàng tháng cho người cao tuổi …"
		// is 1.012823's, whose item does not end there.
		{"Trợ cấp xã hội hàng tháng cho người cao tuổi", false},
		// "[bổ] sung …": half of the act's word.
		{"sung giấy chứng nhận đăng ký phát triển điện mặt trời mái nhà tự sản xuất", false},
		// Four words name a heading, not an allowance.
		{"Kế hoạch quản lý", false},
	} {
		sc := ix.scratch.Get().(*scratch)
		etoks, _ := ix.entryTokens(sc, ix.normalize(tc.entry))
		_, _, ok := ix.oneActListObject(etoks)
		ix.scratch.Put(sc)
		assert.Equal(t, tc.want, ok, tc.entry)
	}
}
