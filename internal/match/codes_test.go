package match

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tthcaudit/tthcaudit/internal/catalog"
	"github.com/tthcaudit/tthcaudit/internal/textnorm"
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

// TestPrintedCodeAgainstName: a code printed beside a name that says an
// act the code's procedure does not gives way to the name, or to a
// person; a code one slip away from the name's own candidate is that
// candidate; a correct code beside a short card title stays.
func TestPrintedCodeAgainstName(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	assertCodedCodes(t, ix, []codedCase{
		// The name alone, its district's territory read as a level,
		// finds the reissue outright: it wins, disputed (below).
		{"2.000181", "Cấp lại Giấy phép bán lẻ sản phẩm thuốc lá trên địa bàn huyện", "2.000150"},
		{"1.012278", "Cấp lại giấy phép hoạt động khám chữa bệnh", "1.012279"},
		{"2.000851", "Chứng thực bản sao từ bản chính giấy tờ, văn bản", "2.000815"},
		{"1.012781.000.00.00.H19", "Cấp GCN cho đất tăng thêm", "1.012781"},
		{"1.011607", "Công nhận hộ nghèo, hộ cận nghèo hằng năm", "1.011607"},
		{"1.001193", "Xem chi tiết", "1.001193"},
		// The code of the province's twin beside the bare name says the
		// level the name leaves unsaid; a name saying its level wins.
		{"1.012929", "Thủ tục thành lập hội", "1.012929"},
		{"2.002394", "Giải quyết tố cáo tại cấp xã", "2.002396"},
		// A name word for word two others, beside a code of a third it
		// does not resemble: no tie-breaker, a person chooses.
		{"1.004962", "Thủ tục đổi Giấy chứng nhận đăng ký đầu tư", ""},
		{"1.004962.000.00.00.H01", "Thủ tục đổi Giấy chứng nhận đăng ký đầu tư", ""},
		// A name the listing cut, the start of the code's name: read
		// loosely without its last small word it is word for word the
		// shorter name 1.001193, which it goes past.
		{"1.004772.000.00.00.H41", "Thủ tục đăng ký khai sinh cho...", "1.004772"},
		{"1.004772", "Thủ tục đăng ký khai sinh cho …", "1.004772"},
	})
	m := ix.Match("Cấp lại Giấy phép bán lẻ sản phẩm thuốc lá trên địa bàn huyện", "2.000181")
	assert.True(t, m.Disputed, "the code printed says another act")
	assert.True(t, codeSlip("2.000815", "2.000851"))
	assert.True(t, codeSlip("1.012781", "1.012782"))
	assert.True(t, codeSlip("1.012781", "1.012718"))
	assert.False(t, codeSlip("1.012781", "1.013791"))
	assert.False(t, codeSlip("1.001193", "1.001193"))
}

// TestLeadingLevelAndPrintedCode: the national list marks a province's
// twin in front ("(Cấp tỉnh) Thủ tục mua sáng chế, sáng kiến"); a level
// the published name says chooses that twin, over a printed code too.
func TestLeadingLevelAndPrintedCode(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	assertCodedCodes(t, ix, []codedCase{
		{"", "Thủ tục mua sáng chế, sáng kiến (cấp tỉnh)", "1.011815"},
		{"", "Thủ tục mua sáng chế, sáng kiến", "1.011809"},
		{"1.011809", "Thủ tục mua sáng chế, sáng kiến (cấp tỉnh)", "1.011815"},
		{"1.011815", "Thủ tục mua sáng chế, sáng kiến (cấp Bộ)", "1.011809"},
		{"1.011815", "Thủ tục mua sáng chế, sáng kiến", "1.011815"},
		{"", "Thủ tục mua sáng chế, sáng kiến (cấp xã)", ""},
		{"", "Phê duyệt kế hoạch khuyến nông địa phương (cấp Bộ)", ""},
	})
}

// TestCutInReference: a listing cut inside a legal reference, whose kind
// the keys leave out ("Nghị quyết số 16/2024/…" is keyed "16 2024 …"), is
// the start of the name that cites it; a number followed by an issuer's
// initials is a cited document's, which a shortened name may leave out.
func TestCutInReference(t *testing.T) {
	name := "Hỗ trợ lãi suất tiền vay ngân hàng đối với trường hợp ứng trước giá trị hợp đồng thu mua sản phẩm nông nghiệp, lâm nghiệp, thủy sản (Căn cứ Điều 35 "
	assertCodes(t, NewIndex(dvcqgCatalog(t)), map[string]string{
		name + "N":          "1.013120",
		name + "Nghị qu":    "1.013120",
		name + "Nghị quyết": "1.013120",
	})
	c, ok := refStartCut(textnorm.Normalize("điều 35 Nghị qu"))
	assert.True(t, ok)
	assert.Equal(t, "điều 35", c.Key)
	_, ok = refStartCut(textnorm.Normalize("Cấp giấy phép"))
	assert.False(t, ok)
	_, ok = refStartCut(textnorm.Normalize("Đăng ký phương tiện giao thông"))
	assert.False(t, ok, "no reference is cited there")
	_, ok = refStartCut(textnorm.Normalize("hỗ trợ theo Quyết"))
	assert.True(t, ok)
	assert.True(t, docNumberAt(strings.Fields("theo 49 2015 qđ ttg"), 1))
	assert.False(t, docNumberAt(strings.Fields("công trình cấp 2 và 3"), 3))
}
