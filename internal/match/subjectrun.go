package match

import (
	"slices"
	"strings"
)

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
// unpaired words (ePos with eOK false), three or more not small, that
// stands between two words the entry pairs and whose last two form with
// the word after them a run of three words some current name writes,
// the candidate's name (keys) holding neither of them; "" when there is
// none.
func (ix *Index) otherSubject(etoks []entryToken, eUsed []bool, ePos []int, eOK []bool, keys []string) string {
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
