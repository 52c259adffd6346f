package match

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/tthcaudit/tthcaudit/internal/catalog"
	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// Index answers "which procedure is this published entry?" for one
// catalogue. It is built once (NewIndex) and is safe for concurrent use.
//
// Procedures that share a name (the national catalogue lists some names
// under two codes, one per level) form one indexed name; a match on such a
// name reports every procedure carrying it in Match.Candidates.
type Index struct {
	cat   *catalog.Catalog
	procs []*catalog.Procedure
	// procName is each procedure's name id (-1: an empty name).
	procName []int32
	words    *wordCache

	byCode map[string]int32 // reduced code → procedure

	names   []indexedName
	nameW   []float64        // names[i].weight, packed for the candidate scan
	byExact map[string]int32 // cleaned name as written (code removed) → name
	byKey   map[string]int32 // textnorm.Key → name
	byFold  map[string][]int32
	byLoose map[string][]int32 // looseKey → names
	// sortedKey and sortedFold list names ordered by key / folded key, for
	// the prefix search of names cut short.
	sortedKey  []int32
	sortedFold []int32

	// Fuzzy search: folded-token vocabulary with postings over names.
	vocab    map[string]int32
	tokens   []vocabToken
	postings [][]int32
	// postByW are the postings again, each sorted by the names' weights
	// (postWts): the candidate scan reads only the names whose weight can
	// reach the floor, a window it finds by binary search.
	postByW [][]int32
	postWts [][]float64
	// maxW is each vocabulary word's heaviest weight over its accented
	// forms (family words are heavier), for score ceilings.
	maxW []float64
	// deletes maps every folded token with one letter removed (and the
	// token itself) to the tokens it came from: a typo'd word finds its
	// likely intended words without comparing against the whole vocabulary.
	deletes map[string][]int32
	// near lists, for each vocabulary word of four letters or more, the
	// other such words one typo away ("chong"/"chuong"): a known word
	// that may be a typo of another.
	near [][]int32
	// nearDiscKey says, for each key word of the catalogue, whether it is
	// one letter from a family word (see nearDiscriminator).
	nearDiscKey map[string]bool

	// leads are the first words of catalogue names (key form) used by two
	// names or more: "cấp", "đăng", "giải" … (see LooksLikeProcedure).
	leads map[string]bool
	// groups indexes the names that group procedures done together by
	// their first two (groups.go).
	groups map[string][]int32
	// gradeHeads are the acts of the permits the list names once per
	// grade of works, by key (grades.go).
	gradeHeads map[string]gradedPair
	// permits are the graded permits' kinds of works and the ways
	// portals write their acts (permitkinds.go).
	permits *permitKinds
	// groupTwinNames are the groups listing the same procedures under
	// two names (groups.go groupTwins).
	groupTwinNames map[int32]bool
	// distinct counts, per key word, the pairs of catalogue names it
	// alone tells apart (distinguish.go).
	distinct map[string]int
	// dropped holds the learned words some catalogue name is another
	// name plus ("Cấp [lại] …"); partners, for the others, the words
	// they were learned against in their place ("đi": "đến").
	dropped  map[string]bool
	partners map[string][]string
	// tails are the trailing words (key form) that make one catalogue
	// name a variant of another (tails.go).
	tails map[string]bool
	// registeredEvents are the events the catalogue names only after
	// "đăng ký" (implied.go), folded.
	registeredEvents map[string]bool
	// stillListed are the keys a renaming gives the catalogue's own
	// names in an old wording (renamed.go).
	stillListed map[string]bool
	// byCore maps the loose key of a name without its trailing qualifiers
	// (core.go) to the names having it; coreHint is the level each name's
	// qualifier names ("" for none).
	byCore map[string][]int32
	// coreAlt maps further core keys of some names to them: a name's core
	// without its closing "tại Việt Nam" (core.go inVietnamDropped).
	coreAlt map[string][]int32
	// reasonHeads maps the loose key of a re-issue's name without its
	// reason to the names having it (reasons.go).
	reasonHeads map[string][]int32
	// localManaged are the cores of names closing with a local manager
	// ("… thuộc địa phương quản lý", managed.go).
	localManaged map[string]bool
	coreHint     []catalog.Level
	// coreKey is each name's key in byCore ("" for a name with none),
	// kept so that matching need not work it out again (coreKeyOf).
	coreKey []string
	// central says, per name, that a central agency decides it (its
	// qualifier or agency names a ministry or a department of one).
	central []bool
	// bareLen is the number of key words of each name before its trailing
	// brackets ("… (thực hiện tại cấp tỉnh)").
	bareLen []int32
	// coreFamily are the family words (key form) of each name's trailing
	// bracket, which a bare published name does not stand for.
	coreFamily [][]string
	// bracketSibling holds, per name, the current names that are it plus
	// a trailing bracket naming more than a level (brackets.go).
	bracketSibling map[int32][]int32
	// commaBefore says, for each name's key word, whether the name writes
	// a comma before it (nil for a name without one; split.go).
	commaBefore [][]bool
	// commaPairs holds the pairs of key words ("thác sử") a name writes
	// with a comma between and none with "và" (andcomma.go).
	commaPairs map[string]bool
	// wordPairs holds the pairs of words a current name writes side by
	// side ("kinh doanh"), ids of their key forms in keyIDs, sorted:
	// where two words ran together, the place to part them (damage.go).
	wordPairs []uint64
	keyIDs    map[string]int32
	// toned holds the catalogue's words written with marks, under their
	// folded form: the words a word typed without them may be (tones.go).
	toned map[string][]string
	// boundAfter holds the words (key form) the catalogue only ever
	// writes after one word, with that word: "em" after "trẻ" (split.go).
	boundAfter map[string]string
	// semicolonBefore says the same of semicolons, for the names that
	// write one (alternatives.go).
	semicolonBefore map[int32][]bool
	// listedActs says, per name, whether it opens with a list of acts
	// ("Cấp, cấp lại …", "Cấp, gia hạn …"; actsListed).
	listedActs []bool

	scratch sync.Pool
	// fuzzyCache keeps fuzzy answers by key (see fuzzy) and the loose
	// steps' answers (looseCacheKey).
	fuzzyCache *cache[Match]
	// answers keeps MatchIn's answers by everything it reads (answerKey):
	// a weekly audit sees the same names on hundreds of portals.
	answers *cache[Match]
	// initials reads initialisms no table holds from the names
	// (initialisms.go).
	initials initialisms
}

