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
	var b strings.Builder
	for i := 0; i < len(s); {
		c := s[i]
		var r, l rune
		size := 1
		if c < utf8.RuneSelf {
			r = rune(c)
			l = r
			if 'A' <= c && c <= 'Z' {
				l = r + 'a' - 'A'
			}
		} else {
			r, size = utf8.DecodeRuneInString(s[i:])
			switch {
			case r == utf8.RuneError && size == 1:
				return strings.ToLower(s)
			case r < tableRunes:
				l = lowerTable[r]
			default:
				l = unicode.ToLower(r)
			}
		}
		if l != r && b.Cap() == 0 {
			b.Grow(len(s) + utf8.UTFMax)
			b.WriteString(s[:i])
		}
		if b.Cap() > 0 {
			b.WriteRune(l)
		}
		i += size
	}
	if b.Cap() == 0 {
		return s
	}
	return b.String()
}
