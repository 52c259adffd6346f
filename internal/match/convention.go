package match

import (
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// The wildlife-trade convention is named three ways by the national
// list: "Phụ lục Công ước CITES", "Phụ lục I, II Công ước CITES" and
// "Phụ lục Công ước quốc tế về buôn bán các loài động vật, thực vật
// hoang dã nguy cấp". Portals say "Phụ lục CITES" ("Xác nhận nguồn gốc
// loài thủy sản thuộc Phụ lục CITES; …", "Cấp lại mã số cơ sở nuôi,
// trồng … thuộc Phụ lục CITES"), the acronym alone, which no similarity
// pairs with twelve words. Each name naming the convention is indexed a
// second time with the acronym alone: the same procedure, not another.

// conventions are the long names of a convention (folded words, without
// punctuation) and the acronym portals write for it.
var conventions = []struct {
	long  []string
	short string
}{
	{strings.Fields("cong uoc quoc te ve buon ban cac loai dong vat thuc vat hoang da nguy cap"), "CITES"},
	{strings.Fields("cong uoc cites"), "CITES"},
}

// conventionForm is name with each long name of a convention said by its
// acronym; ok is false when it names none.
func conventionForm(name string) (string, bool) {
	if !holdsConvention(name) {
		return "", false // most names, without folding: an index is built often
	}
	ws := strings.Fields(name)
	folds := make([]string, len(ws))
	for i, w := range ws {
		folds[i] = textnorm.Fold(strings.TrimFunc(w, notLetterOrDigit))
	}
	var out []string
	changed := false
	for i := 0; i < len(ws); i++ {
		if n, short := conventionAt(folds, i); n > 0 {
			last := ws[i+n-1]
			// The punctuation after the long name stays: "…
			// nguy cấp; loài thủy sản …".
			out = append(out, short+last[len(strings.TrimRightFunc(last, notLetterOrDigit)):])
			i += n - 1
			changed = true
			continue
		}
		out = append(out, ws[i])
	}
	if !changed {
		return "", false
	}
	return strings.Join(out, " "), true
}

// holdsConvention reports whether name may say "Công ước", composed or
// not, in any case: a check without folding, since an index is built
// often and few names say it.
func holdsConvention(name string) bool {
	for _, w := range conventionSpellings {
		if strings.Contains(name, w) {
			return true
		}
	}
	return false
}

// conventionSpellings are "ông ước" in lower case, capitals and title
// case, composed and decomposed.
var conventionSpellings = func() []string {
	var out []string
	for _, w := range []string{"ông ước", "ÔNG ƯỚC", "ông Ước"} {
		out = append(out, norm.NFC.String(w), norm.NFD.String(w))
	}
	return out
}()

// conventionAt returns how many words from i make a convention's long
// name, and its acronym; 0 for none.
func conventionAt(folds []string, i int) (int, string) {
	for _, c := range conventions {
		if i+len(c.long) <= len(folds) && slices.Equal(folds[i:i+len(c.long)], c.long) {
			return len(c.long), c.short
		}
	}
	return 0, ""
}

func notLetterOrDigit(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }
