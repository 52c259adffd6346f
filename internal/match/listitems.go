package match

import (
	"slices"
	"strings"

	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// A catalogue name may list, after its act, things that open alike
// ("Cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh"), where a
// portal names the procedure by one of them: "Cấp bản sao Giấy khai
// sinh". The prefix step reads the first items (atListEnd); laterItem
// reads a name with earlier items left out.

// minItemEntryWords is the fewest words an entry naming a later item
// must have: the act and a thing.
const minItemEntryWords = 4

// laterItem is the match on the one name that is the entry (a clean
// form) with one run of its list's items left out: the run starts after
// the name's first word, ends at a comma, and opens as the item after it
// does (the items run parallel, so the entry reads as the name would
// with that item alone); an act (a word that opens catalogue names) is
// never left out, nor an item of a name with brackets or semicolons. ok is false when no name, or several procedures', is.
func (ix *Index) laterItem(n textnorm.Name) (Match, bool) {
	folds := strings.Fields(n.Folded)
	if len(folds) < minItemEntryWords {
		return Match{}, false
	}
	ids, rarest, ok := ix.entryIDs(folds)
	if !ok || len(ix.postings[rarest]) > maxHolding {
		return Match{}, false
	}
	found := int32(-1)
	for _, id := range ix.postings[rarest] {
		if !ix.itemLeftOut(id, ids) {
			continue
		}
		if found >= 0 {
			if _, same := ix.oneName([]int32{found, id}); !same {
				return Match{}, false
			}
			continue
		}
		found = id
	}
	if found < 0 {
		return Match{}, false
	}
	if id, ok := ix.oneName([]int32{found}); ok {
		found = id
	}
	w := float64(len(ids)) / float64(len(ix.names[found].tokIDs))
	return ix.nameMatch(found, MatchFuzzy, round4(0.8+0.2*w)), true
}

// itemLeftOut reports whether entry words ids are name id's words with
// one run [i, j) of its list items left out (laterItem).
func (ix *Index) itemLeftOut(id int32, ids []int32) bool {
	t := ix.names[id].tokIDs
	keys := ix.names[id].keyTok
	if len(t) <= len(ids) || len(keys) != len(t) || ix.qualified(id) {
		return false
	}
	p := 0 // the words the entry and the name open with
	for p < len(ids) && t[p] == ids[p] {
		p++
	}
	for i := 1; i <= p && i < len(ids); i++ {
		j := len(t) - len(ids) + i
		if j <= i || !ix.listedAt(id, j) || t[i] != t[j] || ix.leads[keys[i]] {
			continue
		}
		if slices.Equal(t[j:], ids[i:]) {
			return true
		}
	}
	return false
}

// qualified reports whether name id holds a bracket or a semicolon: a
// qualifier or alternatives, of which items left out may be part.
func (ix *Index) qualified(id int32) bool {
	if _, ok := ix.semicolonBefore[id]; ok {
		return true
	}
	return strings.ContainsAny(ix.written(&ix.names[id]), "([")
}
