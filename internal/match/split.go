package match

import (
	"strings"
	"unicode"

	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// A portal shortens a name by dropping a phrase: a qualifier the
// catalogue adds after a preposition ("… đối với [trường hợp tặng hoặc
// truy tặng danh hiệu …] Bà mẹ Việt Nam anh hùng"), an item of a list
// ("cây trồng, [vật nuôi]"), common words ("… may rủi [thực hiện] trên
// địa bàn …"), a tail. It does not drop rare words from inside a phrase:
// a catalogue name that splits two words the entry writes side by side
// with rare words of its own ("hộ [thoát] nghèo", "hàng hóa [quá cảnh là
// vật liệu nổ công nghiệp] của …") names another object, however much
// else the two share. The contained and reworded steps, which take names
// far shorter than the catalogue's, refuse such a name
// (TestRealNamesGoldLeftOut found it: "Công nhận hộ nghèo, hộ cận nghèo
// …" taken for "Công nhận hộ thoát nghèo, hộ thoát cận nghèo …" when the
// catalogue lacked the first).

// boundaryWords open or close a phrase besides the small words
// (prepositions and conjunctions, key form): "trên địa bàn", "ở nước
// ngoài", "dưới 3 triệu lít", "khi …", "là …".
var boundaryWords = map[string]bool{"trên": true, "ở": true, "dưới": true, "khi": true, "là": true}

// atBoundary reports whether a key word begins or ends a phrase.
func atBoundary(k string) bool { return smallWords[k] || boundaryWords[k] }

// learnCommas fills ix.commaBefore: for each name's key word, whether the
// name writes a comma or a semicolon before it.
func (ix *Index) learnCommas() {
	ix.commaBefore = make([][]bool, len(ix.names))
	ix.semicolonBefore = map[int32][]bool{}
	for id := range ix.names {
		nm := &ix.names[id]
		text := ix.written(nm)
		if !strings.ContainsAny(text, ",;") {
			continue // most names: no list to read
		}
		flags := make([]bool, len(nm.keyTok))
		words, commas := wordsAfterCommas(textnorm.Clean(text))
		var semis []bool
		if strings.IndexByte(text, ';') >= 0 {
			semis = make([]bool, len(nm.keyTok))
		}
		k := 0
		for j, key := range nm.keyTok {
			// Align the written words with the key words; a key word
			// made of several ("ubnd") or none matches no written word.
			for a := k; a < len(words) && a < k+5; a++ {
				if ix.words.forms(strings.ToLower(words[a])).key == key {
					flags[j], k = commas[a] != 0, a+1
					if semis != nil {
						semis[j] = commas[a] == ';'
					}
					break
				}
			}
		}
		ix.commaBefore[id] = flags
		if semis != nil {
			ix.semicolonBefore[int32(id)] = semis
		}
	}
}

// wordsAfterCommas splits text into words (as textnorm.Tokens does) and
// says for each which stands before it: a semicolon, else a comma, else
// 0.
func wordsAfterCommas(text string) (words []string, commas []rune) {
	start, comma := -1, rune(0)
	for i, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			words, commas = append(words, text[start:i]), append(commas, comma)
			start, comma = -1, 0
		}
		if r == ';' || r == ',' && comma == 0 {
			comma = r
		}
	}
	if start >= 0 {
		words, commas = append(words, text[start:]), append(commas, comma)
	}
	return words, commas
}

