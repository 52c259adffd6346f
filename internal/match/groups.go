package match

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// A group of procedures done together at one counter ("Đăng ký khai tử,
// xóa đăng ký thường trú, giải quyết mai táng phí, tử tuất") is one
// catalogue name, which portals write with their own separators and
// leads: "Liên thông đăng ký khai tử - Xóa đăng ký thường trú - Trợ cấp
// mai táng phí", "Thủ tục liên thông về đăng ký khai tử, xóa đăng ký
// thường trú, hưởng chế độ tử tuất …". Its first two procedures name the
// group: the later ones are the ones portals word each their own way.

// groupHead is the key under which a group is indexed: its first two
// items (key form), joined.
func groupHead(items []string) string { return items[0] + "|" + items[1] }

// groupBracket is a bracket inside a name, dropped before its items are
// read: "hưởng chế độ tử tuất (trợ cấp tuất và trợ cấp mai táng)".
var groupBracket = regexp.MustCompile(`\([^()]*\)`)

// splitGroup parts t into a group's items: at a comma, a semicolon, a
// slash, or a dash between spaces.
func splitGroup(t string) []string {
	var parts []string
	start := 0
	for i, r := range t {
		switch r {
		case ',', ';', '/':
			parts = append(parts, t[start:i])
			start = i + 1
		case '-', '–', '—':
			if i > 0 && t[i-1] == ' ' && i+utf8.RuneLen(r) < len(t) && t[i+utf8.RuneLen(r)] == ' ' {
				parts = append(parts, t[start:i])
				start = i + utf8.RuneLen(r)
			}
		}
	}
	return append(parts, t[start:])
}

// groupLead opens a group's name without being a procedure of it
// (folded): "Liên thông (điện tử) (các) (thủ tục hành chính) (về)",
// "Thủ tục liên thông về", "Dịch vụ công liên thông".
var groupLead = regexp.MustCompile(`^(?:(?:thu tuc|dich vu cong|quy trinh) )?lien thong(?: dien tu)?(?: cac)?(?: thu tuc)?(?: hanh chinh)?(?: ve)? `)

// groupItems splits text into the items of a group of procedures, each
// in key form, and reports whether it is one: minGroupItems items or
// more, the first opening with an act the catalogue opens names with,
// of minGroupItemWords words or more, the second a catalogue name of its
// own (a later one may name kinds: "…, giải quyết mai táng phí, tử
// tuất"). A list of acts on one object ("Cấp, cấp lại giấy phép") is
// none: its first item is too short.
//
// An entry's (published) first two may name their events alone, the
// registration implied ("Liên thông khai tử – xóa đăng ký thường trú –
// …", "… khai sinh – thường trú – cấp thẻ bảo hiểm y tế …", implied.go):
// with published, they are read as registered. The catalogue's own
// names are read as written.
func (ix *Index) groupItems(text string, published bool) ([]string, bool) {
	t := textnorm.Clean(text)
	if strings.IndexByte(t, '(') >= 0 {
		t = groupBracket.ReplaceAllString(t, " ")
	}
	parts := splitGroup(t)
	if len(parts) < minGroupItems {
		return nil, false
	}
	if w := firstWord(strings.TrimSpace(parts[1])); w == "" || !ix.leads[ix.words.forms(strings.ToLower(w)).key] {
		if !published || !ix.namesRegistered(parts[1]) {
			return nil, false // the second opens with no act (below), most often
		}
	} else if _, named := ix.byFold[textnorm.Fold(parts[1])]; !named {
		return nil, false
	}
	// The first two decide, and most names are no group: the later
	// parts are normalised only for a group.
	items := make([]string, 0, len(parts))
	for i, p := range parts {
		n := ix.normalize(p)
		k := n.Key
		if i == 0 {
			s, ok := seqOf(n)
			if !ok || s.len() == 0 {
				return nil, false
			}
			s = stripSafeLead(s)
			f := strings.Join(s.folds, " ") + " "
			if loc := groupLead.FindStringIndex(f); loc != nil {
				s = s.cut(len(strings.Fields(f[:loc[1]])), s.len())
			}
			if published {
				if r, ok := ix.registered(s); ok {
					s = r
				}
			}
			k = strings.Join(s.keys, " ")
		}
		if i == 1 && published {
			if s, ok := seqOf(n); ok {
				if r, ok := ix.registered(s); ok {
					k = strings.Join(r.keys, " ")
				}
			}
		}
		w := strings.Fields(k)
		if len(w) == 0 {
			continue // ", ," or a dash at the end
		}
		switch len(items) {
		case 0:
			if !ix.leads[w[0]] || len(w) < minGroupItemWords {
				return nil, false
			}
		case 1:
			if _, named := ix.byKey[k]; !named || !ix.leads[w[0]] {
				// The second is a procedure the catalogue names on its
				// own ("xóa đăng ký thường trú"), or the list is of acts
				// or things of one procedure ("Đăng ký sửa đổi, bổ sung
				// nội dung …", "khai thác, sử dụng thông tin, dữ liệu …").
				return nil, false
			}
		}
		items = append(items, k)
	}
	return items, len(items) >= minGroupItems
}

