package match

import (
	"strings"

	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// Variant tails are learned from the catalogue like distinguishing words:
// when one catalogue name is another followed by more words ("Đăng ký
// khai sinh" / "Đăng ký khai sinh có yếu tố nước ngoài", "Chấm dứt hoạt
// động chi nhánh …" / "… của hợp tác xã, liên hiệp hợp tác xã", "Cấp bổ
// sung, sửa đổi Giấy chứng nhận đăng ký hoạt động thử nghiệm" / "…
// chất lượng sản phẩm, hàng hóa vật liệu xây dựng"), those words make a
// variant of a procedure, not a qualifier a portal drops. A published
// name that stops where the catalogue name goes on with such a tail is the
// plain procedure, which the catalogue may lack, not the variant: it goes
// to review. A tail that names a level or an agency's level ("cấp tỉnh")
// is left to the level twins (core.go).

// learnTails fills ix.tails from the current names.
func (ix *Index) learnTails() {
	ix.tails = map[string]bool{}
	for id := range ix.names {
		nm := &ix.names[id]
		if nm.derived() {
			continue
		}
		for _, e := range ix.prefixRange(ix.sortedKey, nm.key+" ", keyOfName) {
			if ix.names[e].derived() {
				continue
			}
			tail := ix.names[e].key[len(nm.key)+1:]
			if f := textnorm.Fold(tail); levelIn(f) == "" && agencyLevel(f) == "" && levelIn("cap "+f) == "" {
				ix.tails[tail] = true
			}
		}
	}
}

// variantTail returns the words of a learned tail (key form) that the
// name's trailing words start with, nil for none.
func (ix *Index) variantTail(trailing []string) []string {
	if len(trailing) == 0 || len(ix.tails) == 0 {
		return nil
	}
	var b strings.Builder
	for i, w := range trailing {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
		if ix.tails[b.String()] {
			return trailing[:i+1]
		}
	}
	return nil
}

// divergesAfter reports whether another current name starts with the
// first last+1 words of name id and goes on with other words than id's:
// "… kinh doanh dịch vụ karaoke cấp tỉnh" and "… kinh doanh dịch vụ vũ
// trường" part after "dịch vụ", so a name stopping at "dịch vụ" is
// neither. A tail that only names a level or an agency's level makes a
// twin (core.go), not a sibling; nor does one that extends id's.
func (ix *Index) divergesAfter(id int32, last int) bool {
	nm := &ix.names[id]
	if last+1 < minWords || last+1 >= len(nm.keyTok) {
		return false
	}
	stem := strings.Join(nm.keyTok[:last+1], " ")
	restF := textnorm.Fold(nm.key[len(stem)+1:])
	rest, restAgency := withoutLevels(restF), agencyLevel(restF) != ""
	for _, e := range ix.prefixRange(ix.sortedKey, stem+" ", keyOfName) {
		other := &ix.names[e]
		if e == id || other.derived() {
			continue
		}
		f := textnorm.Fold(other.key[len(stem)+1:])
		// Two agencies of two levels ("tại Phòng … Công an tỉnh" / "tại
		// Cục … Bộ Công an") make twins too.
		// A name going on with id's whole tail and more ("…, xác định
		// lại dân tộc [có yếu tố nước ngoài]") is id narrowed, not a
		// sibling: an entry stopping before both is the plain one.
		if o := withoutLevels(f); o != "" && o != rest && !(restAgency && agencyLevel(f) != "") && !strings.HasPrefix(o, rest+" ") {
			return true
		}
	}
	return false
}

// withoutLevels is a folded tail without its level words ("karaoke cap
// tinh" is "karaoke"): what is left tells siblings from twins.
func withoutLevels(f string) string {
	ws := strings.Fields(f)
	out := ws[:0]
	for i, w := range ws {
		if levelWords[w] || w == "cap" && i+1 < len(ws) && levelWords[ws[i+1]] {
			continue
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}
