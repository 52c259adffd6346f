package match

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestOriginalForm: a copy certified "từ bản chính" is named without the
// clause; the short form stands for the whole name only, and copies from
// the register book stay their own procedure.
func TestOriginalForm(t *testing.T) {
	for _, tc := range []struct{ name, want string }{
		{"Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam", "Chứng thực bản sao"},
		{"Thủ tục cấp bản sao có chứng thực từ bản chính hợp đồng, giao dịch đã được chứng thực", "cấp bản sao có chứng thực"},
		{"Thủ tục cấp bản sao từ sổ gốc", ""},
		{"Từ bản chính", ""},
	} {
		got, ok := originalForm(tc.name)
		assert.Equal(t, tc.want != "", ok, tc.name)
		assert.Equal(t, tc.want, got, tc.name)
	}
	ix := NewIndex(dvcqgCatalog(t))
	assertLevelCodes(t, ix, []levelCase{
		{"xa", "Chứng thực bản sao", "2.000815"},
		{"xa", "QT02. Chứng thực bản sao", "2.000815"},
		{"xa", "Cấp bản sao có chứng thực", "2.000942"},
		{"xa", "Chứng thực bản sao điện tử", ""},
		{"xa", "Cấp bản sao từ sổ gốc", "2.000908"},
	})
}
