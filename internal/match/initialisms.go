package match

import (
	"slices"
	"strings"
	"sync"

	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// A portal writes a phrase of its field by its initials: an electricity
// company's list "Thay đổi chủ thể HĐMBĐ", "Gia hạn HĐMBĐ" for the
// catalogue's "… hợp đồng mua bán điện". The table of abbreviations
// (rewrite.go) holds the initials of every field the team has read;
// the others are read from the catalogue itself: an initialism no table
// holds stands for the one phrase of the catalogue's names whose words
// open with its letters, when that phrase is one (not several with the
// same letters), recurs (a phrase of the field, not a chance run of
// words) and is whole: no tie word ("và", "các", "tại") stands in it,
// which initials leave out ("doanh và các loại thu" is no "DVCLT",
// "thuốc pháo hoa tại" no "TPHT"), and not the same word stands before
// (or after) it wherever it stands, which would make it part of a longer
// phrase.
const (
	// initialismMinLetters: three letters fit too many runs of words.
	initialismMinLetters = 4
	// initialismMaxWords is the longest phrase read by its initials.
	initialismMaxWords = 8
	// initialismMaxVowels: an initialism is written in consonants but for
	// a word that opens with a vowel ("UBNDTP"); a word a typo damaged
	// keeps its vowels.
	initialismMaxVowels = 1
	// initialismMinNames is how many names the phrase must stand in.
	initialismMinNames = 2
)

// tieWords are words (key form) that tie a phrase to its neighbours or
// its parts together, which initials leave out ("LĐTBXH" for "lao động
// thương binh và xã hội"). It is a table of its own, not the union of
// danglingWords and smallWords: that union holds "bị" and "bằng", which
// are also syllables of words initials spell ("thiết bị y tế" TBYT,
// "văn bằng bảo hộ" VBBH). Measured on the national list, of 114,275
// runs of first letters the union would answer 93 otherwise, 1,225
// initialisms in all against 1,236.
var tieWords = map[string]bool{"và": true, "hoặc": true, "của": true, "cho": true, "đối": true, "với": true,
	"tại": true, "trong": true, "thuộc": true, "do": true, "khi": true, "mà": true, "để": true, "nhằm": true,
	"theo": true, "trừ": true, "các": true, "những": true, "về": true, "từ": true, "ở": true, "là": true, "có": true}

// initialisms holds what the catalogue's names say of initialisms: the
// names' first letters, built on the first question, and the answers.
type initialisms struct {
	once    sync.Once
	letters []string // per name: the folded first letter of each key word
	found   *cache[string]
}

// maxInitialisms bounds the answers kept (a hostile page may write many).
const maxInitialisms = 4096

// spelledOut is s with its abbreviations spelt out: the table's first,
// then the initialisms the catalogue's names spell (initialism); ok is
// false when there were none.
func (ix *Index) spelledOut(s seq) (seq, bool) {
	out, changed := expandAbbreviations(s)
	for i := 0; i < out.len(); i++ {
		if !mayBeInitialism(out.folds[i]) {
			continue
		}
		if _, known := ix.words.folds[out.keys[i]]; known {
			continue // a word the catalogue writes
		}
		if phrase, ok := ix.initialism(out.folds[i]); ok {
			n := len(out.folds[i])
			out = out.splice(i, i+1, phrase)
			i += n - 1
			changed = true
		}
	}
	return out, changed
}

// mayBeInitialism reports whether a folded word is written as an
// initialism: letters only, long enough, nearly no vowel.
func mayBeInitialism(f string) bool {
	if len(f) < initialismMinLetters || len(f) > initialismMaxWords {
		return false
	}
	vowels := 0
	for i := 0; i < len(f); i++ {
		switch c := f[i]; {
		case c < 'a' || c > 'z':
			return false
		case strings.IndexByte("aeiouy", c) >= 0:
			vowels++
		}
	}
	return vowels <= initialismMaxVowels
}

// initialism is the phrase (key form) the folded initialism f stands
// for in the catalogue's names; ok is false when none, or several, do.
func (ix *Index) initialism(f string) (string, bool) {
	in := &ix.initials
	in.once.Do(func() {
		in.letters = make([]string, len(ix.names))
		for i := range ix.names {
			var b strings.Builder
			for _, w := range ix.names[i].keyTok {
				b.WriteByte(ix.firstLetter(w))
			}
			in.letters[i] = b.String()
		}
	})
	if p, ok := in.found.get(f); ok {
		return p, p != ""
	}
	p := ix.phraseOf(f)
	in.found.put(f, p)
	return p, p != ""
}

// phraseOf looks f up in the names' first letters: the one recurring,
// whole phrase they spell, "" for none.
func (ix *Index) phraseOf(f string) string {
	var phrase []string // its words, as the first occurrence writes them
	names := 0
	var before, after neighbours
	for id, letters := range ix.initials.letters {
		if ix.names[id].derived() {
			continue // an alias repeats today's name
		}
		toks := ix.names[id].keyTok
		seen := false
		for from := 0; ; {
			at := strings.Index(letters[from:], f)
			if at < 0 {
				break
			}
			at += from
			from = at + 1
			words := toks[at : at+len(f)]
			if slices.ContainsFunc(words, hasDigit) {
				continue
			}
			switch {
			case phrase == nil:
				phrase = words
			case !slices.Equal(words, phrase):
				return "" // several phrases spell it
			}
			if !seen {
				names++
				seen = true
			}
			if at > 0 {
				before.add(toks[at-1])
			} else {
				before.add("")
			}
			if end := at + len(f); end < len(toks) {
				after.add(toks[end])
			} else {
				after.add("")
			}
		}
	}
	if names < initialismMinNames || before.fixed() || after.fixed() || slices.ContainsFunc(phrase, func(w string) bool { return tieWords[w] }) {
		return ""
	}
	return strings.Join(phrase, " ")
}

// neighbours is what stands beside a phrase on one side, over its
// occurrences: a phrase that always follows (or precedes) the same word
// is part of a longer one ("[tài] sản quyền sử dụng đất nhà", "[hỗ] trợ
// dự án liên [kết]"), not a phrase of its own.
type neighbours struct {
	word   string // the word beside the first occurrence
	varies bool   // another word, or none (the name's end), beside another
	any    bool
}

// add notes the word beside one occurrence ("" at the name's edge).
func (c *neighbours) add(w string) {
	switch {
	case w == "":
		c.varies = true
	case !c.any:
		c.word = w
	case w != c.word:
		c.varies = true
	}
	c.any = true
}

// fixed reports whether every occurrence had the same word beside it.
func (c *neighbours) fixed() bool { return c.any && !c.varies }

// firstLetter is the folded first letter of a key word ("đ" is "d"), or
// a space for a word that opens with no letter, which no initialism
// spells. The word's folded form is the cached one: the benchmark's
// catalogue folded again word by word made 500,000 allocations, more
// than a batch of 60,000 entries does.
func (ix *Index) firstLetter(w string) byte {
	f, ok := ix.words.folds[w]
	if !ok {
		f = textnorm.Fold(w) // a word the key steps made ("ubnd")
	}
	if f == "" || f[0] < 'a' || f[0] > 'z' {
		return ' '
	}
	return f[0]
}
