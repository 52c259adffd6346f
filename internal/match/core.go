package match

import (
	"slices"
	"strings"

	"github.com/tthcaudit/tthcaudit/internal/catalog"
	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// addFormerNames indexes every procedure's former names as names of their
// own, marked former, so that every step of the cascade recognises a
// portal still showing one. A former name that is some procedure's
// current name is left out: the current name wins.
func (ix *Index) addFormerNames() {
	for i, p := range ix.procs {
		for _, fn := range p.FormerNames {
			n := ix.normalize(fn)
			if n.Key == "" {
				continue
			}
			id, ok := ix.byKey[n.Key]
			if ok {
				nm := &ix.names[id]
				if nm.former && !slices.Contains(nm.procs, int32(i)) {
					nm.procs = append(nm.procs, int32(i))
				}
				continue
			}
			ix.addDerived(indexedName{former: true, text: fn}, n, i)
		}
	}
}

// addDerived indexes nm (a former name or an alias, its text set) as
// procedure i's, keyed by n, and returns its id.
func (ix *Index) addDerived(nm indexedName, n textnorm.Name, i int) int32 {
	id := int32(len(ix.names))
	ix.byKey[n.Key] = id
	nm.key, nm.fold, nm.procs = n.Key, n.Folded, []int32{int32(i)}
	ix.names = append(ix.names, nm)
	ix.byFold[n.Folded] = append(ix.byFold[n.Folded], id)
	lk := looseKey(n.Key, n.Folded)
	ix.byLoose[lk] = append(ix.byLoose[lk], id)
	if _, dup := ix.byExact[n.Text]; !dup && n.Text != "" {
		ix.byExact[n.Text] = id
	}
	return id
}

// buildCores indexes every name without its trailing qualifiers, "(thực
// hiện tại cấp tỉnh)", "(quy mô dưới 3 triệu lít/năm)", "tại Cục Quản lý
// xuất nhập cảnh Bộ Công an", "cấp huyện", noting the level each names.
func (ix *Index) buildCores() {
	ix.coreHint = make([]catalog.Level, len(ix.names))
	ix.coreKey = make([]string, len(ix.names))
	ix.central = make([]bool, len(ix.names))
	ix.bareLen = make([]int32, len(ix.names))
	ix.coreFamily = make([][]string, len(ix.names))
	ix.coreAlt = map[string][]int32{}
	ix.learnLocalManaged()
	for id := range ix.names {
		nm := &ix.names[id]
		text := ix.written(nm)
		ix.bareLen[id] = int32(len(nm.keyTok))
		// Most names end in no bracket: their words are the index's own.
		s := nm.words()
		said := ""
		trailing := "" // the key before a closing level after a dash
		lead, rest := leadingLevel(text)
		if lead != "" {
			// "(Cấp tỉnh) Thủ tục mua sáng chế, sáng kiến": the national
			// list marks a province's twin in front.
			text = rest
			s, _ = seqOf(ix.normalize(rest))
		} else if lead, rest = trailingLevel(text); lead != "" {
			// "Cấp lại Chứng chỉ hành nghề thú y (trong trường hợp …)
			// - Cấp Tỉnh": the level after a dash, the bracket before it.
			text = rest
			s, _ = seqOf(ix.normalize(rest))
			if s.len() > 0 {
				// Published with its bracket, the name is its words
				// before the dash.
				wn := s.name()
				trailing = looseKey(wn.Key, wn.Folded)
			}
		}
		if strings.HasSuffix(strings.TrimRight(text, " .;,:-–\u00a0"), ")") {
			var bare string
			bare, said = stripBrackets(textnorm.Clean(text))
			bn := ix.normalize(bare)
			if k := strings.Fields(bn.Key); len(k) < len(nm.keyTok) && slices.Equal(k, nm.keyTok[:len(k)]) {
				ix.bareLen[id] = int32(len(k))
			}
			bareKeys := strings.Fields(bn.Key)
			actKeys := bareKeys
			if nm.derived() {
				// An alias may leave the act's word out ("Cấp mới X" read
				// as "Cấp X"): the procedure's own name says it.
				own, _ := stripBrackets(textnorm.Clean(ix.procs[nm.procs[0]].Name))
				actKeys = strings.Fields(textnorm.Key(own))
			}
			ix.coreFamily[id], _ = bracketFamily(said, bareKeys, opensWithActOfCases(actKeys))
			s, _ = seqOf(bn)
		}
		if s.len() == 0 || len(s.keys) != len(s.folds) {
			continue
		}
		s, removed, _ := ix.stripTail(s)
		n := s.name()
		k, hint := looseKey(n.Key, n.Folded), qualifierLevel(textnorm.Fold(said), removed)
		if hint == "" {
			hint = lead
		}
		if hint == "" && !nm.derived() {
			// A provincial catalogue says the level in a column.
			if p := ix.procs[nm.procs[0]]; len(nm.procs) == 1 && len(p.Levels) == 1 {
				hint = p.Levels[0]
			}
		}
		ix.coreHint[id] = hint
		ix.coreKey[id] = k
		ix.central[id] = hint == catalog.LevelBo || centralAgency(nm.fold) || ix.centralManaged(int32(id))
		ix.byCore[k] = append(ix.byCore[k], int32(id))
		if trailing != "" && trailing != k {
			ix.byCore[trailing] = append(ix.byCore[trailing], int32(id))
		}
		if alt, ok := inVietnamDropped(s); ok {
			ix.coreAlt[alt] = append(ix.coreAlt[alt], int32(id))
		}
	}
}

// inVietnam closes a core saying that foreigners are served in Vietnam
// (folded): "Cấp thẻ tạm trú cho người nước ngoài [tại Việt Nam] tại
// Công an cấp tỉnh" is the provincial twin of "Cấp thẻ tạm trú cho người
// nước ngoài tại Cục Quản lý xuất nhập cảnh, Bộ Công an", and portals
// publish both without it: a foreigner's residence card is issued in
// Vietnam whichever office issues it.
var inVietnam = fw("nuoc ngoai tai viet nam")

// inVietnamDropped is the loose core key of core s without its closing
// "tại Việt Nam" after "nước ngoài"; ok is false when s does not close
// so.
func inVietnamDropped(s seq) (string, bool) {
	if s.len() < len(inVietnam)+2 || !s.hasAt(inVietnam, s.len()-len(inVietnam)) {
		return "", false
	}
	k := s.len() - 3 // "tại Việt Nam"
	return looseKey(strings.Join(s.keys[:k], " "), strings.Join(s.folds[:k], " ")), true
}

// coreKeyOf is the core key buildCores gave name id; ok is false when
// it has none.
func (ix *Index) coreKeyOf(id int32) (string, bool) {
	if id < 0 || int(id) >= len(ix.coreKey) || ix.coreKey[id] == "" {
		return "", false
	}
	return ix.coreKey[id], true
}

// bareCoreKey is coreKeyOf for a name that says no level, the bare one
// of twins the catalogue marks per level; ok is false for a name that
// says one.
func (ix *Index) bareCoreKey(id int32) (string, bool) {
	k, ok := ix.coreKeyOf(id)
	return k, ok && ix.coreHint[id] == ""
}

// coreOf is the loose key of text without trailing brackets and level or
// agency qualifiers, and the level they named.
func (ix *Index) coreOf(text string) (string, catalog.Level, bool) {
	lead, rest := leadingLevel(text)
	if lead == "" {
		lead, rest = trailingLevel(text)
	}
	if lead != "" {
		text = rest
	}
	t, said := stripBrackets(textnorm.Clean(text))
	s, ok := seqOf(ix.normalize(t))
	if !ok || s.len() == 0 {
		return "", "", false
	}
	s, removed, _ := ix.stripTail(s)
	n := s.name()
	l := qualifierLevel(textnorm.Fold(said), removed)
	if l == "" {
		l = lead
	}
	return looseKey(n.Key, n.Folded), l, true
}

// leadingLevel reads a level bracket in front of a catalogue name,
// "(Cấp tỉnh) Thủ tục …", and returns the level and the name after it;
// "" and text when there is none.
func leadingLevel(text string) (catalog.Level, string) {
	if !strings.HasPrefix(strings.TrimLeft(text, " \t\u00a0"), "(") {
		return "", text // most names, without cleaning them
	}
	t := strings.TrimSpace(textnorm.Clean(text))
	if !strings.HasPrefix(t, "(") {
		return "", text
	}
	end := strings.IndexByte(t, ')')
	if end < 0 {
		return "", text
	}
	f := textnorm.Fold(t[1:end])
	l := levelIn(f)
	if l == "" || len(strings.Fields(f)) > 4 {
		return "", text
	}
	return l, strings.TrimSpace(t[end+1:])
}

// caseOfAct are the family words (key form) of issuing anew, again, in
// exchange, for longer or in amended form: after a name opening with an
// act of cases (opensWithActOfCases), a bracket using them says when
// that act applies (first issue, expiry, loss, a change of the holder's
// details).
var caseOfAct = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("lại đổi hạn mới lần đầu sửa bổ sung") {
		m[textnorm.Key(w)] = true
	}
	return m
}()