// resetCaches empties the answer caches: a fresh index's answers, at a
// fresh index's cost (tests and benchmarks).
func (ix *Index) resetCaches() {
	ix.fuzzyCache.clear()
	ix.answers.clear()
}

// written is nm as the catalogue writes it: a former name's or an
// alias's own text, or today's name of its first procedure.
func (ix *Index) written(nm *indexedName) string {
	if nm.derived() {
		return nm.text
	}
	return ix.procs[nm.procs[0]].Name
}

// indexedName is one distinct procedure name (by key).
type indexedName struct {
	// former is true for a name the procedure had before a renaming
	// (catalog.Procedure.FormerNames); text is then that name as written.
	former bool
	// alias is true for today's name shortened as portals write it
	// (shortForms); text is then that form.
	alias bool
	// wholeOnly is true for an alias that stands for the whole name,
	// never its start ("Cấp X" of "Cấp mới X": wholeOnlyAlias).
	wholeOnly bool
	// lookupOnly is true for an alias only looked up, never compared
	// fuzzily: it is kept out of the postings (domesticForm).
	lookupOnly bool
	text       string
	key        string
	fold       string
	procs      []int32   // procedures with this name, active ones first
	keyTok     []string  // key tokens
	tokIDs     []int32   // folded token ids, parallel to keyTok
	weight     float64   // sum of token weights
	tokW       []float64 // token weights, parallel to tokIDs
	pen        []float64 // unpaired-word factors, parallel to tokIDs
	typo       []bool    // may pair as a typo of a known word, parallel to tokIDs
	// bag is the distinct token ids, sorted, with their summed weights:
	// the upper bound of a fuzzy score reads it.
	bag []idWeight
}

