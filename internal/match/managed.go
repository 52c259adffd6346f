package match

import (
	"slices"
	"strings"
)

// A few procedures come in twins told apart by who manages what they are
// about, in a closing of the name: "Thanh lý rừng trồng thuộc thẩm quyền
// quyết định của địa phương" beside "… của bộ, cơ quan trung ương",
// "Phê duyệt … trong rừng đặc dụng thuộc địa phương quản lý" beside "…
// thuộc Bộ Nông nghiệp và Phát triển nông thôn quản lý", "Tiếp nhận người
// có công vào cơ sở nuôi dưỡng … do tỉnh quản lý" beside "… do Bộ Nội vụ
// quản lý". Portals publish the one of their level without the closing,
// as they leave out "(cấp tỉnh)": the closing is a level qualifier, the
// portal's level chooses the twin.

// The levels a managing closing names, as stripTail keeps them in the
// words it removed: the province's for "địa phương" too, as
// qualifierLevel reads "(địa phương)" (a ministry's portal publishing the
// bare name means its own twin, which the catalogue may lack), and the
// ministries'.
const (
	managedTinh    = "cap tinh"
	managedCentral = "cap trung uong"
)

var (
	managedBy       = fw("quan ly")
	authorityOfWhom = [][]string{
		fw("thuoc tham quyen quyet dinh cua"), fw("thuoc tham quyen giai quyet cua"),
		fw("thuoc tham quyen quyet dinh"), fw("thuoc tham quyen cua"),
	}
	localManager = fw("dia phuong")
	// centralAuthority are the ministries named as a kind, not one
	// ministry ("bộ, cơ quan trung ương"): a named ministry's authority
	// ("… thuộc thẩm quyền giải quyết của Bộ Công Thương") is kept, as
	// departmentAuthorityAt says.
	centralAuthority = [][]string{fw("bo co quan trung uong"), fw("bo co quan ngang bo"), fw("co quan trung uong")}
)

// maxManagerWords bounds the manager a "(thuộc|do) … quản lý" closing
// names: "Bộ Nông nghiệp và Phát triển nông thôn" has seven words.
const maxManagerWords = 9

// managerAt is where a closing naming who manages the procedure's object
// starts in s, and the level it names (managedTinh or managedCentral);
// -1 for none.
//
//   - "(thuộc|do) [các] <manager> quản lý", the manager being "địa
//     phương", the province ("tỉnh", "UBND (cấp) tỉnh") or a ministry
//     ("Bộ Nội vụ", "bộ, ngành");
//   - "thuộc thẩm quyền [quyết định|giải quyết] [của] địa phương" or "…
//     của bộ, cơ quan trung ương".
func managerAt(s seq) (int, string) {
	n := s.len()
	if n < minWords+2 {
		return -1, ""
	}
	switch s.folds[n-1] {
	case "li", "phuong", "uong", "bo":
	default:
		return -1, "" // most names: no manager closes them
	}
	if s.hasAt(managedBy, n-2) {
		end := n - 2
		for a := end - 1; a > 0 && end-a-1 <= maxManagerWords; a-- {
			if s.folds[a] != "thuoc" && s.folds[a] != "do" {
				continue
			}
			m := s.folds[a+1 : end]
			if len(m) > 0 && m[0] == "cac" {
				m = m[1:]
			}
			if lv, ok := managerLevel(m); ok {
				return a, lv
			}
			return -1, ""
		}
		return -1, ""
	}
	for _, p := range authorityOfWhom {
		for a := n - len(localManager) - len(p); a > 0 && n-a <= len(p)+5; a-- {
			if !s.hasAt(p, a) {
				continue
			}
			m := s.folds[a+len(p):]
			switch {
			case len(m) == len(localManager) && s.hasAt(localManager, a+len(p)):
				return a, managedTinh
			case centralKind(m):
				return a, managedCentral
			}
		}
	}
	return -1, ""
}