// namesRegistered reports whether item t, registered ("thường trú" as
// "đăng ký thường trú"), is a catalogue name.
func (ix *Index) namesRegistered(t string) bool {
	s, ok := seqOf(ix.normalize(t))
	if !ok {
		return false
	}
	r, ok := ix.registered(s)
	if !ok {
		return false
	}
	_, named := ix.byKey[strings.Join(r.keys, " ")]
	return named
}

// minGroupItems is the fewest procedures a group lists: a name of two
// ("Đăng ký khai tử, xóa đăng ký thường trú") may be the older group of
// two, which the catalogue may lack, not today's of three.
const minGroupItems = 3

// learnGroups indexes the catalogue's groups of procedures by their
// first two items.
func (ix *Index) learnGroups() {
	ix.groups = map[string][]int32{}
	items := map[int32][]string{} // each group's, for its twins below
	for id := range ix.names {
		nm := &ix.names[id]
		if nm.derived() {
			continue
		}
		text := ix.written(nm)
		if !strings.ContainsAny(text, ",;/-–") {
			continue // most names
		}
		if g, ok := ix.groupItems(text, false); ok {
			h := groupHead(g)
			ix.groups[h] = append(ix.groups[h], int32(id))
			items[int32(id)] = g
		}
	}
	// Groups sharing a head and listing the same procedures: twins.
	ix.groupTwinNames = map[int32]bool{}
	for _, ids := range ix.groups {
		if len(ids) < 2 {
			continue
		}
		same := true
		for _, id := range ids[1:] {
			same = same && slices.Equal(items[id], items[ids[0]])
		}
		if same {
			for _, id := range ids {
				ix.groupTwinNames[id] = true
			}
		}
	}
}

// groupMatch finds the one catalogue group whose first two procedures
// are the entry's, when each of the entry's later ones shares a word
// with the group's later ones ("trợ cấp mai táng phí" with "giải quyết
// mai táng phí, tử tuất"; "hưởng chế độ tử tuất …/hỗ trợ chi phí mai
// táng/hưởng mai táng phí" says the same at length):
// a group whose first procedures are those of two catalogue groups (an
// older two-part group beside today's) is neither.
func (ix *Index) groupMatch(text string) (Match, bool) {
	items, ok := ix.groupItems(text, true)
	if !ok {
		return Match{}, false
	}
	ids := ix.groups[groupHead(items)]
	if len(ids) != 1 {
		return Match{}, false
	}
	id := ids[0]
	if len(ix.names[id].procs) != 1 {
		return Match{}, false
	}
	group, _ := ix.groupItems(ix.written(&ix.names[id]), false)
	if slices.Equal(items, group) {
		// The procedures word for word, the lead alone differing: the
		// lead tells the group from another ("Liên thông thủ tục hành
		// chính về đăng ký khai sinh, …", the older name, beside today's
		// "Đăng ký khai sinh, …"), which the catalogue may lack.
		return Match{}, false
	}
	later := strings.Fields(strings.Join(group[2:], " "))
	for _, it := range items[2:] {
		shared := false
		for w := range strings.FieldsSeq(it) {
			if !smallWords[w] && !ix.leads[w] && slices.Contains(later, w) {
				shared = true
				break
			}
		}
		if !shared {
			return Match{}, false
		}
	}
	return ix.nameMatch(id, MatchFuzzy, groupScore), true
}

// groupScore is the score of a group found by its first procedures.
const groupScore = 0.9

// groupTwins reports the names of the catalogue groups that list the
// same procedures word for word and open as entry text's group does,
// when there are two or more: the group under an older name with its
// lead ("Liên thông thủ tục hành chính về đăng ký khai sinh, …") and
// under today's ("Đăng ký khai sinh, …"). An entry written neither way
// ("Liên thông điện tử: …", "… - … - …") is either; a person tells which
// code the portal means.
func (ix *Index) groupTwins(text string) []int32 {
	items, ok := ix.groupItems(text, true)
	if !ok {
		return nil
	}
	if ids := ix.groups[groupHead(items)]; len(ids) >= 2 && ix.groupTwinNames[ids[0]] {
		return ids
	}
	return nil
}
