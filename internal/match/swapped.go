package match

import (
	"strings"
	"unicode/utf8"
)

// A name typed by hand loses its letters' order ("quốc ịtch" for "quốc
// tịch", "ĐĂGN KÝ") or its space by one letter ("đốiv ới", "thuộ
// cthẩm"). The rewriting steps found both late, after every cut was
// tried on the damaged text, or the fuzzy step scored them; mended
// before any step (mendWords), the entry is read as the portal meant it,
// a lead or a list around it included.

// maxSyllableRunes is the longest Vietnamese syllable ("nghiêng"): a
// longer word is a run of words or an abbreviation, no typo of one.
const maxSyllableRunes = 7

// unswapped puts back two neighbouring letters typed the wrong way round
// in every word no catalogue name writes as written that one swap, and
// one only, turns into a syllable a name writes as written and writes
// beside the word before or after it ("ữd liệu" is "dữ liệu"): a word
// out of the catalogue's vocabulary, a place's name or an abbreviation,
// is left alone when no neighbour says so. ok is false when none moved.
func (ix *Index) unswapped(t string) (string, bool) {
	words := strings.Split(t, " ")
	changed := false
	for i, w := range words {
		prev, next := "", ""
		if i > 0 {
			prev = words[i-1]
		}
		if i+1 < len(words) {
			next = words[i+1]
		}
		if m, ok := ix.unswappedWord(w, prev, next); ok {
			words[i] = m
			changed = true
		}
	}
	if !changed {
		return t, false
	}
	return strings.Join(words, " "), true
}

// unswappedWord is unswapped for one word, its letters between any
// marks ("(ịtch)"), between the words beside it as written ("chia,
// tcáh": their letters are read only for a word that may be mended,
// most words being a catalogue's).
func (ix *Index) unswappedWord(w, prevWord, nextWord string) (string, bool) {
	before, core, after, ok := wordCore(w)
	if !ok {
		return "", false
	}
	n := utf8.RuneCountInString(core)
	if n < 2 || n > maxSyllableRunes || !lettersOnly(core) {
		return "", false
	}
	if romanNumeral(core) {
		return "", false // "cấp IV", "nhóm II": "IV" read as "VI" lost the grade
	}
	if ix.knownKeyWord(core) || ix.splitsInTwo(core) {
		return "", false // a word, or two run together
	}
	prev, next := lastLetters(prevWord), firstLetters(nextWord)
	var buf [maxSyllableRunes]rune
	rs := buf[:0]
	for _, r := range core {
		rs = append(rs, r)
	}
	fixed := ""
	for j := 0; j+1 < len(rs); j++ {
		if rs[j] == rs[j+1] {
			continue
		}
		rs[j], rs[j+1] = rs[j+1], rs[j]
		// "hnà" is "nhà" or "hàn": the word beside it tells which.
		if c := string(rs); ix.syllableAsWritten(c) && ix.besideKnown(prev, c, next) {
			if fixed != "" {
				return "", false // two ways to mend it: no telling which
			}
			fixed = c
		}
		rs[j], rs[j+1] = rs[j+1], rs[j]
	}
	if fixed == "" {
		return "", false
	}
	return before + fixed + after, true
}

// wordCore splits w into what stands before its letters, the letters
// from its first to its last, and what stands after ("(ịtch)," is "(",
// "ịtch", "),"); ok is false for a word without letters.
func wordCore(w string) (before, core, after string, ok bool) {
	start := strings.IndexFunc(w, isLetter)
	if start < 0 {
		return "", "", "", false
	}
	end := strings.LastIndexFunc(w, isLetter)
	_, size := utf8.DecodeRuneInString(w[end:])
	return w[:start], w[start : end+size], w[end+size:], true
}

// lastLetters is the last run of letters of word w, marks after it
// aside ("chia," is "chia"): the neighbour of the word after w.
func lastLetters(w string) string { return lastWord(strings.TrimRightFunc(w, notLetter)) }

// firstLetters is the first run of letters of word w, marks before it
// aside.
func firstLetters(w string) string { return firstWord(strings.TrimLeftFunc(w, notLetter)) }

// notLetter is the marks and spaces a word's letters stand between.
func notLetter(r rune) bool { return !isLetter(r) }

// besideKnown reports whether a catalogue name writes w beside the word
// before it or the one after it (either may be "").
func (ix *Index) besideKnown(prev, w, next string) bool {
	return prev != "" && ix.sideBySide(prev, w) || next != "" && ix.sideBySide(w, next)
}

// spacesShifted moves a space back where it stood one letter off:
// between two runs of letters that are not both syllables a catalogue
// name writes as written, and that one shift, and one only, turns into
// two such syllables, side by side in a name ("soa từ" is no "soat
// ừ"). ok is false when none moved.
func (ix *Index) spacesShifted(t string) (string, bool) {
	words := strings.Split(t, " ")
	changed := false
	for i := 0; i+1 < len(words); i++ {
		// The letters either side of the space: "máym óc," is "máy
		// móc,".
		a, b := lastWord(words[i]), firstWord(words[i+1])
		if a == "" || b == "" {
			continue
		}
		if ix.syllableAsWritten(a) && ix.syllableAsWritten(b) {
			continue // two words ("Kế thôn" may be meant so)
		}
		if x, y, ok := ix.shiftedAsWritten(a, b); ok {
			words[i] = words[i][:len(words[i])-len(a)] + x
			words[i+1] = y + words[i+1][len(b):]
			changed = true
			i++ // the mended word mends nothing after it
		}
	}
	if !changed {
		return t, false
	}
	return strings.Join(words, " "), true
}

// shiftedAsWritten moves the space between a and b by one letter, back
// or forth, when exactly one way makes two syllables a catalogue name
// writes as written, side by side ("và olại" is no "vào lại").
func (ix *Index) shiftedAsWritten(a, b string) (string, string, bool) {
	found := 0
	var x, y string
	if r, size := utf8.DecodeLastRuneInString(a); size < len(a) && r != utf8.RuneError {
		if p, q := a[:len(a)-size], a[len(a)-size:]+b; ix.writtenPair(p, q) {
			x, y = p, q
			found++
		}
	}
	if _, size := utf8.DecodeRuneInString(b); size < len(b) {
		if p, q := a+b[:size], b[size:]; ix.writtenPair(p, q) {
			x, y = p, q
			found++
		}
	}
	return x, y, found == 1
}

// splitsInTwo reports whether w parts, somewhere, into two syllables a
// catalogue name writes side by side: a space left out ("ytế", "y tế")
// as much as two letters swapped ("yết").
func (ix *Index) splitsInTwo(w string) bool {
	for j := range w {
		if j > 0 && ix.writtenPair(w[:j], w[j:]) {
			return true
		}
	}
	return false
}

// romanNumeral reports whether w is written in the letters of Roman
// numerals only, in capitals ("IV", "XII") or as isRoman reads them.
func romanNumeral(w string) bool {
	return strings.Trim(w, "IVXLCDM") == "" || isRoman(w)
}
