package match

import (
	"slices"
	"strings"

	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// A catalogue name may list, between semicolons, the alternatives one
// procedure covers, where decisions before listed one procedure each:
// "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức
// có thẩm quyền của Việt Nam; cơ quan, tổ chức có thẩm quyền của nước
// ngoài; cơ quan, tổ chức có thẩm quyền của Việt Nam liên kết với … nước
// ngoài cấp hoặc chứng nhận" kept the code of the first, which commune
// portals still publish as "… của Việt Nam cấp hoặc chứng nhận". The
// alternatives left out hold words that tell procedures apart ("nước
// ngoài"), yet an entry that names the first alternative whole, and no
// word the name lacks, names this procedure: no other in the catalogue
// holds it, or the exact steps would have found that one. So does the
// head all the alternatives continue, "Chứng thực bản sao từ bản chính
// giấy tờ, văn bản" (alternativesHead).

// maxSharedTail is the most words of the last alternative an entry may
// carry after the first: the ending the alternatives share ("cấp hoặc
// chứng nhận").
const maxSharedTail = 5

// otherAlternatives reports whether the entry (its words' vocabulary
// ids) is name id without some of the alternatives it lists between
// semicolons: every entry word pairs, in order, with a word of the name;
// the words before the first semicolon all pair; the alternatives
// between are left out whole; and of the last, only a run of words in
// its shared ending (the name's last maxSharedTail words) pairs, "cấp" of
// "cấp hoặc chứng nhận" as well.
func (ix *Index) otherAlternatives(ids []int32, id int32) bool {
	semis, ok := ix.semicolonBefore[id]
	if !ok {
		return false
	}
	if len(ids) == 0 || len(ids) >= len(ix.names[id].tokIDs) {
		return false
	}
	at := ix.pairedAt(id, ids)
	if at == nil {
		return false
	}
	paired := make([]bool, len(ix.names[id].tokIDs))
	for _, j := range at {
		paired[j] = true
	}
	last := -1 // where the last alternative starts
	for i, s := range semis {
		if s {
			last = i
		}
	}
	if last < 0 {
		return false
	}
	cut := ix.firstItemsOf(id, paired)
	seg := 0
	ending := len(paired) - maxSharedTail // where the shared ending may start
	run, ended := 0, false
	for i, p := range paired {
		if semis[i] {
			seg++
		}
		switch {
		case seg == 0 && !p && i < cut:
			return false // the first alternative, not whole
		case seg > 0 && i < last && p:
			return false // a word of an alternative between
		case i >= last && p && (i < ending || ended):
			return false // the last one's words, not its ending
		case i >= last && p:
			run++
		case i >= last && run > 0:
			ended = true // "… cấp [hoặc chứng nhận]": the ending's start
		}
	}
	return true
}

// firstItemsOf is where the entry, paired with name id's words as paired
// says, stops in the name's first alternative: the first alternative's
// end when the entry holds it whole or stops inside a word, else the
// item where it stops at the end of a list (atListEnd): "Đăng ký thành
// lập hợp tác xã[, liên hiệp hợp tác xã]; đăng ký chuyển đổi …" names
// the first alternative by its first item.
func (ix *Index) firstItemsOf(id int32, paired []bool) int {
	first := slices.Index(ix.semicolonBefore[id], true)
	if first < 0 {
		return len(paired)
	}
	u := 0
	for u < first && paired[u] {
		u++
	}
	if u == first || u < 2 || slices.Contains(paired[u:first], true) || !ix.listedAt(id, u) {
		return first
	}
	if !ix.atListEnd(id, u) {
		return first
	}
	return u
}

// oneAlternative is the match on the one name of cands that entry n is
// without some of its alternatives (otherAlternatives), at no other level
// than the entry's own qualifier says; ok is false when none or several
// are.
func (ix *Index) oneAlternative(n textnorm.Name, cands []scored, entryLevel []string, bracketless bool) (Match, bool) {
	found := scored{id: -1}
	for _, c := range cands {
		if !ix.alternativeOf(n, c.id) {
			continue
		}
		if found.id >= 0 {
			return Match{}, false
		}
		found = c
	}
	if found.id < 0 || ix.levelClash(ix.diff(n, found.id, entryLevel, bracketless), found.id, entryLevel) {
		return Match{}, false
	}
	return ix.nameMatch(found.id, MatchFuzzy, round4(found.score)), true
}

// alternativeOf reports whether entry n is name id without some of its
// alternatives, or its head alone, and no other procedure's name holds
// the entry's words.
func (ix *Index) alternativeOf(n textnorm.Name, id int32) bool {
	if _, ok := ix.semicolonBefore[id]; !ok {
		return false // lists no alternatives: neither reading below can hold
	}
	ids, rarest, ok := ix.entryIDs(strings.Fields(n.Folded))
	if !ok {
		return false // a word no catalogue name holds
	}
	return (ix.inHead(id, ids) || ix.otherAlternatives(ids, id) || ix.sharedByAll(n, id)) && !ix.heldElsewhere(ids, rarest, id)
}

// inHead reports whether the entry's words (ids) are name id's head of
// alternatives (alternativesHead), or its first minHeadWords words or
// more: "Chứng thực bản sao từ bản chính [giấy tờ, văn bản]", which
// every alternative continues as well.
func (ix *Index) inHead(id int32, ids []int32) bool {
	h := ix.alternativesHead(id)
	if !headWords(h, len(ids)) {
		return false
	}
	at := ix.pairedAt(id, ids)
	return at != nil && at[len(at)-1] < h
}

// headWords reports whether k words of an entry may name a procedure by
// its head of alternatives of h words: all of them, or minHeadWords and
// more of its first.
func headWords(h, k int) bool {
	return h > 0 && (k == h || k >= minHeadWords && k < h)
}

// heldElsewhere reports whether a name of another procedure than id's
// holds all the entry's words (ids, rarest the rarest of them) in order:
// "Công nhận hộ nghèo, hộ cận nghèo hằng năm" is the first alternative
// of "… ; hộ thoát nghèo, hộ thoát cận nghèo định kỳ hằng năm", and as
// much "Công nhận hộ nghèo, hộ cận nghèo thường xuyên hằng năm".
func (ix *Index) heldElsewhere(ids []int32, rarest, id int32) bool {
	for _, o := range ix.postings[rarest] {
		if o == id {
			continue
		}
		if _, same := ix.oneName([]int32{id, o}); same {
			continue // a name and its alias
		}
		if ix.pairedAt(o, ids) != nil {
			return true
		}
	}
	return false
}

// alternativesHead is how many key words of name id come before the
// alternatives it lists, when the first stands at the end of the words
// before the first semicolon and opens as the second does: "Chứng thực
// bản sao từ bản chính giấy tờ, văn bản [do] cơ quan, tổ chức … của Việt
// Nam; cơ quan, tổ chức … của nước ngoài; …" has eleven. The words that
// join the head to the alternatives ("do", "của", "cho", "đối với", "tại")
// are not counted. 0 when the name lists none so.
func (ix *Index) alternativesHead(id int32) int {
	semis, ok := ix.semicolonBefore[id]
	if !ok {
		return 0
	}
	first := slices.Index(semis, true)
	toks := ix.names[id].tokIDs
	if first < 0 || first+1 >= len(toks) {
		return 0
	}
	a, b := toks[first], toks[first+1]
	for p := first - 2; p >= 1; p-- {
		if toks[p] != a || toks[p+1] != b {
			continue
		}
		keys := ix.names[id].keyTok
		if !headJoiners[keys[p-1]] {
			return 0 // "cho các [hoạt động …]", "(trừ [thiết bị …]": no head
		}
		for p > 0 && headJoiners[keys[p-1]] {
			p--
		}
		if p < minHeadWords {
			return 0
		}
		return p
	}
	return 0
}

// headJoiners join a name's head to the alternatives after it (key form).
var headJoiners = map[string]bool{"do": true, "của": true, "cho": true, "đối": true, "với": true, "tại": true, "ở": true, "bởi": true}

// minHeadWords is the fewest words a head of alternatives must have to
// name its procedure alone ("Cấp giấy phép quá cảnh" names several).
const minHeadWords = 6

// headOnly reports whether an entry of toks key words, the start of the
// one name ids holds, is that name's head of alternatives
// (alternativesHead) and no other procedure's name holds its words:
// "Chứng thực bản sao từ bản chính giấy tờ, văn bản", which every
// alternative of 2.000815 continues.
func (ix *Index) headOnly(n textnorm.Name, ids []int32, toks int) bool {
	return len(ids) == 1 && headWords(ix.alternativesHead(ids[0]), toks) && ix.alternativeOf(n, ids[0])
}

// skipsFirstAlternative reports whether entry n (matched to name id)
// opens with the head of id's alternatives and goes straight on with a
// later alternative, not the first (whose key words it returns, for the
// person who looks): "Chứng thực bản sao từ bản chính
// giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của nước ngoài; …"
// is the procedure for foreign papers that 2.000815 absorbed, whose code
// it did not keep (the first alternative's did). A procedure merged into
// a wider one is another procedure.
func (ix *Index) skipsFirstAlternative(n textnorm.Name, id int32) ([]string, bool) {
	if id < 0 {
		return nil, false
	}
	alts, rest, ok := ix.afterHead(n, id)
	if !ok {
		return nil, false
	}
	opens := func(a []string) bool {
		return len(rest) >= len(a) && slices.Equal(rest[:len(a)], a)
	}
	if opens(alts.alt(0)) {
		return nil, false
	}
	for k := 1; k < len(alts.starts); k++ {
		a := alts.alt(k)
		if k == len(alts.starts)-1 && len(a) > maxSharedTail {
			a = a[:len(a)-maxSharedTail] // the last without the shared ending
		}
		if opens(a) {
			return ix.names[id].keyTok[alts.starts[0]:alts.starts[1]], true
		}
	}
	return nil, false
}

// alternatives is a name's words (folded) cut into its head and the
// alternatives after it.
type alternatives struct {
	name   []string
	starts []int // where each alternative starts; the head ends at the first
}

// alt is alternative k's words.
func (a alternatives) alt(k int) []string {
	end := len(a.name)
	if k+1 < len(a.starts) {
		end = a.starts[k+1]
	}
	return a.name[a.starts[k]:end]
}

// alternativesOf cuts name id at its head of alternatives
// (alternativesHead) and the words joining it to them, and at the
// semicolons after; ok is false when it lists fewer than two so.
func (ix *Index) alternativesOf(id int32) (alternatives, bool) {
	semis, ok := ix.semicolonBefore[id]
	head := ix.alternativesHead(id)
	if !ok || head == 0 {
		return alternatives{}, false
	}
	name := strings.Fields(ix.names[id].fold)
	keys := ix.names[id].keyTok
	if len(name) != len(semis) || len(keys) != len(name) {
		return alternatives{}, false
	}
	q := head
	for q < len(keys) && headJoiners[keys[q]] {
		q++
	}
	starts := []int{q}
	for i := q + 1; i < len(semis); i++ {
		if semis[i] {
			starts = append(starts, i)
		}
	}
	if len(starts) < 2 {
		return alternatives{}, false
	}
	return alternatives{name: name, starts: starts}, true
}

// afterHead cuts name id into its head and alternatives
// (alternativesOf) and returns the entry's words (folded) after the
// head and the words joining it, which the entry opens with; ok is false
// when the name lists no alternatives so, or the entry does not open
// with them or says nothing after.
func (ix *Index) afterHead(n textnorm.Name, id int32) (alternatives, []string, bool) {
	alts, ok := ix.alternativesOf(id)
	if !ok {
		return alternatives{}, nil, false
	}
	e := strings.Fields(n.Folded)
	q := alts.starts[0]
	if len(e) <= q || !slices.Equal(e[:q], alts.name[:q]) {
		return alternatives{}, nil, false
	}
	return alts, e[q:], true
}

// openingAlike are the names that list alternatives and open with the
// entry's first minHeadWords words, scored plainly: the only names
// otherAlternatives or sharedByAll may find the entry to be.
func (ix *Index) openingAlike(sc *scratch, n textnorm.Name, etoks []entryToken, eW float64) []scored {
	ws := strings.Fields(n.Folded)
	if len(ws) <= minHeadWords {
		return nil
	}
	var out []scored
	for _, id := range ix.prefixRange(ix.sortedFold, strings.Join(ws[:minHeadWords], " ")+" ", func(nm *indexedName) string { return nm.fold }) {
		if _, ok := ix.semicolonBefore[id]; ok {
			out = append(out, scored{id, ix.scoreWith(sc, etoks, eW, &ix.names[id], false)})
		}
	}
	return out
}

// sharedByAll reports whether entry n is name id's head of alternatives
// followed only by words every alternative writes, or the shared ending:
// "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm
// quyền cấp", the title before the catalogue named the issuers one by
// one, names them all, as the procedure does.
func (ix *Index) sharedByAll(n textnorm.Name, id int32) bool {
	alts, rest, ok := ix.afterHead(n, id)
	if !ok {
		return false
	}
	last := alts.alt(len(alts.starts) - 1)
	ending := last[max(len(last)-maxSharedTail, 0):]
	for _, w := range rest {
		if slices.Contains(ending, w) {
			continue
		}
		for k := range alts.starts {
			if !slices.Contains(alts.alt(k), w) {
				return false
			}
		}
	}
	return true
}
