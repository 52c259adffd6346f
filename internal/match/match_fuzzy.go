package match

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// The fuzzy step compares words, not characters: a published name and a
// catalogue name are bags of weighted words (inverse document frequency,
// with family words such as "lại", "bổ sung", "lưu động" kept heavy). Words
// pair up exactly, then without diacritics, then with one typo; the score is
// the weighted Dice coefficient of the pairs, and every family word left
// unpaired on either side multiplies it by discriminatorPenalty (a rare
// word, by rarePenalty). Candidates come from the postings of the entry's
// rarest words only (prefix filtering: a name sharing none of them cannot
// reach the threshold) and of similar weight; they are scored in order of
// a cheap upper bound until none left can matter, so a lookup touches a
// few names, never the whole catalogue. Answers are cached by key.

// Credits of a word pair by how it was paired.
const (
	creditExact  = 1.0
	creditFolded = 0.9
	creditTypo   = 0.8
	// discriminatorPenalty multiplies the score for each family word
	// present on one side only.
	discriminatorPenalty = 0.75
	// rarePenalty multiplies the score for each rare word (weight at
	// least rareWeight: in under about 2% of names) on one side only: in
	// a long name one such word barely moves the Dice score, yet "cấp sau"
	// or "phát điện" for "điện lực" names another procedure.
	rarePenalty = 0.9
	rareWeight  = 4.0
	// maxCandidates caps the names gathered for one entry, maxScored the
	// names scored (those with the highest upper bounds).
	maxCandidates = 2048
	maxScored     = 128
)

// entryToken is one word of a published name.
type entryToken struct {
	key    string
	fold   string
	id     int32   // vocabulary id, -1 when the catalogue never uses the word
	alts   []int32 // for an unknown word, vocabulary words one typo away
	weight float64
	df     int
	// pen is the factor the score takes when the word stays unpaired.
	pen float64
	// typo is true for a known word long enough, and no family word, to
	// be tried as a typo of another word; near are those words.
	typo bool
	near []int32
}

// boundCell is, for one vocabulary id, the entry's summed weight of that
// word and the heaviest entry word that may be a typo of it.
type boundCell struct{ exact, near float32 }

// usedTypo and usedFolded mark, in scratch.used, a name word paired with
// an entry word as a typo of it or without diacritics (1: as written).
const (
	usedTypo   = 2
	usedFolded = 3
)

// scratch is the per-lookup working memory, pooled.
type scratch struct {
	acc     []float32 // per name: accumulated; 0 = not a candidate
	touched []int32
	used    []uint8 // per candidate token: paired (usedTypo: as a typo)
	eUsed   []bool  // per entry token: paired
	// table and boundIDs are upperBound's table (per vocabulary id),
	// cleared after each lookup.
	table    []boundCell
	boundIDs []int32
	bounded  []scored
	cands    []scored // candidates' answer, valid while the scratch is held
	etoks    []entryToken
	order    []int
	keys     []string // the entry's key words, then its folded words
	folds    []string
}

func newScratch(names int) *scratch {
	return &scratch{acc: make([]float32, names)}
}

type scored struct {
	id    int32
	score float64
}

// byScore orders by decreasing score, then by id.
func byScore(a, b scored) int {
	switch {
	case a.score > b.score:
		return -1
	case a.score < b.score:
		return 1
	}
	return int(a.id - b.id)
}

// fuzzy runs the last step of the cascade. Its answers are cached by key:
// portals repeat the same menus, headlines and misspelt names on every
// page.
func (ix *Index) fuzzy(n textnorm.Name) Match {
	if len(ix.names) == 0 {
		return Match{}
	}
	if m, ok := ix.fuzzyCache.get(n.Key); ok {
		return m
	}
	m := ix.fuzzyUncached(n)
	ix.fuzzyCache.put(n.Key, m)
	return m
}

// maxFuzzyCache bounds the fuzzy answers kept.
const maxFuzzyCache = 100000