// derived reports whether nm is not today's name as the catalogue writes
// it (a former name or an alias): it teaches nothing of today's families.
func (nm *indexedName) derived() bool { return nm.former || nm.alias }

// words is the name as parallel key and folded words (rewrite.go seq);
// callers check that they pair up, as seqOf does.
func (nm *indexedName) words() seq { return seq{keys: nm.keyTok, folds: strings.Fields(nm.fold)} }

// head is nm's first k words as a name of their own, for the scoring to
// pair an entry with: the words before its brackets, or before the items
// of its list an entry stops short of. It shares nm's slices.
func (nm *indexedName) head(k int) indexedName {
	v := *nm
	v.keyTok, v.tokIDs, v.tokW, v.pen, v.typo = nm.keyTok[:k], nm.tokIDs[:k], nm.tokW[:k], nm.pen[:k], nm.typo[:k]
	v.weight = 0
	for _, w := range v.tokW {
		v.weight += w
	}
	return v
}

// without is the name without the words drop marks, for scoring what
// the rest says.
func (nm *indexedName) without(drop []bool) indexedName {
	v := *nm
	v.keyTok, v.tokIDs, v.tokW, v.pen, v.typo = nil, nil, nil, nil, nil
	v.weight = 0
	for j := range nm.keyTok {
		if j < len(drop) && drop[j] {
			continue
		}
		v.keyTok, v.tokIDs, v.tokW = append(v.keyTok, nm.keyTok[j]), append(v.tokIDs, nm.tokIDs[j]), append(v.tokW, nm.tokW[j])
		v.pen, v.typo = append(v.pen, nm.pen[j]), append(v.typo, nm.typo[j])
		v.weight += nm.tokW[j]
	}
	return v
}

// idWeight is one token id with a weight.
type idWeight struct {
	id int32
	w  float32
}

// vocabToken is one folded token of the vocabulary.
type vocabToken struct {
	text   string
	df     int
	weight float64
}

// NewIndex indexes every procedure of c (active and abolished: an abolished
// procedure still published must be recognised to be reported obsolete).
func NewIndex(c *catalog.Catalog) *Index {
	ix := &Index{
		cat:        c,
		byCode:     map[string]int32{},
		byExact:    map[string]int32{},
		byKey:      map[string]int32{},
		byFold:     map[string][]int32{},
		byLoose:    map[string][]int32{},
		byCore:     map[string][]int32{},
		vocab:      map[string]int32{},
		deletes:    map[string][]int32{},
		leads:      map[string]bool{},
		words:      &wordCache{fixed: map[string]wordForms{}, titled: map[string]wordForms{}, folds: map[string]string{}, extra: newCache[wordForms](maxExtraWords)},
		fuzzyCache: newCache[Match](maxFuzzyCache),
		answers:    newCache[Match](maxAnswers),
		initials:   initialisms{found: newCache[string](maxInitialisms)},
	}
	if c == nil {
		ix.scratch.New = func() any { return newScratch(0) }
		return ix
	}
	ix.procs = make([]*catalog.Procedure, len(c.Procedures))
	ix.procName = make([]int32, len(c.Procedures))
	for i := range c.Procedures {
		ix.words.learn(textnorm.Clean(c.Procedures[i].Name))
	}
	for i := range c.Procedures {
		p := &c.Procedures[i]
		ix.procs[i] = p
		code := textnorm.ReduceCode(p.Code)
		if code == "" {
			code = strings.TrimSpace(p.Code)
		}
		if _, dup := ix.byCode[code]; !dup && code != "" {
			ix.byCode[code] = int32(i)
		}
		n := ix.normalize(p.Name)
		ix.procName[i] = -1
		if n.Key == "" {
			continue
		}
		id, ok := ix.byKey[n.Key]
		if !ok {
			id = int32(len(ix.names))
			ix.byKey[n.Key] = id
			ix.names = append(ix.names, indexedName{key: n.Key, fold: n.Folded})
			ix.byFold[n.Folded] = append(ix.byFold[n.Folded], id)
			lk := looseKey(n.Key, n.Folded)
			ix.byLoose[lk] = append(ix.byLoose[lk], id)
		}
		ix.names[id].procs = append(ix.names[id].procs, int32(i))
		ix.procName[i] = id
		if _, dup := ix.byExact[n.Text]; !dup && n.Text != "" {
			ix.byExact[n.Text] = id
		}
	}
	ix.addFormerNames()
	ix.addPredecessors()
	ix.addShortForms()
	ix.addRepairedNames()
	ix.addRespelledNames()
	ix.addSplitNames()
	ix.addGradeHeads()
	ix.addPermitKinds()
	for i := range ix.names {
		nm := &ix.names[i]
		sort.SliceStable(nm.procs, func(a, b int) bool {
			pa, pb := ix.procs[nm.procs[a]], ix.procs[nm.procs[b]]
			if pa.Active() != pb.Active() {
				return pa.Active()
			}
			return pa.Code < pb.Code
		})
	}
	ix.learnRegisteredEvents()
	ix.buildTokens()
	ix.learnStillListed()
	ix.buildSorted()
	ix.learnDistinguishing()
	ix.learnTails()
	ix.buildCores()
	ix.learnReasonHeads()
	ix.learnBracketSiblings()
	ix.learnCommas()
	ix.learnAndCommas()
	ix.learnWordPairs()
	ix.learnTones()
	ix.learnBound()
	ix.learnListedActs()
	ix.learnGroups()
	ix.scratch.New = func() any { return newScratch(len(ix.names)) }
	return ix
}

