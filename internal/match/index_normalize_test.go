package match

import (
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// TestNormalizeAgrees checks that the index's cached normalisation gives
// exactly textnorm.Normalize over the corpus and the catalogue.
func TestNormalizeAgrees(t *testing.T) {
	cat := dvcqgCatalog(t)
	ix := NewIndex(cat)
	texts := []string{"", " ", "&amp;", "Ủy ban nhân dân huyện", "xuỷ ban nhân dân", "THỦ TỤC HÀNH CHÍNH Cấp phép", "tthc 1.001193 - Đăng ký", "A&B", "150.000 đồng."}
	for _, r := range readCorpus(t) {
		texts = append(texts, r.text)
	}
	for _, p := range cat.Procedures {
		texts = append(texts, p.Name)
	}
	for _, s := range texts {
		require.Equal(t, textnorm.Normalize(s), ix.normalize(s), "%q", s)
	}
}

// FuzzNormalizeAgrees checks the same on arbitrary valid text.
func FuzzNormalizeAgrees(f *testing.F) {
	for _, s := range []string{"Đăng ký khai sinh", "THỦ TỤC đăng ký lại khai sinh (1.004884)", "Ủy ban nhân dân", "e\u0301\u0301", "&#7889;&amp;", "tthc thủ tục"} {
		f.Add(s)
	}
	ix := NewIndex(familyCatalog())
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			// Pages are decoded to valid text before matching; norm
			// leaves marks after an invalid byte unnormalised, word by
			// word differently from the whole string.
			t.Skip()
		}
		want := textnorm.Normalize(s)
		got := ix.normalize(s)
		if want != got {
			t.Fatalf("normalize(%+q) = %+q, textnorm gives %+q", s, got, want)
		}
	})
}
