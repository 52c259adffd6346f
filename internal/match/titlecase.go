package match

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Portals and law firms' lists write a name in title case, every word
// capitalised ("Đổi Giấy Phép Lái Xe Trực Tuyến", "Thủ Tục Cấp GCN Kinh
// Doanh Thể Thao Hoạt Động Taekwondo"). The lookups fold case, but the
// cuts that look for a portal's note or a case's words first test the
// text as the national list writes it, in small letters or in capitals:
// "… Trực Tuyến" kept the service mode, "… Sau Khi Hết Thời Hạn" the
// reason of a re-issue, and the name went to a person. Read in sentence
// case, the entry is what the portal meant.

// minTitleWords is the fewest words a title-cased entry has: a short one
// ("Hộ Tịch", "Tin Tức") is a heading or a menu item, read as written.
const minTitleWords = 4

// sentenceCased is t with every title-cased word after the first such
// word in small letters, when every word of t that opens with a letter opens
// with a capital and at least minTitleWords do; words in capitals
// ("GCN", "UBND", "QĐ") and words with digits stay as written. ok is
// false when t is not title-cased.
func sentenceCased(t string) (string, bool) {
	titled := 0
	// Read before any copy: most entries are no title case, and this
	// runs on every one no exact lookup finds.
	for w := range strings.SplitSeq(t, " ") {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		if !unicode.IsUpper(r) {
			return "", false
		}
		if titleWord(w) {
			titled++
		}
	}
	if titled < minTitleWords {
		return "", false
	}
	words := strings.Split(t, " ")
	first := true // the name's first word keeps its capital, after a lead ("PBG - QT 70 Quy Trình …")
	for i, w := range words {
		if titleWord(w) {
			if !first {
				words[i] = strings.ToLower(w)
			}
			first = false
		}
	}
	return strings.Join(words, " "), true
}

// titleWord reports whether w is a capital followed by small letters
// only (marks and punctuation aside): "Giấy", "Tuyến,", not "GCN",
// "QĐ-UBND" or "Covid19".
func titleWord(w string) bool {
	first := true
	lower := 0
	for _, r := range w {
		switch {
		case unicode.IsDigit(r):
			return false
		case !unicode.IsLetter(r):
		case first:
			if !unicode.IsUpper(r) {
				return false
			}
			first = false
		case unicode.IsUpper(r):
			return false
		default:
			lower++
		}
	}
	return !first && lower > 0
}
