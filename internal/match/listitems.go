package match

import (
	"slices"
	"strings"
	"unicode"

	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// A catalogue name may list, after its act, things that open alike
// ("Cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh"), where a
// portal names the procedure by one of them: "Cấp bản sao Giấy khai
// sinh". The prefix step reads the first items (atListEnd); laterItem
// reads a name with earlier items left out.

// minItemEntryWords is the fewest words an entry naming a later item
// must have: the act and a thing.
const minItemEntryWords = 4

// laterItem is the match on the one name that is the entry (a clean
// form) with one run of its list's items left out: the run starts after
// the name's first word, ends at a comma, and opens as the item after it
// does (the items run parallel, so the entry reads as the name would
// with that item alone); an act (a word that opens catalogue names) is
// never left out, nor an item of a name with brackets or semicolons. ok
// is false when no name, or several procedures', is.
func (ix *Index) laterItem(n textnorm.Name) (Match, bool) {
	folds := strings.Fields(n.Folded)
	if len(folds) < minItemEntryWords {
		return Match{}, false
	}
	ids, rarest, ok := ix.entryIDs(folds)
	if !ok || len(ix.postings[rarest]) > maxHolding {
		return Match{}, false
	}
	var hits []int32
	for _, id := range ix.postings[rarest] {
		if ix.itemLeftOut(id, ids) {
			hits = append(hits, id)
		}
	}
	found, ok := ix.oneName(hits) // a name and its alias are one
	if !ok {
		return Match{}, false
	}
	w := float64(len(ids)) / float64(len(ix.names[found].tokIDs))
	return ix.nameMatch(found, MatchFuzzy, round4(0.8+0.2*w)), true
}

// itemLeftOut reports whether entry words ids are name id's words with
// one run [i, j) of its list items left out (laterItem).
func (ix *Index) itemLeftOut(id int32, ids []int32) bool {
	t := ix.names[id].tokIDs
	keys := ix.names[id].keyTok
	if len(t) <= len(ids) || len(keys) != len(t) || ix.qualified(id) {
		return false
	}
	p := 0 // the words the entry and the name open with
	for p < len(ids) && t[p] == ids[p] {
		p++
	}
	for i := 1; i <= p && i < len(ids); i++ {
		j := len(t) - len(ids) + i
		if j <= i || !ix.listedAt(id, j) || t[i] != t[j] || ix.leads[keys[i]] {
			continue
		}
		if slices.Equal(t[j:], ids[i:]) {
			return true
		}
	}
	return false
}

// qualified reports whether name id holds a bracket or a semicolon: a
// qualifier or alternatives, of which items left out may be part.
func (ix *Index) qualified(id int32) bool {
	if _, ok := ix.semicolonBefore[id]; ok {
		return true
	}
	return strings.ContainsAny(ix.written(&ix.names[id]), "([")
}

// namesMore reports whether entry text (cleaned) lists procedures of a
// group, each an act and its object ("Đăng ký khai tử, Xóa đăng ký
// thường trú"), and name id is a later one of them while lacking the
// first's object: taking it for the entry would claim the group
// published.
func (ix *Index) namesMore(text string, id int32) bool {
	if id < 0 || !strings.Contains(text, ",") {
		return false
	}
	items := strings.Split(withoutNotes(text), ",")
	// The later items first, keyed with the index's cached word forms:
	// most entries with commas name no group, and keying every item
	// anew was 6 % of a misspelt entry's time.
	name := ix.names[id].key + " "
	later := false
	for _, it := range items[1:] {
		k := ix.normalize(it).Key
		if lead, _, two := strings.Cut(k, " "); two && ix.leads[lead] && strings.HasPrefix(name, k+" ") {
			later = true
			break
		}
	}
	if !later {
		return false
	}
	first := strings.Fields(ix.normalize(items[0]).Key)
	if len(first) < minGroupItemWords {
		return false
	}
	object := false
	for _, w := range first[1:] {
		if smallWords[w] || ix.leads[w] {
			continue
		}
		object = true
		if strings.Contains(" "+name, " "+w+" ") {
			return false // the name holds the first item's object
		}
	}
	return object
}

// slashedPair reports whether text joins two phrases that open alike
// with a slash between words, "A B/A C" ("Đăng ký khai sinh/khai tử có
// yếu tố nước ngoài": two procedures at one counter), which names more
// than one catalogue name.
func slashedPair(text string) bool {
	for i := strings.IndexByte(text, '/'); i > 0 && i+1 < len(text); {
		before := strings.Fields(text[:i])
		after := strings.Fields(text[i+1:])
		if len(before) >= 2 && len(after) >= 2 && !strings.HasSuffix(text[:i], " ") && !strings.HasPrefix(text[i+1:], " ") &&
			lettersOnly(before[len(before)-1]) && strings.EqualFold(before[len(before)-2], after[0]) {
			return true
		}
		j := strings.IndexByte(text[i+1:], '/')
		if j < 0 {
			return false
		}
		i += j + 1
	}
	return false
}

// itemAdded reports whether entry text (cleaned) is name id with an item
// of a list of its own put in before a comma: "… đối với cơ sở [sản
// xuất,] kinh doanh thực phẩm" beside the name's "… cơ sở kinh doanh
// thực phẩm". The entry names more than the name does, a wider
// procedure, which the catalogue may lack (Hà Nội's food-safety
// certificate for production and trade alike is none of the trade
// ministry's for trade alone). The item is an activity (activityItems),
// none of whose words the name writes, between two words the name
// writes side by side; its words are returned.
func (ix *Index) itemAdded(text, folded string, id int32) []string {
	if id < 0 || !strings.Contains(text, ",") || !holdsPhrase(folded, activityFolds) {
		return nil
	}
	words, commas := wordsAfterCommas(text)
	keys := make([]string, len(words))
	for i, w := range words {
		keys[i] = ix.words.forms(strings.ToLower(w)).key
	}
	name := ix.names[id].keyTok
	next := func(a, b string) bool { // the name writes a right before b
		for j := 0; j+1 < len(name); j++ {
			if name[j] == a && name[j+1] == b {
				return true
			}
		}
		return false
	}
	for b := 2; b < len(keys); b++ {
		if commas[b] != ',' {
			continue
		}
		// The run ends before the comma; it starts after the last word
		// the name writes.
		a := b
		for a > 0 && !slices.Contains(name, keys[a-1]) {
			a--
		}
		if a == 0 || a == b || commas[a] != 0 || !next(keys[a-1], keys[b]) {
			continue
		}
		if run := strings.Join(keys[a:b], " "); activityItems[run] {
			return keys[a:b]
		}
	}
	return nil
}

// activityItems are the activities (key form) a licence or certificate
// is issued for, which lists join to widen it: "sản xuất, kinh doanh",
// "xuất khẩu, nhập khẩu". Other items a portal adds are most often the
// older title's words ("hợp đồng, giao dịch" where the catalogue now
// says "giao dịch", "Giấy phép, năng định"), the same procedure.
var activityItems = func() map[string]bool {
	m := map[string]bool{}
	for _, s := range activities {
		m[textnorm.Key(s)] = true
	}
	return m
}()

// activities are activityItems as written.
var activities = []string{"sản xuất", "kinh doanh", "xuất khẩu", "nhập khẩu", "buôn bán", "bán buôn", "bán lẻ", "chế biến", "phân phối", "sơ chế", "tạm nhập", "tái xuất"}

// activityFolds are activities folded, which an entry must hold for an
// activity to be put in.
var activityFolds = func() []string {
	out := make([]string, len(activities))
	for i, s := range activities {
		out[i] = textnorm.Fold(s)
	}
	return out
}()

// withoutNotes is text without the portal's notes closing it, brackets
// and dashed tails that say a service grade, a mode or a field ("… (Mức
// độ 4)", "… - Một phần"; decoration), which would make its last item
// read as another name's.
func withoutNotes(text string) string {
	for {
		t := strings.TrimRight(text, bracketTrim)
		if cuts := bracketCuts(t); len(cuts) > 0 && decoration(textnorm.Fold(cuts[0].said)) {
			text = cuts[0].text
			continue
		}
		if i := max(strings.LastIndex(t, " - "), strings.LastIndex(t, " – ")); i > 0 && dashDecoration(textnorm.Fold(t[i+3:])) {
			text = t[:i]
			continue
		}
		return t
	}
}

// notesCut is withoutNotes as a cut of the rewritten step: ok is false
// when text closes on no note. The cuts after it, and the brackets the
// step reads from the end, then see the name as it ends: "Cấp, cấp lại
// (trường hợp hết hiệu lực) Giấy phép sản xuất rượu công nghiệp (quy mô
// dưới 3 triệu lít/năm) - Một phần" as without "- Một phần".
func notesCut(text string) (string, bool) {
	if !strings.Contains(text, " - ") && !strings.Contains(text, " – ") {
		// Most names: no dashed note. A bracketed one alone the step
		// reads from the end itself (bracketCuts).
		return "", false
	}
	w := withoutNotes(text)
	return w, w != strings.TrimRight(text, bracketTrim)
}

// listsBeside is listsAnother of the entry text found as name id, asked
// only of a text that may be a list longer than the name (a comma or a
// "và", more words).
func (ix *Index) listsBeside(text string, id int32) bool {
	if id < 0 || strings.IndexByte(text, ',') < 0 && !holdsAny(text, listJoiners) || wordRuns(text) <= len(ix.names[id].keyTok) {
		return false
	}
	return ix.listsAnother(text, ix.normalize(withoutSimpleLeads(text)).Key, id)
}

// wordRuns counts the runs of letters and digits in t: at least the
// words of its key, which drops some and splits none further.
func wordRuns(t string) int {
	n, in := 0, false
	for _, r := range t {
		w := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
		if w && !in {
			n++
		}
		in = w
	}
	return n
}

// listsAnother reports whether the entry (key form) is name id with
// another procedure of the same frame listed beside it: the words the
// entry has besides the name's, put in the name's frame (its act before,
// its qualifier after), are another catalogue name ("Đăng ký [kết hôn và]
// nhận cha, mẹ, con có yếu tố nước ngoài" holds "Đăng ký kết hôn có yếu
// tố nước ngoài"). Such an entry names two procedures at one counter,
// neither alone.
func (ix *Index) listsAnother(text, key string, id int32) bool {
	if id < 0 {
		return false
	}
	// The two items must be written as a list: joined by "và" or a
	// comma ("Cấp lại [giấy] chứng nhận …" adds a word, no item).
	commas := ""
	listed := func(a, b string) bool {
		if commas == "" {
			commas = " " + textnorm.Fold(strings.ReplaceAll(text, ",", " "+commaMark+" ")) + " "
		}
		return strings.Contains(commas, " "+textnorm.Fold(a)+" "+commaMark+" "+textnorm.Fold(b)+" ")
	}
	e, c := strings.Fields(key), ix.names[id].keyTok
	if len(e) <= len(c) {
		return false
	}
	p := 0
	for p < len(c) && e[p] == c[p] {
		p++
	}
	s := 0
	for s < len(c) && e[len(e)-1-s] == c[len(c)-1-s] {
		s++
	}
	other := func(words ...[]string) bool {
		o, ok := ix.byKey[strings.Join(slices.Concat(words...), " ")]
		return ok && !slices.Equal(ix.names[o].procs, ix.names[id].procs)
	}
	content := func(r []string) bool { return slices.ContainsFunc(r, func(w string) bool { return !smallWords[w] }) }
	// The whole name listed after or before an entry of its own:
	// "Đăng ký khai thác nước mặt, nước biển, đăng ký sử dụng mặt nước,
	// đào hồ, …" holds 1.012502 whole after another procedure.
	alone := func(r []string) bool {
		if len(r) < minGroupItemWords || !ix.leads[r[0]] {
			return false
		}
		// An item opening with an act, of a procedure other than this
		// one, or of none the catalogue has.
		m := ix.matchIn(strings.Join(r, " "), "", Context{})
		got := m.Procedure
		if got == nil && m.Review != nil {
			got = m.Review.Candidate
		}
		return !slices.ContainsFunc(ix.names[id].procs, func(i int32) bool { return ix.procs[i] == got })
	}
	// The name after an item of the entry's own, or before one.
	if slices.Equal(e[len(e)-len(c):], c) {
		if r, joined := cutJoiner(e[:len(e)-len(c)], true); len(r) > 0 && (joined || listed(r[len(r)-1], c[0])) && alone(r) {
			return true
		}
	}
	if slices.Equal(e[:len(c)], c) {
		if r, joined := cutJoiner(e[len(c):], false); len(r) > 0 && (joined || listed(c[len(c)-1], r[0])) && alone(r) {
			return true
		}
	}
	// The other item first: the entry ends with the name's words after
	// the act.
	if p > 0 && p < len(c) && p+s >= len(c) {
		r, joined := cutJoiner(e[p:len(e)-(len(c)-p)], true)
		if content(r) && (joined || listed(r[len(r)-1], c[p])) {
			for k := 0; k <= len(c)-p; k++ {
				if other(c[:p], r, c[len(c)-k:]) {
					return true
				}
			}
		}
	}
	// The other item after: the entry opens with the name's words before
	// the qualifier.
	if s > 0 && s < len(c) && p+s >= len(c) {
		r, joined := cutJoiner(e[len(c)-s:len(e)-s], false)
		if content(r) && (joined || listed(c[len(c)-s-1], r[0])) {
			for j := 0; j <= len(c)-s; j++ {
				if other(c[:j], r, c[len(c)-s:]) {
					return true
				}
			}
		}
	}
	return false
}

// cutJoiner is r without the "và" that joins it to the name, at its end
// (end) or its start, and whether there was one.
func cutJoiner(r []string, end bool) ([]string, bool) {
	switch {
	case len(r) == 0:
	case end && r[len(r)-1] == "và":
		return r[:len(r)-1], true
	case !end && r[0] == "và":
		return r[1:], true
	}
	return r, false
}

// commaMark stands for a comma in folded text, which drops punctuation.
const commaMark = "qqcommaqq"

// twoNameSeps part an entry that writes two names in one: a semicolon, a
// dash between spaced words, a slash.
var twoNameSeps = []string{";", " - ", " – ", "/"}

// namesTwo reports whether entry text, found as name id (but not as
// written), writes another catalogue name whole beside it, parted by a
// semicolon, a dash or a slash ("Chứng thực văn bản từ chối nhận di sản; chứng thực văn bản
// phân chia di sản …"): the entry names two procedures, neither alone. A
// part that is a piece of the name found (the list's own merged names
// hold semicolons) names nothing else.
func (ix *Index) namesTwo(text string, id int32) bool {
	if id < 0 || !holdsAny(text, twoNameSeps) {
		return false
	}
	own := " " + ix.names[id].key + " "
	for _, sep := range twoNameSeps {
		if !strings.Contains(text, sep) {
			continue
		}
		for _, part := range strings.Split(text, sep) {
			vn := ix.normalize(withoutSimpleLeads(strings.TrimSpace(part)))
			if strings.Count(vn.Key, " ")+1 < minWords || strings.Contains(own, " "+vn.Key+" ") {
				continue
			}
			if _, other, ok := ix.exactSteps(vn, 1); ok && other >= 0 && other != id && !ix.sameProcedures(other, id) {
				return true
			}
		}
	}
	return false
}

// sameProcedures reports whether names a and b stand for a procedure in
// common (a name and its alias, a former name).
func (ix *Index) sameProcedures(a, b int32) bool {
	for _, p := range ix.names[a].procs {
		if slices.Contains(ix.names[b].procs, p) {
			return true
		}
	}
	return false
}
