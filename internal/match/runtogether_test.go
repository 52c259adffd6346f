package match

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// TestSplitRunTogether puts back the space a word with two tone marks
// lost, where one split gives two known words, and leaves alone words of
// one syllable, foreign words and words that split two ways.
func TestSplitRunTogether(t *testing.T) {
	known := map[string]bool{"lập": true, "hoặc": true, "nghệ": true, "và": true, "công": true,
		"ki": true, "mét": true, "kilô": true, "ạb": true, "ạ": true, "bá": true, "á": true}
	tests := []struct{ in, want string }{
		{"Thành lập nhà trẻ công lậphoặc cho phép", "Thành lập nhà trẻ công lập hoặc cho phép"},
		{"Khoa học và Công nghệvà tổ chức", "Khoa học và Công nghệ và tổ chức"},
		{"Đo kilômét đường", ""}, // one tone mark: one word
		{"Sân khấu karaoke", ""}, // no tone mark
		{"Chữ lậpxoặc lạ", ""},   // the second half is no word
		{"Hai chỗ ạbá", ""},      // "ạ bá" and "ạb á": no telling which
		{"Công lậphoặc, nghệvà", "Công lập hoặc, nghệ và"},
	}
	for _, tt := range tests {
		clean := textnorm.Clean(tt.in)
		got, ok := splitRunTogether(clean, textnorm.Lower(clean), func(w string) bool { return known[w] })
		if tt.want == "" {
			assert.False(t, ok, tt.in)
			continue
		}
		require.True(t, ok, tt.in)
		assert.Equal(t, tt.want, got)
	}
}

// TestRunTogetherCatalogueName: a portal writing the space a catalogue
// name lost finds that procedure, not its shorter namesake.
func TestRunTogetherCatalogueName(t *testing.T) {
	assertCodes(t, NewIndex(dvcqgCatalog(t)), map[string]string{
		"Thành lập trường mẫu giáo, trường mầm non, nhà trẻ công lập hoặc cho phép thành lập trường mẫu giáo, trường mầm non, nhà trẻ dân lập, tư thục":                                                                             "1.008766",
		"Hỗ trợ kinh phí cho doanh nghiệp Khoa học và Công nghệ và tổ chức trung gian của thị trường Khoa học và Công nghệ được chứng nhận hoạt động trên địa bàn tỉnh (quy định tại khoản 1 Điều 7 Nghị quyết số 95/2022/NQ-HĐND)": "1.012115",
	})
}
