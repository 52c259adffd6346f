package match

import (
	"slices"
	"strings"

	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// Portals shorten long names: "Trợ cấp hàng tháng đối với thanh niên xung
// phong" for "… thanh niên xung phong đã hoàn thành nhiệm vụ trong kháng
// chiến". The fuzzy score rightly finds that too far, so a last step takes
// a shortened name when every one of its words stands, in order, in exactly
// one catalogue name, covering most of that name, and what the name adds
// holds no family word or number: "Cấp Giấy phép bán lẻ rượu" is never the
// shortening of "Cấp lại Giấy phép bán lẻ rượu".
const (
	containMinWords    = 5
	containMinCoverage = 0.5
)

// contained runs that step; ok is false when it does not apply.
func (ix *Index) contained(n textnorm.Name) (Match, bool) {
	keys, folds := strings.Fields(n.Key), strings.Fields(n.Folded)
	if len(keys) < containMinWords || len(keys) != len(folds) {
		return Match{}, false
	}
	ids, rarest, ok := ix.entryIDs(folds)
	if !ok {
		return Match{}, false
	}
	var found []int32
	for _, nid := range ix.postings[rarest] {
		if ix.contains(nid, ids, keys) {
			found = append(found, nid)
			if len(found) > maxAmbiguous {
				break
			}
		}
	}
	if id, ok := ix.oneName(found); ok {
		found = []int32{id}
	}
	if len(found) > 1 {
		// "… mà người dịch là cộng tác viên …" stands in "… người dịch
		// [không phải] là …" only by skipping a negation: the entry
		// says the other.
		plain := slices.DeleteFunc(slices.Clone(found), func(nid int32) bool { return ix.negationAt(nid, ids) > 0 })
		if len(plain) > 0 {
			found = plain
		}
	}
	if len(found) == 1 {
		if sib, ok := ix.negatedSibling(rarest, found[0], ids, keys); ok {
			// "Đăng ký lần đầu phương tiện thủy nội địa" stands in "…
			// đang khai thác …" and in "… chưa khai thác …": the
			// second's "chưa" refused it, but the entry says neither.
			return ix.ambiguous([]int32{found[0], sib}), true
		}
	}
	switch len(found) {
	case 0:
		return Match{}, false
	case 1:
		sc := ix.scratch.Get().(*scratch)
		defer ix.scratch.Put(sc)
		etoks, eW := ix.entryTokens(sc, n)
		s := ix.score(sc, etoks, eW, &ix.names[found[0]])
		return ix.nameMatch(found[0], MatchFuzzy, round4(s)), true
	}
	return ix.ambiguous(found), true
}

// entryIDs are the vocabulary ids of an entry's words (folded) and the
// rarest of them, whose postings hold every name that holds them all; ok
// is false when a word is no catalogue word, or there is none.
func (ix *Index) entryIDs(folds []string) (ids []int32, rarest int32, ok bool) {
	ids = make([]int32, len(folds))
	rarest = -1
	for i, f := range folds {
		id, known := ix.vocab[f]
		if !known {
			return nil, -1, false
		}
		ids[i] = id
		if rarest < 0 || ix.tokens[id].df < ix.tokens[rarest].df {
			rarest = id
		}
	}
	return ids, rarest, rarest >= 0
}

// negations set a procedure against its sibling ("chưa khai thác" /
// "đang khai thác", "không thể ký" / "ký").
var negations = map[string]bool{"chưa": true, "không": true}

// negatedSibling returns a name other than found that holds the entry
// words in order and a negation (negations) the entry lacks, where found
// has none: the entry is then no more the one than the other.
func (ix *Index) negatedSibling(rarest, found int32, ids []int32, keys []string) (int32, bool) {
	for _, nid := range ix.postings[rarest] {
		if nid == found || ix.pairedAt(nid, ids) == nil { // the entry's words in order
			continue
		}
		if _, same := ix.oneName([]int32{found, nid}); same {
			continue // a name and its alias
		}
		if negatedBeyond(ix.names[nid].keyTok, keys) && !negatedBeyond(ix.names[found].keyTok, keys) {
			if i := ix.negationAt(nid, ids); i > 0 {
				if at := ix.pairedAt(found, ids); at != nil && at[i] == at[i-1]+1 {
					// "người dịch [không phải] là": found says the two
					// words side by side, as the entry does; the
					// negation contradicts it.
					continue
				}
			}
			return nid, true
		}
	}
	return 0, false
}

// negationAt is the first entry word i that pairing the entry words in
// order with name nid's reaches past a negation after word i-1; -1 for
// none.
func (ix *Index) negationAt(nid int32, ids []int32) int {
	at := ix.pairedAt(nid, ids)
	toks := ix.names[nid].keyTok
	for i := 1; i < len(at); i++ {
		if slices.ContainsFunc(toks[at[i-1]+1:at[i]], func(k string) bool { return negations[k] }) {
			return i
		}
	}
	return -1
}

// pairedAt is where each entry word pairs in name nid, in order (nil
// when one does not).
func (ix *Index) pairedAt(nid int32, ids []int32) []int {
	toks := ix.names[nid].tokIDs
	at := make([]int, 0, len(ids))
	j := 0
	for _, id := range ids {
		for j < len(toks) && toks[j] != id {
			j++
		}
		if j == len(toks) {
			return nil
		}
		at = append(at, j)
		j++
	}
	return at
}

// negatedBeyond reports whether a name's words hold a negation the
// entry's do not.
func negatedBeyond(name, entry []string) bool {
	for _, k := range name {
		if negations[k] && !slices.Contains(entry, k) {
			return true
		}
	}
	return false
}

// contains reports whether the entry words (folded ids, key forms) stand
// in nm in order, cover containMinCoverage of its weight, and leave no
// family word or number over.
func (ix *Index) contains(nid int32, ids []int32, keys []string) bool {
	used, ok := ix.containsAt(nid, ids, keys)
	return ok && leftoverPlain(&ix.names[nid], used)
}

// containsAt pairs the entry words in order with nm's and reports
// whether they cover containMinCoverage of its weight; used marks the
// name's words paired.
func (ix *Index) containsAt(nid int32, ids []int32, keys []string) ([]bool, bool) {
	nm := &ix.names[nid]
	used := make([]bool, len(nm.tokIDs))
	j := 0
	var covered float64
	for i, id := range ids {
		start := j
		for j < len(nm.tokIDs) && nm.tokIDs[j] != id {
			j++
		}
		if j == len(nm.tokIDs) {
			return nil, false
		}
		if i > 0 && ix.splitsNamePhrase(nid, start, keys[i-1], nm.keyTok[start:j], nm.tokW[start:j]) {
			return nil, false // "hộ [thoát] nghèo" (split.go)
		}
		if isDiscriminator(keys[i]) != isDiscriminator(nm.keyTok[j]) && nm.keyTok[j] != keys[i] {
			return nil, false // "lai" typed for "lại" is no shortening
		}
		used[j] = true
		covered += nm.tokW[j]
		j++
	}
	return used, covered >= containMinCoverage*nm.weight
}

// leftoverPlain reports whether the words of nm not used hold no family
// word or number; the number one before a level word used is the level's
// article ("trên địa bàn 1 tỉnh", scope.go).
func leftoverPlain(nm *indexedName, used []bool) bool {
	for j, k := range nm.keyTok {
		if !used[j] && familyAt(nm.keyTok, j) && !(j+1 < len(used) && singularLevel(k, nm.keyTok[j+1], used[j+1])) {
			return false
		}
	}
	return true
}
