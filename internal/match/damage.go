package match

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// Text damaged on its way to the page: UTF-8 read as Windows-1252 and
// written again ("PhÃª duyá»‡t" for "Phê duyệt"), words run together
// where markup joined two elements ("Phê duyệtHợp đồng", "thuếtài") and
// words broken by a stray space ("Phê d uyệt", "Tuy ển sinh"). Each
// repair is only another form to look up: the published text is what the
// report shows.

// mojibakeMarks are the Windows-1252 letters that UTF-8 Vietnamese turns
// into when misread: every accented letter's lead byte is one of them.
const mojibakeMarks = "ÃÄÆáº»¼½Ã¡"

// demojibake undoes UTF-8 misread as Windows-1252 (as browsers read it:
// the five bytes it leaves undefined stay C1 controls, which is also how
// Latin-1 reads them) once; ok is false when the text does not read so.
func demojibake(t string) (string, bool) {
	if !strings.ContainsAny(t, mojibakeMarks) {
		return t, false
	}
	b := make([]byte, 0, len(t))
	for _, r := range t {
		switch {
		case r < 0x100:
			b = append(b, byte(r))
		case cp1252High[r] != 0:
			b = append(b, cp1252High[r])
		default:
			return t, false // a letter Windows-1252 has no byte for
		}
	}
	if !utf8.Valid(b) || string(b) == t {
		return t, false
	}
	return string(b), true
}

// cp1252High maps the letters Windows-1252 puts at bytes 0x80–0x9F back
// to their bytes.
var cp1252High = func() map[rune]byte {
	m := map[rune]byte{}
	dec := charmap.Windows1252
	for c := 0x80; c < 0xA0; c++ {
		if r := dec.DecodeByte(byte(c)); r != utf8.RuneError && r >= 0x100 {
			m[r] = byte(c)
		}
	}
	return m
}()

// respace puts spaces where a word ran into the next ("duyệtHợp": a
// capital inside a word; "thuếtài": a word of no catalogue name made of
// two that are) and removes one inside a word ("d uyệt": pieces that
// are not words, together one that is). ok is false when nothing moved.
func (ix *Index) respace(t string) (string, bool) {
	words := strings.Fields(t)
	// Each word's folded form and whether it is a catalogue word, once.
	folds := make([]string, len(words))
	known := make([]bool, len(words))
	letters := make([]bool, len(words))
	for i, w := range words {
		if letters[i] = lettersOnly(w); letters[i] {
			folds[i], known[i] = ix.foldedKnown(w)
		}
	}
	changed := false
	out := make([]string, 0, len(words)+1)
	for i := 0; i < len(words); i++ {
		w := words[i]
		// A capital after a small letter: two words run together.
		if at := camelAt(w); at > 0 && ix.knownRun(w[:at]) && ix.knownRun(w[at:]) {
			out = append(out, w[:at])
			words[i] = w[at:]
			folds[i], known[i] = ix.foldedKnown(words[i])
			letters[i] = lettersOnly(words[i])
			i--
			changed = true
			continue
		}
		if i+1 < len(words) && letters[i] && letters[i+1] && !(known[i] && known[i+1]) {
			if ix.vocabHas(folds[i] + folds[i+1]) {
				out = append(out, w+words[i+1])
				i++
				changed = true
				continue
			}
			// The space one letter off: "đốiv ới", "thuộ cthẩm".
			if a, b, ok := ix.shiftSpace(w, words[i+1]); ok {
				out = append(out, a)
				words[i+1] = b
				folds[i+1], known[i+1] = ix.foldedKnown(b)
				changed = true
				continue
			}
		}
		if letters[i] && !known[i] {
			if a, b, ok := ix.splitRun(w, folds[i]); ok {
				out = append(out, a, b)
				changed = true
				continue
			}
		}
		out = append(out, w)
	}
	if !changed {
		return t, false
	}
	return strings.Join(out, " "), true
}

// knownRun reports whether w is letters making a catalogue word, or
// words run together again ("HợpĐồng").
func (ix *Index) knownRun(w string) bool {
	if at := camelAt(w); at > 0 {
		return ix.knownRun(w[:at]) && ix.knownRun(w[at:])
	}
	if !lettersOnly(w) {
		return false
	}
	_, ok := ix.foldedKnown(w)
	return ok
}

