package match

import (
	"slices"
	"strings"

	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// A portal may write a catalogue variant as its plain procedure with the
// case in a bracket: "Xóa đăng ký phương tiện (trường hợp hoạt động vui
// chơi, giải trí dưới nước)" is the catalogue's "Xóa đăng ký phương tiện
// hoạt động vui chơi, giải trí dưới nước", "Thủ tục đăng ký khai sinh
// (trường hợp kết hợp đăng ký nhận cha, mẹ, con)" its "… khai sinh kết
// hợp …". The steps that cut a portal's "(trường hợp phải xác minh)"
// find the plain procedure in what is left: a wrong code where the
// catalogue lists the case apart. So when the name found goes on in
// another catalogue name, the bracket is also read as words of the name,
// and a variant of the name found that way is the answer.

// caseLeads open a bracket that names a case (folded), dropped before its
// words are read as the name's; "TH" is the portals' "trường hợp".
var caseLeads = [][]string{fw("trong truong hop"), fw("truong hop"), fw("th"), fw("ap dung cho"), fw("ap dung doi voi")}

// caseLeadLen is how many of the folded words f a case lead opens
// with, with more after it; 0 for none.
func caseLeadLen(f []string) int {
	for _, l := range caseLeads {
		if len(f) > len(l) && slices.Equal(f[:len(l)], l) {
			return len(l)
		}
	}
	return 0
}

// caseNamed returns the catalogue variant an entry names with its closing
// bracket, when m found the plain procedure; ok is false otherwise.
func (ix *Index) caseNamed(text, code string, ctx Context, m Match) (Match, bool) {
	if m.Procedure == nil || code != "" || !strings.HasSuffix(text, ")") {
		return Match{}, false
	}
	id := ix.nameOf(m)
	if id < 0 || !ix.goesOnWith(id, "") {
		return Match{}, false
	}
	open := strings.LastIndexByte(text, '(')
	if open <= 0 || strings.IndexByte(text[open+1:], '(') >= 0 {
		return Match{}, false
	}
	head, inner := strings.TrimSpace(text[:open]), strings.TrimSpace(text[open+1:len(text)-1])
	words := strings.Fields(inner)
	var first [3]string
	f := firstFields(first[:0], textnorm.Fold(strings.Join(words[:min(len(words), 3)], " ")), 3)
	words = words[caseLeadLen(f):]
	if len(words) == 0 || !ix.goesOnWith(id, textnorm.Key(words[0])) {
		return Match{}, false
	}
	if levelIn(textnorm.Fold(strings.Join(words, " "))) != "" {
		// "(cấp tỉnh)": the level twins are the portal level's to choose.
		return Match{}, false
	}
	r := ix.matchIn(head+" "+strings.Join(words, " "), "", ctx)
	rid := ix.nameOf(r)
	if r.Procedure == nil || r.Procedure == m.Procedure || rid < 0 ||
		!strings.HasPrefix(ix.names[rid].key, ix.names[id].key+" ") {
		return Match{}, false
	}
	return notAsWritten(r), true
}

// goesOnWith reports whether another current name is name id's words
// and more, the first of them w (key form; "" for any): id has a
// variant the catalogue lists apart, which the bracket may name.
func (ix *Index) goesOnWith(id int32, w string) bool {
	if w == "" {
		return ix.currentGoesOn(ix.names[id].key)
	}
	return ix.currentOpens(ix.names[id].key + " " + w)
}

// caseNote reports whether a bracket (folded) is a portal's note on how
// it handles a case of the procedure, not a case the catalogue names:
// it opens with a case lead and no catalogue name holds what follows
// ("(trường hợp phải xác minh)", "(trường hợp phức tạp)"), so the name
// before it is compared without it. A case a name does hold ("(trường
// hợp kết hợp đăng ký nhận cha, mẹ, con)", "(trường hợp bị mất)") stays
// for the steps that read it (caseNamed, the fuzzy step).
func (ix *Index) caseNote(f string) bool {
	words := strings.Fields(f)
	n := caseLeadLen(words)
	if n == 0 {
		return false
	}
	rest := words[n:]
	ids := make([]int32, len(rest))
	rarest := -1
	for i, w := range rest {
		id, ok := ix.vocab[w]
		if !ok {
			return true // a word no name has: no name holds the phrase
		}
		ids[i] = id
		if rarest < 0 || ix.tokens[id].df < ix.tokens[ids[rarest]].df {
			rarest = i
		}
	}
	for _, nid := range ix.postings[ids[rarest]] {
		if !ix.names[nid].derived() && runAt(ix.names[nid].tokIDs, ids) >= 0 {
			return false
		}
	}
	return true
}