func (ix *Index) fuzzyUncached(n textnorm.Name) Match {
	sc := ix.scratch.Get().(*scratch)
	defer ix.scratch.Put(sc)
	etoks, eW := ix.entryTokens(sc, n)
	if len(etoks) == 0 {
		return Match{}
	}
	floor := FuzzyThreshold - FuzzyMargin
	cands := ix.candidates(sc, etoks, eW, floor)
	ix.bound(sc, etoks)
	defer sc.release()
	// Best first, by the candidates' quick ceilings: once a ceiling falls
	// below what can still be the best or come near it, so do all the
	// ceilings after it, and their finer upper bounds are never computed
	// (they were 15 % of the matcher's time, computed for every candidate).
	queue := newBestFirst(cands)
	var best, second scored
	var close []scored
	scoredN := 0
	for {
		c, ok := queue.pop()
		if !ok {
			break
		}
		if c.score < floor || c.score < best.score-FuzzyMargin {
			break
		}
		id := c.id
		if ub := ix.upperBound(sc, eW, &ix.names[id]); ub < floor || ub < best.score-FuzzyMargin {
			continue
		}
		if scoredN++; scoredN > maxScored {
			break
		}
		s := ix.score(sc, etoks, eW, &ix.names[id])
		if s <= 0 {
			continue
		}
		switch {
		case s > best.score:
			second, best = best, scored{id, s}
		case s > second.score:
			second = scored{id, s}
		}
		if s >= FuzzyThreshold-FuzzyMargin {
			close = append(close, scored{id, s})
		}
	}
	if best.score < FuzzyThreshold {
		return Match{}
	}
	if !clearWinner(best.score, second.score) {
		slices.SortFunc(close, byScore)
		var ids []int32
		for _, c := range close {
			if !clearWinner(best.score, c.score) || c.id == best.id {
				ids = append(ids, c.id)
			}
		}
		if _, one := ix.oneName(ids); !one {
			return ix.ambiguous(ids)
		}
	}
	m := ix.nameMatch(best.id, MatchFuzzy, round4(best.score))
	// The guard's words, while the entry's words are at hand.
	d := ix.diffTokens(sc, etoks, eW, best.id, nil, false)
	m.guarded, m.guardWords, m.guardSubst = true, d.words, d.subst
	return m
}

// entryTokens splits the entry into weighted words.
func (ix *Index) entryTokens(sc *scratch, n textnorm.Name) ([]entryToken, float64) {
	keys, folds := appendFields(sc.keys[:0], n.Key), appendFields(sc.folds[:0], n.Folded)
	sc.keys, sc.folds = keys, folds
	if len(keys) != len(folds) {
		folds = keys // cannot happen: folding keeps spaces; stay safe
	}
	etoks := sc.etoks[:0]
	var total float64
	for i, k := range keys {
		t := entryToken{key: k, fold: folds[i], id: -1}
		if id, ok := ix.vocab[t.fold]; ok {
			t.id = id
			t.df = ix.tokens[id].df
			t.weight = tokenWeight(k, ix.tokens[id].weight)
		} else {
			t.weight = unknownWeight(k)
			if l := utf8.RuneCountInString(t.fold); l >= 3 {
				t.alts = ix.typoAlternatives(t.fold)
			} else if l >= 2 {
				// A short word with a letter dropped ("tr" for "trừ"):
				// only the words it is one deletion of.
				t.alts = ix.deletes[t.fold]
			}
			if len(t.alts) > 0 {
				for _, a := range t.alts {
					t.df += ix.tokens[a].df
				}
			}
		}
		t.pen = unpairedPenalty(keys, i, t.weight)
		if t.pen > discriminatorPenalty && ix.nearDisc(k) {
			t.pen = discriminatorPenalty
		}
		t.typo = t.id >= 0 && typoable(k, t.fold)
		if t.typo {
			t.near = ix.near[t.id]
			t.typo = len(t.near) > 0
		}
		total += t.weight
		etoks = append(etoks, t)
	}
	sc.etoks = etoks
	return etoks, total
}