// actsOfCases are the openings (key form, "Thủ tục" skipped) of names
// whose act a bracket may list the cases of: issuing again, in
// exchange, anew, for longer.
var actsOfCases = func() [][]string {
	var out [][]string
	for _, s := range []string{"cấp lại", "cấp đổi", "cấp mới", "gia hạn", "cấp cấp lại", "đổi"} {
		out = append(out, strings.Fields(textnorm.Key(s)))
	}
	return out
}()

// opensWithActOfCases reports whether key words open with one of
// actsOfCases: a word of the family further on ("Thừa phát [lại]",
// "đổi mới sáng tạo", "đầu tư") says no act.
func opensWithActOfCases(keys []string) bool {
	if len(keys) > 2 && keys[0] == textnorm.Key("thủ") && keys[1] == textnorm.Key("tục") {
		keys = keys[2:]
	}
	for _, a := range actsOfCases {
		if len(keys) > len(a) && slices.Equal(keys[:len(a)], a) {
			return true
		}
	}
	return false
}

// bracketFamily reads a name's trailing bracket (said): the family
// words that tell the name from its plain sibling, and whether it names
// cases of the act. After a name opening with an act of cases (actSaid),
// a bracket lists when that act applies ("Cấp lại Chứng chỉ … (trong
// trường hợp bị mất, …; có thay đổi thông tin …)"), and its words of
// those cases (caseOfAct), or words the name before it writes too (bare,
// key form), are no other procedure; what it leaves out ("(trừ vùng …
// cấp tỉnh …)", exclusionWords) still is one.
func bracketFamily(said string, bare []string, actSaid bool) (family []string, cases bool) {
	ws := strings.Fields(textnorm.Key(said))
	for i, w := range ws {
		if !handDistinct[w] && !shortenedDistinct[w] {
			continue
		}
		if w == article && i+1 < len(ws) && textnorm.AllDigits(ws[i+1]) {
			continue // "(… tại khoản 2 Điều 36 Nghị định …)": an article cited, no "điều chỉnh"
		}
		if actSaid && (caseOfAct[w] || slices.Contains(bare, w) && !exclusionWords[w]) {
			cases = cases || caseOfAct[w]
			continue
		}
		family = append(family, w)
	}
	return family, cases
}

