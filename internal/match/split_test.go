package match

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestSplitsPhrase: words inserted inside a phrase of the entry split it
// when they hold a rare word and no phrase boundary stands around them.
func TestSplitsPhrase(t *testing.T) {
	rare, common := rareWeight+1, rareWeight-1
	for _, tc := range []struct {
		name          string
		before, after string
		run           []string
		w             []float64
		want          bool
	}{
		{"a rare word inside a compound", "hộ", "nghèo", []string{"thoát"}, []float64{rare}, true},
		{"a common word inside a compound", "độ", "ưu", []string{"trợ", "cấp"}, []float64{common, common}, false},
		{"after a preposition", "với", "bà", []string{"trường", "hợp", "tặng"}, []float64{common, common, rare}, false},
		{"a phrase of its own opened by a preposition", "mại", "mang", []string{"đối", "với", "chương"}, []float64{common, common, rare}, false},
		{"before a preposition", "rủi", "trên", []string{"thực", "hiện"}, []float64{rare, common}, false},
		{"after the opening act", "quyết", "chế", []string{"hưởng", "thêm"}, []float64{rare, rare}, false},
		{"a number", "bàn", "tỉnh", []string{"1"}, []float64{rare}, false},
		{"nothing inserted", "hộ", "nghèo", nil, nil, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, splitsPhrase(tc.before, tc.run, tc.w, tc.after))
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
