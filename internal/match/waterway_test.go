package match

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestWaterwayUnsaid: the inland waterway a portal says after the
// vehicle or the traffic, where the catalogue's name leaves it unsaid,
// is the same procedure; a bracket naming another case, or a name going
// on where the catalogue's stops, keeps it out.
func TestWaterwayUnsaid(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	assertLevelCodes(t, ix, []levelCase{
		{"huyen", "Xoá đăng ký phương tiện thủy nội địa", "2.001659"},
		{"tinh", "Chấp thuận phương án bảo đảm an toàn giao thông đường thủy nội địa", "1.009465"},
		{"huyen", "Cấp lại Giấy chứng nhận đăng ký phương tiện thủy nội địa (Trường hợp Giấy chứng nhận đăng ký phương tiện bị mất)", "1.003930"},
		// Two first registrations, told apart by what follows.
		{"huyen", "Đăng ký phương tiện thủy nội địa lần đầu", ""},
		// A re-registration's case, in a bracket the steps would drop.
		{"huyen", "Cấp lại giấy chứng nhận và đăng ký phương tiện thuỷ nội địa (đối với phương tiện chuyển từ cơ quan đăng ký khác sang cơ quan đăng ký phương tiện thủy nội địa)", ""},
	})
	s, _ := seqOf(ix.normalize("Cấp lại giấy chứng nhận đăng ký phương tiện giao thông đường thủy nội địa"))
	bare, ok := waterwayUnsaid(s) // the vehicle's traffic goes with it
	assert.True(t, ok)
	assert.Equal(t, "cap lai giay chung nhan dang ki phuong tien", bare.name().Folded)
	_, ok = waterwayUnsaid(bare)
	assert.False(t, ok)
}
