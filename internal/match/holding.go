package match

import "slices"

// An entry the reworded step finds no candidate for may still stand
// whole in one catalogue name, too small a part of it to be taken: an old
// wording in another order ("Đăng ký thực hiện khuyến mại mang tính may
// rủi" in "Đăng ký hoạt động khuyến mại đối với chương trình khuyến mại
// mang tính may rủi thực hiện trên địa bàn 01 tỉnh …"), a shortening
// dropping most of a long name. It goes to review with that name
// (containedReviewFloor) rather than becoming one more "missing" and one
// more "unmatched"; a name of common words only (a menu, a heading) does
// not.

// maxHolding bounds the names holding the entry's rarest word that
// holding scores: past it, the entry is made of common words (a menu, a
// heading), never a name worth a person's look.
const maxHolding = 256

// holding is the best name, scoring from containedReviewFloor up, that
// holds every word of the entry (etoks, all known words): the names
// holding its rarest word, scored plainly. ok is false when there is none.
func (ix *Index) holding(sc *scratch, etoks []entryToken, eW float64) (scored, bool) {
	rarest := 0
	for i, t := range etoks {
		if t.df < etoks[rarest].df {
			rarest = i
		}
	}
	posts := ix.postings[etoks[rarest].id]
	if len(posts) > maxHolding {
		return scored{}, false
	}
	var best scored
	for _, id := range posts {
		if !ix.bagHolds(&ix.names[id], etoks) {
			continue // most: a word missing, seen without scoring
		}
		s := ix.scoreWith(sc, etoks, eW, &ix.names[id], false)
		if s < containedReviewFloor || s <= best.score || slices.Contains(sc.eUsed[:len(etoks)], false) {
			continue
		}
		best = scored{id, s}
	}
	return best, best.score > 0
}

// bagHolds reports whether the name has every word of the entry (by
// folded form).
func (ix *Index) bagHolds(nm *indexedName, etoks []entryToken) bool {
	for _, t := range etoks {
		if _, ok := slices.BinarySearchFunc(nm.bag, t.id, func(b idWeight, id int32) int { return int(b.id - id) }); !ok {
			return false
		}
	}
	return true
}
