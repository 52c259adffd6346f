package match

import (
	"strings"

	"github.com/tthcaudit/tthcaudit/internal/catalog"
	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// The catalogue says a procedure's territory with a count where portals
// say none: "… thực hiện trên địa bàn 1 tỉnh, thành phố trực thuộc Trung
// ương" (or "01 tỉnh") is "… trên địa bàn tỉnh". The number one before a
// level word both sides have is that level's article, no number telling
// procedures apart; "từ 2 tỉnh … trở lên" still is.

// oneWords are the spellings of one (key form).
var oneWords = map[string]bool{"1": true, "01": true, textnorm.Key("một"): true}

// singularLevel reports whether word k, followed by the word next, is the
// number one standing before a level word paired with the other side.
func singularLevel(k, next string, nextPaired bool) bool {
	return oneWords[k] && nextPaired && distinctLevel(next)
}

// The territory of one province closing a name (folded): "trên địa bàn",
// a count of one or none, "tỉnh", and "thành phố trực thuộc trung ương"
// or not. A procedure the catalogue bounds so is the province's own; the
// one it is told from says "từ 2 tỉnh … trở lên", which this never reads.
var (
	territoryHead = fw("tren dia ban")
	territoryCity = fw("thanh pho truc thuoc trung uong")
	performWords  = fw("thuc hien")
)

// provinceHeads open a territory of one province closing a name
// (folded): "trên địa bàn (01) tỉnh", "trong phạm vi (một) tỉnh", the
// old tobacco licences' wording.
var provinceHeads = [][]string{territoryHead, fw("trong pham vi")}

// oneProvinceAt is where a trailing territory of one province starts in
// s ("thực hiện" before it included), -1 for none.
func oneProvinceAt(s seq) int {
	n := s.len()
	for _, tail := range [][]string{nil, territoryCity} {
		t := n - len(tail) // where "tỉnh" ends
		if t < 1 || !s.hasAt(tail, t) || s.folds[t-1] != "tinh" {
			continue
		}
		h := -1
		for _, head := range provinceHeads {
			if at := t - 1 - len(head); s.hasAt(head, at) {
				h = at
			} else if t >= 2 && oneWords[s.keys[t-2]] && s.hasAt(head, at-1) {
				h = at - 1 // "(01)", "(một)" before "tỉnh"
			}
			if h >= 0 {
				break
			}
		}
		if h < 0 {
			continue
		}
		if s.hasAt(performWords, h-len(performWords)) {
			h -= len(performWords)
		}
		return h
	}
	return -1
}

// scopeLevel reads the level a catalogue bracket's territory names
// (folded): "(đối với bên sử dụng dịch vụ môi trường rừng trong phạm vi
// địa giới hành chính của một tỉnh)" is the province's twin of "(… từ
// hai tỉnh trở lên)", the ministry's. "" for a bracket naming neither.
func scopeLevel(said string) catalog.Level {
	if !strings.Contains(said, "tinh") {
		return "" // most brackets
	}
	w := " " + said + " "
	for _, p := range severalProvinces {
		if strings.Contains(w, p) && strings.Contains(w, " tro len ") {
			return catalog.LevelBo
		}
	}
	for _, p := range oneProvince {
		if strings.Contains(w, p) {
			return catalog.LevelTinh
		}
	}
	return ""
}

// severalProvinces and oneProvince are the territories scopeLevel reads
// (folded, spaced). Folding writes a count in words as a number ("của
// một tỉnh" folds to "cua 1 tinh", textnorm's countsAsNumbers), so the
// words themselves never reach here.
var (
	severalProvinces = []string{" tu 2 tinh ", " tu 02 tinh "}
	oneProvince      = []string{" cua 1 tinh ", " dia ban 1 tinh ", " dia ban 01 tinh ", " pham vi 1 tinh "}
)

// territoryLeads open a territory closing a name (folded): "trên địa
// bàn", "tại địa bàn".
var territoryLeads = [][]string{territoryHead, fw("tai dia ban")}

// localTerritoryAt is where a trailing territory of a commune or a
// district starts in s, whose level words start at j ("… trên địa bàn
// xã", "… tại địa bàn cấp huyện"), and that level; -1 for none. A
// province's territory is oneProvinceAt's; a count ("từ 02 xã trở lên")
// is no level words and tells procedures apart.
func localTerritoryAt(s seq, j int) (int, string) {
	n := s.len()
	if j >= n || j < 1 {
		return -1, ""
	}
	lv := ""
	switch strings.Join(s.folds[j:], " ") {
	case "xa", "phuong", "thi tran", "xa phuong thi tran", "xa phuong":
		lv = "xa"
	case "huyen", "thi xa", "huyen thi xa":
		lv = "huyen"
	default:
		return -1, ""
	}
	k := j
	if s.folds[k-1] == "cap" {
		k--
	}
	for _, h := range territoryLeads {
		if i := k - len(h); i >= 0 && s.hasAt(h, i) {
			return i, lv
		}
	}
	return -1, ""
}