// article is "Điều" (key form), which cites a law's article before its
// number and opens "điều chỉnh" otherwise.
const article = "điều"

// exclusionWords (key form) say what a bracket leaves out or whom it
// leaves abroad ("(trừ …)", "(không …)", "nước ngoài"): never a case of
// the name's act, even when the name writes them too.
var exclusionWords = map[string]bool{"trừ": true, "không": true, "ngoài": true}

// trailingLevel reads a level after a dash closing a catalogue name,
// "… (trong trường hợp bị mất, …) - Cấp Tỉnh", "… bản đồ - cấp Trung
// ương", and returns the level and the name before the dash; "" and
// text when there is none. Only "cấp …" counts: after a dash the
// national list also names a kind of the work ("… bức xạ - Sử dụng
// nguồn phóng xạ"), which is no level.
func trailingLevel(text string) (catalog.Level, string) {
	i := max(strings.LastIndex(text, " - "), strings.LastIndex(text, " – "))
	if i < 0 {
		return "", text
	}
	tail := textnorm.Fold(strings.TrimSpace(strings.Trim(text[i:], " -–.;")))
	if !strings.HasPrefix(tail, "cap ") || len(strings.Fields(tail)) > 3 {
		return "", text
	}
	l := levelIn(tail)
	if l == "" {
		return "", text
	}
	return l, strings.TrimSpace(text[:i])
}

