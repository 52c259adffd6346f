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
// gradeCut's "cấp"): the commune's for "III, cấp IV", the province's for
// "đặc biệt, cấp I, cấp II"; "" for other words.
func gradeLevel(rest string) catalog.Level {
	switch {
	case strings.HasPrefix(rest, "iii cap iv"):
		return catalog.LevelXa
	case strings.HasPrefix(rest, "dac biet cap i"):
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
		kinds           []string // the words of the works' brackets
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
			s.kinds = append(s.kinds, bracketWords(clean, ix.normalize)...)
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
		pair := gradedPair{local: s.local[0], province: s.province[0]}
		ix.gradeHeads[h] = pair
		if rest, ok := strings.CutPrefix(h, adjustIssued); ok {
			// "Điều chỉnh giấy phép xây dựng", the issue left unsaid.
			ix.gradeHeads[adjusted+rest] = pair
		}
		ix.addGradeKinds(h, pair, s.kinds)
	}
}

// A permit's bracket lists the kinds of works it covers, "(Công trình
// không theo tuyến/Theo tuyến trong đô thị/Tín ngưỡng, tôn giáo/…/Dự
// án)", which decisions before 2025 made a procedure each and
// department portals still list so: "Cấp giấy phép xây dựng công trình
// tôn giáo", "… theo giai đoạn cho công trình theo tuyến", "… công
// trình thuộc dự án". Every kind is the same permit, so a name that is
// the act followed by words of the bracket alone is the act said alone,
// the portal's level choosing the grade. A word the bracket lacks
// ("quảng cáo", "di tích") names works the list does not say it covers
// and is left to the other steps.

// gradeKindFillers are the words that join an act to the works it
// permits without naming a kind (key form).
var gradeKindFillers = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(textnorm.Key("đối với công trình xây dựng cho các thuộc")) {
		m[w] = true
	}
	return m
}()

// bracketWords is the words (key form) between the brackets of a
// permit's name.
func bracketWords(clean string, normalize func(string) textnorm.Name) []string {
	open := strings.IndexByte(clean, '(')
	if open < 0 {
		return nil
	}
	end := strings.IndexByte(clean[open:], ')')
	if end < 0 {
		return nil
	}
	return strings.Fields(normalize(clean[open+1 : open+end]).Key)
}

// addGradeKinds records the bracket words of the pair whose act is head
// h, under h and, for a new permit, under h without "mới", the way
// portals write it ("Cấp giấy phép xây dựng công trình tôn giáo").
func (ix *Index) addGradeKinds(h string, pair gradedPair, words []string) {
	if len(words) == 0 {
		return
	}
	kinds := map[string]bool{}
	for _, w := range words {
		if !gradeKindFillers[w] {
			kinds[w] = true
		}
	}
	if ix.gradeKinds == nil {
		ix.gradeKinds = map[string]gradedKinds{}
	}
	ix.gradeKinds[h] = gradedKinds{pair: pair, words: kinds}
	if bare, ok := strings.CutSuffix(h, " "+newIssue); ok {
		if _, taken := ix.byKey[bare]; !taken {
			ix.gradeKinds[bare] = gradedKinds{pair: pair, words: kinds}
		}
	}
}

// worksWord is "trình" of "công trình" (key form): a kind of works is
// said as works.
var worksWord = textnorm.Key("trình")

// newIssue is "mới" (key form), which ends the act of a new permit.
var newIssue = textnorm.Key("mới")

// gradedKinds is a graded pair with the words of the kinds of works its
// permits cover.
type gradedKinds struct {
	pair  gradedPair
	words map[string]bool
}

// gradedKind is the permit n names as its act followed by kinds of works
// its bracket lists, for a portal of level (gradedPermit for the act
// alone).
func (ix *Index) gradedKind(n textnorm.Name, level catalog.Level) (*catalog.Procedure, bool) {
	if len(ix.gradeKinds) == 0 {
		return nil, false
	}
	words := strings.Fields(n.Key)
	// The longest act first: "cấp giấy phép xây dựng mới" before "cấp
	// giấy phép xây dựng".
	for cut := len(words) - 1; cut >= minWords; cut-- {
		g, ok := ix.gradeKinds[strings.Join(words[:cut], " ")]
		if !ok {
			continue
		}
		kinds, works := 0, false
		for _, w := range words[cut:] {
			switch {
			case w == worksWord:
				works = true
			case g.words[w]:
				kinds++
			case !gradeKindFillers[w]:
				return nil, false
			}
		}
		if kinds == 0 || !works {
			// "Cấp giấy phép xây dựng tượng đài, tranh hoành tráng" is
			// the fine-arts permit, not works of that kind.
			return nil, false
		}
		return ix.gradedOf(g.pair, level)
	}
	return nil, false
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
		return ix.gradedKind(n, level)
	}
	return ix.gradedOf(g, level)
}

// gradedOf is the permit of pair g for a portal of level.
func (ix *Index) gradedOf(g gradedPair, level catalog.Level) (*catalog.Procedure, bool) {
	switch level {
	case catalog.LevelXa, catalog.LevelHuyen:
		return ix.procs[g.local], true
	case catalog.LevelTinh:
		return ix.procs[g.province], true
	}
	return nil, false
}
