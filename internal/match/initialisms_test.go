package match

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tthcaudit/tthcaudit/internal/catalog"
)

// TestMayBeInitialism: letters only, four to eight of them, nearly no
// vowel; a word a typo damaged keeps its vowels.
func TestMayBeInitialism(t *testing.T) {
	for f, want := range map[string]bool{
		"hdmbd":     true,
		"ubndtp":    true,
		"hnhtqt":    true,
		"hdm":       false, // three letters fit too many runs
		"thuong":    false,
		"duongk":    false,
		"tbyt2":     false,
		"hdmbdhdmb": false, // longer than a phrase read by initials
	} {
		assert.Equal(t, want, mayBeInitialism(f), f)
	}
}

// TestInitialismPhrases: an initialism is the one recurring, whole
// phrase of the national list's names its letters open; none when it
// fits several, stands in one name only, holds a tie word or always
// stands beside the same word (part of a longer phrase).
func TestInitialismPhrases(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	for f, want := range map[string]string{
		"hdmbd":   "hợp đồng mua bán điện", // an electricity company's contracts
		"gcndkdn": "giấy chứng nhận đăng kí doanh nghiệp",
		"gpblr":   "giấy phép bán lẻ rượu",
		"dvclt":   "", // "doanh và các loại thu": tie words
		"tpht":    "", // "thuốc pháo hoa tại": a tie word
		"dtqg":    "", // "đấu thầu quốc gia": one name only
		"sqsddn":  "", // "[tài] sản quyền sử dụng đất nhà": always after "tài"
		"tdal":    "", // "[hỗ] trợ dự án liên [kết]"
		"cccdd":   "", // no phrase
	} {
		got, ok := ix.initialism(f)
		assert.Equal(t, want != "", ok, f)
		assert.Equal(t, want, got, f)
	}
}

// TestInitialismsFound: a list that writes a phrase by its initials is
// read with it spelt out (fresh53.tsv: an electricity company's
// contract services); an initialism whose phrase leaves the name
// outside the catalogue finds nothing (fresh4.tsv: "XMCD", xe máy
// chuyên dùng, whose registrations the national list does not have).
func TestInitialismsFound(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	for text, want := range map[string]string{
		"a. Thay đổi chủ thể HĐMBĐ;":                 "3.000099",
		"e. Gia hạn HĐMBĐ;":                          "3.000101",
		"f. Chấm dứt HĐMBĐ.":                         "3.000102",
		"Thủ tục di chuyển đăng ký XMCD (chuyển đi)": "",
		"Bán hàng DTQG theo phương thức trực tiếp rộng rãi cho mọi đối tượng": "",
	} {
		m := ix.MatchIn(text, "", Context{Level: catalog.LevelBo})
		if want == "" {
			assert.Nil(t, m.Procedure, text)
			continue
		}
		require.NotNil(t, m.Procedure, text)
		assert.Equal(t, want, m.Procedure.Code, text)
	}
}

// TestInitialismsBounded: a page of many made-up initialisms is
// answered and its lookups kept within bounds, each the same again.
func TestInitialismsBounded(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	letters := "bcdghklmnpqrstvx"
	n := 0
	for i := range letters {
		for j := range letters {
			f := "hd" + letters[i:i+1] + letters[j:j+1] + "d"
			a, okA := ix.initialism(f)
			b, okB := ix.initialism(f)
			assert.Equal(t, a, b, f)
			assert.Equal(t, okA, okB, f)
			n++
		}
	}
	assert.LessOrEqual(t, len(ix.initials.found.m), maxInitialisms)
	assert.Equal(t, len(letters)*len(letters), n)
}
