package match

import (
	"strings"

	"github.com/tthcaudit/tthcaudit/internal/catalog"
	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// Building permits come twice in the national list, once per grade of
// works: "Gia hạn giấy phép xây dựng đối với công trình cấp III, cấp IV
// (…) và nhà ở riêng lẻ" and "Gia hạn giấy phép xây dựng đối với công
// trình cấp đặc biệt, cấp I, cấp II (…)". The law gives each grade to
// one level (the commune, before 2025 the district, permits works of
// grade III and IV and homes; the province the higher grades), and
// portals list the act alone, "Gia hạn giấy phép xây dựng", each its
// own. The list says no level, so the grades tell: such an act said
// alone, on a portal whose level is known, is that level's permit.

// gradeCut opens the works a permit names by grade (folded): the act
// before it is the head portals write alone.
var gradeCut = []string{" doi voi cong trinh cap ", " cong trinh cap "}

// gradeLevel reads the level a permit's grades name (folded, after
// gradeCut's "cấp"; the key writes the grades as numbers): the commune's
// for "III, cấp IV", the province's for "đặc biệt, cấp I, cấp II"; ""
// for other words.
func gradeLevel(rest string) catalog.Level {
	switch {
	case strings.HasPrefix(rest, "3 cap 4"):
		return catalog.LevelXa
	case strings.HasPrefix(rest, "dac biet cap 1"):
		return catalog.LevelTinh
	}
	return ""
}

// gradedPair is the two permits of one act, per grade: local for the
// commune's (and a district's), province for the province's.
type gradedPair struct{ local, province int32 }

// addGradeHeads indexes the act of every permit the list names twice by
// grade (gradedPair) by its head's key; an act with more or fewer than
// one permit per grade is left out.
func (ix *Index) addGradeHeads() {
	type seen struct {
		local, province []int32
	}
	heads := map[string]*seen{}
	for i, p := range ix.procs {
		if !strings.Contains(p.Name, "trình cấp") && !strings.Contains(p.Name, "TRÌNH CẤP") && !strings.Contains(p.Name, "tri\u0300nh ca\u0302\u0301p") {
			continue // most names: no folding ("công trình cấp", NFD or not)
		}
		clean := textnorm.Clean(p.Name)
		f := " " + textnorm.Fold(clean) + " "
		if !strings.Contains(f, " cong trinh cap ") {
			continue // most names
		}
		for _, c := range gradeCut {
			j := strings.Index(f, c)
			if j < 0 {
				continue
			}
			l := gradeLevel(f[j+len(c):])
			if l == "" {
				break
			}
			head := ix.normalize(firstWords(clean, len(strings.Fields(f[:j])))).Key
			if len(strings.Fields(head)) < minWords {
				break
			}
			s := heads[head]
			if s == nil {
				s = &seen{}
				heads[head] = s
			}
			if l == catalog.LevelXa {
				s.local = append(s.local, int32(i))
			} else {
				s.province = append(s.province, int32(i))
			}
			break
		}
	}
	for h, s := range heads {
		if len(s.local) != 1 || len(s.province) != 1 {
			continue
		}
		if _, taken := ix.byKey[h]; taken {
			continue // a name of its own
		}
		if ix.gradeHeads == nil {
			ix.gradeHeads = map[string]gradedPair{}
		}
		ix.gradeHeads[h] = gradedPair{local: s.local[0], province: s.province[0]}
		if rest, ok := strings.CutPrefix(h, adjustIssued); ok {
			// "Điều chỉnh giấy phép xây dựng", the issue left unsaid.
			ix.gradeHeads[adjusted+rest] = ix.gradeHeads[h]
		}
	}
}

// adjustIssued opens the adjustment of a permit (key form), which
// portals write without "cấp", as adjusted.
var (
	adjustIssued = textnorm.Key("cấp điều chỉnh") + " "
	adjusted     = textnorm.Key("điều chỉnh") + " "
)

// gradedPermit is the permit whose act n says alone (gradeHeads), for a
// portal of level; ok is false for another name or a level that does
// not tell.
func (ix *Index) gradedPermit(n textnorm.Name, level catalog.Level) (*catalog.Procedure, bool) {
	g, ok := ix.gradeHeads[n.Key]
	if !ok {
		return nil, false
	}
	switch level {
	case catalog.LevelXa, catalog.LevelHuyen:
		return ix.procs[g.local], true
	case catalog.LevelTinh:
		return ix.procs[g.province], true
	}
	return nil, false
}
