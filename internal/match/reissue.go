package match

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// A paper lost or damaged is issued again: "Cấp Giấy chứng nhận … đối
// với trường hợp Giấy chứng nhận bị mất, hỏng" is the catalogue's "Cấp
// lại …" said without "lại", however much the steps that cut a
// portal's "trong trường hợp …" find the first issue's "Cấp …" in what
// is left. An entry that issues a paper and says it was lost or damaged
// is therefore read with "lại" after its act; the first issue is never
// its answer. A paper expired is no such reason: "Cấp mới … (Giấy chứng
// nhận hết hạn)" issues anew, and the Decree 67/2013 licences' "Cấp, cấp
// lại (trường hợp hết hiệu lực)" is their "Cấp" (expiredReissue); an
// expiry only helps find a "Cấp lại" name that says it.

// issueAct matches, folded (the key drops "Thủ tục"), an opening that
// issues a paper ("Cấp", "Cấp mới").
var issueAct = regexp.MustCompile(`^cap (moi )?`)

// reissueSaid reads an entry that issues a paper it says was lost,
// damaged or expired with "lại" after its act. It returns the match of
// that reading when it finds a name that re-issues ("Cấp lại …"); a
// first issue m found otherwise, when the entry says the paper was lost
// or damaged, goes to review; ok is false when the entry says no such
// thing or m already re-issues.
func (ix *Index) reissueSaid(text, code string, ctx Context, m Match) (Match, bool) {
	if code != "" {
		return Match{}, false
	}
	t := withoutSimpleLeads(text)
	at, ok := issueOpening(t)
	if !ok || !holdsAny(t, reissueHints) {
		// Opening with another act, or saying no loss, damage or expiry.
		return Match{}, false
	}
	if m.Procedure != nil && !firstIssue(ix.foldedName(m)) {
		return Match{}, false
	}
	f := textnorm.Fold(t)
	lost, damaged, expiry := lostWords.MatchString(f), damageWords.MatchString(f), expiryWords.MatchString(f)
	if !lost && !damaged && !expiry {
		return Match{}, false
	}
	// A paper damaged, not lost, is exchanged by some procedures ("Cấp
	// đổi Giấy chứng nhận" of land, a driving licence's "Đổi") and
	// issued again by others (a travel licence's "Cấp lại"): either
	// stands only where the name it finds says the damage itself.
	for _, act := range []string{"lại", "đổi"} {
		r, ok := ix.matchWithAct(t, at, ctx, act)
		if !ok {
			continue
		}
		// An expiry likewise: "Cấp lại" where the name says it.
		if rf := ix.foldedName(r); lost && act == "lại" || expiry && expiryWords.MatchString(rf) || damaged && damageWords.MatchString(rf) {
			return r, true
		}
	}
	if m.Procedure != nil && (lost || damaged) && ix.reissuedToo(ix.nameOf(m)) {
		return reviewOf(m.Procedure, m.Score, ReasonDistinguishing, []string{"lại"}), true
	}
	return Match{}, false
}

// reissuedToo reports whether the catalogue re-issues or exchanges what
// name id issues: a current name opens with its words after "Cấp lại"
// or "Cấp đổi". Passports have neither: a lost one is issued ("Cấp hộ
// chiếu … (mất, hỏng)"), and the first issue is then the entry's
// procedure.
func (ix *Index) reissuedToo(id int32) bool {
	if id < 0 {
		return false
	}
	toks := ix.names[id].keyTok
	if len(toks) < 2 || textnorm.FoldKey(toks[0]) != "cap" {
		return false
	}
	rest := toks[1:]
	if textnorm.FoldKey(rest[0]) == "moi" {
		rest = rest[1:]
	}
	// Six words say the paper; the rest may be misspelt in one name
	// ("thẩm quyển" for "thẩm quyền"), and a sibling found by mistake
	// only sends an entry that says a loss to a person.
	rest = rest[:min(len(rest), 6)]
	for _, act := range []string{"cấp lại", "cấp đổi"} {
		if ix.currentOpens(act + " " + strings.Join(rest, " ")) {
			return true
		}
	}
	return false
}

// reissueHints are what an entry that says a loss, damage or expiry
// holds before it is folded, as pages write it: the cheap test every
// entry goes through. An entry typed without tone marks is not read so.
var reissueHints = []string{"mất", "hỏng", "rách", "cháy", "tiêu hủy", "tiêu huỷ", "hết", "quá hạn", "MẤT", "HỎNG", "HẾT"}

// firstIssue reports whether a folded catalogue name issues a paper the
// first time: it opens with "cấp" that no "lại" or "đổi" follows, and
// says no loss, damage or expiry of its own (1.012875's "Cấp Giấy chứng
// nhận kiểm định … còn hiệu lực nhưng bị mất" re-issues unsaid).
func firstIssue(f string) bool {
	act := issueAct.FindString(f)
	if act == "" {
		return false
	}
	rest := f[len(act):]
	return !strings.HasPrefix(rest, "lai ") && !strings.HasPrefix(rest, "doi ") && !strings.Contains(f, "cap lai") &&
		!lostWords.MatchString(f) && !damageWords.MatchString(f) && !expiryWords.MatchString(f)
}

// matchWithAct matches t (an entry without its list's number or label)
// with word ("lại", "đổi") put after its opening "cấp", the word at of
// t (issueOpening); ok is true when that finds a name that opens so.
func (ix *Index) matchWithAct(t string, at int, ctx Context, word string) (Match, bool) {
	r := ix.matchIn(withAct(t, at, word), "", ctx)
	if r.Procedure == nil || !strings.Contains(ix.foldedName(r), textnorm.Fold("cấp "+word)) {
		return Match{}, false
	}
	return notAsWritten(r), true
}

// withAct is t with word put after its opening "cấp", the word at of t
// (issueOpening), the rest kept as written.
func withAct(t string, at int, word string) string {
	words := strings.Fields(t)
	out := append(append(append([]string{}, words[:at+1]...), word), words[at+1:]...)
	return strings.Join(out, " ")
}

// issueOpening is the index of the word "cấp" that opens t (after an
// optional "Thủ tục"), ok false when t opens otherwise or re-issues or
// exchanges ("Cấp lại", "Cấp đổi"). Only its first words are read, as
// written (every entry that says a loss comes here).
func issueOpening(t string) (int, bool) {
	var first [4]string
	words := firstFields(first[:0], t, 4)
	i := 0
	if len(words) > 2 && leadWord(words[0], "thủ") && leadWord(words[1], "tục") {
		i = 2
	}
	if i+1 >= len(words) || !leadWord(words[i], "cấp") || leadWord(words[i+1], "lại") || leadWord(words[i+1], "đổi") {
		return 0, false
	}
	return i, true
}

// leadWord reports whether w is the lower-case word want as pages write
// it: so, capitalised or in capitals (NFC; leadForms).
func leadWord(w, want string) bool { return leadForms[w] == want }

// leadForms are the opening words issueOpening reads, each as pages
// write it, with its lower-case form: built once, as every entry that
// names "cấp" is read.
var leadForms = func() map[string]string {
	m := map[string]string{}
	for _, w := range []string{"thủ", "tục", "cấp", "lại", "đổi"} {
		r, size := utf8.DecodeRuneInString(w)
		m[w], m[string(unicode.ToUpper(r))+w[size:]], m[strings.ToUpper(w)] = w, w, w
	}
	return m
}()

// foldedName is the folded key of the name m was made on.
func (ix *Index) foldedName(m Match) string {
	if id := ix.nameOf(m); id >= 0 {
		return ix.names[id].fold
	}
	return textnorm.Fold(m.Procedure.Name)
}