// qualifierLevel is the level named by what was stripped off a name: a
// bracket (folded) and a trailing qualifier (folded words), read as a
// level ("cấp tỉnh") or else as an agency ("tại Cục … Bộ Công an").
func qualifierLevel(said, removed string) catalog.Level {
	if l := levelIn(strings.TrimSpace(said + " " + removed)); l != "" {
		return l
	}
	if l := scopeLevel(said); l != "" {
		return l // "(… trong phạm vi … của một tỉnh)" / "(… từ hai tỉnh trở lên)"
	}
	if said == "dia phuong" || said == "cap dia phuong" {
		// "(địa phương)": the provincial twin of a ministry's licence.
		return catalog.LevelTinh
	}
	if a, ok := strings.CutPrefix(removed, "tai "); ok {
		return agencyLevel(a)
	}
	// "(thẩm quyền của Bộ Văn hóa, Thể thao và Du lịch)" beside "(thẩm
	// quyền của Ủy ban nhân dân cấp tỉnh)".
	if a, ok := strings.CutPrefix(said, "tham quyen "); ok {
		return agencyLevel(strings.TrimPrefix(a, "cua "))
	}
	// "… thuộc thẩm quyền giải quyết của Sở Nông nghiệp và Môi trường"
	// (departmentAuthorityAt removed the department): the province's.
	if strings.HasPrefix(removed, "so ") {
		return catalog.LevelTinh
	}
	return ""
}

// coreMatch looks the core of a published name up, choosing between
// twins by level. ok is false when no name has that core; a core shared
// by twins the level cannot tell apart gives a review.
//
// unread says the entry carried a qualifier that names no level ("(cấp
// ỉtnh)" misspelt): it may be what tells a qualified twin from the bare
// name, so the bare name is not chosen by default; the fuzzy step decides.
func (ix *Index) coreMatch(core string, level catalog.Level, unread bool) (Match, bool) {
	ids := ix.byCore[core]
	if alt := ix.coreAlt[core]; len(ids) > 0 {
		// Twins per level, one of which says "tại Việt Nam".
		ids = append(slices.Clip(ids), alt...)
	} else if level != "" && !unread {
		// Alone, such a core answers only for the level the entry or its
		// page says, and not when the entry named an agency unread: "…
		// tại Cục Quản lý xuất nhập cảnh" is no provincial procedure.
		for _, id := range alt {
			if ix.coreHint[id] == level {
				ids = append(ids, id)
			}
		}
	}
	if len(ids) == 0 {
		return Match{}, false
	}
	type cand struct {
		name, proc int32
		hint       catalog.Level
	}
	var all []cand
	for _, id := range ids {
		for _, pi := range ix.names[id].procs {
			dup := false
			for _, c := range all {
				dup = dup || c.proc == pi
			}
			if !dup {
				all = append(all, cand{id, pi, ix.coreHint[id]})
			}
		}
	}
	pick := func(keep func(cand) bool) []cand {
		var out []cand
		for _, c := range all {
			if keep(c) {
				out = append(out, c)
			}
		}
		return out
	}
	chosen := all
	if len(chosen) > 1 && level != "" {
		chosen = pick(func(c cand) bool { return c.hint == level })
	}
	if len(chosen) != 1 {
		if unread && len(all) > 1 {
			return Match{}, false
		}
		chosen = pick(func(c cand) bool { return c.hint == "" })
	}
	if len(chosen) == 1 && len(ix.coreFamily[chosen[0].name]) > 0 {
		// The name's bracket holds a family word ("(trường hợp cấp lại)")
		// the entry lacks: another procedure, however alike the rest.
		c := chosen[0]
		p := ix.procs[c.proc]
		return Match{Kind: MatchReview, Candidates: []*catalog.Procedure{p},
			Review: &Review{Candidate: p, Score: 0.95, Reason: ReasonDistinguishing, Words: ix.coreFamily[c.name]}}, true
	}
	// A portal of other agencies (khac) mixes levels: it says none that
	// one name could be at odds with.
	if len(chosen) == 1 && (level == "" || level == catalog.LevelKhac || chosen[0].hint == "" || chosen[0].hint == level) {
		c := chosen[0]
		m := ix.nameMatch(c.name, MatchNormalized, 0.95)
		m.Procedure = ix.procs[c.proc]
		m.Candidates = nil
		return m, true
	}
	m := Match{Kind: MatchReview}
	for _, c := range all {
		if len(m.Candidates) < maxAmbiguous {
			m.Candidates = append(m.Candidates, ix.procs[c.proc])
		}
	}
	reason := ReasonTwins
	if len(all) == 1 {
		reason = ReasonLevel
	}
	m.Review = &Review{Candidate: m.Candidates[0], Score: 0.95, Reason: reason}
	return m, true
}

