package match

import (
	"slices"
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

// span is one word of a text: its bytes and its form.
type span struct {
	start, end int
	word       string
}

// wordSpans splits text into runs of letters, digits and U+FFFD (a lost
// letter is part of its word; "/" and "," part words). Each word is as
// written: callers lower-case the text first when they want it so.
func wordSpans(text string) []span {
	var out []span
	start := -1
	for i, r := range text {
		in := r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') ||
			r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || r == utf8.RuneError)
		switch {
		case in && start < 0:
			start = i
		case !in && start >= 0:
			out = append(out, span{start, i, text[start:i]})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, span{start, len(text), text[start:]})
	}
	return out
}

// gap is one damaged word to repair: the letters before and after its
// run of U+FFFD, and the words beside it (lower case).
type gap struct {
	head, tail, prev, next string
	// fits counts, per catalogue word that fits, how often it stands
	// beside prev or next.
	fits map[string]int
}

// fitsWord reports whether w is head, one letter, tail.
func (g *gap) fitsWord(w string) bool {
	n := len(w) - len(g.head) - len(g.tail)
	if n < 1 || n > utf8.UTFMax {
		return false // most words, by their length alone
	}
	return strings.HasPrefix(w, g.head) && strings.HasSuffix(w, g.tail) &&
		utf8.RuneCountInString(w[len(g.head):len(w)-len(g.tail)]) == 1
}

// best is the fitting word seen most often beside the same neighbours;
// ok is false when none was, or two were as often.
func (g *gap) best() (string, bool) {
	best, n, tie := "", 0, false
	for w, c := range g.fits {
		switch {
		case c > n:
			best, n, tie = w, c, false
		case c == n && c > 0:
			tie = true
		}
	}
	return best, n > 0 && !tie
}

// damagedName is a name to repair: its cleaned text, its words, and a
// gap per damaged word (nil for a word left as is); cut is where the
// name ends when it was cut inside its last letter.
type damagedName struct {
	clean string
	spans []span
	gaps  []*gap
	cut   int
}

// readDamage prepares name for repair; ok is false when it has no damage
// or a damaged word leaves too little to go on.
func readDamage(name string) (damagedName, bool) {
	if !strings.ContainsRune(name, utf8.RuneError) {
		return damagedName{}, false
	}
	d := damagedName{clean: textnorm.Clean(name)}
	d.cut = len(d.clean)
	d.spans = wordSpans(d.clean)
	for i := range d.spans {
		d.spans[i].word = textnorm.Lower(d.spans[i].word)
	}
	d.gaps = make([]*gap, len(d.spans))
	for i, sp := range d.spans {
		at := strings.IndexRune(sp.word, utf8.RuneError)
		if at < 0 {
			continue
		}
		if i == len(d.spans)-1 && strings.HasSuffix(sp.word, string(utf8.RuneError)) {
			// The name was cut inside its last letter ("… (trừ nhà �"):
			// what stood there cannot be told; the name ends before it.
			d.cut, d.spans, d.gaps = sp.start, d.spans[:i], d.gaps[:i]
			break
		}
		end := at
		for strings.HasPrefix(sp.word[end:], string(utf8.RuneError)) {
			end += utf8.RuneLen(utf8.RuneError)
		}
		g := &gap{head: sp.word[:at], tail: sp.word[end:], fits: map[string]int{}}
		if strings.ContainsRune(g.tail, utf8.RuneError) || g.head == "" && g.tail == "" {
			return damagedName{}, false // two runs in one word, or no letter left
		}
		if i > 0 {
			g.prev = d.spans[i-1].word
		}
		if i+1 < len(d.spans) {
			g.next = d.spans[i+1].word
		}
		d.gaps[i] = g
	}
	return d, len(d.spans) >= minWords
}

// repaired writes the name with each gap's best word; ok is false when
// a gap has none.
func (d damagedName) repaired() (string, bool) {
	var b strings.Builder
	at := 0
	for i, g := range d.gaps {
		if g == nil {
			continue
		}
		fix, ok := g.best()
		if !ok {
			return "", false
		}
		sp := d.spans[i]
		b.WriteString(d.clean[at:sp.start])
		b.WriteString(matchCaseOf(fix, d.clean[sp.start:sp.end]))
		at = sp.end
	}
	b.WriteString(strings.TrimRight(d.clean[at:d.cut], " "))
	return b.String(), true
}

// repairNames repairs the damaged names among names from the undamaged
// ones' words and neighbours: the repaired text by index, for the names
// repaired.
func repairNames(names []string) map[int]string {
	damaged := map[int]damagedName{}
	var gaps []*gap
	for i, n := range names {
		if d, ok := readDamage(n); ok {
			damaged[i] = d
			for k, g := range d.gaps {
				if g == nil {
					continue
				}
				if same := slices.IndexFunc(gaps, func(o *gap) bool {
					return o.head == g.head && o.tail == g.tail && o.prev == g.prev && o.next == g.next
				}); same >= 0 {
					d.gaps[k] = gaps[same] // a copy of a damaged name (the benchmark's)
					continue
				}
				gaps = append(gaps, g)
			}
		}
	}
	if len(damaged) == 0 {
		return nil
	}
	for i, n := range names {
		if len(gaps) == 0 {
			break // only names cut inside their last letter
		}
		if _, bad := damaged[i]; bad || strings.ContainsRune(n, utf8.RuneError) {
			continue
		}
		text := textnorm.Lower(textnorm.Clean(n))
		spans := wordSpans(text)
		for j, sp := range spans {
			for _, g := range gaps {
				if g.head != "" && sp.word[0] != g.head[0] || !g.fitsWord(sp.word) {
					continue
				}
				n := g.fits[sp.word]
				if j > 0 && spans[j-1].word == g.prev {
					n++
				}
				if j+1 < len(spans) && spans[j+1].word == g.next {
					n++
				}
				g.fits[sp.word] = n
			}
		}
	}
	out := map[int]string{}
	for i, d := range damaged {
		if t, ok := d.repaired(); ok {
			out[i] = t
		}
	}
	return out
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
	names := make([]string, len(ix.procs))
	for i, p := range ix.procs {
		names[i] = p.Name
	}
	for i, t := range repairNames(names) {
		ix.addAlias(t, i)
	}
	for i, name := range names {
		if t, ok := actUndoubled(name); ok {
			ix.addAlias(t, i)
		}
	}
}

// doubledActs open a catalogue name whose act was typed twice, the
// second time bare, before the paper it issues (folded, spaced):
// 2.001240 "Cấp lại Cấp Giấy phép bán lẻ rượu". "Cấp lại cấp phép …"
// would be another verb ("cấp phép", to license), and is not read so.
var doubledActs = []string{"cap lai cap giay ", "cap doi cap giay ", "cap moi cap giay "}

// actUndoubled is name without the bare act typed after its own, as
// every portal writes it ("Cấp lại Giấy phép bán lẻ rượu"); ok is false
// for a name whose act is typed once. "Cấp, cấp lại …" lists two acts
// and is kept.
func actUndoubled(name string) (string, bool) {
	t := strings.TrimSpace(textnorm.Clean(name))
	f := textnorm.Fold(t)
	for _, d := range doubledActs {
		if !strings.HasPrefix(f, d) {
			continue
		}
		// The act is two words; the bare one the third: cut the third
		// word of the text as written.
		w := wordSpans(t)
		if len(w) < 4 {
			return "", false
		}
		return t[:w[2].start] + t[w[3].start:], true
	}
	return "", false
}
