package match

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestAgencyChoosesBoardTwin: the row's agency chooses between the province's
// and the zones' management board's twins of an investment procedure; a
// page without one leaves them to a person.
func TestAgencyChoosesBoardTwin(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	tests := []struct{ name, agency, want string }{
		{"Thủ tục đổi Giấy chứng nhận đăng ký đầu tư", "Ban Quản lý các KCN", "1.009773"},
		{"Thủ tục đổi Giấy chứng nhận đăng ký đầu tư", "Sở Tài chính", "1.009671"},
		{"Thủ tục chấp thuận chủ trương đầu tư", "BQL Khu kinh tế", "1.009748"},
		{"Thủ tục chấp thuận chủ trương đầu tư", "Sở Kế hoạch và Đầu tư", "1.009645"},
		{"Thủ tục cấp Giấy chứng nhận đăng ký đầu tư đối với dự án không thuộc diện chấp thuận chủ trương đầu tư", "Ban Quản lý khu kinh tế", "1.009756"},
		{"Thủ tục đổi Giấy chứng nhận đăng ký đầu tư", "", ""},
		{"Thủ tục đổi Giấy chứng nhận đăng ký đầu tư", "UBND xã", ""},
	}
	for _, tt := range tests {
		m := ix.MatchIn(tt.name, "", Context{Agency: tt.agency})
		if tt.want == "" {
			assert.Nil(t, m.Procedure, "%s [%s]", tt.name, tt.agency)
			continue
		}
		require.NotNil(t, m.Procedure, "%s [%s]: %s", tt.name, tt.agency, m.Kind)
		assert.Equal(t, tt.want, m.Procedure.Code, "%s [%s]", tt.name, tt.agency)
	}
}
