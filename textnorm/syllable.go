package textnorm

import (
	"strings"

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
func canonicalSyllable(w string) string {
	if isASCII(w) {
		if w == "y" || !strings.HasSuffix(w, "y") {
			return w
		}
	}
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
	// Vowel nucleus: the first run of vowels, after the onsets "qu" and "gi"
	// whose u/i belong to the consonant when another vowel follows.
	start := -1
	for i, l := range letters {
		if isVowel(l.base) {
			start = i
			break
		}
	}
	if start < 0 {
		return w
	}
	end := start
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
	// A lone y after a consonant onset is spelled i (sỹ/sĩ, lý/lí, quý/quí).
	if end-start == 1 && letters[start].base == 'y' && start > 0 && end == len(letters) {
		letters[start].base = 'i'
	}
	if tone != 0 {
		pos := tonePosition(letters, start, end)
		return compose(letters, pos, tone)
	}
	return compose(letters, -1, 0)
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
	pair := string([]rune{ls[start].base, ls[start+1].base})
	switch pair {
	case "oa", "oe", "uy": // the new rule: hoà, khoẻ, thuỷ
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
