package match

import (
	"unicode/utf8"

	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// A portal's slip can spell another word: "sửa chữa, cảo tạo" for "cải
// tạo", "người được toàn án tuyên bố" for "Tòa án", "phân chi di sản" for
// "phân chia". The review takes two words the catalogue both spells, one
// letter apart, for two words (a substitution, "khẩn cấp" / "khảo cổ"),
// and a word that tells procedures apart ("chia") for one left out. Yet
// where the entry writes the name's own words on both sides of it and no
// catalogue name ever writes the entry's word beside them, the word is
// the name's, misspelt: a real other word would stand beside them
// somewhere. Grades, letters and numbers ("hạng I" / "hạng II") are
// other words however they stand.

// slipInPlace reports whether the entry's word at p and the name's word
// at q (keys are the name's key words) are one word misspelt: the entry
// writes every neighbour the name's word has (one at the name's start or
// end, both elsewhere) beside its own, and no current catalogue name
// writes the entry's word beside either.
func (ix *Index) slipInPlace(etoks []entryToken, p int, keys []string, q int) bool {
	e := etoks[p]
	if e.id < 0 {
		return false // unknown words are the typo index's
	}
	if !slipLong(e.fold) || !slipLong(textnorm.Fold(keys[q])) {
		return false // "hạng I" / "hạng II": a grade, a letter, a number
	}
	prev := p > 0 && q > 0 && etoks[p-1].key == keys[q-1]
	next := p+1 < len(etoks) && q+1 < len(keys) && etoks[p+1].key == keys[q+1]
	if q > 0 && !prev || q+1 < len(keys) && !next || !prev && !next {
		return false // every neighbour the name writes, the entry writes too
	}
	for _, id := range ix.postings[e.id] {
		nm := &ix.names[id]
		if nm.derived() {
			continue
		}
		for j, k := range nm.keyTok {
			if k != e.key {
				continue
			}
			if prev && j > 0 && nm.keyTok[j-1] == keys[q-1] || next && j+1 < len(nm.keyTok) && nm.keyTok[j+1] == keys[q+1] {
				return false
			}
		}
	}
	return true
}

// slipLong reports whether a folded word is long enough to be misspelt
// as another word rather than to be another grade, letter or number: at
// least three letters, no digit, no roman numeral.
func slipLong(f string) bool {
	return utf8.RuneCountInString(f) >= 3 && !hasDigit(f) && !isRoman(f)
}

// The national list slips too: "khai thác bến bến phà", "của của Ủy ban
// nhân dân", "khi các các nghệ sĩ". A portal copying such a name writes
// the word once, and the copy left unpaired would tell the procedure from
// itself ("bến" opens the ferry landings' names).

// doubledLeft marks OK, for each word the name writes twice in a row,
// one of the name's words left unpaired (cPos, cOK) that is that word:
// the entry wrote it once. keys are the name's key words. The pairing
// takes words as a bag, so the copy left may stand elsewhere in the name
// ("bến bến phà, bến khách …").
func doubledLeft(keys []string, cPos []int, cOK []bool) {
	var doubled map[string]int
	for r := 0; r+1 < len(keys); r++ {
		if keys[r] == keys[r+1] {
			if doubled == nil {
				doubled = map[string]int{}
			}
			doubled[keys[r]]++
		}
	}
	for j, q := range cPos {
		if !cOK[j] && doubled[keys[q]] > 0 {
			cOK[j] = true
			doubled[keys[q]]--
		}
	}
}
