package match

import (
	"slices"
	"strings"

	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// A registration's changes are one procedure in the catalogue, "Đăng ký
// thay đổi nội dung đăng ký hợp tác xã, liên hiệp hợp tác xã; …", "Đăng
// ký thay đổi nội dung đăng ký hộ kinh doanh", where portals still list
// the change they register as the old decisions did, one per line:
// "Đăng ký đổi tên hợp tác xã", "Đăng ký thay đổi, bổ sung ngành nghề
// kinh doanh của Hợp tác xã", "Đăng ký thay đổi địa chỉ trụ sở chính
// của Hợp tác xã khi chuyển … sang tỉnh khác". The change named is one
// of the contents registered: the entry is that procedure, unless the
// catalogue names the change as a procedure of its own (a name of the
// same subject opening with the entry's act and the change's first
// word), which the other steps then find.

// contentChangeActs are the openings (folded) of an entry registering a
// change, longest first.
var contentChangeActs = [][]string{fw("đăng ký thay đổi bổ sung"), fw("đăng ký thay đổi"), fw("đăng ký đổi")}

// contentChangeHead is, in key form, how the catalogue names the
// procedure registering any change of a registration's contents.
var contentChangeHead = textnorm.Key("đăng ký thay đổi nội dung đăng ký")

// changeKey and exchangeKey are "đăng ký thay đổi" and "đăng ký đổi" in
// key form.
var changeKey, exchangeKey = textnorm.Key("đăng ký thay đổi"), textnorm.Key("đăng ký đổi")

// contentOf is "của" (folded): "… ngành nghề kinh doanh [của] hợp tác
// xã".
const contentOf = "cua"

// contentCaseOpeners (folded) open a case after the registration's
// subject: "… hợp tác xã [khi chuyển địa chỉ …]".
var contentCaseOpeners = map[string]bool{"khi": true, "trong": true, "do": true}

// contentChanged is the words of the catalogue name registering the
// changes of what s registers a change of, when s registers one change
// ("Đăng ký đổi tên hợp tác xã" gives the name of "Đăng ký thay đổi nội
// dung đăng ký hợp tác xã, liên hiệp hợp tác xã; …"), the catalogue has
// no procedure of its own for it, and the change names no subject
// another such name registers (namesOtherSubject); ok is false
// otherwise.
func (ix *Index) contentChanged(s seq) (seq, bool) {
	act := 0
	for _, a := range contentChangeActs {
		if s.hasPrefix(a) {
			act = len(a)
			break
		}
	}
	if act == 0 || act >= s.len() || s.keys[act] == "nội" {
		return s, false // none, or the catalogue's own wording ("… nội dung …")
	}
	end := s.len()
	for i := act + 1; i < s.len(); i++ {
		if contentCaseOpeners[s.folds[i]] {
			end = i
			break
		}
	}
	// The subject: the entry's last words, the longest that a name
	// registering changes of it writes whole (up to its end, a comma or
	// a semicolon); the change, at least a word, before it.
	for from := act + 1; from < end; from++ {
		if s.folds[from] == contentOf {
			continue
		}
		subject := s.keys[from:end]
		if slices.Contains(subject, "nội") {
			continue
		}
		if id, ok := ix.namesChangesOf(subject); ok {
			// A name of the subject's opening with the act and the
			// change's first word, as the entry writes the act or as the
			// catalogue does, is the change's own procedure.
			w, subj := s.keys[act], strings.Join(subject, " ")
			for _, o := range []string{strings.Join(s.keys[:act+1], " "), changeKey + " " + w, exchangeKey + " " + w} {
				if ix.opensAbout(o, subj) {
					return s, false
				}
			}
			if ix.namesOtherSubject(s.keys[act:from], id) {
				return s, false
			}
			name := ix.names[id]
			return seq{keys: slices.Clone(name.keyTok), folds: strings.Fields(name.fold)}, true
		}
	}
	return s, false
}

// namesChangesOf is the one current name registering the changes of
// subject's registration (key words), writing subject whole.
func (ix *Index) namesChangesOf(subject []string) (int32, bool) {
	p := contentChangeHead + " " + strings.Join(subject, " ")
	head := strings.Count(p, " ") + 1
	found := int32(-1)
	for _, id := range ix.prefixRange(ix.sortedKey, p, keyOfName) {
		nm := &ix.names[id]
		if nm.derived() || len(nm.keyTok) < head {
			continue
		}
		if len(nm.keyTok) > head && !ix.listedAt(id, head) { // a comma or a semicolon
			continue // "… hộ kinh doanh" is not "… hộ kinh doanh cá thể"
		}
		if found >= 0 && !ix.sameProcedures(found, id) {
			return -1, false
		}
		found = id
	}
	return found, found >= 0
}

// opensAbout reports whether a current name opening with the words of
// key p writes the words of key subject too; or more names open so than
// the prefix search reads.
func (ix *Index) opensAbout(p, subject string) bool {
	ids := ix.prefixRange(ix.sortedKey, p, keyOfName)
	if len(ids) > maxAmbiguous {
		return true
	}
	for _, id := range ids {
		nm := &ix.names[id]
		if nm.derived() || len(nm.key) > len(p) && nm.key[len(p)] != ' ' {
			continue
		}
		if strings.Contains(" "+nm.key+" ", " "+subject+" ") {
			return true
		}
	}
	return false
}

// contentScopes end a subject inside an item of a name registering
// changes (key form): "… doanh nghiệp [đối với công ty bị tách …]".
var contentScopes = map[string]bool{"đối": true, "cho": true, "tại": true, "trong": true, "khi": true, "do": true, "theo": true}

// maxSubjectWords bounds a subject read from an item.
const maxSubjectWords = 4

// namesOtherSubject reports whether change, the words an entry puts
// between the act and the subject, write a subject that another name
// registering changes has and name id lacks: "Đăng ký thay đổi tên [chi
// nhánh] hợp tác xã" registers a change of the branch, "Đăng ký thay
// đổi nội dung đăng ký hoạt động của chi nhánh, văn phòng đại diện, địa
// điểm kinh doanh của hợp tác xã, …", not of the cooperative. Every name
// opening as those do is read, each item of its list split at "của",
// without the operation registered and cut before a scope; "ngành nghề
// kinh doanh" is no "địa điểm kinh doanh".
func (ix *Index) namesOtherSubject(change []string, id int32) bool {
	own := " " + ix.names[id].key + " "
	head := strings.Count(contentChangeHead, " ") + 1
	ch := " " + strings.Join(change, " ") + " "
	for i := ix.lowerBound(ix.sortedKey, contentChangeHead+" ", keyOfName); i < len(ix.sortedKey); i++ {
		o := ix.sortedKey[i]
		nm := &ix.names[o]
		if !strings.HasPrefix(nm.key, contentChangeHead+" ") {
			break
		}
		if nm.derived() || ix.sameProcedures(o, id) {
			continue
		}
		for start, end := head, 0; start < len(nm.keyTok); start = end {
			end = listItemEnd(ix.commaBefore[o], start, len(nm.keyTok))
			for _, seg := range splitAt(nm.keyTok[start:end], keyCua) {
				seg = subjectOf(seg)
				if len(seg) == 0 {
					continue
				}
				p := " " + strings.Join(seg, " ") + " "
				if !strings.Contains(own, p) && strings.Contains(ch, p) {
					return true
				}
			}
		}
	}
	return false
}

// splitAt parts words at each word sep, which it drops.
func splitAt(words []string, sep string) [][]string {
	var out [][]string
	from := 0
	for i, w := range words {
		if w == sep {
			out = append(out, words[from:i])
			from = i + 1
		}
	}
	return append(out, words[from:])
}

// operation is "hoạt động" in key form: a branch's registration is of
// its operation, "đăng ký hoạt động (của) chi nhánh".
var operation = strings.Fields(textnorm.Key("hoạt động"))

// subjectOf is a segment of an item without the operation it registers,
// cut before its first scope word and to maxSubjectWords words.
func subjectOf(seg []string) []string {
	if len(seg) >= len(operation) && slices.Equal(seg[:len(operation)], operation) {
		seg = seg[len(operation):]
	}
	for i, w := range seg {
		if contentScopes[w] {
			seg = seg[:i]
			break
		}
	}
	return seg[:min(len(seg), maxSubjectWords)]
}
