package match

import (
	"strings"

	"github.com/tthcaudit/tthcaudit/internal/catalog"
	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// The investment procedures are listed twice at one level, once for the
// province's department and once for the management board of its
// industrial or economic zones: "Thủ tục đổi Giấy chứng nhận đăng ký đầu
// tư" / "… (BQL)", "… thuộc thẩm quyền của UBND cấp tỉnh" / "… của Ban
// Quản lý", "(Sở Tài chính thực hiện)" / "(Ban Quản lý thực hiện)". A
// level cannot tell them apart; the agency a row names beside the entry
// can.

// agencyTwinScore is the score of a twin the row's agency chose.
const agencyTwinScore = 0.95

// agencyKind is the kind of agency a folded text names: "bql" for a
// zones' management board, "so" for a province's department, "" for
// neither.
func agencyKind(f string) string {
	w := " " + f + " "
	switch {
	case strings.Contains(w, " ban quan li ") || strings.Contains(w, " bql "): // "lý" folds to "li"
		return "bql"
	case strings.HasPrefix(f, "so ") || strings.Contains(w, " so tai chinh ") || strings.Contains(w, " so ke hoach va dau tu ") ||
		strings.Contains(w, " ubnd cap tinh ") || strings.Contains(w, " ubnd tinh "):
		return "so"
	}
	return ""
}

// agencyTwin chooses among ambiguous candidates the one the row's agency
// handles: the only one naming a management board for a board, the only
// one naming none for a department (or naming the department or the
// province's committee it works for). ok is false when the candidates are
// not such twins or the agency chooses none or several.
func agencyTwin(cands []*catalog.Procedure, agency string) (*catalog.Procedure, bool) {
	want := agencyKind(textnorm.Fold(agency))
	if want == "" || len(cands) < 2 {
		return nil, false
	}
	var board, other []*catalog.Procedure
	for _, p := range cands {
		if agencyKind(textnorm.Fold(p.Name)) == "bql" {
			board = append(board, p)
		} else {
			other = append(other, p)
		}
	}
	if len(board) == 0 || len(other) == 0 {
		return nil, false // not twins by agency
	}
	pick := other
	if want == "bql" {
		pick = board
	}
	if len(pick) != 1 {
		return nil, false
	}
	return pick[0], true
}