// splitsPhrase reports whether the name's words run (weights w),
// standing between before and the next word, both of which the entry
// writes side by side, split a phrase of the entry rather than add one of
// their own: run is no item of a list (listed: the name writes a comma
// before it), neither before nor run's first word is at a phrase boundary,
// before is no word of the opening "Giải quyết" or "Thủ tục" ("Giải
// quyết [hưởng thêm một] chế độ …"), and run holds a rare word. Common
// words inserted are most often a rewording ("chế độ [trợ cấp] ưu đãi");
// a rare one is the name's own object ("hộ [thoát] nghèo", "hàng hóa
// [quá cảnh là vật liệu nổ công nghiệp] của …").
func splitsPhrase(before string, run []string, w []float64, listed bool) bool {
	if len(run) == 0 || listed || atBoundary(before) || leadFiller[before] || atBoundary(run[0]) || regimeWords(before, run) {
		return false
	}
	for i, k := range run {
		if w[i] >= rareWeight && !hasDigit(k) {
			return true
		}
	}
	return false // numbers are the distinguishing words' business
}

// regimeWords reports whether run, after "chế độ", only says which
// kind of regime it is ("chế độ [ưu đãi]", "chế độ [trợ cấp ưu đãi]"):
// the 2021 titles of the field Người có công add or drop these words
// freely ("Công nhận và giải quyết chế độ [ưu đãi] người hoạt động kháng
// chiến …"), and the national list tells no two procedures apart by
// them. They describe the act, not its object.
func regimeWords(before string, run []string) bool {
	if before != "độ" {
		return false
	}
	for _, k := range run {
		if k != "ưu" && k != "đãi" && k != "trợ" && k != "cấp" {
			return false
		}
	}
	return true
}

// minBound is how often a word must stand after the same word, and
// never after another, to be learned as that word's second half.
const minBound = 3

// learnBound fills ix.boundAfter from the current names: "em" is only
// ever "trẻ em", so a name's "trẻ [em] dưới 6 tuổi" completes the entry's
// "trẻ dưới 6 tuổi" rather than splitting it (completesWord).
func (ix *Index) learnBound() {
	type seen struct {
		before string
		n      int
		mixed  bool
	}
	m := map[string]*seen{}
	for i := range ix.names {
		if ix.names[i].derived() {
			continue
		}
		toks := ix.names[i].keyTok
		for j := 1; j < len(toks); j++ {
			s := m[toks[j]]
			switch {
			case s == nil:
				m[toks[j]] = &seen{before: toks[j-1], n: 1}
			case s.before == toks[j-1]:
				s.n++
			default:
				s.mixed = true
			}
		}
		if len(toks) > 0 {
			if s := m[toks[0]]; s != nil {
				s.mixed = true // a name opens with it
			} else {
				m[toks[0]] = &seen{mixed: true}
			}
		}
	}
	ix.boundAfter = map[string]string{}
	for k, s := range m {
		if !s.mixed && s.n >= minBound && !smallWords[k] {
			ix.boundAfter[k] = s.before
		}
	}
}

// completesWord reports whether the name's words run, after the word
// before, only finish it: each is a word the catalogue writes after its
// predecessor alone ("trẻ [em]"), so a portal writing "trẻ" said the
// same thing.
func (ix *Index) completesWord(before string, run []string) bool {
	for i, k := range run {
		prev := before
		if i > 0 {
			prev = run[i-1]
		}
		if ix.boundAfter[k] != prev {
			return false
		}
	}
	return len(run) > 0
}

// splitsNamePhrase is splitsPhrase for name id's words run, from its
// word at on, after the word before: a run that a comma opens is an item
// of a list (listedAt), one that only finishes before's word
// (completesWord), and a "lần đầu" left unsaid (firstTimeDropped) split
// nothing.
func (ix *Index) splitsNamePhrase(id int32, at int, before string, run []string, w []float64) bool {
	return splitsPhrase(before, run, w, ix.listedAt(id, at)) && !ix.completesWord(before, run) &&
		!(len(run) == len(firstTimeKeys) && ix.firstTimeDropped(id, ix.names[id].keyTok, at))
}

