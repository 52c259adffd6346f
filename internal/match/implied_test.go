package match

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRegisteredEvent: a civil-status or residence event published
// without its "Đăng ký" is the catalogue's registration of it; an entry
// opening with words some catalogue name opens with gets no such form,
// and the form is only looked up, never compared fuzzily.
func TestRegisteredEvent(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	tests := []struct{ in, want string }{
		{"Thủ tục khai tử", "1.000656"},
		{"Khai sinh", "1.001193"},
		{"Kết hôn có yếu tố nước ngoài", "2.000806"},
		{"Thường trú", "1.004222"},
		{"Nhận cha, mẹ, con", "1.001022"},
		{"Khai tử lưu động", "1.000419"},
		// Nothing the catalogue registers under these words.
		{"Khai tử cho người nước ngoài chết tại nhà", ""},
		{"Kết hôn", "1.000894"},
		// Two procedures "đăng ký" alone tells apart.
		{"Đăng ký đề nghị hỗ trợ đầu tư", "3.000176"},
		{"Đề nghị hỗ trợ đầu tư", "1.009475"},
	}
	for _, tt := range tests {
		m := ix.Match(tt.in, "")
		if tt.want == "" {
			assert.Nil(t, m.Procedure, tt.in)
			continue
		}
		require.NotNil(t, m.Procedure, "%s: %s", tt.in, m.Kind)
		assert.Equal(t, tt.want, m.Procedure.Code, tt.in)
		assert.Contains(t, []MatchKind{MatchNormalized, MatchExact}, m.Kind, tt.in)
	}
	// "Thay đổi …" opens catalogue names of its own: no registered form.
	s, ok := seqOf(ix.normalize("Thay đổi, cải chính, bổ sung thông tin hộ tịch"))
	require.True(t, ok)
	_, ok = ix.registered(s)
	assert.False(t, ok)
}

// TestActSaidOtherWays: issuing the certificate of X is the catalogue's
// "Công nhận X", looked up word for word; an object too short, or one
// the catalogue names under other words, gets no code from the form.
func TestActSaidOtherWays(t *testing.T) {
	assertCodes(t, NewIndex(dvcqgCatalog(t)), map[string]string{
		"Cấp Giấy chứng nhận doanh nghiệp nông nghiệp ứng dụng công nghệ cao":        "1.003388",
		"Cấp chứng nhận lại doanh nghiệp nông nghiệp ứng dụng công nghệ cao":         "1.003371",
		"Cấp giấy chứng nhận câu lạc bộ thể thao cơ sở":                              "2.000794",
		"Đổi thẻ hướng dẫn viên du lịch quốc tế, thẻ hướng dẫn viên du lịch nội địa": "1.001432",
		"Cấp đổi giấy phép lái xe":                                                   "3.000347",
		"Đổi tên trường trung cấp":                                                   "",
		// Not a word for word recognition: left to the fuzzy steps,
		// which doubt.
		"Cấp giấy chứng nhận vùng nông nghiệp ứng dụng công nghệ cao": "",
		"Cấp giấy chứng nhận hộ nghèo":                                "",
	})
	s, ok := actSaidOtherWay(seq{}.add("cấp giấy chứng nhận hộ nghèo"))
	assert.False(t, ok, "two words after the lead are too few: %v", s.keys)
}
