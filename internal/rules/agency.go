package rules

import (
	"strings"
	"unicode/utf8"

	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// AgencyMatches reports whether a portal's agency (as the config writes it)
// and a catalogue agency name the same body. Both are compared without
// diacritics ("Ủy ban nhân dân" and "UBND" are one), a name contained in the
// other counts ("Sở Y tế" in "Sở Y tế tỉnh An Giang"), and an abbreviation
// matches the initials of the long name's words: "Sở LĐ-TB&XH" is "Sở Lao
// động - Thương binh và Xã hội", "Sở VH,TT&DL" is "Sở Văn hóa, Thể thao và
// Du lịch", with or without the "và".
func AgencyMatches(portal, catalogue string) bool {
	a, b := agencyWords(portal), agencyWords(catalogue)
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	if strings.Join(a, " ") == strings.Join(b, " ") {
		return true
	}
	if len(a) >= 2 && containsRun(b, a) || len(b) >= 2 && containsRun(a, b) {
		return true
	}
	return abbreviates(a, b) || abbreviates(b, a)
}

// agencyWords is the folded key of an agency name as words, with "cấp"
// dropped before a level ("UBND cấp huyện" and "UBND huyện" are one).
func agencyWords(s string) []string {
	ws := strings.Fields(textnorm.Fold(s))
	out := ws[:0]
	for i, w := range ws {
		if w == "cap" && i+1 < len(ws) && levelWord[ws[i+1]] {
			continue
		}
		out = append(out, w)
	}
	return out
}

var levelWord = map[string]bool{"tinh": true, "huyen": true, "xa": true, "bo": true, "trung": true}

// placeWords open the place part of an agency name ("… tỉnh An Giang").
var placeWords = map[string]bool{"tinh": true, "thanh": true, "huyen": true, "quan": true, "thi": true, "xa": true, "phuong": true, "tp": true}

// containsRun reports whether the words of needle appear, in order and
// next to each other, in hay.
func containsRun(hay, needle []string) bool {
	for i := 0; i+len(needle) <= len(hay); i++ {
		ok := true
		for j := range needle {
			if hay[i+j] != needle[j] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// abbreviates reports whether short is long with its words after a shared
// head ("sở", "ubnd", "chi cục" …) written as initials: "sở ld tb và xh"
// against "sở lao động thương binh và xã hội". The long name may go on
// with a place ("… tỉnh An Giang").
func abbreviates(short, long []string) bool {
	i := 0
	for i < len(short) && i < len(long) && short[i] == long[i] {
		i++
	}
	if i == len(short) {
		return false
	}
	var letters strings.Builder
	for _, w := range short[i:] {
		if w == "va" {
			continue
		}
		if utf8.RuneCountInString(w) > 8 {
			return false // a word, not an abbreviation
		}
		letters.WriteString(w)
	}
	abbr := letters.String()
	if utf8.RuneCountInString(abbr) < 2 {
		return false
	}
	var initials strings.Builder
	for j := i; j < len(long); j++ {
		w := long[j]
		if w == "va" {
			continue
		}
		if initials.String() == abbr && placeWords[w] {
			return true
		}
		r, _ := utf8.DecodeRuneInString(w)
		initials.WriteRune(r)
	}
	return initials.String() == abbr
}
