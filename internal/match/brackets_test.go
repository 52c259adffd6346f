package match

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestBracketSiblings: a published name equal to a plain catalogue name
// that the catalogue also lists with a narrowing bracket is the one or
// the other cut short: both go to a person. A level bracket makes twins
// the exact name keeps.
func TestBracketSiblings(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	tests := []struct {
		text string
		want []string // the candidates; one for a match
	}{
		// Two commune portals publish 2.000884 so; 1.001590 is the plain name.
		{text: "Chứng thực chữ ký trong các giấy tờ, văn bản", want: []string{"1.001590", "2.000884"}},
		{text: "Cấp giấy chứng nhận đăng ký chuyển giao công nghệ", want: []string{"1.007281", "2.002248"}},
		{text: "Chứng thực chữ ký trong các giấy tờ, văn bản (áp dụng cho cả trường hợp chứng thực điểm chỉ và trường hợp người yêu cầu chứng thực không thể ký, không thể điểm chỉ được)", want: []string{"2.000884"}},
		{text: "Thủ tục hội tự giải thể", want: []string{"1.012937"}},
	}
	for _, tt := range tests {
		m := ix.Match(tt.text, "")
		if len(tt.want) == 1 {
			require.NotNil(t, m.Procedure, tt.text)
			assert.Equal(t, tt.want[0], m.Procedure.Code, tt.text)
			continue
		}
		assert.Nil(t, m.Procedure, tt.text)
		assert.Equal(t, MatchAmbiguous, m.Kind, tt.text)
		var got []string
		for _, c := range m.Candidates {
			got = append(got, c.Code)
		}
		assert.ElementsMatch(t, tt.want, got, tt.text)
	}
}
