package match

import (
	"testing"

	"github.com/stretchr/testify/assert"
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
}
