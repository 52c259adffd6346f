package match

import (
	"strings"
	"unicode/utf8"

	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// Some names end in a code: "… chứng chỉ hành nghề đo đạc và bản đồ hạng
// I" / "… hạng II", "… (C/O) ưu đãi mẫu E" / "… mẫu EAV", "… nhóm 2" /
// "… nhóm 20". A listing that cuts names at a width without an ellipsis
// leaves the start of a word, which the prefix step takes for the one
// name it starts ("… công dân V" for "… công dân Việt Nam"); but a code
// the catalogue name writes as another, longer code is no word cut short:
// the two are different procedures.

// codeWord reports whether a word as written is a code: a number, or up
// to four capital letters in a text (allCaps false) not written in
// capitals throughout.
func codeWord(w string, allCaps bool) bool {
	if textnorm.AllDigits(w) {
		return true
	}
	return !allCaps && w != "" && utf8.RuneCountInString(w) <= 4 && strings.ToUpper(w) == w && strings.ToLower(w) != w
}

// codeGoesOn reports whether the entry n, matched by the prefix step as
// the start of one name, ends in a code which that name writes as a
// longer code.
func (ix *Index) codeGoesOn(n textnorm.Name, m Match) bool {
	id := ix.nameOf(m)
	if id < 0 {
		return false
	}
	nm := &ix.names[id]
	toks := textnorm.Tokens(n.Text)
	keys := strings.Fields(n.Key)
	if len(toks) == 0 || len(keys) == 0 || len(keys) > len(nm.keyTok) {
		return false
	}
	last := toks[len(toks)-1]
	if !codeWord(last, strings.ToUpper(n.Text) == n.Text) {
		return false
	}
	if _, ok := refStartCut(n); ok && !strings.HasPrefix(nm.key, n.Key) && !strings.HasPrefix(nm.fold, n.Folded) {
		return false // "… Điều 35 N": a reference's start, found without it
	}
	// The name's word the entry's last word starts, as the name writes it.
	goesOn := nm.keyTok[len(keys)-1]
	text := ix.written(nm)
	rest, _ := textnorm.SplitCode(textnorm.Clean(text))
	allCaps := strings.ToUpper(rest) == rest
	for _, t := range textnorm.Tokens(rest) {
		if codeWord(t, allCaps) && ix.words.forms(strings.ToLower(t)).key == goesOn {
			return true
		}
	}
	return false
}
