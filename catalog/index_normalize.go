package catalog

import (
	"strings"
	"sync"
	"sync/atomic"
	"unicode"

	"github.com/tthcaudit/tthcaudit/textnorm"
)

// The index normalises every published entry, and textnorm.Normalize
// rewrites each word through NFD and back (its tone placement), which is
// most of a lookup's cost. Words repeat endlessly, so the index keeps each
// word's key and folded forms: those of the catalogue's words, computed at
// build time, and a bounded cache of the rest. normalize must give exactly
// what textnorm.Normalize gives (index_normalize_test.go checks the corpus
// and fuzzes it); it relies on textnorm for everything but the splitting.

// wordForms are the key and folded forms of one lower-case word.
type wordForms struct {
	key, fold string
}

// wordCache holds word forms: a fixed map filled at build time, read
// without locks, and a bounded concurrent map for words met later.
type wordCache struct {
	fixed map[string]wordForms
	folds map[string]string // key word → folded, for the catalogue's words
	extra sync.Map          // string → wordForms
	n     atomic.Int64
}

// maxExtraWords bounds the cache of words the catalogue does not use.
const maxExtraWords = 200000

func (c *wordCache) forms(w string) wordForms {
	if f, ok := c.fixed[w]; ok {
		return f
	}
	if f, ok := c.extra.Load(w); ok {
		return f.(wordForms)
	}
	f := wordForms{key: textnorm.Key(w), fold: textnorm.Fold(w)}
	if c.n.Load() < maxExtraWords {
		if _, loaded := c.extra.LoadOrStore(strings.Clone(w), f); !loaded {
			c.n.Add(1)
		}
	}
	return f
}

// learn adds the words of a catalogue name to the fixed map (build time).
func (c *wordCache) learn(clean string) {
	for _, w := range splitWords(strings.ToLower(clean)) {
		if _, ok := c.fixed[w]; !ok {
			f := wordForms{key: textnorm.Key(w), fold: textnorm.Fold(w)}
			c.fixed[w] = f
			c.folds[f.key] = f.fold
		}
	}
}

// ubndKey is "ủy ban nhân dân" in key form (textnorm shortens it to ubnd).
var ubndKey = textnorm.Key("ủy") + " ban nhân dân"

// normalize is textnorm.Normalize(s) with cached word forms.
func (ix *Index) normalize(s string) textnorm.Name {
	clean := textnorm.Clean(s)
	var rest, code string
	if hasDigit(clean) {
		rest, code = textnorm.SplitCode(clean)
	} else {
		// What SplitCode does to text without a code.
		rest = strings.TrimSpace(clean)
		if strings.HasSuffix(rest, ".") && !strings.HasSuffix(rest, "..") {
			rest = strings.TrimSpace(strings.TrimSuffix(rest, "."))
		}
	}
	words := splitWords(strings.ToLower(rest))
	keys := make([]string, len(words))
	for i, w := range words {
		keys[i] = ix.words.forms(w).key
	}
	keys = stripLeadingWords(keys)
	key := strings.Join(keys, " ")
	if strings.Contains(key, ubndKey) {
		key = strings.ReplaceAll(key, ubndKey, "ubnd")
		keys = strings.Split(key, " ")
	}
	// Fold word by word from the cache; a word the key steps made (ubnd)
	// is folded by textnorm. A word that folds to nothing (a stray mark)
	// leaves no space behind, as in textnorm.
	var fb strings.Builder
	fb.Grow(len(key))
	for _, w := range keys {
		f, ok := ix.words.folds[w]
		if !ok {
			f = textnorm.Fold(w)
		}
		if f == "" {
			continue
		}
		if fb.Len() > 0 {
			fb.WriteByte(' ')
		}
		fb.WriteString(f)
	}
	return textnorm.Name{Text: rest, Key: key, Folded: fb.String(), Code: code}
}

// hasDigit reports whether s has an ASCII digit (a code needs one).
func hasDigit(s string) bool { return strings.ContainsAny(s, "0123456789") }

// splitWords splits lower-case text as textnorm's keys do: words of
// letters, digits and marks; "&" is the word "và"; anything else separates.
func splitWords(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		if r < 0x80 && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r >= 'A' && r <= 'Z') ||
			r >= 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, s[start:i])
			start = -1
		}
		if r == '&' {
			out = append(out, "và")
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

// stripLeadingWords drops the "thủ tục" ("thủ tục hành chính") and "tthc"
// openings, as textnorm's keys do.
func stripLeadingWords(toks []string) []string {
	for {
		switch {
		case len(toks) > 4 && toks[0] == "thủ" && toks[1] == "tục" && toks[2] == "hành" && toks[3] == "chính":
			toks = toks[4:]
		case len(toks) > 2 && toks[0] == "thủ" && toks[1] == "tục":
			toks = toks[2:]
		case len(toks) > 1 && toks[0] == "tthc":
			toks = toks[1:]
		default:
			return toks
		}
	}
}
