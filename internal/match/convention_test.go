package match

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestConventionForm: the convention's long names are said by its
// acronym, the punctuation after them kept; a name naming none is left.
func TestConventionForm(t *testing.T) {
	assertCuts(t, conventionForm, map[string]string{
		"Xác nhận nguồn gốc loài thủy sản thuộc Phụ lục Công ước quốc tế về buôn bán các loài động vật, thực vật hoang dã nguy cấp; loài thủy sản nguy cấp": "Xác nhận nguồn gốc loài thủy sản thuộc Phụ lục CITES; loài thủy sản nguy cấp",
		"Cấp giấy phép CITES nhập nội từ biển mẫu vật loài động vật, thực vật thuộc Phụ lục I, II Công ước CITES":                                           "Cấp giấy phép CITES nhập nội từ biển mẫu vật loài động vật, thực vật thuộc Phụ lục I, II CITES",
		"Cấp lại mã số cơ sở nuôi, trồng các loài động vật, thực vật thuộc Phụ lục Công ước CITES.":                                                         "Cấp lại mã số cơ sở nuôi, trồng các loài động vật, thực vật thuộc Phụ lục CITES.",
		"Cấp giấy phép CITES xuất khẩu":                "",
		"Thủ tục công nhận tổ trưởng tổ hòa giải":      "",
		"Phê duyệt điều ước quốc tế, công ước quốc tế": "",
	})
	ix := NewIndex(dvcqgCatalog(t))
	assertLevelCodes(t, ix, []levelCase{
		{"xa", "Xác nhận nguồn gốc loài thủy sản thuộc Phụ lục CITES; loài nguy cấp, quý, hiếm có nguồn gốc khai thác từ tự nhiên", "1.004656"},
		{"xa", "Xác nhận nguồn gốc loài thủy sản thuộc Phụ lục CITES; loài nguy cấp, quý, hiếm có nguồn gốc từ nuôi trồng", "1.004680"},
		{"tinh", "Cấp giấy phép CITES xuất khẩu, tái xuất khẩu mẫu vật các loài động vật, thực vật thuộc Phụ lục CITES", "1.003903"},
		// A registration the list lacks stays unfound beside its
		// re-issue: "lại" tells them apart, however the convention is
		// said (labelled NONE by fresh27.tsv).
		{"tinh", "Đăng ký mã số cơ sở nuôi, cơ sở trồng loài động vật, thực vật thuộc Phụ lục CITES", ""},
	})
	// No two names of the list say the same once the convention is
	// shortened.
	for _, p := range ix.procs {
		if f, ok := conventionForm(p.Name); ok {
			id, twin := ix.byKey[ix.normalize(f).Key]
			assert.True(t, !twin || ix.names[id].alias, "%q reads as another name with the acronym", p.Name)
		}
	}
}