// managerLevel is the level a manager (folded words) names; ok is false
// for a manager of no level ("… do chủ đầu tư quản lý").
func managerLevel(m []string) (string, bool) {
	f := strings.Join(m, " ")
	switch {
	case f == "dia phuong":
		return managedTinh, true
	case f == "tinh" || f == "ubnd tinh" || f == "ubnd cap tinh" || f == "uy ban nhan dan tinh" || f == "uy ban nhan dan cap tinh":
		return managedTinh, true
	case f == "bo nganh" || centralKind(m) || len(m) >= 2 && m[0] == "bo" && m[1] != "phan" && agencyLevel(f) != "" && !namesLocal(m):
		return managedCentral, true
	}
	return "", false
}

// namesLocal reports whether a manager (folded words) names a local
// authority besides: "do Bộ Nội vụ và tỉnh quản lý" names both twins.
// "Bộ Lao động - Thương binh và Xã hội" names none.
func namesLocal(m []string) bool {
	for i, w := range m {
		switch {
		case w == "tinh" || w == "huyen" || w == "ubnd" || w == "phuong" && i > 0 && m[i-1] == "dia":
			return true
		case w == "xa" && (i+1 == len(m) || m[i+1] != "hoi"):
			return true
		}
	}
	return false
}

// centralKind reports whether m (folded words) names the ministries as
// a kind.
func centralKind(m []string) bool {
	for _, c := range centralAuthority {
		if slices.Equal(m, c) {
			return true
		}
	}
	return false
}

// learnLocalManaged notes the cores of names closing with a local
// manager: a central closing is read as a level only beside such a twin
// (stripTail), so that "… đối với chủ rừng là tổ chức thuộc bộ, ngành
// quản lý", alone of its kind, is not taken for a bare name a local
// portal publishes.
func (ix *Index) learnLocalManaged() {
	ix.localManaged = map[string]bool{}
	for id := range ix.names {
		nm := &ix.names[id]
		if !strings.HasSuffix(nm.fold, " quan li") && !strings.HasSuffix(nm.fold, " dia phuong") {
			continue // most names: no local manager to read
		}
		s := nm.words()
		if len(s.keys) != len(s.folds) {
			continue
		}
		if i, lv := managerAt(s); i >= minWords && lv != managedCentral {
			c := s.cut(0, i).name()
			ix.localManaged[looseKey(c.Key, c.Folded)] = true
		}
	}
}

// looseKeyOf is the loose key of s's words.
func looseKeyOf(s seq) string {
	n := s.name()
	return looseKey(n.Key, n.Folded)
}

// managerWords reports whether words (key form) all stand in the
// closing of name id that names who manages its object: the guard's
// refusal for "địa" of "… thuộc địa phương quản lý" is the level word
// chosenLevelWord reads, said another way.
func (ix *Index) managerWords(id int32, words []string) bool {
	if id < 0 || len(words) == 0 {
		return false
	}
	nm := &ix.names[id]
	s := nm.words()
	i, _ := managerAt(s)
	if i < 0 || len(s.keys) != len(s.folds) {
		return false
	}
	for _, w := range words {
		if !slices.Contains(s.keys[i:], w) {
			return false
		}
	}
	return true
}

// centralManaged reports whether name id closes with a ministry as the
// manager of its object ("… đối với chủ rừng là tổ chức thuộc bộ, ngành
// quản lý"), whether or not a local twin made it a level qualifier: a
// central agency's procedure, which a local portal's name without the
// closing does not mean (centralElsewhere).
func (ix *Index) centralManaged(id int32) bool {
	nm := &ix.names[id]
	if !strings.HasSuffix(nm.fold, " quan li") && !strings.HasSuffix(nm.fold, " trung uong") && !strings.HasSuffix(nm.fold, " ngang bo") {
		return false // most names: no closing to read
	}
	s := nm.words()
	_, lv := managerAt(s)
	return lv == managedCentral
}
