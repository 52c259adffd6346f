package match

import (
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRepairs: each repair gives the sound text, and leaves sound text
// alone ("" wanted: nothing to repair).
func TestRepairs(t *testing.T) {
	ix := NewIndex(rewriteCatalog())
	tests := []struct {
		repair func(string) (string, bool)
		in     string
		want   string
	}{
		{demojibake, "PhÃª duyá»‡t Há»£p Ä‘á»“ng", "Phê duyệt Hợp đồng"}, // Windows-1252
		{demojibake, "Ä\u0091Äƒng kÃ½ káº¿t hÃ´n", "đăng ký kết hôn"},    // Latin-1 (C1 controls)
		{demojibake, "Đăng ký kết hôn", ""},
		{demojibake, "Cấp phép Ã¢m thanh", ""}, // mixed: not one misreading
		{demojibake, "Giấy phép số 12/2024", ""},
		{ix.respace, "Đăng kýKết hôn", "Đăng ký Kết hôn"},   // a capital inside a word
		{ix.respace, "Đăng ký kếthôn", "Đăng ký kết hôn"},   // two words run together
		{ix.respace, "Đăn g ký kết hôn", "Đăng ký kết hôn"}, // a word broken by a space
		{ix.respace, "Đăng kýk ết hôn", "Đăng ký kết hôn"},  // the space one letter off
		{ix.respace, "Thủ tục đăng ký kết hôn", ""},
		{ix.respace, "Cấp giấy phép xây dựng công trình quảng cáo", ""},
		{ix.respace, "Đăng ký kết hôn tại UBND", ""}, // an abbreviation is no capital inside a word
	}
	for _, tt := range tests {
		got, ok := tt.repair(tt.in)
		if tt.want == "" {
			assert.False(t, ok, "%q → %q", tt.in, got)
			continue
		}
		assert.True(t, ok, tt.in)
		assert.Equal(t, tt.want, got)
	}
}

// TestDamagedNamesMatch: the repaired forms reach their procedure.
func TestDamagedNamesMatch(t *testing.T) {
	ix := NewIndex(rewriteCatalog())
	for _, in := range []string{
		"Thá»§ tá»¥c Ä‘Äƒng kÃ½ káº¿t hÃ´n",
		"Thủ tục đăng kýkết hôn",
		"Thủ tục đăng ký kế t hôn",
	} {
		m := ix.Match(in, "")
		require.NotNil(t, m.Procedure, "%q: %s %+v", in, m.Kind, m.Review)
		assert.Equal(t, "1.000894", m.Procedure.Code, in)
	}
}

func FuzzRepairs(f *testing.F) {
	ix := NewIndex(rewriteCatalog())
	for _, s := range []string{"PhÃª duyá»‡t", "Đăng kýKết hôn", "Đăn g ký kếthôn", "", "aÃ\xff", "ÃÄÆáº»¼½"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if out, ok := demojibake(s); ok && !utf8.ValidString(out) {
			t.Fatalf("demojibake(%q) = %q, not UTF-8", s, out)
		}
		out, ok := ix.respace(s)
		if !ok && out != s {
			t.Fatalf("respace(%q) changed the text without saying so", s)
		}
		_ = ix.Match(s, "")
	})
}
