package match

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestFirstTimeLeft: "lần đầu" left out after an act is the first issue
// when no other name fills its frame; a sibling there ("lần hai"), or a
// paper "đã cấp lần đầu" beside "đã cấp", keeps the guard.
func TestFirstTimeLeft(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	assertLevelCodes(t, ix, []levelCase{
		{"bo", "Cấp Giấy phép sử dụng vật liệu nổ công nghiệp đối với tổ chức, doanh nghiệp làm dịch vụ nổ mìn", "1.013540"},
		{"", "Đăng ký phương tiện đối với phương tiện chưa khai thác trên đường thủy nội địa", "1.004088"},
		{"xa", "Giải quyết khiếu nại tại cấp xã", "2.002409"},
		// "Thủ tục giải quyết khiếu nại lần hai tại cấp tỉnh" fills the frame.
		{"tinh", "Giải quyết khiếu nại tại cấp tỉnh", ""},
		// "Đính chính Giấy chứng nhận đã cấp" is another procedure.
		{"xa", "Đính chính Giấy chứng nhận đã cấp có sai sót", ""},
	})
	id := ix.procName[ix.byCode["2.002407"]]
	keys := ix.names[id].keyTok
	assert.True(t, ix.fillsFrame(id, keys[:4], keys[6:]), "%v", keys)
	assert.True(t, pastIssue([]string{"giấy", "chứng", "nhận", "đã", "cấp"}))
	assert.False(t, pastIssue([]string{"cấp", "giấy", "phép"}))
}

// TestEligibleLeft: "đủ điều kiện" left out of a certificate's name is the
// same certificate (fresh47.tsv: "Thủ Tục Cấp GCN Kinh Doanh Thể Thao
// Hoạt Động Taekwondo", a law firm's list), when no other name fills its
// frame; at a name's end it narrows the name, and stays the guard's.
func TestEligibleLeft(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	assertLevelCodes(t, ix, []levelCase{
		{"tinh", "Thủ Tục Cấp GCN Kinh Doanh Thể Thao Hoạt Động Taekwondo", "1.001195"},
		{"tinh", "Cấp Giấy chứng nhận kinh doanh hoạt động thể thao đối với môn Taekwondo", "1.001195"},
		{"tinh", "Cấp Giấy chứng nhận buôn bán phân bón", "1.007931"},
		// Two certificates, "… vào chai" and "… vào xe bồn": "chai" is no
		// word of the one the fuzzy step finds.
		{"tinh", "Cấp Giấy chứng nhận trạm nạp LPG vào chai, xe bồn", ""},
		// Another act: "thu hồi" is no "cấp".
		{"tinh", "Thu hồi Giấy chứng nhận kinh doanh hoạt động thể thao đối với môn Taekwondo", ""},
	})
}

// TestEligibleTellsNoNamesApart: no two names of the national list differ
// only by an "đủ điều kiện" inside them.
func TestEligibleTellsNoNamesApart(t *testing.T) {
	assertCutTellsNoNamesApart(t, NewIndex(dvcqgCatalog(t)), func(k []string) ([]string, bool) {
		for i := 1; i+len(eligibleKeys) < len(k); i++ {
			if slices.Equal(k[i:i+len(eligibleKeys)], eligibleKeys) {
				return append(slices.Clone(k[:i]), k[i+len(eligibleKeys):]...), true
			}
		}
		return k, false
	})
}
