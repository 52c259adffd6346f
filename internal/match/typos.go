package match

import (
	"slices"
	"strings"

	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// A catalogue misspells a few of its own words: the national list has
// "Thủ tục gia hạn Giấp phép kinh doanh sản phẩm, dịch vụ mật mã dân sự",
// "… thuộc thẩm quyển giải quyết …", "Chủ tich UBND"; a decision read by
// OCR has many more (letters lost to bad bytes are repair.go's). No
// portal copies the slip, and the fuzzy steps take the changed word for
// one that tells procedures apart, so the procedure is a false
// "missing". A word the catalogue uses in at most maxTypoUses names, for
// which one letter changed, added, dropped or swapped with the next
// (osaWithinOne) gives the one word that stands beside both its
// neighbours in minTypoContext names or more, is that word misspelt; the
// name spelt right is indexed as an alias. Real rare words ("cán bộ",
// "cát nhân tạo", "công tơ") stand beside words the common one does not.

const (
	// maxTypoUses bounds how many names may use a misspelt word.
	maxTypoUses = 2
	// minTypoWordUses is how many names must use the word meant.
	minTypoWordUses = 20
	// minTypoContext is how many names must put the word meant beside
	// each neighbour of the misspelt one.
	minTypoContext = 10
)

// addRespelledNames indexes each catalogue name with a misspelt word
// (see above) spelt right, as an alias.
func (ix *Index) addRespelledNames() {
	words := make([][]string, len(ix.procs))
	uses := map[string]int{}
	for i := range ix.procs {
		if ix.procName[i] < 0 {
			continue
		}
		nm := &ix.names[ix.procName[i]]
		if nm.keyTok == nil {
			nm.keyTok = strings.Fields(nm.key) // kept for buildTokens
		}
		words[i] = nm.keyTok
		for j, w := range words[i] {
			if !slices.Contains(words[i][:j], w) {
				uses[w]++
			}
		}
	}
	// The words meant, by themselves and their forms with one letter
	// dropped (deletions, as the fuzzy step's typo index): two words one
	// edit apart share such a form.
	byDelete := map[string][]string{}
	for w, n := range uses {
		if n < minTypoWordUses {
			continue
		}
		for _, d := range deletions(w) {
			byDelete[d] = append(byDelete[d], w)
		}
	}
	type slip struct {
		proc       int
		at         int
		candidates []string
	}
	var slips []slip
	for i, ws := range words {
		for j, w := range ws {
			if uses[w] > maxTypoUses || textnorm.AllDigits(w) || len(w) == 1 {
				continue
			}
			var cands []string
			for _, d := range deletions(w) {
				for _, c := range byDelete[d] {
					if c != w && osaWithinOne(w, c) && !slices.Contains(cands, c) {
						cands = append(cands, c)
					}
				}
			}
			if len(cands) > 0 {
				slips = append(slips, slip{i, j, cands})
			}
		}
	}
	if len(slips) == 0 {
		return
	}
	// Only the pairs the candidates would make are counted.
	pairs := map[[2]string]int{}
	for _, s := range slips {
		ws := words[s.proc]
		for _, c := range s.candidates {
			if s.at > 0 {
				pairs[[2]string{ws[s.at-1], c}] = 0
			}
			if s.at+1 < len(ws) {
				pairs[[2]string{c, ws[s.at+1]}] = 0
			}
		}
	}
	for _, ws := range words {
		for j := 0; j+1 < len(ws); j++ {
			k := [2]string{ws[j], ws[j+1]}
			if n, ok := pairs[k]; ok && !pairBefore(ws, j) {
				pairs[k] = n + 1
			}
		}
	}
	fixes := map[int]map[int]string{}
	for _, s := range slips {
		ws := words[s.proc]
		meant := ""
		for _, c := range s.candidates {
			fits := s.at > 0 || s.at+1 < len(ws)
			if s.at > 0 && pairs[[2]string{ws[s.at-1], c}] < minTypoContext {
				fits = false
			}
			if s.at+1 < len(ws) && pairs[[2]string{c, ws[s.at+1]}] < minTypoContext {
				fits = false
			}
			if fits {
				if meant != "" {
					meant = "" // two words fit: neither is sure
					break
				}
				meant = c
			}
		}
		if meant == "" {
			continue
		}
		if fixes[s.proc] == nil {
			fixes[s.proc] = map[int]string{}
		}
		fixes[s.proc][s.at] = meant
	}
	for i, f := range fixes {
		if t, ok := respell(ix.procs[i].Name, f); ok {
			ix.addAlias(t, i)
		}
	}
}

// respell writes name with its words at the given key positions
// replaced (key form, the case of the word replaced kept); ok is false
// when the name's words do not line up with its key's.
func respell(name string, fix map[int]string) (string, bool) {
	clean := textnorm.Clean(name)
	key := strings.Fields(textnorm.Key(clean))
	spans := wordSpans(clean)
	var b strings.Builder
	last, done := 0, 0
	// The key may have dropped a lead ("Thủ tục"): its words are the
	// text's last ones, each one word of the text.
	off := len(spans) - len(key)
	if off < 0 {
		return "", false
	}
	for at := range fix {
		if at >= len(key) || textnorm.Key(spans[off+at].word) != key[at] {
			return "", false
		}
	}
	for k := range spans[off:] {
		meant, ok := fix[k]
		if !ok {
			continue
		}
		sp := spans[off+k]
		b.WriteString(clean[last:sp.start])
		b.WriteString(matchCaseOf(meant, sp.word))
		last = sp.end
		done++
	}
	b.WriteString(clean[last:])
	return b.String(), done == len(fix)
}

// pairBefore reports whether the pair of words at j of ws stands earlier
// in ws too (each name counts once).
func pairBefore(ws []string, j int) bool {
	for i := 0; i < j; i++ {
		if ws[i] == ws[j] && ws[i+1] == ws[j+1] {
			return true
		}
	}
	return false
}
