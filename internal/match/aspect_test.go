package match

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/tthcaudit/tthcaudit/internal/catalog"
)

// TestAspectClash: aspect words tell names apart only against another
// aspect word on the other side.
func TestAspectClash(t *testing.T) {
	for _, tc := range []struct {
		name         string
		entry, name2 []string
		want         []string
	}{
		{"one side only", []string{"đồng", "thời", "là"}, []string{"đang"}, nil},
		{"two different", []string{"đã"}, []string{"đang"}, []string{"đã", "đang"}},
		{"against not yet", []string{"chưa"}, []string{"đã"}, []string{"chưa", "đã"}},
		{"the same", []string{"đang"}, []string{"đang"}, nil},
		{"none", []string{"tàu", "biển"}, []string{"tàu", "bay"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, aspectClash(tc.entry, tc.name2))
		})
	}
}

// TestAspectWords: on the national list, a name that says "đồng thời là
// người hưởng" where the catalogue says "đang hưởng" is that procedure;
// "chưa" (a negation) against "đang" still tells two procedures apart.
func TestAspectWords(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	m := ix.Match("Giải quyết chế độ đối với thương binh đồng thời là người hưởng chế độ mất sức lao động", "")
	if assert.NotNil(t, m.Procedure) {
		assert.Equal(t, "1.010809", m.Procedure.Code)
	}
	lo := leaveOutIndex(t, "1.004088")
	m = lo.Match("Đăng ký phương tiện lần đầu đối với phương tiện chưa khai thác trên đường thủy nội địa", "")
	assert.Nil(t, m.Procedure, "got %v", m.Procedure)
	// A catalogue that never sets "chưa" against another word still
	// tells "đã" from "chưa".
	small := NewIndex(catalog.New("small", []catalog.Procedure{
		{Code: "1.009669", Name: "Tính tiền cấp quyền khai thác tài nguyên nước đối với công trình chưa vận hành", Status: catalog.StatusActive},
		{Code: "1.010774", Name: "Cấp bằng Tổ quốc ghi công đối với người hy sinh đã được cấp bằng", Status: catalog.StatusActive},
		{Code: "1.010775", Name: "Cấp giấy phép khai thác nước mặt", Status: catalog.StatusActive},
		{Code: "1.010776", Name: "Đăng ký khai sinh", Status: catalog.StatusActive},
		{Code: "1.010777", Name: "Đăng ký kết hôn", Status: catalog.StatusActive},
	}))
	m = small.Match("Tính tiền cấp quyền khai thác tài nguyên nước đối với công trình đã vận hành", "")
	assert.Nil(t, m.Procedure, "got %v", m.Procedure)
}

// TestVoiceClash: "bị" (suffered) set against "được" (granted) tells
// procedures apart; "xin" (asked for) beside "được" is a rewording.
func TestVoiceClash(t *testing.T) {
	assertCodes(t, NewIndex(dvcqgCatalog(t)), map[string]string{
		"Miễn nhiệm Thừa phát lại (trường hợp bị miễn nhiệm)":  "",
		"Miễn nhiệm Thừa phát lại (trường hợp xin miễn nhiệm)": "1.008923",
	})
}
