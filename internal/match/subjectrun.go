package match

import "strings"

// A published name may say more than the closest catalogue name in its
// middle, and what it says may name another subject the catalogue knows:
// "Thủ tục lựa chọn, ký hợp đồng với [tổ chức hành nghề] luật sư" is not
// the list's "Thủ tục lựa chọn, ký hợp đồng với Luật sư" (an individual
// lawyer): "tổ chức hành nghề luật sư" is a subject of its own in other
// names ("Thủ tục đăng ký tham gia trợ giúp pháp lý (tổ chức hành nghề
// luật sư/…)"). None of its words is learned as distinguishing ("tổ
// chức", "hành nghề" stand in hundreds of names), so the guard let it
// through. A run of two or more words the entry leaves unpaired, right
// before a word it pairs, that the catalogue writes with that word
// elsewhere, is such a subject.

// learnTrigrams fills ix.trigrams from the current names.
func (ix *Index) learnTrigrams() {
	ix.trigrams = map[string]bool{}
	for i := range ix.names {
		nm := &ix.names[i]
		if nm.derived() {
			continue
		}
		k := nm.keyTok
		for j := 0; j+3 <= len(k); j++ {
			ix.trigrams[k[j]+" "+k[j+1]+" "+k[j+2]] = true
		}
	}
}

// otherSubject is the first word of a run of the entry's unexplained
// unpaired words (ePos with eOK false), two or more not small, that
// stands right before a word the entry pairs and forms with it a run of
// three words some current name writes, the candidate's name (keys)
// holding neither of its last two; "" when there is none.
func (ix *Index) otherSubject(etoks []entryToken, eUsed []bool, ePos []int, eOK []bool, keys []string) string {
	open := make([]bool, len(etoks))
	for i, p := range ePos {
		open[p] = !eOK[i]
	}
	holds := func(k string) bool {
		for _, c := range keys {
			if c == k {
				return true
			}
		}
		return false
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
		if content < 3 || smallWords[k1] || smallWords[k2] || holds(k1) || holds(k2) {
			continue
		}
		if ix.trigrams[strings.Join([]string{k1, k2, etoks[b].key}, " ")] {
			for _, t := range etoks[a:b] {
				if !smallWords[t.key] {
					return t.key
				}
			}
		}
	}
	return ""
}