// twinFor is the twin of an exactly matched name that the level chooses:
// the entry's name is the bare one and the catalogue also has it
// qualified for this level ("Thủ tục thành lập hội" on a provincial
// portal, beside "… (cấp tỉnh)").
func (ix *Index) twinFor(id int32, level catalog.Level) (int32, bool) {
	k, ok := ix.bareCoreKey(id)
	if level == "" || !ok {
		return -1, false
	}
	found := int32(-1)
	for _, o := range ix.byCore[k] {
		if o != id && ix.coreHint[o] == level {
			if found >= 0 {
				return -1, false
			}
			found = o
		}
	}
	return found, found >= 0
}

// levelless reports whether name id says no level and no name shares
// its core: a level an entry says cannot choose another.
func (ix *Index) levelless(id int32) bool {
	k, ok := ix.bareCoreKey(id)
	return ok && len(ix.byCore[k]) == 1 && !ix.central[id]
}

// twinElsewhere reports whether name id says no level, and the
// catalogue lists the same name marked for a level other than level and
// none for level (a commune's twin is a district's too, not the bare
// name's):
// the bare name is then the other level's counterpart as likely as the
// level's own. Read for a level the published name says itself, not its
// page's: "Thủ tục thành lập hội" beside "UBND xã" in a commune's list is
// the bare commune procedure the national list has.
func (ix *Index) twinElsewhere(id int32, level catalog.Level) bool {
	k, ok := ix.bareCoreKey(id)
	if level == "" || !ok {
		return false
	}
	other, below := false, true          // below: every marked twin is a district's or a commune's
	districtTwin, central := false, true // central: every marked twin is a ministry's
	for _, o := range ix.byCore[k] {
		h := ix.coreHint[o]
		switch {
		case o == id || h == "":
		case h == level:
			return false
		case sameLocal(h, level):
			if level == catalog.LevelHuyen {
				// "… - UBND huyện" beside "… (cấp xã)": the communes'
				// twin is the district's now, not the bare name.
				return true
			}
			// "… (cấp xã)" beside "… (cấp huyện)", a leftover of the
			// districts: the bare name is the communes' since 2025.
			districtTwin = true
		default:
			other = true
			below = below && (h == catalog.LevelHuyen || h == catalog.LevelXa)
			central = central && h == catalog.LevelBo
		}
	}
	// The national list marks the lower twin: beside a commune's twin
	// only, the bare name is the province's or the ministry's ("Phê
	// duyệt kế hoạch khuyến nông địa phương" / "… (cấp xã)"); beside a
	// province's, the ministry's ("Giao khu vực biển" / "… (cấp tỉnh)")
	// or the commune's (the associations' "THỦ TỤC THÀNH LẬP HỘI" /
	// "… (CẤP TỈNH)"), so a commune said is doubt, a ministry is not;
	// beside a ministry's only, the local one ("Cung cấp thông tin, dữ
	// liệu, sản phẩm đo đạc và bản đồ" / "… - cấp Trung ương"), so a
	// province said is no doubt.
	switch {
	case !other, districtTwin:
		return false
	case level == catalog.LevelBo, level == catalog.LevelTinh:
		// A ministry beside a province's twin, a province beside a
		// commune's: the bare name's own.
		return level == catalog.LevelBo && below || level == catalog.LevelTinh && !below && !central
	}
	return true
}

