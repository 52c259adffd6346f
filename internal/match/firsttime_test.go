package match

import (
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
