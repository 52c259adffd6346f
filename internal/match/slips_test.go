package match

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestSlipInPlace: a word one letter from the name's, between the name's
// own neighbours where the catalogue never writes it, is the name's word
// misspelt; a word the catalogue writes there is another procedure's.
func TestSlipInPlace(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	assertLevelCodes(t, ix, []levelCase{
		{"huyen", "Cấp giấy phép xây dựng sửa chữa, cảo tạo đối với công trình cấp III, cấp IV và nhà ở riêng lẻ", "1.013229"},
		{"bo", "Giải quyết hưởng tiếp lương hưu, trợ cấp BHXH hàng tháng đối với người chấp hành xong hình phạt tù, người xuất cảnh trái phép trở về nước định cư hợp pháp, người được toàn án tuyên bố hủy quyết định mất tích", "2.000809"},
		// A word that tells procedures apart, misspelt ("phân chi").
		{"", "Thủ tục chứng thực văn bản thỏa thuận phân chi di sản mà di sản là động sản, quyền sử dụng đất, nhà ở", "2.001406"},
	})
	// A grade is no slip of another: "hạng II" with its own name left
	// out is not "hạng I".
	assertLevelCodes(t, leaveOutIndex(t, "1.000049"), []levelCase{
		{"tinh", "Cấp, gia hạn, cấp lại, cấp đổi chứng chỉ hành nghề đo đạc và bản đồ hạng II", ""},
	})
	assert.False(t, slipLong("ii"))
	assert.False(t, slipLong("vii"))
	assert.False(t, slipLong("2a"))
	assert.True(t, slipLong("chia"))
	// "… trạm nạp LNG …" is another procedure than "… LPG …" ("LNG"
	// stands beside "nạp" in other names), even with its own name and
	// "… CNG …" left out.
	left := leaveOutIndex(t, "2.000376", "1.000444")
	assertLevelCodes(t, left, []levelCase{
		{"tinh", "Cấp lại Giấy chứng nhận đủ điều kiện trạm nạp LNG vào phương tiện vận tải", ""},
	})
	slip := func(entry, code string, p, q int) bool {
		sc := ix.scratch.Get().(*scratch)
		defer ix.scratch.Put(sc)
		etoks, _ := ix.entryTokens(sc, ix.normalize(entry))
		return ix.slipInPlace(etoks, p, ix.names[ix.procName[ix.byCode[code]]].keyTok, q)
	}
	assert.True(t, slip("Cấp giấy phép xây dựng sửa chữa, cảo tạo", "1.013229", 7, 7))
	// "tạm xuất" stands in other names: a word of its own there.
	assert.False(t, slip("Cấp giấy phép CITES xuất khẩu, tạm xuất khẩu mẫu vật", "1.003903", 6, 6))
	// The entry stops where the name goes on: no place to be misspelt in.
	assert.False(t, slip("Cấp giấy phép xây dựng sửa chữa, cảo", "1.013229", 7, 7))
}

// TestDoubledInCatalogue: a word the national list writes twice by a
// slip ("khai thác bến bến phà") is written once by the portals; only
// one copy is forgiven, so an entry without the word is still short of
// it.
func TestDoubledInCatalogue(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	assertLevelCodes(t, ix, []levelCase{
		{"tinh", "Phê duyệt quy trình vận hành, khai thác bến phà, bến khách ngang sông sử dụng phà một lưỡi chở hành khách và xe ô tô", "1.005021"},
	})
	keys := []string{"khai", "thác", "bến", "bến", "phà", "bến", "khách"}
	cOK := []bool{false, false}
	doubledLeft(keys, []int{3, 5}, cOK)
	assert.Equal(t, []bool{true, false}, cOK, "one copy forgiven, not two")
	cOK = []bool{false}
	doubledLeft([]string{"cấp", "giấy", "phép"}, []int{2}, cOK)
	assert.False(t, cOK[0], "no word written twice")
}
