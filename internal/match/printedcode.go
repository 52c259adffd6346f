package match

import (
	"slices"
	"strings"

	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// Portals print a procedure's code beside its name, and the code is not
// always right: a neighbouring number, a digit slipped, the code of the
// first issue beside the reissue's name. The name and the code are read
// together; where they disagree the likelier one is taken, or a person
// decides, and the match says so (Disputed, Conflict).

// byPrintedCode matches entry n (text as published) whose printed code
// is procedure pi's.
func (ix *Index) byPrintedCode(n textnorm.Name, text string, truncated bool, ctx Context, pi int32) Match {
	p, id := ix.procs[pi], ix.procName[pi]
	m := Match{Procedure: p, Kind: MatchCode, Score: 1}
	if n.Key == "" {
		return m
	}
	if truncated && id >= 0 && (strings.HasPrefix(ix.names[id].key, n.Key) || strings.HasPrefix(ix.names[id].fold, n.Folded)) {
		// "1.004772.000.00.00.H41- Thủ tục đăng ký khai sinh cho…": a
		// name the listing cut, the start of the code's name, agrees
		// with the code; read loosely without its last small word, it
		// would be word for word the shorter name it goes past.
		return m
	}
	said := levelIn(textnorm.Fold(text)) // the level the name says, if any
	if sim := ix.similarity(n, id); sim >= disputeBelow {
		// Close to the code's name, yet word for word a sibling's ("Cấp
		// lại Giấy phép bán lẻ rượu" beside the code of "Cấp Giấy phép
		// bán lẻ rượu"): the name says which; the code is the likelier
		// slip of a neighbouring number.
		if e, eid, ok := ix.exactSteps(n, 1); ok && eid >= 0 && e.Procedure != nil && e.Procedure != p && len(e.Candidates) == 0 &&
			!ix.levelTwins(eid, id) {
			e = ix.exactMatch(eid, e.Kind, e.Score, ctx)
			e.Disputed, e.Conflict = true, p
			return e
		}
		// Not word for word, yet the name alone finds a sibling outright
		// ("Cấp lại GP bán lẻ sản phẩm thuốc lá trên địa bàn huyện"
		// beside the code of the first issue): the name says the act the
		// neighbouring number does not.
		if !ix.actsDiffer(n, id) && (said == "" || id < 0 || said == ix.coreHint[id]) {
			return m // the name and the code's name say the same acts and level: most coded rows, at no cost
		}
		byName := ix.matchName(n, text, truncated, ctx)
		if byName.Procedure != nil && byName.Procedure != p && !byName.has(p) && len(byName.Candidates) == 0 &&
			!(said == "" && ix.levelTwins(ix.nameOf(byName), id)) {
			byName.Disputed, byName.Conflict = true, p
			return byName
		}
		// The name says an act or a case the code's name does not, or
		// lacks one it has ("Cấp lại …" beside the code of "Cấp …",
		// "Xóa đăng ký …" beside "Đăng ký …"): one of the two is wrong,
		// and a person tells which.
		if id >= 0 {
			if w := ix.actsBeyond(n, id); len(w) > 0 {
				r := ix.reviewName(id, sim, ReasonDistinguishing, w)
				r.Disputed, r.Conflict = true, p
				return r
			}
		}
		return m
	}
	// The name looks nothing like the code's procedure. A name matching
	// nothing ("Xem chi tiết", a link text) leaves the code alone.
	byName := ix.matchName(n, text, truncated, ctx)
	if byName.has(p) {
		return m
	}
	r := byName.Review
	switch {
	case byName.Kind == MatchNone:
		return m
	case byName.Kind == MatchExact || byName.Kind == MatchNormalized || byName.Kind == MatchFolded:
		// The text is word for word another catalogue name: the code is
		// the likelier typo.
		byName.Disputed, byName.Conflict = true, p
		return byName
	case r != nil && r.Candidate != nil && codeSlip(r.Candidate.Code, p.Code):
		// "Chứng thực bản sao từ bản chính giấy tờ, văn bản" beside
		// 2.000851, the name's candidate 2.000815: two digits swapped,
		// the name and the code agree but for the slip.
		return Match{Procedure: r.Candidate, Kind: MatchFuzzy, Score: r.Score, Disputed: true, Conflict: p}
	case (byName.Procedure != nil || r != nil && r.Candidate != nil) && id >= 0 && len(ix.actsBeyond(n, id)) > 0:
		// "Cấp lại Giấy phép bán lẻ sản phẩm thuốc lá trên địa bàn
		// huyện" beside the first issue's code, the name's own match
		// (or candidate) the reissue: the code says another act.
		byName.Disputed, byName.Conflict = true, p
		return byName
	case byName.Kind == MatchReview:
		return m
	case byName.Kind == MatchAmbiguous:
		// The name is word for word two catalogue names or more ("Thủ
		// tục đổi Giấy chứng nhận đăng ký đầu tư", a province's and a
		// zone's), none the code's, whose name it does not resemble:
		// the code is no tie-breaker, a person chooses.
		byName.Disputed, byName.Conflict = true, p
		return byName
	}
	m.Disputed, m.Conflict = true, byName.Procedure
	return m
}

// actsBeyond are the words of entry n that name an act or a case (the
// hand list of family words: "lại", "đổi", "xóa", "bổ sung" …) and that
// name id does not hold: what a printed code's procedure does not say
// the name says. The name's own words the entry leaves out say nothing
// here: a portal shortens names.
func (ix *Index) actsBeyond(n textnorm.Name, id int32) []string {
	var out []string
	keys := ix.names[id].keyTok
	for w := range strings.FieldsSeq(n.Key) {
		if handDistinct[w] && !slices.Contains(keys, w) && !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

// levelTwins reports whether name a is the bare name of a procedure and
// b its name for a level ("THỦ TỤC THÀNH LẬP HỘI" / "… (CẤP TỈNH)"): the
// code of b beside the bare name says the level the name leaves unsaid,
// and stays. A name saying its own level is not a.
func (ix *Index) levelTwins(a, b int32) bool {
	ka, okA := ix.bareCoreKey(a)
	kb, okB := ix.coreKeyOf(b)
	return okA && okB && ka == kb && ix.coreHint[b] != "" // a is the bare name, b a level's
}

// actsDiffer reports whether entry n and name id differ by a word that
// names an act or a case (handDistinct), one way or the other.
func (ix *Index) actsDiffer(n textnorm.Name, id int32) bool {
	if id < 0 {
		return false
	}
	if len(ix.actsBeyond(n, id)) > 0 {
		return true
	}
	keys := strings.Fields(n.Key)
	for _, w := range ix.names[id].keyTok {
		if handDistinct[w] && !slices.Contains(keys, w) {
			return true
		}
	}
	return false
}

// codeSlip reports whether two procedure codes differ by one digit
// changed or two neighbouring digits swapped: a code copied by hand. It is
// the typo step's one edit (osaWithinOneBytes), the length kept.
func codeSlip(a, b string) bool {
	return len(a) == len(b) && a != b && osaWithinOneBytes(a, b)
}