// appendFields appends the space-separated words of s to out (the
// scratch's buffers: strings.Fields allocated twice a lookup).
func appendFields(out []string, s string) []string {
	for w := range strings.FieldsSeq(s) {
		out = append(out, w)
	}
	return out
}

// typoAlternatives returns the vocabulary words within one edit (insertion,
// deletion, substitution or swap of neighbours) of w.
func (ix *Index) typoAlternatives(w string) []int32 {
	var out []int32
	for _, d := range deletions(w) {
		for _, id := range ix.deletes[d] {
			if !slices.Contains(out, id) && osaWithinOne(w, ix.tokens[id].text) {
				out = append(out, id)
			}
		}
	}
	return out
}

// candidates returns the names that share one of the entry's rarest words,
// enough of them that a name sharing none cannot reach the threshold.
func (ix *Index) candidates(sc *scratch, etoks []entryToken, eW, floor float64) []scored {
	order := sc.order[:0]
	var reachable, restPairs float64
	for i, t := range etoks {
		if t.id >= 0 || len(t.alts) > 0 {
			order = append(order, i)
			reachable += ix.reach(t)
			restPairs += ix.pairCeiling(t)
		}
	}
	sc.order = order
	slices.SortFunc(order, func(a, b int) int { return etoks[a].df - etoks[b].df })
	// A name sharing only words of weight w can score at most 2w/(eW+w):
	// under the floor of what can matter (the best, or a runner-up close
	// enough to make it ambiguous) once w < floor·eW/(2-floor).
	bound := floor * eW / (2 - floor)
	// Dice is at most 2·min(eW,cW)/(eW+cW): a name much lighter or heavier
	// than the entry cannot reach the floor whatever it shares.
	lo, hi := eW*floor/(2-floor), eW*(2-floor)/floor
	touched := sc.touched[:0]
	add := func(id int32, w float32) {
		ps, wts := ix.postByW[id], ix.postWts[id]
		k := sort.SearchFloat64s(wts, lo)
		for ; k < len(ps) && wts[k] <= hi; k++ {
			nid := ps[k]
			if sc.acc[nid] == 0 {
				touched = append(touched, nid)
			}
			sc.acc[nid] += w
		}
	}
	for _, i := range order {
		if reachable < bound {
			break
		}
		t := etoks[i]
		if t.id >= 0 {
			add(t.id, float32(t.weight+ix.maxW[t.id]))
		}
		for _, a := range t.alts {
			add(a, float32(creditTypo*(t.weight+ix.maxW[a])))
		}
		reachable -= ix.reach(t)
		restPairs -= ix.pairCeiling(t)
	}
	// A quick ceiling per name, before the finer upperBound: what its rare
	// words gave, plus everything the other words could give.
	out := sc.cands[:0]
	for _, nid := range touched {
		if q := (float64(sc.acc[nid]) + restPairs) / (eW + ix.nameW[nid]); q >= floor && len(out) < maxCandidates {
			out = append(out, scored{nid, q})
		}
		sc.acc[nid] = 0
	}
	sc.touched, sc.cands = touched[:0], out
	return out
}

// reach is the weight w of an entry word in the prefix bound 2w/(eW+w):
// for a known word its own, or half its pair ceiling when a heavier form
// of it may pair; for a misspelt one, half of what a typo pair can add.
func (ix *Index) reach(t entryToken) float64 {
	if t.id >= 0 {
		return max(t.weight, ix.pairCeiling(t)/2)
	}
	return ix.pairCeiling(t) * creditTypo / 2
}

// pairCeiling is the most an entry word adds to a score's pairs: its weight
// and the heaviest form of the word (or of a word it may be a typo of).
func (ix *Index) pairCeiling(t entryToken) float64 {
	best := 0.0
	if t.id >= 0 {
		best = ix.maxW[t.id]
	}
	for _, a := range t.alts {
		best = max(best, ix.maxW[a])
	}
	for _, a := range t.near {
		best = max(best, ix.maxW[a])
	}
	return t.weight + best
}

