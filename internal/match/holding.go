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
	posts := ix.postings[etoks[rarestToken(etoks)].id]
	if len(posts) > maxHolding {
		return scored{}, false
	}
	var best scored
	for _, id := range posts {
		if !ix.bagHolds(&ix.names[id], etoks) {
			continue // most: a word missing, seen without scoring
		}
		s := ix.scoreWith(sc, etoks, eW, &ix.names[id], false)
		if slices.Contains(sc.eUsed[:len(etoks)], false) {
			continue
		}
		if s < containedReviewFloor {
			// One act of a long list with its object ("Cải chính hộ
			// tịch" in "Thủ tục thay đổi, cải chính, bổ sung thông tin
			// hộ tịch, xác định lại dân tộc"): scored without the acts
			// it leaves out (actitems.go).
			if objectAt, ok := ix.opensActList(id, etoks[0].key); ok && ix.pairsFrom(sc, id, objectAt) {
				if as, ok := ix.actItemsScore(sc, etoks, eW, id); ok {
					s = max(s, as)
				}
			}
		}
		if s < containedReviewFloor || s <= best.score {
			continue
		}
		best = scored{id, s}
	}
	return best, best.score > 0
}

// rarestToken is the index of the entry's rarest word (fewest names).
func rarestToken(etoks []entryToken) int {
	rarest := 0
	for i, t := range etoks {
		if t.df < etoks[rarest].df {
			rarest = i
		}
	}
	return rarest
}

// bagHolds reports whether the name has every word of the entry (by
// folded form).
func (ix *Index) bagHolds(nm *indexedName, etoks []entryToken) bool {
	for _, t := range etoks {
		if !nm.has(t.id) {
			return false
		}
	}
	return true
}

// has reports whether the name holds the vocabulary word tok.
func (nm *indexedName) has(tok int32) bool {
	_, ok := slices.BinarySearchFunc(nm.bag, tok, func(b idWeight, id int32) int { return int(b.id - id) })
	return ok
}

