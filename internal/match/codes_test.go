package match

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tthcaudit/tthcaudit/internal/catalog"
)

// TestCodeGoesOn: a name ending in a code is not the start of a name
// ending in a longer code; a word cut short by a listing still is the
// start of its name.
func TestCodeGoesOn(t *testing.T) {
	ps := []catalog.Procedure{
		{Code: "1.000049", Name: "Cấp, gia hạn, cấp lại, cấp đổi chứng chỉ hành nghề đo đạc và bản đồ hạng II"},
		{Code: "1.000382", Name: "Cấp Giấy chứng nhận xuất xứ hàng hoá (C/O) ưu đãi mẫu EAV"},
		{Code: "1.002000", Name: "Cấp giấy thông hành biên giới cho công dân Việt Nam sang Lào"},
	}
	ix := NewIndex(activeCatalog("codes.csv", ps))
	for _, tc := range []struct {
		text, want string
	}{
		{"Cấp, gia hạn, cấp lại, cấp đổi chứng chỉ hành nghề đo đạc và bản đồ hạng I", ""},
		{"Cấp Giấy chứng nhận xuất xứ hàng hoá (C/O) ưu đãi mẫu E", ""},
		{"Cấp giấy thông hành biên giới cho công dân V", "1.002000"},
		{"Cấp, gia hạn, cấp lại, cấp đổi chứng chỉ hành nghề đo đạc và bản đồ hạ", "1.000049"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			m := ix.Match(tc.text, "")
			if tc.want == "" {
				assert.Nil(t, m.Procedure, "got %v (%s)", m.Procedure, m.Kind)
				return
			}
			require.NotNil(t, m.Procedure, "kind %s", m.Kind)
			assert.Equal(t, tc.want, m.Procedure.Code)
		})
	}
}

// TestCodeWord: numbers and short capitals are codes, unless the whole
// text is in capitals.
func TestCodeWord(t *testing.T) {
	for _, tc := range []struct {
		w       string
		allCaps bool
		want    bool
	}{
		{"II", false, true}, {"EAV", false, true}, {"20", false, true},
		{"II", true, false}, {"Việt", false, false}, {"hạng", false, false}, {"CPTPP", false, false},
	} {
		assert.Equal(t, tc.want, codeWord(tc.w, tc.allCaps), tc.w)
	}
}
