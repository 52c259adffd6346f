package match

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// Text damaged on its way to the page: UTF-8 read as Windows-1252 and
// written again ("PhÃª duyá»‡t" for "Phê duyệt"), words run together
// where markup joined two elements ("Phê duyệtHợp đồng", "thuếtài") and
// words broken by a stray space ("Phê d uyệt", "Tuy ển sinh"). Each
// repair is only another form to look up: the published text is what the
// report shows.

// mojibakeMarks are the Windows-1252 letters that UTF-8 Vietnamese turns
// into when misread: every accented letter's lead byte is one of them.
const mojibakeMarks = "ÃÄÆáº»¼½Ã¡"

// demojibake undoes UTF-8 misread as Windows-1252 (as browsers read it:
// the five bytes it leaves undefined stay C1 controls, which is also how
// Latin-1 reads them) once; ok is false when the text does not read so.
func demojibake(t string) (string, bool) {
	if !strings.ContainsAny(t, mojibakeMarks) {
		return t, false
	}
	b := make([]byte, 0, len(t))
	for _, r := range t {
		switch {
		case r < 0x100:
			b = append(b, byte(r))
		case cp1252High[r] != 0:
			b = append(b, cp1252High[r])
		default:
			return t, false // a letter Windows-1252 has no byte for
		}
	}
	if !utf8.Valid(b) || string(b) == t {
		return t, false
	}
	return string(b), true
}

// cp1252High maps the letters Windows-1252 puts at bytes 0x80–0x9F back
// to their bytes.
var cp1252High = func() map[rune]byte {
	m := map[rune]byte{}
	dec := charmap.Windows1252
	for c := 0x80; c < 0xA0; c++ {
		if r := dec.DecodeByte(byte(c)); r != utf8.RuneError && r >= 0x100 {
			m[r] = byte(c)
		}
	}
	return m
}()

// respace puts spaces where a word ran into the next ("duyệtHợp": a
// capital inside a word; "thuếtài": a word of no catalogue name made of
// two that are) and removes one inside a word ("d uyệt": pieces that
// are not words, together one that is). ok is false when nothing moved.
func (ix *Index) respace(t string) (string, bool) {
	words := strings.Fields(t)
	// Each word's folded form and whether it is a catalogue word, once.
	folds := make([]string, len(words))
	known := make([]bool, len(words))
	letters := make([]bool, len(words))
	// Whether a name writes the word as it is written, marks and all:
	// folded, most pieces of a word are some word ("câ y": "ca", "y").
	asWritten := make([]bool, len(words))
	for i, w := range words {
		if letters[i] = lettersOnly(w); letters[i] {
			folds[i], known[i] = ix.foldedKnown(w)
			asWritten[i] = known[i] && ix.knownKeyWord(w)
		}
	}
	changed := false
	out := make([]string, 0, len(words)+1)
	for i := 0; i < len(words); i++ {
		w := words[i]
		// A capital after a small letter: two words run together.
		if at := camelAt(w); at > 0 && ix.knownRun(w[:at]) && ix.knownRun(w[at:]) {
			out = append(out, w[:at])
			words[i] = w[at:]
			folds[i], known[i] = ix.foldedKnown(words[i])
			letters[i] = lettersOnly(words[i])
			i--
			changed = true
			continue
		}
		if i+1 < len(words) && letters[i] && letters[i+1] && (!(known[i] && known[i+1]) || !(asWritten[i] && asWritten[i+1]) && ix.knownKeyWord(w+words[i+1])) {
			if ix.vocabHas(folds[i] + folds[i+1]) {
				out = append(out, w+words[i+1])
				i++
				changed = true
				continue
			}
			// The space one letter off: "đốiv ới", "thuộ cthẩm".
			if a, b, ok := ix.shiftSpace(w, words[i+1]); ok {
				out = append(out, a)
				words[i+1] = b
				folds[i+1], known[i+1] = ix.foldedKnown(b)
				changed = true
				continue
			}
		}
		if letters[i] && !known[i] {
			if a, b, ok := ix.splitRun(w, folds[i]); ok {
				out = append(out, a, b)
				changed = true
				continue
			}
		}
		out = append(out, w)
	}
	if !changed {
		return t, false
	}
	return strings.Join(out, " "), true
}