// startsOne is a review for an entry nothing else found that is the
// start of exactly one catalogue name, ended at a word of it: a long name
// shortened to its first words ("Chứng thực bản sao từ bản chính giấy
// tờ, văn bản" for "… do cơ quan, tổ chức có thẩm quyền của Việt Nam; …
// cấp hoặc chứng nhận"). The prefix step does not take it, since a plain
// procedure the catalogue lacks reads the same; a person does. A former
// name started is no candidate: what an old title began with was as
// often the old general procedure. ok is false when forms hold no such
// entry.
func (ix *Index) startsOne(forms []cleanForm) (Match, bool) {
	for _, c := range forms {
		k := c.name.Key
		if strings.Count(k, " ")+1 < prefixMinTokensMidWord || utf8.RuneCountInString(k) < prefixMinRunesMidWord {
			continue
		}
		ids := ix.prefixRange(ix.sortedKey, k, func(nm *indexedName) string { return nm.key })
		if len(ids) != 1 || ix.names[ids[0]].key == k || ix.names[ids[0]].key[len(k)] != ' ' || ix.names[ids[0]].former {
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

// sharesStart is a review for an entry nothing else found, nor sent to a
// person, that opens with the first words of exactly one catalogue name
// and then goes another way: "Cấp lại Chứng chỉ hành nghề luật sư trong
// trường hợp bị mất, bị rách, bị cháy hoặc vì lý do [khách quan mà thông
// tin … bị thay đổi]" beside 1.008628 "… vì lý do [khác không cố ý]", an
// older wording of its case. The shared start keeps at least
// sharesStartMinWords words and half the entry's; a start two names share
// is a family, and goes nowhere. ok is false when forms hold no such
// entry.
func (ix *Index) sharesStart(forms []cleanForm) (Match, bool) {
	for _, c := range forms {
		key := c.name.Key
		n := strings.Count(key, " ") + 1
		if n <= sharesStartMinWords || !ix.startsAny(key, sharesStartMinWords) {
			continue // most entries: no name opens with their first words
		}
		m := n // words in k below, cut at a space from the end
		for end := len(key) - 1; end > 0; end-- {
			if key[end] != ' ' {
				continue
			}
			if m--; m < sharesStartMinWords || 2*m < n {
				break
			}
			k := key[:end]
			var ids []int32
			for _, id := range ix.prefixRange(ix.sortedKey, k, func(nm *indexedName) string { return nm.key }) {
				if nk := ix.names[id].key; len(nk) > len(k) && nk[len(k)] == ' ' {
					ids = append(ids, id)
				}
			}
			if len(ids) == 0 {
				continue
			}
			if len(ids) > 1 {
				break // a family's shared start
			}
			// The plain score: the family penalties of similarity would
			// show a person next to nothing for names this alike. Under
			// sharesStartFloor the start is a family's opening the
			// catalogue happens to word once ("Hỗ trợ chi phí mai táng
			// cho người [cao tuổi …]" for "… cho người chết do thiên
			// tai"), not this name.
			if d := ix.diff(c.name, ids[0], c.level, c.bracketless); d.score >= sharesStartFloor {
				return ix.reviewName(ids[0], d.score, ReasonLowScore, nil), true
			}
			break
		}
	}
	return Match{}, false
}

// startsAny reports whether some catalogue name opens with the first
// words of key.
func (ix *Index) startsAny(key string, words int) bool {
	end := 0
	for range words {
		i := strings.IndexByte(key[end:], ' ')
		if i < 0 {
			return false
		}
		end += i + 1
	}
	return len(ix.prefixRange(ix.sortedKey, key[:end], func(nm *indexedName) string { return nm.key })) > 0
}

// sharesStartMinWords is the fewest words (syllables) sharesStart takes
// as a shared start: fewer are a family's act and object ("Cấp lại Giấy
// phép …"), which many names open with.
const sharesStartMinWords = 8

// sharesStartFloor is the least plain score of a name sharesStart
// offers. Long catalogue names score low against a shortened entry
// however right they are ("Giải quyết trợ cấp một lần đối với người có
// thành tích tham gia kháng chiến được tặng Bằng khen" scores 0.47
// against 1.001257, which goes on for thirty words), so it sits below
// ReviewFloor; the probes' shared starts score 0.43–0.95, but for one
// family opening at 0.19.
const sharesStartFloor = 0.4

// opensActList reports whether name id opens with a list of bare acts
// ("Thay đổi, cải chính, …", "Thực hiện, điều chỉnh, …"; a label such as
// "Thủ tục" before it) and the entry's first word opens one of them or
// the item after them, the last act with the object ("bổ sung thông tin
// hộ tịch"): the entry names an act of the list. objectAt is where that
// item after the bare acts starts. A list of objects ("… của bộ, cơ
// quan trung ương", "… G2, G3, G4 trên mạng") or of longer items
// ("Thẩm định báo cáo …, phê duyệt dự án, …") is read whole.
func (ix *Index) opensActList(id int32, first string) (objectAt int, ok bool) {
	start, objectAt, named, ok := ix.bareActs(id, first)
	return objectAt, ok && named && objectAt > start
}

// bareActs reads the items name id opens with, after a label: start is
// its first word, objectAt where the first item longer than
// maxBareActWords, or the last, starts (after any bare acts, the last act
// with the object), and named whether first opens one of the items up to
// it. ok is false for a name without a comma or without words after its
// label.
func (ix *Index) bareActs(id int32, first string) (start, objectAt int, named, ok bool) {
	if int(id) >= len(ix.commaBefore) || ix.commaBefore[id] == nil {
		return 0, 0, false, false
	}
	flags, keys := ix.commaBefore[id], ix.names[id].keyTok
	for start < len(keys) && leadFiller[keys[start]] {
		start++
	}
	for j := start; j < len(keys); {
		e := listItemEnd(flags, j, len(keys))
		named = named || keys[j] == first
		if e-j > maxBareActWords || e == len(keys) {
			return start, j, named, true
		}
		j = e
	}
	return start, 0, false, false
}

// listItemEnd is where the item of a list that opens at word j ends: the
// next word with a comma before it (flags, learnCommas), or n, the
// name's length.
func listItemEnd(flags []bool, j, n int) int {
	e := j + 1
	for e < n && (e >= len(flags) || !flags[e]) {
		e++
	}
	return e
}

// pairsFrom reports whether the pairing scoreWith left in sc pairs a
// word of name id from position at on: an object, not only acts ("Gia
// hạn, cấp lại" names none).
func (ix *Index) pairsFrom(sc *scratch, id int32, at int) bool {
	for j := at; j < len(ix.names[id].keyTok) && j < len(sc.used); j++ {
		if sc.used[j] != 0 {
			return true
		}
	}
	return false
}
