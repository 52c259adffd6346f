package textnorm

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The five tone marks as combining characters. Vowel-quality marks
// (circumflex, breve, horn) are not tones and stay where they are.
const (
	toneGrave = '\u0300'
	toneAcute = '\u0301'
	toneTilde = '\u0303'
	toneHook  = '\u0309'
	toneDot   = '\u0323'
)

func isTone(r rune) bool {
	return r == toneGrave || r == toneAcute || r == toneTilde || r == toneHook || r == toneDot
}

// letter is one base letter with its quality mark (â, ơ, ư …), toneless.
type letter struct {
	base    rune
	quality rune // 0, U+0302 circumflex, U+0306 breve or U+031B horn
}

func isVowel(r rune) bool {
	switch r {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

// canonicalSyllable rewrites one lower-case word so that its tone mark sits
// where the "new" rule puts it (hoà, khoẻ, thuỷ; người, muốn) and a lone y
// after a consonant becomes i (sỹ → sĩ, kỹ → kĩ, quý → quí). Words that are
// not Vietnamese syllables (digits, foreign words) come back unchanged.
//
// Key calls it for every word of every name, so the common case — a word of
// ASCII letters, đ and precomposed letters — reads the letters through a
// table and writes the result into a stack buffer, returning w itself when
// nothing changes; anything else (combining marks, digits, other scripts)
// takes slowSyllable, the NFD → NFC round trip, which gives the same result.
func canonicalSyllable(w string) string {
	if isASCII(w) {
		if w == "y" || !strings.HasSuffix(w, "y") {
			return w
		}
	}
	var buf [16]letter
	letters := buf[:0]
	var tone rune
	for _, r := range w {
		var l letter
		switch {
		case r >= 'a' && r <= 'z' || r == 'đ':
			l.base = r
		case r >= precomposedLo && r < precomposedHi && precomposed[r-precomposedLo].base != 0:
			pc := precomposed[r-precomposedLo]
			l = letter{base: rune(pc.base), quality: qualityMarks[pc.quality]}
			if pc.tone != 0 {
				if tone != 0 {
					return w // two tones: not one syllable, leave it alone
				}
				tone = toneMarks[pc.tone]
			}
		default:
			return slowSyllable(w)
		}
		if len(letters) == len(buf) {
			return slowSyllable(w)
		}
		letters = append(letters, l)
	}
	start, end, ok := nucleus(letters)
	if !ok {
		return w
	}
	pos := -1
	if tone != 0 {
		pos = tonePosition(letters, start, end)
	}
	var out [64]byte
	b := out[:0]
	for i, l := range letters {
		var t rune
		if i == pos {
			t = tone
		}
		if l.quality == 0 && t == 0 {
			b = utf8.AppendRune(b, l.base)
			continue
		}
		r, ok := composed[letterTone{l, t}]
		if !ok {
			return compose(letters, pos, tone)
		}
		b = utf8.AppendRune(b, r)
	}
	if string(b) == w {
		return w
	}
	return string(b)
}

// slowSyllable is canonicalSyllable through NFD and NFC, for words the
// precomposed table does not cover.
func slowSyllable(w string) string {
	d := norm.NFD.String(w)
	var letters []letter
	var tone rune
	for _, r := range d {
		switch {
		case isTone(r):
			if tone != 0 {
				return w // two tones: not one syllable, leave it alone
			}
			tone = r
		case r == '\u0302' || r == '\u0306' || r == '\u031b':
			if len(letters) == 0 {
				return w
			}
			letters[len(letters)-1].quality = r
		case r >= 'a' && r <= 'z' || r == 'đ':
			letters = append(letters, letter{base: r})
		default:
			return w // digits or other scripts
		}
	}
	start, end, ok := nucleus(letters)
	if !ok {
		return w
	}
	if tone != 0 {
		pos := tonePosition(letters, start, end)
		return compose(letters, pos, tone)
	}
	return compose(letters, -1, 0)
}

// nucleus finds the vowel nucleus — the first run of vowels, after the
// onsets "qu" and "gi" whose u/i belong to the consonant when another vowel
// follows — and spells a lone y after a consonant onset i (sỹ/sĩ, lý/lí,
// quý/quí). ok is false when the word has no vowel.
func nucleus(letters []letter) (start, end int, ok bool) {
	start = -1
	for i, l := range letters {
		if isVowel(l.base) {
			start = i
			break
		}
	}
	if start < 0 {
		return 0, 0, false
	}
	end = start
	for end < len(letters) && isVowel(letters[end].base) {
		end++
	}
	if start > 0 && end-start > 1 {
		prev := letters[start-1].base
		first := letters[start]
		if (prev == 'q' && first.base == 'u' && first.quality == 0) ||
			(prev == 'g' && start == 1 && first.base == 'i' && first.quality == 0) {
			start++
		}
	}
	if end-start == 1 && letters[start].base == 'y' && start > 0 && end == len(letters) {
		letters[start].base = 'i'
	}
	return start, end, true
}

// tonePosition is the index of the letter that carries the tone.
func tonePosition(ls []letter, start, end int) int {
	// A vowel with a quality mark takes the tone; in ươ the second one.
	pos := -1
	for i := start; i < end; i++ {
		if ls[i].quality != 0 {
			pos = i
		}
	}
	if pos >= 0 {
		return pos
	}
	n := end - start
	switch {
	case n == 1:
		return start
	case end < len(ls): // closed syllable: the last vowel (hoàn, toán, khuyến)
		return end - 1
	case n >= 3: // oai, uya, uyu: the middle vowel
		return start + 1
	}
	switch a, b := ls[start].base, ls[start+1].base; {
	case a == 'o' && (b == 'a' || b == 'e'), a == 'u' && b == 'y': // the new rule: hoà, khoẻ, thuỷ
		return start + 1
	}
	return start
}

func compose(ls []letter, pos int, tone rune) string {
	var b strings.Builder
	for i, l := range ls {
		b.WriteRune(l.base)
		if l.quality != 0 {
			b.WriteRune(l.quality)
		}
		if i == pos {
			b.WriteRune(tone)
		}
	}
	return norm.NFC.String(b.String())
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// The precomposed letters canonicalSyllable reads without NFD: every rune
// in [precomposedLo, precomposedHi) whose decomposition is one lower-case
// ASCII letter with at most one quality mark and at most one tone mark.
const (
	precomposedLo = 0xC0
	precomposedHi = 0x1F00
)

// qualityMarks and toneMarks are indexed by the small numbers the table
// stores (0: none).
var (
	qualityMarks = [...]rune{0, '\u0302', '\u0306', '\u031b'}
	toneMarks    = [...]rune{0, toneGrave, toneAcute, toneTilde, toneHook, toneDot}
)

// precomposedLetter is one table entry: base 0 means the rune is not covered.
type precomposedLetter struct {
	base, quality, tone uint8
}

// letterTone is a letter with the tone it carries (0: none).
type letterTone struct {
	l    letter
	tone rune
}

var (
	precomposed [precomposedHi - precomposedLo]precomposedLetter
	// composed is the way back: a letter and its tone to the one rune NFC
	// makes of them. Combinations NFC leaves in pieces are absent.
	composed = map[letterTone]rune{}
)

func init() {
	for r := rune(precomposedLo); r < precomposedHi; r++ {
		d := []rune(norm.NFD.String(string(r)))
		if len(d) < 2 || d[0] < 'a' || d[0] > 'z' {
			continue
		}
		pc := precomposedLetter{base: uint8(d[0])}
		ok := true
		for _, m := range d[1:] {
			q, t := markIndex(qualityMarks[:], m), markIndex(toneMarks[:], m)
			switch {
			case q > 0 && pc.quality == 0:
				pc.quality = q
			case t > 0 && pc.tone == 0:
				pc.tone = t
			default:
				ok = false
			}
		}
		if !ok {
			continue
		}
		lt := letterTone{letter{rune(pc.base), qualityMarks[pc.quality]}, toneMarks[pc.tone]}
		// Only runes NFC gives back from the letter and its marks: the fast
		// path must write what compose's NFC would.
		seq := []rune{lt.l.base}
		if lt.l.quality != 0 {
			seq = append(seq, lt.l.quality)
		}
		if lt.tone != 0 {
			seq = append(seq, lt.tone)
		}
		if norm.NFC.String(string(seq)) != string(r) {
			continue
		}
		precomposed[r-precomposedLo] = pc
		composed[lt] = r
	}
}

// markIndex is m's index in marks, or 0.
func markIndex(marks []rune, m rune) uint8 {
	for i, x := range marks {
		if i > 0 && x == m {
			return uint8(i)
		}
	}
	return 0
}
