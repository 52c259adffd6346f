package match

import (
	"strings"

	"github.com/tthcaudit/tthcaudit/internal/catalog"
	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// Context is what the portal says around an entry. The national list
// carries some procedures twice, once per level ("… (thực hiện tại cấp
// tỉnh)" / "… (thực hiện tại cấp trung ương)", "… tại Phòng Quản lý xuất
// nhập cảnh Công an tỉnh" / "… tại Cục Quản lý xuất nhập cảnh Bộ Công
// an"), while a portal publishes the bare name: the level of the entry
// chooses the twin. Without one, such a name goes to review.
type Context struct {
	// Heading is the field or section heading above the entry
	// ("Thủ tục hành chính cấp trung ương gồm:", "Các thủ tục thuộc Cấp
	// xã"): it wins when it names a level.
	Heading string
	// Level is the entry's level (from its detail page) or the portal's.
	Level catalog.Level
	// Agency is the entry's or the portal's agency ("Công an tỉnh Thanh
	// Hóa"), read for a level when neither above says one.
	Agency string

	// read says lvl and own hold level() and ownLevel(), worked out once
	// when MatchIn receives the context (withLevels): the steps ask for
	// them again and again, and each asking folded the heading and the
	// agency anew.
	read     bool
	lvl, own catalog.Level
}

// withLevels is c with its levels worked out once.
func (c Context) withLevels() Context {
	c.lvl, c.own = c.levels()
	c.read = true
	return c
}

// saying is c with level said as the entry's own heading, when the page
// gave it none: the entry said where it is done ("… - UBND xã").
func (c Context) saying(level catalog.Level) Context {
	if c.Heading == "" {
		c.Heading = "cấp " + string(level)
		c = c.withLevels()
	}
	return c
}

// level is the level the context gives, or "".
func (c Context) level() catalog.Level {
	if c.read {
		return c.lvl
	}
	l, _ := c.levels()
	return l
}

// ownLevel is the level the page says of the entry itself (its heading or
// detail page, else the agency its row names), not the portal's: a
// province's portal lists district procedures too, so its level alone
// does not turn a bare catalogue name into the province's twin.
func (c Context) ownLevel() catalog.Level {
	if c.read {
		return c.own
	}
	_, own := c.levels()
	return own
}

// twinLevel is the level that chooses a bare name's twin: the entry's
// own, else a provincial portal's. A provincial portal that says nothing
// of the entry's level publishes its own procedure: "Thủ tục cấp Giấy
// phép phân loại phim" on a department's page is the province's "…
// (thẩm quyền của ủy ban nhân dân cấp tỉnh)", not the ministry's bare
// name. A heading or agency saying a commune's (ownLevel) keeps the
// bare.
func (c Context) twinLevel() catalog.Level {
	if own := c.ownLevel(); own != "" || c.Level != catalog.LevelTinh {
		return own
	}
	return catalog.LevelTinh
}

// levels works out level and ownLevel, folding the heading and the agency
// once each: a level the heading names is both; else the agency's is
// the entry's own, and the context's unless the portal says its level.
func (c Context) levels() (level, own catalog.Level) {
	if c.Heading != "" {
		if l := levelIn(textnorm.Fold(c.Heading)); l != "" {
			return l, l
		}
	}
	if c.Agency != "" {
		// The agency a row names beside the entry handles that
		// procedure: "Sở Nội vụ tỉnh" lists the provincial "Thủ tục hội
		// tự giải thể", not the unmarked commune one.
		own = rowAgencyLevel(textnorm.Fold(c.Agency))
	}
	if c.Level.Valid() {
		return c.Level, own
	}
	return own, own
}

// levelIn reads the one level a folded qualifier or heading names ("cap
// tinh", "thuc hien tai cap trung uong", "cap huyen"); "" when it names
// none or several.
func levelIn(f string) catalog.Level {
	if found := levelsIn(f); len(found) == 1 {
		return found[0]
	}
	return ""
}

// levelsIn lists the levels a folded qualifier or heading names: "cap
// tinh cap huyen" (stacked, "cấp tỉnh, cấp huyện") names two.
func levelsIn(f string) []catalog.Level {
	if f == "" {
		return nil
	}
	w := " " + f + " "
	var found []catalog.Level
	has := func(s string) bool { return strings.Contains(w, " "+s+" ") }
	// A level stacked after another without its "cấp" ("cấp trung ương,
	// tỉnh", "cấp tỉnh và huyện") is a level too.
	stacked := func(l string) bool {
		if has("cap " + l) {
			return true
		}
		if !strings.Contains(w, " cap ") {
			return false
		}
		for _, before := range []string{"uong", "tinh", "huyen", "xa", "bo", "tw", "va"} {
			if has(before + " " + l) {
				return true
			}
		}
		return false
	}
	if stacked("tinh") {
		found = append(found, catalog.LevelTinh)
	}
	// The centre, unless it names a city's standing ("thành phố trực
	// thuộc Trung ương", "… trực thuộc TW").
	central := func(w string) bool { return has(w) && !has("truc thuoc "+w) }
	if has("cap trung uong") || central("trung uong") || stacked("bo") || central("tw") {
		found = append(found, catalog.LevelBo)
	}
	if stacked("huyen") {
		found = append(found, catalog.LevelHuyen)
	}
	if stacked("xa") {
		found = append(found, catalog.LevelXa)
	}
	return found
}

// agencyLevel reads a level from an agency's name: a ministry or one of
// its departments (Bộ, Cục, Tổng cục) is central, a provincial department
// or the province's police (Sở, Công an tỉnh) provincial, a district or
// commune committee local.
func agencyLevel(f string) catalog.Level {
	w := " " + f + " "
	has := func(s string) bool { return strings.Contains(w, " "+s+" ") }
	switch {
	case has("ubnd xa") || has("ubnd phuong") || has("cap xa") || has("cong an xa") || has("cong an phuong") || strings.HasPrefix(f, "xa ") || strings.HasPrefix(f, "phuong "):
		return catalog.LevelXa
	case strings.HasPrefix(f, "so ") || has("cong an tinh") || has("ubnd tinh") || has("cap tinh") || strings.HasPrefix(f, "tinh "):
		return catalog.LevelTinh
	case has("ubnd huyen") || has("cap huyen") || has("cong an huyen") || strings.HasPrefix(f, "huyen ") || strings.HasPrefix(f, "phong "):
		return catalog.LevelHuyen
	case strings.HasPrefix(f, "bo ") && !strings.HasPrefix(f, "bo phan ") || strings.HasPrefix(f, "cuc ") || strings.HasPrefix(f, "tong cuc "):
		return catalog.LevelBo
	}
	return ""
}

// agencyLevelWritten is agencyLevel of text t (folded f), unless t's
// first word only folds like an agency's: "(Sổ đỏ)" is no "Sở …",
// "(bò, trâu)" no "Bộ …", which folding makes them.
func agencyLevelWritten(t, f string) catalog.Level {
	l := agencyLevel(f)
	if l == "" {
		return ""
	}
	first, _, _ := strings.Cut(textnorm.Key(t), " ")
	if want, ok := agencyOpeners[textnorm.FoldKey(first)]; ok && first != want {
		return ""
	}
	return l
}

// agencyOpeners are the first words agencyLevel reads as an agency's,
// folded, each with the one word (key form) they stand for.
var agencyOpeners = map[string]string{
	"so": "sở", "bo": "bộ", "cuc": "cục", "tong": "tổng", "phong": "phòng",
	"xa": "xã", "phuong": "phường", "huyen": "huyện", "tinh": "tỉnh",
}

// unitLevels are the administrative units an agency of a row may name
// itself after, folded: "Thanh tra tỉnh", "Ban Tiếp công dân huyện"; the
// unit's own name may follow ("Thanh tra tỉnh Thanh Hóa").
var unitLevels = map[string]catalog.Level{"tinh": catalog.LevelTinh, "huyen": catalog.LevelHuyen, "quan": catalog.LevelHuyen, "xa": catalog.LevelXa, "phuong": catalog.LevelXa}

// rowAgencyLevel is agencyLevel for the agency a row or a page names
// beside an entry, which names an agency and nothing else: besides the
// agencies agencyLevel knows, an inspectorate or a citizens' reception
// board, a public-service centre or a social insurance office of a unit
// ("Thanh tra tỉnh", "Ban Tiếp công dân huyện", "BHXH tỉnh"), the
// Government's own ("Thanh tra Chính phủ"), a department's branch ("Chi
// cục …") and a commune's civil servants ("Công chức Tư pháp - Hộ
// tịch"). A catalogue name's tail is read by agencyLevel alone: "… trên
// địa bàn tỉnh" names no agency.
func rowAgencyLevel(f string) catalog.Level {
	if l := agencyLevel(f); l != "" {
		return l
	}
	w := strings.Fields(f)
	for i, k := range w {
		if _, unit := unitLevels[k]; i == 0 || !unit {
			continue
		}
		head := strings.Join(w[:i], " ")
		switch head {
		case "thanh tra", "ban tiep cong dan", "van phong ubnd", "van phong hdnd va ubnd", "hoi dong nhan dan", "hdnd", "uy ban nhan dan", "ubnd", "cong an",
			"trung tam phuc vu hanh chinh cong", "bhxh", "bao hiem xa hoi":
			return unitLevels[k]
		}
	}
	switch {
	case strings.Contains(" "+f+" ", " chinh phu "):
		return catalog.LevelBo
	case strings.HasPrefix(f, "chi cuc "):
		// "Chi cục Thủy sản": a provincial department's branch.
		return catalog.LevelTinh
	case strings.HasPrefix(f, "cong chuc "):
		// "Công chức Tư pháp - Hộ tịch": the commune's civil servants,
		// whom no other level has by that title.
		return catalog.LevelXa
	}
	return ""
}

// ownLevelNoteCut returns t without a closing agency or level that says
// level, the portal's own ("… - UBND xã", "… (UBND cấp xã)", "… (Cấp
// xã)", "… - Sở Tư pháp" on a province's portal): a
// qualifier repeating where the entry is published tells no twin apart
// that the portal's level does not, yet read where it stands it kept the
// steps that read a name loosely from the name. ok is false when t closes
// otherwise, or says another level.
func ownLevelNoteCut(t string, level catalog.Level) (string, bool) {
	if level == "" || level == catalog.LevelBo {
		return "", false
	}
	u := strings.TrimRight(t, itemEnd)
	if strings.HasSuffix(u, ")") {
		cuts := bracketCuts(u)
		if len(cuts) == 0 {
			return "", false
		}
		c := cuts[0]
		if c.text != "" && ownLevelSaid(c.said) == level {
			return c.text, true
		}
		return "", false
	}
	if c, ok := agencyDash(u); ok && c.text != "" && ownLevelSaid(c.said) == level {
		return c.text, true
	}
	return "", false
}

// ownLevelLeadCut is ownLevelNoteCut of a label in front: "Cấp xã: …",
// "UBND xã - …". What follows may be another label ("TTHC cấp xã - Hộ
// tịch - …"), which the steps read on the whole entry: the cut is only
// tried for a code the whole does not find.
func ownLevelLeadCut(t string, level catalog.Level) (string, bool) {
	if level == "" || level == catalog.LevelBo {
		return "", false
	}
	if head, rest, ok := leadSegment(strings.TrimSpace(t)); ok && rest != "" && ownLevelSaid(head) == level {
		return rest, true
	}
	return "", false
}

// ownLevelSaid is the level a short qualifier names and all it names:
// "cấp xã", "thực hiện tại cấp tỉnh", "UBND cấp xã", "Công an tỉnh",
// "Sở Tư pháp"; "" for anything more ("trường hợp do UBND cấp xã …").
func ownLevelSaid(said string) catalog.Level {
	f := strings.Join(strings.Fields(textnorm.Fold(said)), " ")
	if m := levelBracket.FindStringSubmatch(f); m != nil {
		return catalog.Level(m[1])
	}
	words := strings.Fields(f)
	if len(words) == 0 || len(words) > maxOwnLevelWords || !ownLevelHeads[words[0]] || words[0] == "cong" && (len(words) < 2 || words[1] != "an") {
		return ""
	}
	return agencyLevelWritten(said, f)
}

// maxOwnLevelWords bounds an agency read as a level's note: "Ủy ban nhân
// dân xã Tân Hưng", "Sở Văn hóa, Thể thao và Du lịch".
const maxOwnLevelWords = 8

// ownLevelHeads open the agencies ownLevelSaid reads (folded first words;
// "công" only before "an"). A level alone ("cấp xã") is levelBracket's:
// "Cấp lại giấy phép môi trường (cấp Tỉnh) - …" opens with an act.
var ownLevelHeads = map[string]bool{"ubnd": true, "uy": true, "cong": true, "so": true, "phong": true}