// upperBound is at least score(etoks, nm): every shared word paired
// exactly, every word that could be a typo of one of the entry's paired
// as well, no penalty. It reads the per-entry tables bound fills.
func (ix *Index) upperBound(sc *scratch, eW float64, nm *indexedName) float64 {
	var pairs float64
	for _, b := range nm.bag {
		t := sc.table[b.id]
		if t.exact > 0 {
			pairs += float64(t.exact+b.w) + creditTypo*float64(t.near)
		} else if t.near > 0 {
			pairs += creditTypo * float64(t.near+b.w)
		}
	}
	return pairs / (eW + nm.weight)
}

// bound fills the per-entry tables of upperBound: the summed weight of the
// entry's words per vocabulary id, and the heaviest entry word that could
// be a typo of each id. release clears them.
func (ix *Index) bound(sc *scratch, etoks []entryToken) {
	if len(sc.table) < len(ix.tokens) {
		sc.table = make([]boundCell, len(ix.tokens))
	}
	for _, t := range etoks {
		if t.id >= 0 {
			sc.table[t.id].exact += float32(t.weight)
			sc.boundIDs = append(sc.boundIDs, t.id)
		}
		for _, lists := range [2][]int32{t.alts, t.near} {
			for _, a := range lists {
				if float32(t.weight) > sc.table[a].near {
					sc.table[a].near = float32(t.weight)
				}
				sc.boundIDs = append(sc.boundIDs, a)
			}
		}
	}
}

func (sc *scratch) release() {
	for _, id := range sc.boundIDs {
		sc.table[id] = boundCell{}
	}
	sc.boundIDs = sc.boundIDs[:0]
}

// score is the weighted Dice similarity of the entry and one name, with
// the family-word penalty, in [0,1].
func (ix *Index) score(sc *scratch, etoks []entryToken, eW float64, nm *indexedName) float64 {
	return ix.scoreWith(sc, etoks, eW, nm, true)
}

// scoreWith is score, without the unpaired-word penalties when penalize
// is false (the plain weighted Dice the reworded step reads). It leaves
// the pairing in sc.used and sc.eUsed.
func (ix *Index) scoreWith(sc *scratch, etoks []entryToken, eW float64, nm *indexedName, penalize bool) float64 {
	if cap(sc.used) < len(nm.tokIDs) {
		sc.used = make([]uint8, len(nm.tokIDs)*2)
	}
	used := sc.used[:len(nm.tokIDs)]
	clear(used)
	if cap(sc.eUsed) < len(etoks) {
		sc.eUsed = make([]bool, len(etoks)*2)
	}
	eUsed := sc.eUsed[:len(etoks)]
	clear(eUsed)
	var pairs float64
	// Exact words first, so that a folded or typo pairing never takes a
	// word another entry word spells exactly.
	unpairedE := 0
	for i, t := range etoks {
		if t.id < 0 {
			unpairedE++
			continue
		}
		for j, id := range nm.tokIDs {
			if used[j] == 0 && id == t.id && nm.keyTok[j] == t.key {
				used[j], eUsed[i] = 1, true
				pairs += creditExact * (t.weight + nm.tokW[j])
				break
			}
		}
		if !eUsed[i] {
			unpairedE++
		}
	}
	if unpairedE > 0 {
		for i, t := range etoks {
			if eUsed[i] || t.id < 0 {
				continue
			}
			for j, id := range nm.tokIDs {
				if used[j] == 0 && id == t.id {
					used[j], eUsed[i] = usedFolded, true
					pairs += creditFolded * (t.weight + nm.tokW[j])
					unpairedE--
					break
				}
			}
		}
	}
	if unpairedE > 0 {
		for i, t := range etoks {
			// A known word may still be a typo that happens to spell
			// another word ("chơng" for "chương" reads "chống"); not a
			// short one, nor a family word, which are typed on purpose.
			if eUsed[i] || len(t.alts) == 0 && !t.typo {
				continue
			}
			for j, id := range nm.tokIDs {
				if used[j] != 0 {
					continue
				}
				if t.typo && nm.typo[j] && slices.Contains(t.near, id) || slices.Contains(t.alts, id) {
					used[j], eUsed[i] = usedTypo, true
					pairs += creditTypo * (t.weight + nm.tokW[j])
					break
				}
			}
		}
	}
	if pairs == 0 {
		return 0
	}
	s := pairs / (eW + nm.weight)
	if !penalize {
		return min(s, 1)
	}
	for i, t := range etoks {
		if !eUsed[i] {
			s *= t.pen
		}
	}
	for j, u := range used {
		if u == 0 {
			s *= nm.pen[j]
		}
	}
	return min(s, 1)
}

