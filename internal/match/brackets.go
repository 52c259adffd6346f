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

// The national list tells such twins apart only by use: its plain
// "Chứng thực chữ ký trong các giấy tờ, văn bản" (1.001590) was used once,
// the bracketed 2.000884 251 times, and the portals that print a code
// beside the plain name print 2.000884. A plain name whose every
// procedure the national portal used once at most, beside one sibling in
// daily use, is the sibling's record cut short (liveSibling). A catalogue that
// does not say how often its records are used keeps them both.

// Use counts that tell a stale record from a live one: at most
// staleUses, at least liveUses.
const (
	staleUses = 1
	liveUses  = 50
)

// stale reports whether the national portal used procedure pi at most
// staleUses times; live, at least liveUses times. Neither holds without
// a count.
func (ix *Index) stale(pi int32) bool {
	u := ix.procs[pi].Uses
	return u != nil && *u <= staleUses
}

// live: see stale.
func (ix *Index) live(pi int32) bool {
	u := ix.procs[pi].Uses
	return u != nil && *u >= liveUses
}

// liveSibling returns the one sibling of the plain name id to answer
// with, when use counts tell (see above).
func (ix *Index) liveSibling(id int32, sib []int32) (int32, bool) {
	for _, pi := range ix.names[id].procs {
		if !ix.stale(pi) {
			return 0, false
		}
	}
	live := int32(-1)
	for _, s := range sib {
		for _, pi := range ix.names[s].procs {
			if !ix.live(pi) {
				continue
			}
			if live >= 0 && live != s {
				return 0, false // two in use: a person chooses
			}
			live = s
		}
	}
	return live, live >= 0
}

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
