package match

import (
	"regexp"
	"slices"
	"strings"
)

// Portals say why a paper is issued again: "Cấp lại giấy phép lái xe do
// quá hạn sử dụng", "Cấp lại Giấy phép sản xuất rượu thủ công … khi hết
// thời hạn hiệu lực", "Đổi … do bị hư hỏng". The catalogue's re-issue
// ("Cấp lại X", "Đổi X") covers every reason unless it lists one apart
// ("Cấp lại Giấy chứng nhận do bị mất"), which the name as written finds
// first. So a re-issue or exchange whose name ends with its reason is
// also looked up without it, word for word, never compared fuzzily: the
// reason's words ("hạn", "mất") are words that tell other procedures
// apart ("Gia hạn …"), which the fuzzy guard rightly refuses to skip.
// An issue ("Cấp X do bị mất") is not read so: the catalogue's "Cấp X"
// is the first issue, which a lost paper is not; reissue.go reads it
// with "lại".

// reissueActs open the names whose reason is cut (folded).
var reissueActs = [][]string{fw("cap lai"), fw("cap doi"), fw("doi")}

// reasonHeads open a reason clause (folded): "do", "khi", "vì", "trong
// trường hợp", "trường hợp", each optionally followed by "bị" or "đã".
var reasonHeads = [][]string{fw("trong truong hop"), fw("truong hop"), fw("do"), fw("khi"), fw("vi")}

// lossReasons are a paper lost or damaged (folded): a re-issue's reason,
// and the case an inland vessel's certificate is still re-issued for
// (reregistered).
var lossReasons = [][]string{fw("mat"), fw("hu hong"), fw("hong"), fw("rach"), fw("nat")}

// reasons are what a re-issue's reason clause says first (folded), after
// its head and an optional "bị" / "đã": loss or damage, burning,
// destruction, expiry, wear.
var reasons = append(slices.Clone(lossReasons), fw("chay"), fw("tieu huy"),
	fw("het han"), fw("het thoi han"), fw("qua han"), fw("qua thoi han"), fw("het hieu luc"), fw("cu nat"))

// The same reasons said anywhere in an issue's name (reissue.go), folded
// and with what opens them, so that the "mất" of a paper is told from a
// person's death.
var (
	// lostWords say a paper was lost.
	lostWords = regexp.MustCompile(`\b(bi mat|(truong hop|do|khi) mat|mat (hoac|va|hong|rach))\b`)
	// damageWords say it was damaged, burnt, destroyed or worn out.
	damageWords = regexp.MustCompile(`\b(hu hong|bi hong|mat hong|bi rach|bi chay|rach nat|cu nat|bi tieu huy)\b`)
	// expiryWords say it expired.
	expiryWords = regexp.MustCompile(`\b(het han|het thoi han|qua han|qua thoi han|het hieu luc)\b`)
)

// maxReasonWords bounds the clause cut: "do mất, rách, nát, bị cháy, bị
// tiêu hủy một phần hoặc toàn bộ" is the longest the sets hold.
const maxReasonWords = 16

// reasonCut is s without its closing reason clause when s names a
// re-issue or an exchange; ok is false otherwise.
func reasonCut(s seq) (seq, bool) {
	return reasonCutWithin(s, maxReasonWords)
}

// reasonCutWithin is reasonCut of a clause of at most most words.
func reasonCutWithin(s seq, most int) (seq, bool) {
	act := false
	for _, a := range reissueActs {
		if s.hasPrefix(a) {
			act = true
			break
		}
	}
	if !act {
		return s, false
	}
	for i := max(minWords, s.len()-most); i < s.len()-1; i++ {
		for _, h := range reasonHeads {
			if !s.hasAt(h, i) {
				continue
			}
			j := i + len(h)
			if j < s.len() && (s.folds[j] == "bi" || s.folds[j] == "da") {
				j++
			}
			for _, r := range reasons {
				if s.hasAt(r, j) {
					return s.cut(0, i), true
				}
			}
		}
	}
	return s, false
}

