package match

import (
	"regexp"
	"slices"
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
	for i := max(minWords, s.len()-maxReasonWords); i < s.len()-1; i++ {
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
