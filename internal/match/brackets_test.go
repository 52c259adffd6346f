package match

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tthcaudit/tthcaudit/internal/catalog"
)

// TestBracketSiblings: a published name equal to a plain catalogue name
// that the catalogue also lists with a narrowing bracket is the one or
// the other cut short: both go to a person, unless use counts say the
// plain record is a stale copy. A level bracket makes twins the exact name
// keeps.
func TestBracketSiblings(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	tests := []struct {
		text string
		want []string // the candidates; one for a match
	}{
		// 1.001590 is the plain name, used once; 2.000884 is used 251
		// times, and the portals that print a code beside this name print
		// 2.000884.
		{text: "Chứng thực chữ ký trong các giấy tờ, văn bản", want: []string{"2.000884"}},
		{text: "Chứng thực chữ ký trong giấy tờ, văn bản", want: []string{"2.000884"}},
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

// TestBracketSiblingsByUse: use counts choose between a plain record and
// its bracketed sibling only when the plain one is unused and one sibling
// alone is in use; a catalogue that gives no counts, or counts that do not
// tell, keeps both for a person.
func TestBracketSiblingsByUse(t *testing.T) {
	const plain = "Chứng thực chữ ký trong các giấy tờ, văn bản"
	uses := func(n int) *int { return &n }
	tests := []struct {
		name             string
		plainUses, bUses *int
		want             string // "" for ambiguous
	}{
		{"stale plain, live sibling", uses(1), uses(251), "2.000884"},
		{"never used plain", uses(0), uses(60), "2.000884"},
		{"no counts", nil, nil, ""},
		{"plain count unknown", nil, uses(251), ""},
		{"plain in use", uses(2), uses(251), ""},
		{"sibling little used", uses(1), uses(49), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ix := NewIndex(activeCatalog("uses", []catalog.Procedure{
				{Code: "1.001590", Name: "Thủ tục " + plain, Uses: tt.plainUses},
				{Code: "2.000884", Name: plain + " (áp dụng cho cả trường hợp chứng thực điểm chỉ)", Uses: tt.bUses},
			}))
			m := ix.Match(plain, "")
			if tt.want == "" {
				assert.Nil(t, m.Procedure)
				assert.Equal(t, MatchAmbiguous, m.Kind)
				return
			}
			require.NotNil(t, m.Procedure)
			assert.Equal(t, tt.want, m.Procedure.Code)
			assert.Equal(t, MatchNormalized, m.Kind, "not the name as the catalogue writes it")
		})
	}
}

// TestStaleRecordFoundLoosely: the stale record found by any step, not
// only as written ("… (áp dụng cho cả …)" read as a note, a typo), is
// answered as its live sibling.
func TestStaleRecordFoundLoosely(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	assertCodes(t, ix, map[string]string{
		"Thủ tục chứng thực chữ ký trong các văn bản (áp dụng cho cả trường hợp chứng thực điểm chỉ và trường hợp người yêu cầu chứng thực không điểm chỉ được)": "2.000884",
		"Thủ tục Chứng thực chữ kí trong các giấy tờ, văn bản": "2.000884",
	})
}