// similarity scores an entry against name id (0 for -1, an empty name).
func (ix *Index) similarity(n textnorm.Name, id int32) float64 {
	if id < 0 {
		return 0
	}
	sc := ix.scratch.Get().(*scratch)
	defer ix.scratch.Put(sc)
	etoks, eW := ix.entryTokens(sc, n)
	if len(etoks) == 0 {
		return 0
	}
	return ix.score(sc, etoks, eW, &ix.names[id])
}

// osaWithinOne reports whether a and b are at most one edit apart
// (insertion, deletion, substitution, or a swap of neighbouring letters).
func osaWithinOne(a, b string) bool {
	if a == b {
		return true
	}
	if d := len(a) - len(b); d > 4 || d < -4 {
		return false // a rune is at most 4 bytes
	}
	if isASCII(a) && isASCII(b) {
		return osaWithinOneBytes(a, b)
	}
	ra, rb := []rune(a), []rune(b)
	if len(ra) < len(rb) {
		ra, rb = rb, ra
	}
	switch len(ra) - len(rb) {
	case 0:
		i := 0
		for i < len(ra) && ra[i] == rb[i] {
			i++
		}
		if i == len(ra) {
			return true
		}
		if slices.Equal(ra[i+1:], rb[i+1:]) {
			return true
		}
		return i+1 < len(ra) && ra[i] == rb[i+1] && ra[i+1] == rb[i] && slices.Equal(ra[i+2:], rb[i+2:])
	case 1:
		i := 0
		for i < len(rb) && ra[i] == rb[i] {
			i++
		}
		return slices.Equal(ra[i+1:], rb[i:])
	}
	return false
}

// round4 rounds a score to four decimals, as the report shows it.
func round4(f float64) float64 {
	return float64(int64(f*10000+0.5)) / 10000
}

// clearWinner reports whether the best score stands clear of the
// runner-up: by FuzzyMargin, or, for long names where one extra word moves
// the score little, by being three times closer to a perfect 1.
func clearWinner(best, second float64) bool {
	d := best - second
	return d >= FuzzyMargin || d >= 0.02 && (1-second) >= 3*(1-best)
}

// unpairedPenalty is the factor for word j of a name or entry (key
// words) left unpaired in a comparison.
func unpairedPenalty(keys []string, j int, weight float64) float64 {
	switch {
	case familyAt(keys, j):
		return discriminatorPenalty
	case weight >= rareWeight:
		return rarePenalty
	}
	return 1
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// osaWithinOneBytes is osaWithinOne for ASCII words.
func osaWithinOneBytes(a, b string) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	switch len(a) - len(b) {
	case 0:
		i := 0
		for i < len(a) && a[i] == b[i] {
			i++
		}
		if i == len(a) || a[i+1:] == b[i+1:] {
			return true
		}
		return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
	case 1:
		i := 0
		for i < len(b) && a[i] == b[i] {
			i++
		}
		return a[i+1:] == b[i:]
	}
	return false
}

// nearDisc is nearDiscriminator, precomputed for the catalogue's words.
func (ix *Index) nearDisc(key string) bool {
	if v, ok := ix.nearDiscKey[key]; ok {
		return v
	}
	if utf8.RuneCountInString(key) > 6 {
		return false // a family word is short; one letter off stays short
	}
	return nearDiscriminator(key)
}