// twinOf resolves an ambiguous fuzzy answer whose candidates are one name
// qualified per level ("…" and "… (cấp tỉnh)"): the level the entry's own
// qualifier said, else the context's, chooses, as for an exact core.
func (ix *Index) twinOf(m Match, entryLevel []string, ctx Context) (Match, bool) {
	if len(m.Candidates) < 2 {
		return Match{}, false
	}
	core := ""
	for _, p := range m.Candidates {
		k, _, ok := ix.coreOf(p.Name)
		if !ok || core != "" && k != core {
			return Match{}, false
		}
		core = k
	}
	level := ctx.level()
	for _, w := range entryLevel {
		if l := levelIn("cap " + w); l != "" {
			level = l
		}
	}
	t, ok := ix.coreMatch(core, level, false)
	if !ok || t.Procedure == nil {
		return Match{}, false
	}
	t.Kind, t.Score = MatchFuzzy, 0.9
	return t, true
}

// centralAgency reports whether a folded name says a central agency
// decides it: "… thuộc thẩm quyền (giải quyết) của Bộ Công Thương", "…
// do Bộ Nội vụ quản lý".
func centralAgency(f string) bool {
	w := " " + f + " "
	if strings.HasSuffix(w, " trung uong ") && !strings.HasSuffix(w, " thuoc trung uong ") {
		// "… Quỹ bảo vệ và phát triển rừng trung ương", "… dự án khuyến
		// nông trung ương": the central body's own, beside "… cấp tỉnh",
		// "… địa phương" ("… trực thuộc trung ương" is a province).
		return true
	}
	// "… thuộc thẩm quyền của Bộ …", "… do Bộ … quản lý", "… thuộc
	// phạm vi quản lý của bộ, ngành" ("lý" folds to "li").
	for _, head := range []string{" tham quyen ", " do ", " pham vi "} {
		i := strings.LastIndex(w, head)
		if i < 0 {
			continue
		}
		rest := strings.Fields(w[i+len(head):])
		for len(rest) > 0 && (rest[0] == "giai" || rest[0] == "quyet" || rest[0] == "quan" || rest[0] == "li" || rest[0] == "cua") {
			rest = rest[1:]
		}
		if agencyLevel(strings.Join(rest, " ")) == catalog.LevelBo {
			return true
		}
	}
	return false
}

// centralElsewhere reports whether a match reached by the loose steps is
// a central agency's procedure on a portal of a local level, or of no
// known level, while the published name names no central agency: the
// local twin the catalogue lacks ("Thu hồi giấy phép … tiền chất thuốc
// nổ" on a provincial portal is no "… thuộc thẩm quyền của Bộ Công
// Thương"). Most portals are local; a ministry's portal says its level.
func (ix *Index) centralElsewhere(m Match, n textnorm.Name, ctx Context) bool {
	switch ctx.level() {
	case catalog.LevelTinh, catalog.LevelHuyen, catalog.LevelXa, catalog.LevelKhac, "":
	default:
		return false
	}
	return ix.centralUnsaid(m, n)
}

// centralUnsaid reports whether m is a central agency's procedure and
// the published name n names no central agency.
func (ix *Index) centralUnsaid(m Match, n textnorm.Name) bool {
	id := ix.nameOf(m)
	if id < 0 || !ix.central[id] {
		return false
	}
	w := " " + n.Folded + " "
	return !strings.Contains(w, " bo ") && !strings.Contains(w, " cuc ") && !strings.Contains(w, " trung uong ")
}

// communeOnDistrict is m, the core step's answer on a district's portal
// that says no other level of the entry (a district heading is the
// portal's own), with a procedure only the communes
// have taken as found: "Xác nhận Hợp đồng tiếp cận nguồn gen và chia sẻ
// lợi ích" on a district portal is the catalogue's "… (Cấp Xã)", since
// district portals list their communes' procedures and the communes took
// the districts' over on 1 July 2025. Where the catalogue has the name at
// another level too (cấp tỉnh and cấp xã twins), the district's own
// procedure was neither, and m stays a review.
func (ix *Index) communeOnDistrict(m Match, level catalog.Level) Match {
	if level != catalog.LevelHuyen || m.Review == nil || m.Review.Reason != ReasonLevel || len(m.Candidates) != 1 {
		return m
	}
	id := ix.nameOfProc(m.Candidates[0])
	if id < 0 || int(id) >= len(ix.coreHint) || ix.coreHint[id] != catalog.LevelXa {
		return m
	}
	return ix.nameMatch(id, MatchNormalized, 0.95)
}
