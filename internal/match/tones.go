package match

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A word typed without its marks ("Thủ tuc", "Cấp lai Giấy chứng nhận",
// "Xác nhan tình trạng hôn nhân") folds like several words of the
// catalogue ("lai": "lại", "lái", "lai"): the folded lookups find the
// name only when nothing else in it differs, and the guard reads the
// bare word as none of them. Where one of those words, and one only, is
// one a name writes beside the word before or after it, the marks are
// put back before any step (mendWords).

// learnTones fills ix.toned: every catalogue word written with marks, in
// small letters, under its folded form, sorted.
func (ix *Index) learnTones() {
	ix.toned = map[string][]string{}
	for w, f := range ix.words.fixed {
		if w != f.fold && oneSyllable(f.fold) {
			ix.toned[f.fold] = append(ix.toned[f.fold], w)
		}
	}
	for _, ws := range ix.toned {
		slices.Sort(ws) // in place: the map's order does not matter
	}
}

// retoned puts the marks back on every word written without any that no
// name writes so beside its neighbours, where exactly one catalogue word
// folding like it is written beside the word before or after it. ok is
// false when none moved.
func (ix *Index) retoned(t string) (string, bool) {
	var b strings.Builder // written from the first word mended on
	done := 0             // bytes of t written to b
	prev := ""
	for start := 0; start < len(t); {
		end := strings.IndexByte(t[start:], ' ')
		if end < 0 {
			end = len(t)
		} else {
			end += start
		}
		w, next := t[start:end], ""
		if end < len(t) {
			next = t[end+1:]
			if sp := strings.IndexByte(next, ' '); sp >= 0 {
				next = next[:sp]
			}
		}
		if m, ok := ix.retonedWord(w, prev, next); ok {
			b.WriteString(t[done:start])
			b.WriteString(m)
			done = end
		}
		prev = w
		start = end + 1
	}
	if done == 0 {
		return t, false
	}
	b.WriteString(t[done:])
	return b.String(), true
}

// retonedWord is retoned for one word, its letters between any marks,
// between the words beside it as written (their letters read only for
// a word that may be mended).
func (ix *Index) retonedWord(w, prevWord, nextWord string) (string, bool) {
	before, core, after, ok := wordCore(w)
	if !ok || !plainLetters(core) {
		return "", false
	}
	lower := strings.ToLower(core) // the same string when it has no capital
	if len(ix.toned[lower]) == 0 {
		return "", false // marked, or no other word
	}
	prev, next := lastLetters(prevWord), firstLetters(nextWord)
	if ix.besideKnown(prev, core, next) {
		return "", false // a word the name writes so here
	}
	// A word the catalogue writes so too ("lai", "bo") is taken for
	// another only where that one stands beside both its neighbours.
	beside := ix.besideKnown
	if ix.knownKeyWord(lower) {
		beside = ix.besideBoth
	}
	fixed := ""
	for _, c := range ix.toned[lower] {
		if beside(prev, c, next) {
			if fixed != "" {
				return "", false // "cap": "cấp" or "cập", no telling which
			}
			fixed = c
		}
	}
	if fixed == "" {
		return "", false
	}
	return before + caseLike(fixed, core) + after, true
}

// besideBoth reports whether a catalogue name writes w beside the word
// before it and one writes it beside the word after it, where there is
// one ("cấp tinh" closing a name has only the word before).
func (ix *Index) besideBoth(prev, w, next string) bool {
	return (prev != "" || next != "") && (prev == "" || ix.sideBySide(prev, w)) && (next == "" || ix.sideBySide(w, next))
}

// mayRetone reports whether key words k hold one written without marks
// that folds like a catalogue word written with them: what retoned may
// mend.
func (ix *Index) mayRetone(k string) bool {
	for w := range strings.FieldsSeq(k) {
		if plainLetters(w) && len(ix.toned[w]) > 0 {
			return true
		}
	}
	return false
}

// plainLetters reports whether w is letters a to z only, small or
// capital: a word written without marks (đ has one).
func plainLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return w != ""
}

// caseLike writes word w (small letters) with the capitals of raw: a
// capital first letter, or all capitals.
func caseLike(w, raw string) string {
	r, _ := utf8.DecodeRuneInString(raw)
	switch {
	case !unicode.IsUpper(r):
		return w
	case strings.ToUpper(raw) == raw && utf8.RuneCountInString(raw) > 1:
		return strings.ToUpper(w)
	}
	f, size := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(f)) + w[size:]
}