// joinSpaced removes a space inside a word: between two runs of letters
// that together make a word a catalogue name writes, one of them no
// syllable a name writes ("hộ i" for "hội": "i"; "t rú" for "trú";
// "thôn g" for "thông"). Two whole syllables are left apart: folded,
// "câ y" would be "ca y", two words, which respace reads later; written,
// whole syllables rarely make a third. ok is false when none moved.
func (ix *Index) joinSpaced(t string) (string, bool) {
	var out []string // made at the first join only
	var buf []byte
	prev, prevCore, prevWhole := "", "", true
	i := 0
	for w := range strings.SplitSeq(t, " ") {
		core, whole := ix.spacedPiece(w)
		if i > 0 && prevCore != "" && core != "" && (!prevWhole || !whole) &&
			strings.HasSuffix(prev, prevCore) && strings.HasPrefix(w, core) {
			buf = append(append(buf[:0], prevCore...), core...)
			if f, ok := ix.catalogueWordBytes(buf); ok && oneSyllable(f.fold) {
				if out == nil {
					out = strings.Split(t, " ")[:i-1]
				} else {
					out = out[:len(out)-1]
				}
				out = append(out, prev+w)
				// The joined word is whole: it joins nothing after it.
				prev, prevCore, prevWhole = prev+w, "", true
				i++
				continue
			}
		}
		if out != nil {
			out = append(out, w)
		}
		prev, prevCore, prevWhole = w, core, whole
		i++
	}
	if out == nil {
		return t, false
	}
	return strings.Join(out, " "), true
}

// spacedPiece is w's letters, when they may be joined (a number beside
// them, "Chươn g85", keeps them apart), and whether they are a syllable
// a catalogue name writes as they are written.
func (ix *Index) spacedPiece(w string) (string, bool) {
	c := strings.TrimFunc(w, func(r rune) bool { return !isLetter(r) })
	if c == "" || !lettersOnly(c) || strings.ContainsAny(w, "0123456789") {
		return "", true
	}
	return c, ix.wholePiece(c)
}

// splitJoined puts a space where two words ran together ("Chấm
// dứthoạt động", "Đăng ký kinhdoanh hộ cá thể", "cấpxã"): a run of
// letters no name writes, folded or as written, that parts in one place
// only into two syllables a catalogue name writes side by side
// (wordPairs). ok is false when none was parted.
func (ix *Index) splitJoined(t string) (string, bool) {
	var words []string // made only for a text with a word to part
	i := 0
	for w := range strings.SplitSeq(t, " ") {
		if at, ok := ix.partAt(w); ok {
			if words == nil {
				words = strings.Split(t, " ")
			}
			words[i] = w[:at] + " " + w[at:]
		}
		i++
	}
	if words == nil {
		return t, false
	}
	return strings.Join(words, " "), true
}

// partAt is the byte offset in w where splitJoined parts it: in its last
// run of letters that parts ("bổ sung/cảichính").
func (ix *Index) partAt(w string) (int, bool) {
	if len(w) < 4 {
		return 0, false // fewer than four letters: nothing to part
	}
	var buf [8][2]int
	runs := buf[:0] // the runs of letters, in order
	start := -1
	for k, r := range w {
		switch {
		case isLetter(r) && start < 0:
			start = k
		case !isLetter(r) && start >= 0:
			runs = append(runs, [2]int{start, k})
			start = -1
		}
	}
	if start >= 0 {
		runs = append(runs, [2]int{start, len(w)})
	}
	for k := len(runs) - 1; k >= 0; k-- {
		if at, ok := ix.partRun(w[runs[k][0]:runs[k][1]]); ok {
			return runs[k][0] + at, true
		}
	}
	return 0, false
}