// buildTokens fills the vocabulary, postings, weights and the typo index.
func (ix *Index) buildTokens() {
	leadCount := map[string]int{}
	counted := 0 // names whose words count: an alias only looked up says nothing of how common a word is
	for i := range ix.names {
		nm := &ix.names[i]
		if nm.keyTok == nil { // addRespelledNames split most already
			nm.keyTok = strings.Fields(nm.key)
		}
		folds := strings.Fields(nm.fold)
		if len(folds) != len(nm.keyTok) {
			folds = nm.keyTok // folding keeps spaces; stay safe
		}
		nm.tokIDs = make([]int32, len(nm.keyTok))
		seen := map[int32]bool{}
		for j := range nm.keyTok {
			ft := folds[j]
			id, ok := ix.vocab[ft]
			if !ok {
				id = int32(len(ix.tokens))
				ix.vocab[ft] = id
				ix.tokens = append(ix.tokens, vocabToken{text: ft})
				ix.postings = append(ix.postings, nil)
			}
			nm.tokIDs[j] = id
			if !seen[id] && !nm.lookupOnly {
				seen[id] = true
				ix.tokens[id].df++
				ix.postings[id] = append(ix.postings[id], int32(i))
			}
		}
		if !nm.lookupOnly {
			counted++
		}
		if len(nm.keyTok) > 0 {
			leadCount[nm.keyTok[0]]++
		}
	}
	n := float64(counted + 1)
	for id := range ix.tokens {
		t := &ix.tokens[id]
		t.weight = math.Log(1 + n/float64(t.df))
		for _, d := range deletions(t.text) {
			ix.deletes[d] = append(ix.deletes[d], int32(id))
		}
	}
	for i := range ix.names {
		nm := &ix.names[i]
		nm.tokW = make([]float64, len(nm.tokIDs))
		nm.pen = make([]float64, len(nm.tokIDs))
		nm.typo = make([]bool, len(nm.tokIDs))
		for j, id := range nm.tokIDs {
			w := tokenWeight(nm.keyTok[j], ix.tokens[id].weight)
			nm.tokW[j] = w
			nm.weight += w
			nm.pen[j] = unpairedPenalty(nm.keyTok, j, w)
			nm.typo[j] = typoable(nm.keyTok[j], ix.tokens[id].text)
		}
	}
	ix.nearDiscKey = map[string]bool{}
	for i := range ix.names {
		for _, k := range ix.names[i].keyTok {
			if _, ok := ix.nearDiscKey[k]; !ok {
				ix.nearDiscKey[k] = nearDiscriminator(k)
			}
		}
	}
	ix.nameW = make([]float64, len(ix.names))
	ix.maxW = make([]float64, len(ix.tokens))
	for i := range ix.names {
		nm := &ix.names[i]
		for j, id := range nm.tokIDs {
			ix.maxW[id] = max(ix.maxW[id], nm.tokW[j])
		}
	}
	ix.near = make([][]int32, len(ix.tokens))
	for id, t := range ix.tokens {
		if len(t.text) < 4 {
			continue
		}
		for _, a := range ix.typoAlternatives(t.text) {
			if a != int32(id) && len(ix.tokens[a].text) >= 4 {
				ix.near[id] = append(ix.near[id], a)
			}
		}
	}
	for i := range ix.names {
		nm := &ix.names[i]
		for j, id := range nm.tokIDs {
			k := slices.IndexFunc(nm.bag, func(b idWeight) bool { return b.id == id })
			if k < 0 {
				nm.bag = append(nm.bag, idWeight{id: id})
				k = len(nm.bag) - 1
			}
			nm.bag[k].w += float32(nm.tokW[j])
		}
		slices.SortFunc(nm.bag, func(a, b idWeight) int { return int(a.id - b.id) })
		ix.nameW[i] = nm.weight
	}
	ix.postByW = make([][]int32, len(ix.postings))
	ix.postWts = make([][]float64, len(ix.postings))
	for id, ps := range ix.postings {
		byW := slices.Clone(ps)
		slices.SortStableFunc(byW, func(a, b int32) int { return cmp.Compare(ix.nameW[a], ix.nameW[b]) })
		wts := make([]float64, len(byW))
		for k, nid := range byW {
			wts[k] = ix.nameW[nid]
		}
		ix.postByW[id], ix.postWts[id] = byW, wts
	}
	for w, k := range leadCount {
		if k >= 2 && len([]rune(w)) > 1 {
			ix.leads[w] = true
		}
	}
}