// A re-issue the catalogue names with its reason ("Cấp lại Giấy phép
// hoạt động đối với trạm, điểm sơ cấp cứu chữ thập đỏ do mất, rách,
// hỏng") is published with the reasons said another way: "… do mất,
// rách, hỏng hoặc sai sót thông tin", "… trong trường hợp bị mất, bị
// rách, bị cháy hoặc vì lý do khách quan …" for "… hoặc vì lý do khác
// không cố ý". Where the catalogue re-issues that paper under one name
// alone, with a reason and without a bare twin or a sibling for another
// reason, an entry re-issuing the same paper for reasons of the same
// kinds (a loss or damage, an expiry) is that name.

// learnReasonHeads indexes the current names that re-issue a paper for
// a reason by their words before the reason (reasonCut).
func (ix *Index) learnReasonHeads() {
	ix.reasonHeads = map[string][]int32{}
	for id := range ix.names {
		nm := &ix.names[id]
		if nm.derived() || !holdsAny(nm.fold, []string{"mat", "hong", "rach", "chay", "huy", "han", "luc", "nat"}) {
			continue
		}
		s := nm.words()
		if len(s.keys) != len(s.folds) {
			continue
		}
		if head, ok := reasonCut(s); ok {
			k := looseKeyOf(head)
			ix.reasonHeads[k] = append(ix.reasonHeads[k], int32(id))
		}
	}
}

// reasonSaidOtherwise is the catalogue's one re-issue of the paper an
// entry re-issues for reasons it says otherwise; ok is false when the
// entry says no reason, the catalogue has the re-issue bare or for
// several reasons apart, the reasons are of other kinds, or the steps
// found an answer or another candidate.
func (ix *Index) reasonSaidOtherwise(text, code string, m Match) (Match, bool) {
	if code != "" || m.Procedure != nil || !holdsAny(text, reissueHints) {
		return Match{}, false
	}
	s, ok := seqOf(ix.normalize(withoutSimpleLeads(text)))
	if !ok {
		return Match{}, false
	}
	// Said otherwise, the reasons may run longer than the cut of a
	// lookup takes ("… hoặc vì lý do khách quan mà thông tin trên Chứng
	// chỉ hành nghề luật sư bị thay đổi"): their kinds are read below.
	head, ok := reasonCutWithin(s, maxReasonsSaid)
	if !ok {
		return Match{}, false
	}
	k := looseKeyOf(head)
	ids := ix.reasonHeads[k]
	if len(ids) != 1 || len(ix.byLoose[k]) > 0 {
		return Match{}, false
	}
	id := ids[0]
	if len(ix.names[id].procs) != 1 {
		return Match{}, false
	}
	p := ix.procs[ix.names[id].procs[0]]
	if m.Review != nil && m.Review.Candidate != p {
		return Match{}, false // the steps saw another procedure closer
	}
	said := strings.Join(s.folds[head.len():], " ")
	if strings.Contains(" "+said+" ", " cap ") {
		return Match{}, false // "… do bị mất, cấp đổi Giấy chứng nhận": a second act
	}
	// The name's own reasons, after its own head: the entry's head has
	// the name's loose key, not always its words.
	nm := &ix.names[id]
	name := nm.words()
	nameHead, ok := reasonCut(name)
	if !ok || len(name.keys) != len(name.folds) {
		return Match{}, false
	}
	listed := strings.Join(name.folds[nameHead.len():], " ")
	if !sameReasonKinds(said, listed) {
		return Match{}, false
	}
	return ix.nameMatch(id, MatchFuzzy, 0.9), true
}

// maxReasonsSaid bounds the reason clause reasonSaidOtherwise cuts.
const maxReasonsSaid = 28

// sameReasonKinds reports whether every kind of reason (loss, damage,
// expiry) folded text said names is one folded text listed names, and
// they share one.
func sameReasonKinds(said, listed string) bool {
	shared := false
	for _, re := range []*regexp.Regexp{lostWords, damageWords, expiryWords} {
		s, l := re.MatchString(said), re.MatchString(listed)
		if s && !l {
			return false
		}
		shared = shared || s && l
	}
	return shared
}