// partRun is partAt for a run of letters.
func (ix *Index) partRun(core string) (int, bool) {
	if utf8.RuneCountInString(core) < 4 {
		return 0, false
	}
	if _, ok := ix.foldedKnown(core); ok {
		return 0, false // a word (or one written without its marks)
	}
	at := -1
	for j := range core {
		if j == 0 {
			continue
		}
		// Two syllables a name writes side by side: "thitế" (a typo of
		// "thiết") parts into "thi" and "tế", which no name does.
		if ix.writtenPair(core[:j], core[j:]) {
			if at >= 0 {
				return 0, false // two ways to part it: no telling which
			}
			at = j
		}
	}
	if at < 0 {
		return 0, false
	}
	return at, true
}

// learnWordPairs fills ix.wordPairs: every two words a current name
// writes side by side ("kinh doanh", "hoạt động"), as the ids of their
// key forms (ix.keyIDs), sorted. Key forms, not folded ones: folded,
// "thu cố" (a typo's pieces) would be "thu có".
func (ix *Index) learnWordPairs() {
	ix.keyIDs = make(map[string]int32, len(ix.words.folds))
	n := 0
	for id := range ix.names {
		n += len(ix.names[id].keyTok)
	}
	pairs := make([]uint64, 0, n)
	keyID := func(k string) uint64 {
		id, ok := ix.keyIDs[k]
		if !ok {
			id = int32(len(ix.keyIDs))
			ix.keyIDs[k] = id
		}
		return uint64(uint32(id))
	}
	for id := range ix.names {
		nm := &ix.names[id]
		if nm.derived() {
			continue
		}
		for j := 1; j < len(nm.keyTok); j++ {
			pairs = append(pairs, keyID(nm.keyTok[j-1])<<32|keyID(nm.keyTok[j]))
		}
	}
	slices.Sort(pairs)
	ix.wordPairs = slices.Clone(slices.Compact(pairs)) // without the duplicates' room
}

// sideBySide reports whether a catalogue name writes words a and b (as
// written, the catalogue's own) side by side.
func (ix *Index) sideBySide(a, b string) bool {
	fa, ok := ix.catalogueWord(a)
	if !ok {
		return false
	}
	fb, ok := ix.catalogueWord(b)
	if !ok {
		return false
	}
	ia, ok := ix.keyIDs[fa.key]
	if !ok {
		return false
	}
	ib, ok := ix.keyIDs[fb.key]
	if !ok {
		return false
	}
	_, found := slices.BinarySearch(ix.wordPairs, uint64(uint32(ia))<<32|uint64(uint32(ib)))
	return found
}

// writtenPair reports whether a and b are syllables a catalogue name
// writes as written, and writes side by side: where a run of letters
// parts (partRun, splitsInTwo) or a space moves to (shiftedAsWritten).
func (ix *Index) writtenPair(a, b string) bool {
	return ix.syllableAsWritten(a) && ix.syllableAsWritten(b) && ix.sideBySide(a, b)
}

// knownRun reports whether w is letters making a catalogue word, or
// words run together again ("HợpĐồng").
func (ix *Index) knownRun(w string) bool {
	if at := camelAt(w); at > 0 {
		return ix.knownRun(w[:at]) && ix.knownRun(w[at:])
	}
	if !lettersOnly(w) {
		return false
	}
	_, ok := ix.foldedKnown(w)
	return ok
}

// camelAt is the byte offset of a capital letter right after a small one
// in w, 0 for none.
func camelAt(w string) int {
	prevLower := false
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			// ASCII, most letters of a Vietnamese word.
			if prevLower && 'A' <= c && c <= 'Z' {
				return i
			}
			prevLower = 'a' <= c && c <= 'z'
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		if prevLower && unicode.IsUpper(r) {
			return i
		}
		prevLower = unicode.IsLower(r)
		i += size
	}
	return 0
}

