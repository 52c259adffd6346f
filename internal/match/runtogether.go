package match

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// The national list also runs two words of a name together, the space
// between them lost ("… nhà trẻ công lậphoặc cho phép thành lập …", "…
// văn hóa, nghệvà …"). Portals write the space, and without it the
// procedure's own name was taken for its shorter 2025 re-issue. A
// Vietnamese syllable carries at most one tone mark, so a word with two
// is two syllables: where it splits, at exactly one place, into two
// words the catalogue writes elsewhere, the name with the space put back
// is indexed as an alias of the damaged one.

// addSplitNames indexes the catalogue's names with their run-together
// words split. The word cache holds every word of the catalogue's names
// (lower case): the few holding two tone marks say which names to read.
func (ix *Index) addSplitNames() {
	var runs []string
	for w := range ix.words.fixed {
		if twoMarked(w) {
			runs = append(runs, w)
		}
	}
	if len(runs) == 0 {
		return
	}
	known := func(w string) bool { _, ok := ix.words.fixed[w]; return ok }
	for i, p := range ix.procs {
		clean := textnorm.Clean(p.Name)
		lower := textnorm.Lower(clean)
		if !holdsAny(lower, runs) {
			continue
		}
		if t, ok := splitRunTogether(clean, lower, known); ok {
			ix.addAlias(t, i)
		}
	}
}

// splitRunTogether puts the space back in every word of clean (lower is
// its lower case, byte for byte as long) that holds two tone marks and
// splits into two known words at one place only; ok is false when no word
// was split.
func splitRunTogether(clean, lower string, known func(string) bool) (string, bool) {
	if len(clean) != len(lower) {
		return "", false // a capital whose small letter is longer: rare, left alone
	}
	var b strings.Builder
	last, split := 0, false
	for _, sp := range wordSpans(lower) {
		if !twoMarked(sp.word) {
			continue
		}
		at := -1
		for i := range sp.word {
			if i == 0 {
				continue
			}
			a, c := sp.word[:i], sp.word[i:]
			if toneMarks(a) <= 1 && toneMarks(c) <= 1 && known(a) && known(c) {
				if at >= 0 {
					at = -2 // two places: no telling which
					break
				}
				at = i
			}
		}
		if at < 0 {
			continue
		}
		b.WriteString(clean[last : sp.start+at])
		b.WriteByte(' ')
		last, split = sp.start+at, true
	}
	if !split {
		return "", false
	}
	b.WriteString(clean[last:])
	return b.String(), true
}

// twoMarked reports whether w holds two tone marks: most words hold
// fewer than two letters outside ASCII and are not decomposed at all.
func twoMarked(w string) bool {
	n := 0
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf && utf8.RuneStart(w[i]) {
			n++
		}
	}
	return n >= 2 && toneMarks(w) >= 2
}

// toneMarks counts the Vietnamese tone marks in w (grave, acute, tilde,
// hook above, dot below), the vowels' other marks aside.
func toneMarks(w string) int {
	n := 0
	for _, r := range norm.NFD.String(w) {
		switch r {
		case '\u0300', '\u0301', '\u0303', '\u0309', '\u0323':
			n++
		}
	}
	return n
}
