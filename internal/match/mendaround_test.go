package match

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// TestMendAroundReadsAsWhole: mending only the stretches around unsettled
// words gives what the steps give on the whole text, for catalogue names
// damaged the ways portals damage them (two letters swapped, a space one
// letter off, left out or put inside a word), once or at two places far
// apart, and for damaged names of TestMendWords and TestUnswapped.
func TestMendAroundReadsAsWhole(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	rng := rand.New(rand.NewPCG(15, 2026))
	damage := func(s string) string {
		r := []rune(s)
		if len(r) < 8 {
			return s
		}
		i := 1 + rng.IntN(len(r)-3)
		switch rng.IntN(4) {
		case 0: // two letters swapped
			r[i], r[i+1] = r[i+1], r[i]
		case 1: // a space one letter off
			if j := strings.IndexRune(string(r[i:]), ' '); j > 0 && i+j+1 < len(r) {
				k := i + len([]rune(string(r[i:])[:j]))
				r[k], r[k+1] = r[k+1], r[k]
			}
		case 2: // a space left out
			if j := strings.IndexRune(string(r[i:]), ' '); j > 0 {
				k := i + len([]rune(string(r[i:])[:j]))
				r = append(r[:k], r[k+1:]...)
			}
		default: // a space inside a word
			if r[i] != ' ' && r[i+1] != ' ' {
				r = append(r[:i+1], append([]rune{' '}, r[i+1:]...)...)
			}
		}
		return string(r)
	}
	procs := dvcqgCatalog(t).Procedures
	checked := 0
	for k := 0; k < 1500; k++ {
		name := textnorm.Clean(procs[rng.IntN(len(procs))].Name)
		text := damage(name)
		if k%3 == 0 {
			text = damage(text) // a second slip, most often far from the first
		}
		want, wantOK := ix.mendSpan(text)
		got, gotOK := ix.mendAround(text)
		assert.Equal(t, want, got, text)
		assert.Equal(t, wantOK, gotOK, text)
		if wantOK {
			checked++
		}
	}
	// Most damaged names are mended: the comparison is not of texts left
	// alone.
	assert.Greater(t, checked, 500)
	for _, text := range []string{
		"Cấ,p thẻ tư vấn viên pháp luật", "Đăng ký tạm t rú", "Chấm dứthoạt động hộ kinh doanh.",
		"Thủ tục cấp giấy phép thitế kế", "Thành lậph oặc cho phép thành lập", "Thôi quốc ịtch Việt Nam",
		"Cấp lại giấy phép hoạt động của Sàn giao dịch bất động snả", "Cấp ạli giấy phép hoạt động của Sàn giao dịch bất động snả",
	} {
		want, wantOK := ix.mendSpan(text)
		got, gotOK := ix.mendAround(text)
		assert.Equal(t, want, got, text)
		assert.Equal(t, wantOK, gotOK, text)
	}
	// Two slips far apart are both mended.
	got, ok := ix.mendAround("Cấp ạli giấy phép hoạt động của Sàn giao dịch bất động snả")
	assert.True(t, ok)
	assert.Equal(t, "Cấp lại giấy phép hoạt động của Sàn giao dịch bất động sản", got)
}
