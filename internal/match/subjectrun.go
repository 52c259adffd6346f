package match

import "slices"

// A published name may say more than the closest catalogue name in its
// middle, and what it says may name another subject the catalogue knows:
// "Thủ tục lựa chọn, ký hợp đồng với [tổ chức hành nghề] luật sư" is not
// the list's "Thủ tục lựa chọn, ký hợp đồng với Luật sư" (an individual
// lawyer): "tổ chức hành nghề luật sư" is a subject of its own in other
// names ("Thủ tục đăng ký tham gia trợ giúp pháp lý (tổ chức hành nghề
// luật sư/…)"). None of its words is learned as distinguishing ("tổ
// chức", "hành nghề" stand in hundreds of names), so the guard let it
// through. A run of three or more words the entry leaves unpaired
// between two words it pairs, whose last two the catalogue writes with
// the word after them elsewhere, is such a subject. Two words lost nine
// found titles of the sets; a run at the start is the act said another
// way ("Cấp văn bản xác nhận …" for "Thủ tục xác nhận …").

// writesRun reports whether a current name writes the entry's words
// a, b and c side by side: the names holding all three (postings), read
// only when a run of the entry asks, which is rare.
func (ix *Index) writesRun(a, b, c entryToken) bool {
	if a.id < 0 || b.id < 0 || c.id < 0 {
		return false // a word no name has
	}
	run := []string{a.key, b.key, c.key}
	// -1: no bound on how many names hold them.
	for _, o := range intersectSorted(intersectSorted(ix.postings[a.id], ix.postings[b.id], -1), ix.postings[c.id], -1) {
		if nm := &ix.names[o]; !nm.derived() && holdsRun(nm.keyTok, run) {
			return true
		}
	}
	return false
}

// otherSubject is the first word of a run of the entry's unexplained
// unpaired words (ePos with eOK false), three or more not small, that
// stands between two words the entry pairs and whose last two form with
// the word after them a run of three words some current name writes,
// the candidate's name (keys) holding neither of them; "" when there is
// none.
func (ix *Index) otherSubject(etoks []entryToken, eUsed []bool, ePos []int, eOK []bool, keys []string) string {
	if len(ePos) < 3 {
		return "" // no run of three unpaired words: most guarded candidates
	}
	open := make([]bool, len(etoks))
	for i, p := range ePos {
		open[p] = !eOK[i]
	}
	for b := 2; b < len(etoks); b++ {
		if !eUsed[b] || !open[b-1] || !open[b-2] {
			continue
		}
		a := b
		content := 0
		for a > 0 && open[a-1] {
			a--
			if !smallWords[etoks[a].key] {
				content++
			}
		}
		if a == 0 || !eUsed[a-1] {
			// At the start ("Cấp văn bản xác nhận …" for "Thủ tục xác
			// nhận …"): the act said another way, not a subject.
			continue
		}
		k1, k2 := etoks[b-2].key, etoks[b-1].key
		if content < 3 || smallWords[k1] || smallWords[k2] || slices.Contains(keys, k1) || slices.Contains(keys, k2) {
			continue
		}
		if ix.writesRun(etoks[b-2], etoks[b-1], etoks[b]) {
			for _, t := range etoks[a:b] {
				if !smallWords[t.key] {
					return t.key
				}
			}
		}
	}
	return ""
}
