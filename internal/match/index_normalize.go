package match

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// The index normalises every published entry, and textnorm.Normalize
// rewrites each word through NFD and back (its tone placement), which is
// most of a lookup's cost. Words repeat endlessly, so the index keeps each
// word's key and folded forms: those of the catalogue's words, computed at
// build time, and a bounded cache of the rest. normalize must give exactly
// what textnorm.Normalize gives (index_normalize_test.go checks the corpus
// and fuzzes it); it relies on textnorm for everything but the caching.

// wordForms are the key and folded forms of one lower-case word.
type wordForms struct {
	key, fold string
}

// wordCache holds word forms: a fixed map filled at build time, read
// without locks, and a bounded concurrent map for words met later.
type wordCache struct {
	fixed map[string]wordForms
	// titled holds the same words with a capital first letter ("Cấp"),
	// as a name's first word is written: read as written, without
	// lowering (rewrite.go, catalogueWord).
	titled map[string]wordForms
	folds  map[string]string // key word → folded, for the catalogue's words
	extra  *cache[wordForms]
}

// maxExtraWords bounds the cache of words the catalogue does not use.
const maxExtraWords = 200000

func (c *wordCache) forms(w string) wordForms {
	if f, ok := c.fixed[w]; ok {
		return f
	}
	if f, ok := c.extra.get(w); ok {
		return f
	}
	f := formsOf(w)
	c.extra.put(strings.Clone(w), f)
	return f
}

// formsOf computes a word's forms, keying it once.
func formsOf(w string) wordForms {
	k := textnorm.Key(w)
	return wordForms{key: k, fold: textnorm.FoldKey(k)}
}

// learn adds the words of a catalogue name to the fixed map (build time).
func (c *wordCache) learn(clean string) {
	for _, w := range textnorm.Tokens(textnorm.Lower(clean)) {
		if _, ok := c.fixed[w]; !ok {
			f := formsOf(w)
			c.fixed[w] = f
			c.folds[f.key] = f.fold
			if r, size := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
				c.titled[string(unicode.ToUpper(r))+w[size:]] = f
			}
		}
	}
}

// normalize is textnorm.Normalize(s) with cached word forms: the words
// are split and the key joined by textnorm, only each word's key and
// folded form come from the cache.
func (ix *Index) normalize(s string) textnorm.Name {
	rest, code := textnorm.SplitCode(textnorm.Clean(s))
	var wordBuf [48]string
	words := textnorm.AppendTokens(wordBuf[:0], textnorm.Lower(rest))
	var folds [48]string
	fs := folds[:0]
	joined := len(words) - 1 // the key's length if JoinKey changes nothing
	roman := false
	for i, w := range words {
		f := ix.words.forms(w)
		words[i] = f.key
		fs = append(fs, f.fold) // fold(w) is fold(key(w)): Key is idempotent
		joined += len(f.key)
		roman = roman || textnorm.RomanGrade(f.key)
	}
	key := textnorm.JoinKey(words)
	var fb strings.Builder
	fb.Grow(len(key))
	if len(key) == joined && !roman {
		// Every change JoinKey makes (a leading "thủ tục", a date's
		// zero, "ủy ban nhân dân") shortens the key but a grade's "I"
		// written "1": none was made, and the folded words are those of
		// the key's words in order.
		for _, f := range fs {
			writeFold(&fb, f)
		}
		return textnorm.Name{Text: rest, Key: key, Folded: fb.String(), Code: code}
	}
	// Fold word by word from the cache; a word the key steps made (ubnd)
	// is folded by textnorm.
	for w := range strings.SplitSeq(key, " ") {
		f, ok := ix.words.folds[w]
		if !ok {
			// Not a catalogue word (a typo, a word of a headline): its
			// folded form from the cache of such words, as textnorm
			// would fold it (a key word is its own key).
			f = ix.words.forms(w).fold
		}
		writeFold(&fb, f)
	}
	return textnorm.Name{Text: rest, Key: key, Folded: fb.String(), Code: code}
}

// writeFold appends one folded word. A word that folds to nothing (a
// stray mark) leaves no space behind, as in textnorm.
func writeFold(b *strings.Builder, f string) {
	if f == "" {
		return
	}
	if b.Len() > 0 {
		b.WriteByte(' ')
	}
	b.WriteString(f)
}

// hasDigit reports whether s has an ASCII digit (a code needs one).
func hasDigit(s string) bool { return strings.ContainsAny(s, "0123456789") }
