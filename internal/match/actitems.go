package match

import (
	"slices"
	"strings"

	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// A catalogue name may list the acts one procedure covers, each an item
// between commas, sharing the object the last of them names: "Thủ tục
// thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc"
// merged procedures that commune portals still publish one act or two
// at a time ("Thay đổi, cải chính hộ tịch", "Xác định lại dân tộc"); "Cấp
// lại, đổi, điều chỉnh thông tin trên sổ BHXH, thẻ BHYT" is published as
// "Cấp lại, đổi thẻ BHYT". An act left out is no other procedure: the
// catalogue has none for the acts the entry names alone, or the exact
// steps would have found it, and the words the entry does name are the
// name's, item for item.

// maxBareActWords bounds an act item that names no object ("cải chính",
// "cấp lại"): longer items that open with no act are objects of a list.
const maxBareActWords = 2

// actItemsLeft marks the name's words (keys of name id) that are act
// items of its list the entry leaves out, when every item the entry
// touches it pairs from its act on and every item it leaves out is an
// act: one opening with a word that opens catalogue names (ix.leads), or
// a bare act of at most maxBareActWords words before another item. An
// item whose act the entry leaves out but whose object it names ("[bổ
// sung thông tin] hộ tịch") is the acts' shared object. used says which
// name words the entry paired; the entry must pair one item whole, and
// its words must stand in the order of the name's (inOrder). nil when
// the name is no such list or nothing is left out so.
func (ix *Index) actItemsLeft(etoks []entryToken, eUsed []bool, used []uint8, id int32, keys []string) []bool {
	if id < 0 || int(id) >= len(ix.commaBefore) || ix.commaBefore[id] == nil {
		return nil
	}
	flags := ix.commaBefore[id]
	paired := func(q int) bool { return q < len(used) && used[q] != 0 }
	starts := []int{0}
	for j := 1; j < len(keys) && j < len(flags); j++ {
		if flags[j] {
			starts = append(starts, j)
		}
	}
	if len(starts) < 2 {
		return nil
	}
	for starts[0] < starts[1]-1 && leadFiller[keys[starts[0]]] {
		starts[0]++ // "Thủ tục thay đổi, …": the first act after the label
	}
	var left []bool // the words of acts left out
	leave := func(from, to int) {
		if left == nil {
			left = make([]bool, len(keys))
		}
		for q := from; q < to; q++ {
			left[q] = true
		}
	}
	whole, prevLeft := false, false
	for k, s := range starts {
		e := len(keys)
		if k+1 < len(starts) {
			e = starts[k+1]
		}
		first := -1 // the item's first paired word
		for q := s; q < e; q++ {
			if paired(q) {
				first = q
				break
			}
		}
		isAct := ix.leads[keys[s]] || e-s <= maxBareActWords && k+1 < len(starts)
		switch {
		case first == s:
			// The item's act named; a word left out inside it is the
			// other steps' to judge.
			all := true
			for q := s; q < e; q++ {
				all = all && paired(q)
			}
			whole = whole || all
		case first < 0:
			if e == len(keys) && ix.scopesList(keys[s:e]) || !isAct && !(prevLeft && whole) {
				return nil // an object of a list left out, not an act
			}
			// An act left out, or, after the item the entry names, the
			// list of objects of one left out just before ("Thôi hưởng
			// trợ cấp xã hội hàng tháng" in "…, thôi hưởng trợ cấp xã
			// hội hàng tháng, [hỗ trợ kinh phí chăm sóc, nuôi dưỡng hàng
			// tháng]": "nuôi dưỡng …" is no act, but the second object
			// of "hỗ trợ"). Before it, such items are the objects the
			// entry's own list goes on from ("[…, tạm xuất tái nhập,]
			// chuyển cửa khẩu, …"), not acts it leaves out.
			leave(s, e)
			prevLeft = true
			continue
		default:
			// The act left out, the object named: it must be the item's
			// end, paired whole, and the words left out past the act
			// must tell no procedures apart ("[bổ sung thông tin] hộ
			// tịch", not "[công nhận lại nguồn] giống cây trồng"). The
			// first item's act is the name's: an entry without it names
			// another act or none ("Liên thông thủ tục hành chính …").
			if !isAct || k == 0 {
				return nil
			}
			for q := first; q < e; q++ {
				if !paired(q) {
					return nil
				}
			}
			for q := s + maxBareActWords; q < first; q++ {
				if ix.distinguishing(keys[q]) {
					return nil
				}
			}
			leave(s, first)
		}
		prevLeft = false
	}
	if !whole || left == nil {
		return nil
	}
	// Items left out only at the end are a list cut short, the prefix
	// and list-cut steps' to judge (atListEnd): "Thủ tục đăng ký nhận
	// cha, mẹ[, con]" is another procedure.
	last := -1
	for j, u := range used {
		if u != 0 {
			last = j
		}
	}
	if !slices.Contains(left[:max(last, 0)], true) || !ix.inOrder(etoks, eUsed, id, left) {
		return nil
	}
	return left
}

// inOrder reports whether the entry's paired words stand in the order
// of name id's words that left does not mark: the acts left out and
// the rest read as one name. "Chấm dứt tự nguyện hoạt động cung cấp
// dịch vụ bù trừ" pairs "tự nguyện" with the end of "…, thanh toán giao
// dịch chứng khoán tự nguyện": no object the acts share, but a word met
// out of place. A word the catalogue never uses (a typo) is not looked
// for.
func (ix *Index) inOrder(etoks []entryToken, eUsed []bool, id int32, left []bool) bool {
	nm := &ix.names[id]
	j := 0
	for i, t := range etoks {
		if i >= len(eUsed) || !eUsed[i] || t.id < 0 {
			continue
		}
		for j < len(nm.tokIDs) && (j < len(left) && left[j] || nm.tokIDs[j] != t.id) {
			j++
		}
		if j == len(nm.tokIDs) {
			return false
		}
		j++
	}
	return true
}

// leftActItems marks in cOK the name's unpaired words (at positions cPos)
// that actItemsLeft finds, when the entry says no more than the name
// (saysNoMore), and returns them (nil for none).
func (ix *Index) leftActItems(etoks []entryToken, eUsed []bool, used []uint8, id int32, keys []string, cPos []int, cOK []bool) []bool {
	if ix.commaBefore[id] == nil || !saysNoMore(etoks, eUsed) {
		return nil
	}
	left := ix.actItemsLeft(etoks, eUsed, used, id, keys)
	if left == nil {
		return nil
	}
	for j, p := range cPos {
		if p < len(left) && left[p] {
			cOK[j] = true
		}
	}
	return left
}

// notLeft is keys[:first] without the words left marks.
func notLeft(keys []string, first int, left []bool) []string {
	if left == nil {
		return keys[:first]
	}
	var out []string
	for j, k := range keys[:first] {
		if j >= len(left) || !left[j] {
			out = append(out, k)
		}
	}
	return out
}

// actItemsScore is the plain score of the entry against name id without
// the acts of its list the entry leaves out (actItemsLeft, read from the
// pairing with the whole name); ok is false when it leaves none out so,
// or says more than the name (saysNoMore). It leaves the pairing of that
// shorter name in sc.
func (ix *Index) actItemsScore(sc *scratch, etoks []entryToken, eW float64, id int32) (float64, bool) {
	if ix.commaBefore[id] == nil {
		return 0, false // most names: no list
	}
	ix.scoreWith(sc, etoks, eW, &ix.names[id], false)
	return ix.actItemsView(sc, etoks, eW, id, ix.pairedActsLeft(sc, etoks, id))
}

// pairedActsLeft is actItemsLeft read from the pairing of the entry with
// the whole name id that sc holds (nil for most names, which list
// nothing).
func (ix *Index) pairedActsLeft(sc *scratch, etoks []entryToken, id int32) []bool {
	if ix.commaBefore[id] == nil {
		return nil
	}
	nm := &ix.names[id]
	return ix.actItemsLeft(etoks, sc.eUsed, sc.used[:len(nm.tokIDs)], id, nm.keyTok)
}

// actItemsView is the plain score of the entry against name id without
// the words left marks; ok is false for no such words, or an entry that
// says more than the name (saysNoMore). It leaves that pairing in sc.
func (ix *Index) actItemsView(sc *scratch, etoks []entryToken, eW float64, id int32, left []bool) (float64, bool) {
	if left == nil {
		return 0, false
	}
	v := ix.names[id].without(left)
	score := ix.scoreWith(sc, etoks, eW, &v, false)
	if !saysNoMore(etoks, sc.eUsed) {
		return 0, false
	}
	return score, true
}

// saysNoMore reports whether the entry says nothing the name does not,
// but for words before the first it pairs ("[Đăng ký] thay đổi, cải
// chính hộ tịch"): "Thẩm định hồ sơ mời thầu [công trình]" is a case of
// its own, not acts of a list left out. eUsed says which entry words
// were paired.
func saysNoMore(etoks []entryToken, eUsed []bool) bool {
	seen := false
	for i, t := range etoks {
		switch {
		case eUsed[i]:
			seen = true
		case seen && !smallWords[t.key]:
			return false
		}
	}
	return true
}

// opensListItem reports whether the entry opens with the first word of
// an item of name id's list after its first: "Xác định lại dân tộc" is
// the act of the last item of "… bổ sung thông tin hộ tịch, xác định
// lại dân tộc", not another act than the name's.
func (ix *Index) opensListItem(n textnorm.Name, id int32) bool {
	e := skipLeadFiller(strings.Fields(n.Key))
	if len(e) == 0 || int(id) >= len(ix.commaBefore) {
		return false
	}
	for j, k := range ix.names[id].keyTok {
		if k == e[0] && ix.listedAt(id, j) {
			return true
		}
	}
	return false
}

// scopesList reports whether the last item of a list (keys) says whom or
// where the whole list is for, as a tail the catalogue makes variants
// with ("… xác định lại dân tộc [có yếu tố nước ngoài]") or a phrase
// opened by a small word ("… trợ cấp hàng tháng [đối với cán bộ xã]"):
// the item is no act alone, and leaving it out leaves out the scope.
func (ix *Index) scopesList(keys []string) bool {
	for p, k := range keys {
		if smallWords[k] || boundaryWords[k] || len(ix.variantTail(keys[p:])) > 0 {
			return true
		}
	}
	return false
}

// actListObject marks the words of name id an entry naming only the
// object of its act list leaves out: the name opens with bare acts and
// then an act with its object ("Thực hiện, điều chỉnh, thôi hưởng [trợ
// cấp xã hội hàng tháng], hỗ trợ kinh phí …"), and the entry, but for a
// label, is that object word for word, to the end of its item. A commune
// lists the allowance it pays, not the acts on it; the acts of the list
// are all the list has for it. What follows the item must be another
// act with objects of its own (ix.leads), or nothing. nil when the entry
// is no such object.
func (ix *Index) actListObject(etoks []entryToken, id int32) []bool {
	i := 0
	for i < len(etoks) && leadFiller[etoks[i].key] {
		i++
	}
	object := etoks[i:]
	if len(object) < minActListObject {
		return nil
	}
	start, s, _, ok := ix.bareActs(id, "")
	keys := ix.names[id].keyTok
	if !ok || s == start || !ix.leads[keys[s]] {
		return nil // no bare act before the object's item
	}
	e := listItemEnd(ix.commaBefore[id], s, len(keys))
	p := e - len(object)
	if p <= s || p > s+maxBareActWords {
		return nil
	}
	if ix.boundAfter[keys[p]] == keys[p-1] {
		return nil // half an act's word ("[bổ] sung …", "[mở] rộng …")
	}
	for q, t := range object {
		if t.key != keys[p+q] {
			return nil
		}
	}
	if e < len(keys) && !ix.leads[keys[e]] {
		return nil
	}
	left := make([]bool, len(keys))
	for q := range keys {
		left[q] = q < p || q >= e
	}
	return left
}

// minActListObject is the fewest words an object named alone must have
// (after a label): "hộ tịch" alone is a field, "kế hoạch quản lý" a
// heading, no procedure.
const minActListObject = 5

// oneActListObject is the one name whose act list's object the entry
// names alone, among the names holding the entry's rarest word, with the
// words the entry leaves out of it (actListObject); ok is false for none
// or several.
func (ix *Index) oneActListObject(etoks []entryToken) (int32, []bool, bool) {
	if len(etoks) == 0 || slices.ContainsFunc(etoks, func(t entryToken) bool { return t.id < 0 }) {
		return -1, nil, false
	}
	found, left := int32(-1), []bool(nil)
	for _, id := range ix.postings[etoks[rarestToken(etoks)].id] {
		if ix.names[id].derived() {
			continue
		}
		l := ix.actListObject(etoks, id)
		if l == nil {
			continue
		}
		if found >= 0 {
			return -1, nil, false
		}
		found, left = id, l
	}
	return found, left, found >= 0
}
