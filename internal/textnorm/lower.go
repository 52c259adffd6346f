package textnorm

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// lowerTable maps every rune below tableRunes to its lower case: Vietnamese
// letters all lie there (Latin-1, Latin Extended-A and B, Latin Extended
// Additional), and unicode.ToLower searches its case ranges for each one,
// which was a tenth of normalising a name.
const tableRunes = 0x2000

var lowerTable = func() *[tableRunes]rune {
	var t [tableRunes]rune
	for r := range t {
		t[r] = unicode.ToLower(rune(r))
	}
	return &t
}()

// Lower is strings.ToLower for valid UTF-8, faster on Vietnamese text;
// text holding invalid UTF-8 goes to strings.ToLower.
func Lower(s string) string {
	// The text up to its first capital is copied as it is, and nothing
	// at all when it has none.
	i := 0
	for i < len(s) {
		r, l, size := lowerAt(s, i)
		if size == 0 {
			return strings.ToLower(s)
		}
		if l != r {
			break
		}
		i += size
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + utf8.UTFMax)
	b.WriteString(s[:i])
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c) // most of a name: no rune to decode or encode
			i++
			continue
		}
		r, l, size := lowerAt(s, i)
		if size == 0 {
			return strings.ToLower(s)
		}
		if l == r {
			b.WriteString(s[i : i+size])
		} else {
			b.WriteRune(l)
		}
		i += size
	}
	return b.String()
}

// lowerAt reads the rune at s[i:] and its lower case; size is 0 for
// invalid UTF-8.
func lowerAt(s string, i int) (r, l rune, size int) {
	if c := s[i]; c < utf8.RuneSelf {
		if 'A' <= c && c <= 'Z' {
			return rune(c), rune(c + 'a' - 'A'), 1
		}
		return rune(c), rune(c), 1
	}
	r, size = utf8.DecodeRuneInString(s[i:])
	switch {
	case r == utf8.RuneError && size == 1:
		return r, r, 0
	case r < tableRunes:
		return r, lowerTable[r], size
	}
	return r, unicode.ToLower(r), size
}