// buildSorted orders names by key and by folded key for prefix search.
func (ix *Index) buildSorted() {
	ix.sortedKey = make([]int32, len(ix.names))
	ix.sortedFold = make([]int32, len(ix.names))
	for i := range ix.names {
		ix.sortedKey[i] = int32(i)
		ix.sortedFold[i] = int32(i)
	}
	sort.Slice(ix.sortedKey, func(a, b int) bool {
		return ix.names[ix.sortedKey[a]].key < ix.names[ix.sortedKey[b]].key
	})
	sort.Slice(ix.sortedFold, func(a, b int) bool {
		return ix.names[ix.sortedFold[a]].fold < ix.names[ix.sortedFold[b]].fold
	})
}

// deletions returns s and every string made by removing one rune from s;
// words under three letters get none (they are too easily another word).
func deletions(s string) []string {
	r := []rune(s)
	if len(r) < 3 {
		return []string{s}
	}
	out := make([]string, 0, len(r)+1)
	out = append(out, s)
	for i := range r {
		out = append(out, string(r[:i])+string(r[i+1:]))
	}
	return out
}

// Catalog returns the catalogue the index was built from.
func (ix *Index) Catalog() *catalog.Catalog { return ix.cat }

// Len is the number of procedures indexed.
func (ix *Index) Len() int { return len(ix.procs) }

// LooksLikeProcedure reports whether text reads like a procedure name rather
// than a menu item or a headline: it carries a code, or it has at least
// three words and opens with a word that opens catalogue names ("Cấp",
// "Đăng ký", "Giải quyết" …, after an optional "Thủ tục").
func (ix *Index) LooksLikeProcedure(text string) bool {
	n := ix.normalize(text)
	if n.Code != "" || hasDigit(text) && textnorm.FindCode(text) != "" {
		return true
	}
	toks := strings.Fields(n.Key)
	if len(toks) < 3 {
		return false
	}
	return ix.leads[toks[0]]
}