// camelAt is the byte offset of a capital letter right after a small one
// in w, 0 for none.
func camelAt(w string) int {
	prevLower := false
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			// ASCII, most letters of a Vietnamese word.
			if prevLower && 'A' <= c && c <= 'Z' {
				return i
			}
			prevLower = 'a' <= c && c <= 'z'
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		if prevLower && unicode.IsUpper(r) {
			return i
		}
		prevLower = unicode.IsLower(r)
		i += size
	}
	return 0
}

// lettersOnly reports whether w is letters (and their marks) only.
func lettersOnly(w string) bool {
	for _, r := range w {
		if !isLetter(r) {
			return false
		}
	}
	return w != ""
}

// splitRun splits a letter run that is no catalogue word (folded f)
// into the two catalogue words it is made of, when exactly one split
// does. Its folded form, one letter per letter of w, is split instead.
func (ix *Index) splitRun(w, f string) (string, string, bool) {
	if len(f) < 4 || utf8.RuneCountInString(w) != len(f) {
		return "", "", false
	}
	at, n := 0, 0
	for i := 2; i <= len(f)-2; i++ {
		l, r := f[:i], f[i:]
		if strings.ContainsAny(l, "aeiouy") && strings.ContainsAny(r, "aeiouy") && ix.vocabHas(l) && ix.vocabHas(r) {
			at = i
			n++
		}
	}
	if n != 1 {
		return "", "", false
	}
	k := 0
	for i := range w {
		if k == at {
			return w[:i], w[i:], true
		}
		k++
	}
	return "", "", false
}

// vocabHas reports whether a folded word is a catalogue word, a final y
// read as i as folding spells it ("ky" of "kýkết" is the "ki" of "ký").
func (ix *Index) vocabHas(f string) bool {
	if _, ok := ix.vocab[f]; ok {
		return true
	}
	if strings.HasSuffix(f, "y") {
		_, ok := ix.vocab[f[:len(f)-1]+"i"]
		return ok
	}
	return false
}

// foldedKnown is a word's folded form and whether a catalogue name uses it.
func (ix *Index) foldedKnown(w string) (string, bool) {
	f := ix.words.forms(textnorm.Lower(w)).fold
	_, ok := ix.vocab[f]
	return f, ok
}

// holdsUnknown reports whether folded words f hold one no catalogue name
// uses: every name's words are in the vocabulary, so the exact and core
// lookups of such words find nothing.
func (ix *Index) holdsUnknown(f string) bool {
	for w := range strings.FieldsSeq(f) {
		if _, ok := ix.vocab[w]; !ok {
			return true
		}
	}
	return false
}

// mayBeDamaged reports whether respace could change a name: a capital
// inside a word, or a word (folded) no catalogue name uses.
func (ix *Index) mayBeDamaged(n textnorm.Name, text string) bool {
	if ix.holdsUnknown(n.Folded) {
		return true
	}
	for w := range strings.FieldsSeq(text) {
		if camelAt(w) > 0 {
			return true
		}
	}
	return false
}

// shiftSpace moves the space between a and b by one letter when both
// then are catalogue words ("đốiv ới" → "đối với").
func (ix *Index) shiftSpace(a, b string) (string, string, bool) {
	if r, size := utf8.DecodeLastRuneInString(a); size < len(a) && r != utf8.RuneError {
		x, y := a[:len(a)-size], a[len(a)-size:]+b
		if ix.syllableKnown(x) && ix.syllableKnown(y) {
			return x, y, true
		}
	}
	if _, size := utf8.DecodeRuneInString(b); size < len(b) {
		x, y := a+b[:size], b[size:]
		if ix.syllableKnown(x) && ix.syllableKnown(y) {
			return x, y, true
		}
	}
	return "", "", false
}

// syllableKnown reports whether w is a catalogue word with a vowel (no
// initialism: "ct" is no piece of "cthẩm").
func (ix *Index) syllableKnown(w string) bool {
	f, ok := ix.foldedKnown(w)
	return ok && strings.ContainsAny(f, "aeiouy")
}
