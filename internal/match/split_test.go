package match

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tthcaudit/tthcaudit/internal/catalog"
	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// TestSplitsPhrase: words inserted inside a phrase of the entry split it
// when they hold a rare word and no phrase boundary stands around them.
func TestSplitsPhrase(t *testing.T) {
	rare, common := rareWeight+1, rareWeight-1
	for _, tc := range []struct {
		name   string
		before string
		run    []string
		w      []float64
		listed bool
		want   bool
	}{
		{"a rare word inside a compound", "hộ", []string{"thoát"}, []float64{rare}, false, true},
		{"a common word inside a compound", "độ", []string{"trợ", "cấp"}, []float64{common, common}, false, false},
		{"after a preposition", "với", []string{"trường", "hợp", "tặng"}, []float64{common, common, rare}, false, false},
		{"a phrase of its own opened by a preposition", "mại", []string{"đối", "với", "chương"}, []float64{common, common, rare}, false, false},
		{"an item of a list", "trồng", []string{"vật", "nuôi"}, []float64{rare, rare}, true, false},
		{"a clause before a preposition", "hoá", []string{"quá", "cảnh", "là", "vật", "liệu", "nổ"}, []float64{rare, common, common, rare, common, rare}, false, true},
		{"after the opening act", "quyết", []string{"hưởng", "thêm"}, []float64{rare, rare}, false, false},
		{"a number", "bàn", []string{"1"}, []float64{rare}, false, false},
		{"nothing inserted", "hộ", nil, nil, false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, splitsPhrase(tc.before, tc.run, tc.w, tc.listed))
		})
	}
}

// TestSplitPhraseRefused: on the national list without "Công nhận hộ
// nghèo, hộ cận nghèo thường xuyên hằng năm", the name is not taken for
// "Công nhận hộ thoát nghèo, hộ thoát cận nghèo …", whose "thoát" splits
// its phrases: a person reviews it.
func TestSplitPhraseRefused(t *testing.T) {
	ix := leaveOutIndex(t, "1.011607")
	m := ix.Match("Công nhận hộ nghèo, hộ cận nghèo thường xuyên hằng năm", "")
	assert.Nil(t, m.Procedure, "got %v", m.Procedure)
	assert.Equal(t, MatchReview, m.Kind)
}

// TestRegimeWords: after "chế độ", words saying which regime it is
// ("ưu đãi", "trợ cấp ưu đãi") split no phrase, however rare: the 2021
// Người có công titles add and drop them; a regime's object does split.
func TestRegimeWords(t *testing.T) {
	rare := rareWeight + 1
	assert.False(t, splitsPhrase("độ", []string{"ưu", "đãi"}, []float64{rare, rare}, false))
	assert.False(t, splitsPhrase("độ", []string{"trợ", "cấp", "ưu", "đãi"}, []float64{rare, rare, rare, rare}, false))
	assert.True(t, splitsPhrase("độ", []string{"ưu", "đãi", "thoát"}, []float64{rare, rare, rare}, false))
	assert.True(t, splitsPhrase("hộ", []string{"ưu", "đãi"}, []float64{rare, rare}, false))

	ix := NewIndex(dvcqgCatalog(t))
	m := ix.Match("Công nhận và giải quyết chế độ người hoạt động kháng chiến bị nhiễm chất độc hóa học", "")
	require.NotNil(t, m.Procedure, "%s", m.Kind)
	assert.Equal(t, "1.010816", m.Procedure.Code)
}

// TestCompletesWord: a word the list only ever writes after one other
// finishes it ("trẻ [em]"), so a name holding it splits no phrase of an
// entry that writes the first word alone; a word written after several
// does ("hộ [thoát] nghèo").
func TestCompletesWord(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	assert.Equal(t, "trẻ", ix.boundAfter["em"])
	assert.True(t, ix.completesWord("trẻ", []string{"em"}))
	assert.False(t, ix.completesWord("hộ", []string{"thoát"}))
	assert.False(t, ix.completesWord("trẻ", nil))
	assert.False(t, ix.completesWord("xe", []string{"bốn", "bánh"}), "\"bánh\" stands after other words too")
	for k, before := range ix.boundAfter {
		assert.NotEqual(t, k, before)
		assert.False(t, smallWords[k], k)
	}
	// "trẻ dưới 6 tuổi" no longer reads as another object than "trẻ em
	// dưới 6 tuổi"; the list's two procedures for it stay a choice.
	m := ix.MatchIn("Liên thông đăng ký khai sinh, thường trú, BHYT cho trẻ dưới 6 tuổi", "", Context{Level: catalog.LevelXa})
	assert.Equal(t, MatchAmbiguous, m.Kind)
}

// TestRegimeRuns: after "chế độ", the kind of regime (an allowance, a
// preference, or both allowances, once and monthly) is said either way
// for one procedure; one allowance alone is a procedure's own.
func TestRegimeRuns(t *testing.T) {
	keys := func(s string) []string { return strings.Fields(textnorm.Key(s)) }
	run := func(s string) string {
		k := keys(s)
		var out []string
		for i, r := range regimeRuns(k) {
			if r {
				out = append(out, k[i])
			}
		}
		return strings.Join(out, " ")
	}
	assert.Equal(t, "trợ cấp", run("giải quyết chế độ trợ cấp đối với anh hùng"))
	assert.Equal(t, "trợ cấp 1 lần hoặc trợ cấp hàng tháng", run("giải quyết chế độ trợ cấp một lần hoặc trợ cấp hàng tháng đối với anh hùng"))
	assert.Equal(t, "", run("giải quyết chế độ trợ cấp một lần đối với người có công"))
	assert.Equal(t, "", run("công nhận và giải quyết chế độ con đẻ của người hoạt động kháng chiến"))
	assert.Nil(t, regimeRuns(keys("cấp giấy phép xây dựng")))

	ix := NewIndex(dvcqgCatalog(t))
	assertLevelCodes(t, ix, []levelCase{
		{"huyen", "Thủ tục giải quyết chế độ trợ cấp đối với Anh hùng LLVTND, Anh hùng lao động trong kháng chiến", "1.010805"},
		{"huyen", "Thủ tục giải quyết chế độ trợ cấp một lần hoặc trợ cấp hàng tháng đối với Anh hùng LLVTND, Anh hùng lao động trong kháng chiến", "1.010805"},
	})
	// A kind on the entry's side only is no kind said another way where
	// the name names the regime's object there.
	lo := leaveOutIndex(t, "1.010816")
	assertLevelCodes(t, lo, []levelCase{
		{"huyen", "Công nhận và giải quyết chế độ ưu đãi người hoạt động kháng chiến bị nhiễm chất độc hóa học", ""},
	})
}

// TestRegimeRunsTellNoNamesApart: no two names of the national list
// differ only in their regime runs, and none is another's without its
// run (but for one name listed twice).
func TestRegimeRunsTellNoNamesApart(t *testing.T) {
	assertCutTellsNoNamesApart(t, NewIndex(dvcqgCatalog(t)), func(k []string) ([]string, bool) {
		reg := regimeRuns(k)
		if reg == nil {
			return k, false
		}
		var kept []string
		for i, w := range k {
			if !reg[i] {
				kept = append(kept, w)
			}
		}
		return kept, true
	})
}
