package match

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// An entry the reworded step finds no candidate for may still stand
// whole in one catalogue name, too small a part of it to be taken: an old
// wording in another order ("Đăng ký chương trình khuyến mại mang tính
// may rủi" in "Đăng ký hoạt động khuyến mại đối với chương trình khuyến
// mại mang tính may rủi thực hiện trên địa bàn 01 tỉnh …"), a shortening
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

// startsOne is a review for an entry nothing else found that is the
// start of exactly one catalogue name, ended at a word of it: a long name
// shortened to its first words ("Chứng thực bản sao từ bản chính giấy
// tờ, văn bản" for "… do cơ quan, tổ chức có thẩm quyền của Việt Nam; …
// cấp hoặc chứng nhận"). The prefix step does not take it, since a plain
// procedure the catalogue lacks reads the same; a person does. ok is
// false when forms hold no such entry.
func (ix *Index) startsOne(forms []cleanForm) (Match, bool) {
	for _, c := range forms {
		k := c.name.Key
		if strings.Count(k, " ")+1 < prefixMinTokensMidWord || utf8.RuneCountInString(k) < prefixMinRunesMidWord {
			continue
		}
		ids := ix.prefixRange(ix.sortedKey, k, func(nm *indexedName) string { return nm.key })
		if len(ids) != 1 || ix.names[ids[0]].key == k || ix.names[ids[0]].key[len(k)] != ' ' {
			continue
		}
		return ix.reviewName(ids[0], ix.similarity(c.name, ids[0]), ReasonLowScore, nil), true
	}
	return Match{}, false
}

// extendsOne is a review for an entry nothing else found, nor sent to a
// person, that is a catalogue name with words after it: "Thủ tục công
// nhận người có uy tín trong đồng bào dân tộc thiểu số" for 1.012222
// "Công nhận người có uy tín". A name carried further may be the same
// procedure described at length or a narrower one the catalogue lacks;
// a person tells which. The longest such name is the candidate; it keeps
// at least extendsMinWords words and leaves two or more after it. ok is
// false when forms hold no such entry.
func (ix *Index) extendsOne(forms []cleanForm) (Match, bool) {
	for _, c := range forms {
		k := c.name.Key
		words := strings.Count(k, " ") + 1
		for end := len(k) - 1; end > 0; end-- {
			if k[end] != ' ' {
				continue
			}
			head := k[:end]
			n := strings.Count(head, " ") + 1
			if n < extendsMinWords {
				break
			}
			if words-n < 2 {
				continue
			}
			if id, ok := ix.byKey[head]; ok {
				return ix.reviewName(id, ix.similarity(c.name, id), ReasonLowScore, nil), true
			}
		}
	}
	return Match{}, false
}

// extendsMinWords is the fewest words of a catalogue name extendsOne
// offers (syllables): shorter ones ("Đăng ký khai sinh", "Đăng ký
// thường trú") begin too many other things.
const extendsMinWords = 6
