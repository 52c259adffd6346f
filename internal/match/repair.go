package match

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// The national list itself carries damaged names: a letter whose UTF-8
// bytes were cut stands as a run of U+FFFD ("Cấp Giấy chứng nhận ��ủ điều
// kiện buôn bán thuốc bảo vệ thực vật", "… cấp ti��u học"). No portal
// writes that, so without repair the procedure is a false "missing" in
// every audit. Each run stands for one letter: the letter is the one
// that makes a word the catalogue uses elsewhere, beside the same
// neighbours, and the repaired name is indexed as an alias of the
// damaged one.

// repairer knows the catalogue's words and which follow which, from its
// undamaged names (lower case, as written).
type repairer struct {
	words map[string]bool
	pairs map[[2]string]int
}

// newRepairer learns the words and word pairs of the undamaged names.
func newRepairer(names []string) *repairer {
	r := &repairer{words: map[string]bool{}, pairs: map[[2]string]int{}}
	for _, n := range names {
		if strings.ContainsRune(n, utf8.RuneError) {
			continue
		}
		spans := wordSpans(textnorm.Clean(n))
		for i, sp := range spans {
			r.words[sp.word] = true
			if i > 0 {
				r.pairs[[2]string{spans[i-1].word, sp.word}]++
			}
		}
	}
	return r
}

// span is one word of a text: its bytes and its lower-case form.
type span struct {
	start, end int
	word       string
}

// wordSpans splits text into runs of letters, digits and U+FFFD (a lost
// letter is part of its word; "/" and "," part words).
func wordSpans(text string) []span {
	var out []span
	start := -1
	for i, r := range text {
		in := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || r == utf8.RuneError
		switch {
		case in && start < 0:
			start = i
		case !in && start >= 0:
			out = append(out, span{start, i, textnorm.Lower(text[start:i])})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, span{start, len(text), textnorm.Lower(text[start:])})
	}
	return out
}

// repair returns name with each damaged word replaced by the one
// catalogue word that fits it and its neighbours best; ok is false when
// name has no damage or a damaged word has no single best fit.
func (r *repairer) repair(name string) (string, bool) {
	if !strings.ContainsRune(name, utf8.RuneError) {
		return "", false
	}
	clean := textnorm.Clean(name)
	spans := wordSpans(clean)
	var b strings.Builder
	at := 0
	for i, sp := range spans {
		if !strings.ContainsRune(sp.word, utf8.RuneError) {
			continue
		}
		if i == len(spans)-1 && strings.HasSuffix(sp.word, string(utf8.RuneError)) {
			// The name was cut inside its last letter ("… (trừ nhà �"):
			// what stood there cannot be told; the name ends before it.
			b.WriteString(strings.TrimRight(clean[at:sp.start], " "))
			at = len(clean)
			spans = spans[:i]
			break
		}
		var prev, next string
		if i > 0 {
			prev = spans[i-1].word
		}
		if i+1 < len(spans) {
			next = spans[i+1].word
		}
		fix, ok := r.fit(sp.word, prev, next)
		if !ok {
			return "", false
		}
		b.WriteString(clean[at:sp.start])
		b.WriteString(matchCaseOf(fix, clean[sp.start:sp.end]))
		at = sp.end
		spans[i].word = fix
	}
	b.WriteString(clean[at:])
	if len(spans) < minWords {
		return "", false
	}
	return b.String(), true
}

// fit is the catalogue word that w, a word with one run of U+FFFD,
// stands for: one letter in place of the run, a word the catalogue uses,
// and of those the one most often after prev and before next. ok is
// false when none is, or two fit as well.
func (r *repairer) fit(w, prev, next string) (string, bool) {
	at := strings.IndexRune(w, utf8.RuneError)
	end := at
	for end < len(w) && strings.HasPrefix(w[end:], string(utf8.RuneError)) {
		end += utf8.RuneLen(utf8.RuneError)
	}
	head, tail := w[:at], w[end:]
	if strings.ContainsRune(tail, utf8.RuneError) || head == "" && tail == "" {
		return "", false // two runs in one word, or no letter left: too little to go on
	}
	best, bestN, tie := "", 0, false
	for c := range r.words {
		if len(c) <= len(head)+len(tail) || !strings.HasPrefix(c, head) || !strings.HasSuffix(c, tail) {
			continue
		}
		if utf8.RuneCountInString(c[len(head):len(c)-len(tail)]) != 1 {
			continue
		}
		n := r.pairs[[2]string{prev, c}] + r.pairs[[2]string{c, next}]
		switch {
		case n > bestN:
			best, bestN, tie = c, n, false
		case n == bestN && n > 0:
			tie = true
		}
	}
	if bestN == 0 || tie {
		return "", false
	}
	return best, true
}

// matchCaseOf writes fix with a capital first letter when raw starts
// with one.
func matchCaseOf(fix, raw string) string {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeftFunc(raw, func(r rune) bool { return !unicode.IsLetter(r) && r != utf8.RuneError }))
	if !unicode.IsUpper(r) {
		return fix
	}
	f, size := utf8.DecodeRuneInString(fix)
	return string(unicode.ToUpper(f)) + fix[size:]
}

// addRepairedNames indexes each damaged catalogue name repaired, as an
// alias, unless the catalogue already has the repaired name.
func (ix *Index) addRepairedNames() {
	var names []string
	damaged := false
	for _, p := range ix.procs {
		names = append(names, p.Name)
		damaged = damaged || strings.ContainsRune(p.Name, utf8.RuneError)
	}
	if !damaged {
		return
	}
	r := newRepairer(names)
	for i, p := range ix.procs {
		t, ok := r.repair(p.Name)
		if !ok {
			continue
		}
		n := ix.normalize(t)
		if n.Key == "" {
			continue
		}
		if _, dup := ix.byKey[n.Key]; dup {
			continue
		}
		ix.addDerived(indexedName{alias: true, text: t}, n, i)
	}
}