// lettersOnly reports whether w is letters (and their marks) only.
func lettersOnly(w string) bool {
	for _, r := range w {
		if !isLetter(r) {
			return false
		}
	}
	return w != ""
}

// splitRun splits a letter run that is no catalogue word (folded f)
// into the two catalogue words it is made of, when exactly one split
// does. Its folded form, one letter per letter of w, is split instead.
func (ix *Index) splitRun(w, f string) (string, string, bool) {
	if len(f) < 4 || utf8.RuneCountInString(w) != len(f) {
		return "", "", false
	}
	at, n := 0, 0
	for i := 2; i <= len(f)-2; i++ {
		l, r := f[:i], f[i:]
		if strings.ContainsAny(l, "aeiouy") && strings.ContainsAny(r, "aeiouy") && ix.vocabHas(l) && ix.vocabHas(r) {
			at = i
			n++
		}
	}
	if n != 1 {
		return "", "", false
	}
	k := 0
	for i := range w {
		if k == at {
			return w[:i], w[i:], true
		}
		k++
	}
	return "", "", false
}

// vocabHas reports whether a folded word is a catalogue word, a final y
// read as i as folding spells it ("ky" of "kýkết" is the "ki" of "ký").
func (ix *Index) vocabHas(f string) bool {
	if _, ok := ix.vocab[f]; ok {
		return true
	}
	if strings.HasSuffix(f, "y") {
		_, ok := ix.vocab[f[:len(f)-1]+"i"]
		return ok
	}
	return false
}

// foldedKnown is a word's folded form and whether a catalogue name uses it.
func (ix *Index) foldedKnown(w string) (string, bool) {
	f := ix.words.forms(textnorm.Lower(w)).fold
	_, ok := ix.vocab[f]
	return f, ok
}

// holdsUnknown reports whether folded words f hold one no catalogue name
// uses: every name's words are in the vocabulary, so the exact and core
// lookups of such words find nothing.
func (ix *Index) holdsUnknown(f string) bool {
	for w := range strings.FieldsSeq(f) {
		if _, ok := ix.vocab[w]; !ok {
			return true
		}
	}
	return false
}

// mayBeDamaged reports whether respace could change a name: a capital
// inside a word, or a word no catalogue name uses, folded or as written.
func (ix *Index) mayBeDamaged(n textnorm.Name, text string) bool {
	if ix.holdsUnknown(n.Folded) {
		return true
	}
	for w := range strings.FieldsSeq(n.Key) {
		if _, ok := ix.words.folds[w]; !ok {
			return true // "câ y": a piece no name writes so, though some word folded
		}
	}
	for w := range strings.FieldsSeq(text) {
		if camelAt(w) > 0 {
			return true
		}
	}
	return false
}

// shiftSpace moves the space between a and b by one letter when both
// then are catalogue words ("đốiv ới" → "đối với").
func (ix *Index) shiftSpace(a, b string) (string, string, bool) {
	if r, size := utf8.DecodeLastRuneInString(a); size < len(a) && r != utf8.RuneError {
		x, y := a[:len(a)-size], a[len(a)-size:]+b
		if ix.syllableKnown(x) && ix.syllableKnown(y) {
			return x, y, true
		}
	}
	if _, size := utf8.DecodeRuneInString(b); size < len(b) {
		x, y := a+b[:size], b[size:]
		if ix.syllableKnown(x) && ix.syllableKnown(y) {
			return x, y, true
		}
	}
	return "", "", false
}

// syllableKnown reports whether w is a catalogue word with a vowel (no
// initialism: "ct" is no piece of "cthẩm").
func (ix *Index) syllableKnown(w string) bool {
	f, ok := ix.foldedKnown(w)
	return ok && strings.ContainsAny(f, "aeiouy")
}
