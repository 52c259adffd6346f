package match

import (
	"slices"
	"strings"

	"github.com/tthcaudit/tthcaudit/internal/catalog"
	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// Building permits by kind of works. Until the 2024 decisions each kind
// of works had a permit of its own ("Cấp giấy phép xây dựng công trình
// không theo tuyến", "… công trình tôn giáo", "… nhà ở riêng lẻ"); the
// national list now names one permit per act and grade, and its bracket
// lists the kinds ("(Công trình không theo tuyến/Theo tuyến trong đô
// thị/Tín ngưỡng, tôn giáo/…) và nhà ở riêng lẻ"). Portals still list
// the old titles. An act of a graded permit (grades.go) followed by one
// of those kinds names the permit the merger ended; that act's permit
// of the portal's level (the level choosing the grade as for the act
// alone) is its successor, which goes to a person (ReasonMerged), as
// the issue's own labels call such titles no procedure, successor
// noted. A home is the commune's permit, whose name alone says "… và
// nhà ở riêng lẻ": the old home permit's title is today's name
// shortened, found under an outdated name.

// permitHead is one way portals write the act of a graded permit, in
// folded words: bare says the act may stand alone (it says "xây dựng"),
// where a head without it needs a kind after it ("Cấp giấy phép sửa
// chữa, cải tạo công trình").
type permitHead struct {
	words []string
	pair  gradedPair
	bare  bool
}

// permitKinds is what the graded permits' brackets and heads read, built
// once with the grade heads.
type permitKinds struct {
	heads []permitHead // longest first
	kinds [][]string   // each kind's content words
	// others are the content words after "giấy phép" of the current names
	// no graded pair holds ("Cấp giấy phép xây dựng có thời hạn …", "Thủ
	// tục cấp giấy phép xây dựng tượng đài, tranh hoành tráng" of the
	// culture department): works their words start with are theirs as
	// much.
	others [][]string
	// houses are the permits whose name says "nhà ở riêng lẻ".
	houses map[int32]bool
	// actWords are the acts of the heads past "giấy phép xây dựng", a
	// one-word act and each two words of a longer one ("mới", "sửa
	// chữa", "di dời"): the act, not the works ("di tích" is no "di
	// dời").
	actWords map[string]bool
}

// permitFillers are the words around a kind that say none ("công trình
// thuộc dự án", "đối với công trình tôn giáo").
var permitFillers = map[string]bool{"cong": true, "trinh": true, "thuoc": true, "cac": true, "xay": true, "dung": true, "doi": true, "voi": true, "cho": true}

// minSupersetKind is the fewest content words a kind needs for an entry
// naming more to be read as it: "công trình di tích …, tượng đài, tranh
// hoành tráng" holds "tượng đài, tranh hoành tráng", but not every entry
// holding "dự án" is a project's permit.
const minSupersetKind = 3

// maxPermitAct is the most words before "giấy phép" in a name that opens
// with a permit's act ("thủ tục cấp điều chỉnh").
const maxPermitAct = 4

// maxPermitActBytes bounds where "giay phep" may start in a folded name
// that opens with a permit's act: maxPermitAct words of a few letters.
const maxPermitActBytes = 40

// permitContent is ws without permitFillers.
func permitContent(ws []string) []string {
	var out []string
	for _, w := range ws {
		if !permitFillers[w] {
			out = append(out, w)
		}
	}
	return out
}

// addPermitKinds reads the kinds and head spellings of the graded permits
// (after addGradeHeads).
func (ix *Index) addPermitKinds() {
	if len(ix.gradeHeads) == 0 {
		return
	}
	pk := &permitKinds{houses: map[int32]bool{}, actWords: map[string]bool{}}
	inPair := map[int32]bool{}
	variants := map[string]permitHead{}
	clash := map[string]bool{}
	for h, pair := range ix.gradeHeads {
		hw := fw(h)
		at := phraseAt(hw, "giay phep")
		if at < 0 {
			continue // a graded procedure, no permit
		}
		inPair[pair.local], inPair[pair.province] = true, true
		for _, id := range []int32{pair.local, pair.province} {
			name := textnorm.Clean(ix.procs[id].Name)
			if strings.Contains(textnorm.Fold(name), "nha o rieng le") {
				pk.houses[id] = true
			}
			open, end := strings.IndexByte(name, '('), strings.LastIndexByte(name, ')')
			if open < 0 || end < open {
				continue
			}
			for k := range strings.SplitSeq(name[open+1:end], "/") {
				if c := permitContent(fw(k)); len(c) > 0 && !slices.ContainsFunc(pk.kinds, func(o []string) bool { return slices.Equal(o, c) }) {
					pk.kinds = append(pk.kinds, c)
				}
			}
		}
		act := slices.DeleteFunc(slices.Clone(hw[at+2:]), func(w string) bool { return w == "xay" || w == "dung" })
		if len(act) == 1 {
			pk.actWords[act[0]] = true
		}
		for i := 0; i+1 < len(act); i++ {
			pk.actWords[act[i]+" "+act[i+1]] = true
		}
		for _, v := range headSpellings(hw) {
			k := strings.Join(v.words, " ")
			if o, ok := variants[k]; ok && o.pair != pair {
				clash[k] = true
			}
			v.pair = pair
			variants[k] = v
		}
	}
	for k, v := range variants {
		if !clash[k] {
			pk.heads = append(pk.heads, v)
		}
	}
	slices.SortFunc(pk.heads, func(a, b permitHead) int {
		if d := len(b.words) - len(a.words); d != 0 {
			return d
		}
		return strings.Compare(strings.Join(a.words, " "), strings.Join(b.words, " "))
	})
	for i, p := range ix.procs {
		id := ix.procName[i]
		if inPair[int32(i)] || p.Status != catalog.StatusActive || id < 0 {
			continue
		}
		f := ix.names[id].fold // folded once already, when indexed
		if j := strings.Index(f, "giay phep"); j < 0 || j > maxPermitActBytes {
			continue // most names
		}
		if ws := afterPermit(strings.Fields(f)); ws != nil {
			pk.others = append(pk.others, permitContent(ws))
		}
	}
	ix.permits = pk
}

// afterPermit is what follows "giấy phép xây dựng" or "giấy phép di
// dời" in ws when the name opens with the permit's act ("Thủ tục cấp
// lại giấy phép …"), or nil: a permit a longer procedure mentions ("Quy
// trình liên thông … và cấp phép xây dựng …") is not one of its kinds.
func afterPermit(ws []string) []string {
	for i := 0; i+2 < len(ws) && i <= maxPermitAct; i++ {
		if ws[i] == "giay" && ws[i+1] == "phep" && (ws[i+2] == "xay" || ws[i+2] == "di") {
			return ws[i+2:]
		}
	}
	return nil
}

// headSpellings are the ways portals write a permit's act, from the
// catalogue's: without "mới", "cấp phép" for "cấp giấy phép", "xây
// dựng" dropped before a narrower act or said before "di dời", the two
// acts of a repair in either order, and an adjustment without "cấp".
func headSpellings(words []string) []permitHead {
	out := []permitHead{{words: words, bare: true}}
	add := func(ws []string) {
		for _, o := range out {
			if slices.Equal(o.words, ws) {
				return
			}
		}
		bare := slices.Contains(ws, "xay")
		out = append(out, permitHead{words: ws, bare: bare})
	}
	for _, rewrite := range []func([]string) []string{
		func(ws []string) []string { return withoutWord(ws, "moi") },
		func(ws []string) []string { return swapped(ws, "sua chua cai tao", "cai tao sua chua") },
		func(ws []string) []string { return swapped(ws, "giay phep di doi", "giay phep xay dung di doi") },
		func(ws []string) []string {
			if i := phraseAt(ws, "giay phep xay dung"); i >= 0 && i+4 < len(ws) {
				return slices.Concat(ws[:i+2], ws[i+4:])
			}
			return nil
		},
		func(ws []string) []string { return swapped(ws, "cap giay phep xay dung", "cap phep xay dung") },
		func(ws []string) []string {
			if len(ws) > 2 && ws[0] == "cap" && ws[1] == "dieu" {
				return ws[1:]
			}
			return nil
		},
	} {
		for _, h := range slices.Clone(out) {
			if ws := rewrite(h.words); ws != nil {
				add(ws)
			}
		}
	}
	return out
}

// withoutWord is ws without the word w, or nil when it has none.
func withoutWord(ws []string, w string) []string {
	i := slices.Index(ws, w)
	if i < 0 {
		return nil
	}
	return slices.Concat(ws[:i], ws[i+1:])
}

// phraseAt is where the words of phrase start in ws, or -1.
func phraseAt(ws []string, phrase string) int { return runAt(ws, strings.Fields(phrase)) }

// swapped is ws with the words of from replaced by to's, or nil.
func swapped(ws []string, from, to string) []string {
	i := phraseAt(ws, from)
	if i < 0 {
		return nil
	}
	return slices.Concat(ws[:i], strings.Fields(to), ws[i+len(strings.Fields(from)):])
}

// permitNamed is how an entry named the graded permit permitOfKind
// found.
type permitNamed int

const (
	// permitByAct: by its act alone ("Cấp giấy phép xây dựng di dời
	// công trình"), today's name.
	permitByAct permitNamed = iota
	// permitByHome: by a home, which today's name says outside its
	// bracket ("… và nhà ở riêng lẻ"): the name shortened, as the old
	// home permit's title wrote it.
	permitByHome
	// permitByKind: by a kind of works its bracket lists, the title of a
	// permit the merger ended, whose successor it is.
	permitByKind
)

// permitOfKind is the graded permit n names by its act and a kind of
// works or a home, on a portal of level, and how n named it. ok is false
// for any other name, for a kind another permit holds too, and for a
// level that does not tell.
func (ix *Index) permitOfKind(n textnorm.Name, level catalog.Level) (p *catalog.Procedure, named permitNamed, ok bool) {
	pk := ix.permits
	if pk == nil || !strings.Contains(n.Folded, "phep") {
		return nil, permitByAct, false
	}
	ws := strings.Fields(n.Folded)
	for len(ws) > 0 && (ws[0] == "xin" || ws[0] == "thu" && len(ws) > 1 && ws[1] == "tuc") {
		if ws[0] == "xin" {
			ws = ws[1:]
		} else {
			ws = ws[2:]
		}
	}
	var head *permitHead
	for i := range pk.heads {
		if h := &pk.heads[i]; len(ws) >= len(h.words) && slices.Equal(ws[:len(h.words)], h.words) {
			head = h
			break
		}
	}
	if head == nil {
		return nil, permitByAct, false
	}
	rest := ws[len(head.words):]
	content := permitContent(rest)
	if len(rest) == 0 && !head.bare {
		// "Cấp giấy phép sửa chữa, cải tạo": whose permit, the words
		// do not say ("… công trình" does).
		return nil, permitByAct, false
	}
	for i, w := range content {
		if w == "cap" && i+1 < len(content) && (content[i+1] == "dac" || len(content[i+1]) == 1 && content[i+1] >= "1" && content[i+1] <= "4") {
			return nil, permitByAct, false // a grade said: the steps before read it
		}
	}
	house := len(content) >= 4 && slices.Equal(content[:4], []string{"nha", "o", "rieng", "le"}) && oneOf(content[4:], "", "do thi", "tai do thi", "nong thon", "tai nong thon")
	if len(content) > 0 && !house {
		if phraseAt(rest, "cong trinh") < 0 {
			// "Cấp giấy phép xây dựng tượng đài, tranh hoành tráng" is
			// the culture department's permit, "… công trình tôn giáo"
			// the works of a kind.
			return nil, permitByAct, false
		}
		if !slices.ContainsFunc(pk.kinds, func(k []string) bool { return holdsWords(k, content) || pk.endsWithKind(content, k) }) {
			return nil, permitByAct, false
		}
		for _, o := range pk.others {
			if len(o) >= len(content) && slices.Equal(o[:len(content)], content) {
				return nil, permitByAct, false // the start of another permit's works
			}
		}
	}
	switch {
	case house && level != catalog.LevelBo:
		for _, id := range []int32{head.pair.local, head.pair.province} {
			if pk.houses[id] {
				return ix.procs[id], permitByHome, true
			}
		}
		return nil, permitByAct, false
	case level == catalog.LevelXa || level == catalog.LevelHuyen:
		return ix.procs[head.pair.local], byKind(content), true
	case level == catalog.LevelTinh:
		return ix.procs[head.pair.province], byKind(content), true
	}
	return nil, permitByAct, false
}

// byKind is how an entry whose words after the act are content named
// its permit: by a kind when it says any.
func byKind(content []string) permitNamed {
	if len(content) > 0 {
		return permitByKind
	}
	return permitByAct
}

// endsWithKind reports whether content is kind k said with more before it:
// "công trình di tích lịch sử - văn hóa đã được xếp hạng, tượng đài,
// tranh hoành tráng" ends with "tượng đài, tranh hoành tráng". A kind of
// fewer than minSupersetKind words is too common to read so, and words
// of a permit's act before it ("sửa chữa", "di dời") say another act.
func (pk *permitKinds) endsWithKind(content, k []string) bool {
	if len(k) < minSupersetKind || len(content) <= len(k) || !slices.Equal(content[len(content)-len(k):], k) {
		return false
	}
	before := content[:len(content)-len(k)]
	for i, w := range before {
		if pk.actWords[w] || i+1 < len(before) && pk.actWords[w+" "+before[i+1]] {
			return false
		}
	}
	return true
}

// holdsWords reports whether every word of part is among whole's.
func holdsWords(whole, part []string) bool {
	for _, w := range part {
		if !slices.Contains(whole, w) {
			return false
		}
	}
	return true
}

// oneOf reports whether the words ws are one of the phrases.
func oneOf(ws []string, phrases ...string) bool {
	return slices.Contains(phrases, strings.Join(ws, " "))
}
