package match

import (
	"strings"

	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// A catalogue may list a procedure twice, once plain and once with a
// bracket that narrows it: "Chứng thực chữ ký trong các giấy tờ, văn
// bản" (1.001590) and "… (áp dụng cho cả trường hợp chứng thực điểm chỉ
// …)" (2.000884), "Cấp giấy chứng nhận đăng ký chuyển giao công nghệ" and
// "… (trừ trường hợp thuộc thẩm quyền của Bộ Khoa học và Công nghệ)".
// Portals drop brackets as a habit, so a published name equal to the plain
// one is as much the bracketed one cut short: it goes to a person with
// both. A bracket naming a level or an agency's ("(cấp tỉnh)", "(thẩm
// quyền của Ủy ban nhân dân cấp tỉnh)") makes level twins, which the
// portal's level chooses between (core.go).

// learnBracketSiblings fills ix.bracketSibling from the current names.
func (ix *Index) learnBracketSiblings() {
	ix.bracketSibling = map[int32][]int32{}
	for id := range ix.names {
		nm := &ix.names[id]
		bare := int(ix.bareLen[id])
		if nm.derived() || bare >= len(nm.keyTok) || bare == 0 {
			continue
		}
		plain, ok := ix.byKey[strings.Join(nm.keyTok[:bare], " ")]
		if !ok || plain == int32(id) || ix.names[plain].derived() {
			continue
		}
		said := textnorm.Fold(strings.Join(nm.keyTok[bare:], " "))
		if levelIn(said) != "" || agencyLevel(said) != "" || levelIn("cap "+said) != "" {
			continue // "(thực hiện tại cấp tỉnh)", "(BQL)": level twins
		}
		ix.bracketSibling[plain] = append(ix.bracketSibling[plain], int32(id))
	}
}
