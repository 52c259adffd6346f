package match

import (
	"strings"

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
// words split.
func (ix *Index) addSplitNames() {
	words := map[string]bool{}
	lowered := make([]string, len(ix.procs))
	for i, p := range ix.procs {
		lowered[i] = textnorm.Lower(textnorm.Clean(p.Name))
		for _, sp := range wordSpans(lowered[i]) {
			words[sp.word] = true
		}
	}
	for i, p := range ix.procs {
		if t, ok := splitRunTogether(textnorm.Clean(p.Name), lowered[i], words); ok {
			ix.addAlias(t, i)
		}
	}
}

// splitRunTogether puts the space back in every word of clean (lower is
// its lower case, byte for byte as long) that holds two tone marks and
// splits into two known words at one place only; ok is false when no word
// was split.
func splitRunTogether(clean, lower string, known map[string]bool) (string, bool) {
	if len(clean) != len(lower) {
		return "", false // a capital whose small letter is longer: rare, left alone
	}
	var b strings.Builder
	last, split := 0, false
	for _, sp := range wordSpans(lower) {
		if toneMarks(sp.word) < 2 {
			continue
		}
		at := -1
		for i := range sp.word {
			if i == 0 {
				continue
			}
			a, c := sp.word[:i], sp.word[i:]
			if toneMarks(a) <= 1 && toneMarks(c) <= 1 && known[a] && known[c] {
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