// splitWords are the name's words that split a phrase of the entry, as
// scoreWith left the pairing of etoks and nm (name id, or its words
// before its brackets) in sc.
func (ix *Index) splitWords(sc *scratch, etoks []entryToken, id int32, nm *indexedName) []string {
	used := sc.used[:len(nm.tokIDs)]
	var out []string
	prev := -1
	for j, u := range used {
		if u == 0 {
			continue
		}
		if prev >= 0 && j > prev+1 {
			before, after := ix.tokens[nm.tokIDs[prev]].text, ix.tokens[nm.tokIDs[j]].text
			run := nm.keyTok[prev+1 : j]
			if adjacentIn(etoks, before, after) && ix.splitsNamePhrase(id, prev+1, nm.keyTok[prev], run, nm.tokW[prev+1:j]) {
				for _, k := range run {
					if !smallWords[k] && !hasDigit(k) {
						out = append(out, k)
					}
				}
			}
		}
		prev = j
	}
	return out
}

// listedAt reports whether the name writes a comma before its word j: the
// words from there are an item of a list ("cây trồng, [vật nuôi] trên đất
// trồng lúa"), which a portal may leave out.
func (ix *Index) listedAt(id int32, j int) bool {
	if id < 0 || int(id) >= len(ix.commaBefore) {
		return false
	}
	f := ix.commaBefore[id]
	return j < len(f) && f[j]
}

// itemStart is where the item of name id's list that holds word j
// starts: the last word after lo, up to j, with a comma before it (lo
// when none does).
func (ix *Index) itemStart(id int32, j, lo int) int {
	for i := j; i > lo; i-- {
		if ix.listedAt(id, i) {
			return i
		}
	}
	return lo
}

// adjacentIn reports whether the entry writes the folded words a and b
// side by side.
func adjacentIn(etoks []entryToken, a, b string) bool {
	for i := 0; i+1 < len(etoks); i++ {
		if etoks[i].fold == a && etoks[i+1].fold == b {
			return true
		}
	}
	return false
}

// regimeKindWords say what kind of regime follows "chế độ" (key form;
// "một" is keyed "1"): an allowance, a preference, once, monthly.
var regimeKindWords = map[string]bool{
	"trợ": true, "cấp": true, "ưu": true, "đãi": true,
	"1": true, "một": true, "lần": true, "hàng": true, "hằng": true, "tháng": true,
	"hoặc": true, "và": true,
}

// regimeRuns marks the words of keys that only say the kind of a regime:
// the run of regimeKindWords right after "chế độ", when it names both
// allowances, once and monthly, or neither ("chế độ [trợ cấp]", "chế độ
// [trợ cấp một lần hoặc trợ cấp hàng tháng]", "chế độ [ưu đãi]"). The
// titles of the field Người có công say the regime these ways for one
// procedure; the national list tells no two procedures apart by them
// (TestRegimeRunsTellNoNamesApart). One allowance alone ("chế độ trợ cấp
// một lần") is a procedure's own. nil when keys hold no such run.
func regimeRuns(keys []string) []bool {
	var out []bool
	for i := 2; i < len(keys); i++ {
		if keys[i-1] != "độ" || keys[i-2] != "chế" || !regimeKindWords[keys[i]] {
			continue
		}
		j := i
		once, monthly := false, false
		for ; j < len(keys) && regimeKindWords[keys[j]]; j++ {
			once = once || keys[j] == "lần"
			monthly = monthly || keys[j] == "tháng"
		}
		if once != monthly {
			continue
		}
		if out == nil {
			out = make([]bool, len(keys))
		}
		for q := i; q < j; q++ {
			out[q] = true
		}
	}
	return out
}

// entryKeys are the key words of an entry's tokens when they hold "chế
// độ", which regimeRuns reads; nil otherwise, without copying (the
// review reads every candidate's diff).
func entryKeys(etoks []entryToken) []string {
	for i := 1; i < len(etoks); i++ {
		if etoks[i].key == "độ" && etoks[i-1].key == "chế" {
			keys := make([]string, len(etoks))
			for j, t := range etoks {
				keys[j] = t.key
			}
			return keys
		}
	}
	return nil
}
