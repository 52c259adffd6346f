package match

import (
	"strings"
	"unicode"

	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// discriminators are the words (key form) that tell the members of a
// procedure family apart: "Cấp / Cấp lại / Cấp đổi / Cấp sửa đổi, bổ sung
// Giấy phép …", "Đăng ký khai sinh / Đăng ký lại khai sinh / … lưu động /
// … có yếu tố nước ngoài". A word that stands on one side of a fuzzy
// comparison only and is one of these makes the two different procedures,
// however long the rest of the name they share.
var discriminators = func() map[string]bool {
	words := []string{
		"lại", "đổi", "sửa", "bổ", "sung", "gia", "hạn", "thu", "hồi",
		"lưu", "yếu", "tố", "nước", "ngoài", "hủy", "hủy", "xóa",
		"chấm", "dứt", "tạm", "ngừng", "ngưng", "điều", "chỉnh", "thay",
		"chuyển", "nhượng", "thể", "sáp", "nhập", "chia", "tách", "không",
		"trừ", "mới", "phục", "miễn", "giảm", "hoàn", "gộp", "đính", "cải",
		"lần", "đầu", "trích", "lục", "sao", "thăm", "viếng", "hỗ", "trợ",
		"tiền", "giới", "thiệu", "hài", "cốt", "di", "kết", "hôn", "khai",
		"tử", "giám", "hộ", "nuôi", "con",
	}
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[textnorm.Key(w)] = true
	}
	return m
}()

// isDiscriminator reports whether a key token tells family members apart:
// one of the words above, or a number (decree numbers, ages, years).
func isDiscriminator(tok string) bool {
	if discriminators[tok] {
		return true
	}
	for _, r := range tok {
		if unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// typoable reports whether a known word (key and folded form) may pair
// as a typo of another known word: long enough to carry a typo, and
// neither a family word nor a level word. A level word read as a typo
// ("trình" in "… Toàn trình" for "tỉnh") would choose the provincial twin
// of a name that says "(cấp xã)".
func typoable(key, fold string) bool {
	return len(fold) >= 4 && !isDiscriminator(key) && !distinctLevel(key)
}

// otherSense are frequent compounds (key form) in which a family word is
// a syllable of another word: "nhà nước" (the State, in 91 names of the
// national list) is no "nước ngoài", "khai thác" (101) no "khai sinh",
// "thể thao" (52) no "giải thể". Left unpaired there, it is an ordinary
// word: a portal dropping "… danh hiệu vinh dự nhà nước" drops no family
// word.
var otherSense = func() map[[2]string]bool {
	m := map[[2]string]bool{}
	for _, c := range []string{"nhà nước", "khai thác", "thể thao"} {
		a, b, _ := strings.Cut(textnorm.Key(c), " ")
		m[[2]string{a, b}] = true
	}
	return m
}()

// familyAt reports whether word j of a name (key words) is a family word
// there: a discriminator not standing in a compound of otherSense.
func familyAt(keys []string, j int) bool {
	if !isDiscriminator(keys[j]) {
		return false
	}
	return !(j > 0 && otherSense[[2]string{keys[j-1], keys[j]}] ||
		j+1 < len(keys) && otherSense[[2]string{keys[j], keys[j+1]}])
}

// minDiscriminatorWeight keeps family words heavy even though they are
// common ("lại" appears in hundreds of names, which makes its IDF small).
const minDiscriminatorWeight = 3.0

// tokenWeight is a token's weight in the fuzzy score: its inverse document
// frequency, raised for discriminating words.
func tokenWeight(keyTok string, idf float64) float64 {
	if isDiscriminator(keyTok) && idf < minDiscriminatorWeight {
		return minDiscriminatorWeight
	}
	return idf
}

// unknownWeight is the weight of an entry word the catalogue never uses: as
// heavy as a rare word, so that extra words in a headline count against it.
func unknownWeight(keyTok string) float64 {
	if strings.IndexFunc(keyTok, unicode.IsDigit) >= 0 {
		return minDiscriminatorWeight + 1
	}
	return 5.0
}

// discriminatorNear holds every family word of three letters or more
// (key form, diacritics kept) and each of its one-letter deletions: a
// misspelt family word ("lạ" for "lại") still weighs as one when left
// unpaired. Keeping the diacritics keeps it specific ("cấp" is not near
// "cải").
var discriminatorNear = func() map[string]bool {
	m := map[string]bool{}
	for w := range discriminators {
		if len([]rune(w)) < 3 {
			continue
		}
		for _, d := range deletions(w) {
			m[d] = true
		}
	}
	return m
}()

// nearDiscriminator reports whether a key word may be a misspelt family
// word: one letter from one (added, dropped, changed or swapped).
func nearDiscriminator(key string) bool {
	if discriminatorNear[key] {
		return true
	}
	if len([]rune(key)) < 3 {
		return false
	}
	for _, d := range deletions(key) {
		if discriminatorNear[d] {
			return true
		}
	}
	return false
}
