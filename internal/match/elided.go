package match

import (
	"slices"
	"strings"

	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// Elided names. A listing short of room leaves words out of a long name
// and marks the gap: "Cấp, cấp lại Phù hiệu cho xe ô tô … kinh doanh vận
// tải" for "…, xe bốn bánh có gắn động cơ kinh doanh vận tải". Read as
// written, the words in the gap look like words the entry lacks, and a
// word that tells procedures apart among them refuses the name. What
// stands either side of the mark is the name's start and its end: the
// one catalogue name that opens with the one and closes with the other
// is the procedure, whatever the gap held.

// elisionMarks mark words left out inside a name.
var elisionMarks = []string{"…", "..."}

// Sides of an elided name: enough words before the gap to start few
// names (as a marked cut needs, prefixMinTokensMarked), and two after it,
// so that a last word alone ("… hồ sơ") closes no choice.
const (
	elidedMinHeadTokens = prefixMinTokensMarked
	elidedMinTailTokens = 2
)

// elidedParts is text's words before and after a gap marked inside it:
// ok is false when no mark stands between words of a name (one that
// closes the name is a cut, isTruncated; one inside brackets, "(khai
// sinh, kết hôn, khai tử...)", closes a list of examples).
func elidedParts(text string) (head, tail string, ok bool) {
	if !strings.Contains(text, "…") && !strings.Contains(text, "...") && !elisionEntity(text) {
		return "", "", false // most names: no mark, nothing to clean
	}
	t := textnorm.Clean(text)
	for _, m := range elisionMarks {
		i := strings.Index(t, m)
		if i < 0 {
			continue
		}
		head = t[:i]
		tail = strings.TrimLeft(t[i+len(m):], ". …")
		if strings.ContainsAny(head, "()") || strings.ContainsAny(tail, "…") || strings.Contains(tail, "...") {
			return "", "", false // a bracket's examples, or several gaps
		}
		if !hasLetter(head) || !hasLetter(tail) {
			return "", "", false
		}
		return head, tail, true
	}
	return "", "", false
}

// elisionEntity reports whether text writes an ellipsis as an HTML
// entity ("&hellip;", "&#8230;", "&#x2026;", escaped twice or not),
// which Clean decodes.
func elisionEntity(text string) bool {
	if strings.IndexByte(text, '&') < 0 {
		return false
	}
	// Entity names are case-sensitive; a hexadecimal reference's "x" is
	// not.
	return strings.Contains(text, "hellip;") || strings.Contains(text, "#8230;") ||
		strings.Contains(text, "#x2026;") || strings.Contains(text, "#X2026;")
}

// hasLetter reports whether s holds a letter.
func hasLetter(s string) bool {
	return strings.IndexFunc(s, isLetter) >= 0
}

// matchElided is the one procedure whose name opens with the words
// before text's gap and closes with the words after it, when exactly one
// does. ok is false when text has no gap, its sides are too short, or no
// name or several fit.
func (ix *Index) matchElided(text string) (Match, bool) {
	head, tail, ok := elidedParts(text)
	if !ok {
		return Match{}, false
	}
	h := ix.normalize(withoutSimpleLeads(head))
	e := ix.normalize(tail)
	before, after := strings.Fields(h.Key), strings.Fields(e.Key)
	if len(before) < elidedMinHeadTokens || len(after) < elidedMinTailTokens {
		return Match{}, false
	}
	id, ok := ix.oneName(slices.Collect(ix.framed(before, after)))
	if !ok {
		return Match{}, false
	}
	full := len(ix.names[id].key)
	return ix.nameMatch(id, MatchPrefix, 0.8+0.2*float64(len(h.Key)+len(e.Key))/float64(max(full, 1))), true
}
