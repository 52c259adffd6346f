package match

import "slices"

// "lần đầu" (for the first time) is the default issue of a paper or a
// registration: "Cấp Giấy phép sử dụng vật liệu nổ công nghiệp [lần đầu]
// (đối với tổ chức, doanh nghiệp làm dịch vụ nổ mìn)", "Đăng ký phương
// tiện [lần đầu] đối với phương tiện chưa khai thác …". Portals drop it,
// and the guard refused them, since "lần" and "đầu" tell names apart
// ("khiếu nại lần đầu" / "lần hai"). Left out inside a name, with the
// words on both sides paired, it names no other procedure when no other
// current name fills the same frame: the name's words before it,
// anything, then the name's words after it ("Thủ tục giải quyết khiếu
// nại [lần hai] tại cấp tỉnh" keeps "… khiếu nại tại cấp tỉnh" in
// review).

// firstTimeKeys is the phrase, key form.
var firstTimeKeys = []string{"lần", "đầu"}

// eligibleKeys is the other default a paper's name says and portals leave
// out, key form: "Cấp Giấy chứng nhận [đủ điều kiện] kinh doanh hoạt
// động thể thao …", "Cấp GCN kinh doanh …". Of the 198 names of the
// list that say it, none is another name without it.
var eligibleKeys = []string{"đủ", "điều", "kiện"}

// defaultPhrase is a default a name says that portals leave out.
type defaultPhrase struct {
	keys []string // key form
	// afterPast: after a past act ("đã cấp lần đầu") the phrase narrows
	// the papers, and is no default (pastIssue).
	afterPast bool
	// quietOnly: left out only when the entry says nothing more: "Cấp
	// Giấy chứng nhận trạm nạp LPG vào chai, xe bồn" names two
	// certificates, whose "chai" the guard reads as a word replacing the
	// one the name leaves out.
	quietOnly bool
}

var (
	firstTime      = defaultPhrase{keys: firstTimeKeys, afterPast: true}
	eligible       = defaultPhrase{keys: eligibleKeys, quietOnly: true}
	defaultPhrases = []defaultPhrase{firstTime, eligible}
)

// firstTimeLeft marks in cOK the name's unpaired "lần đầu" or "đủ điều
// kiện" (name keys, at positions cPos) when the words on both sides of
// it are paired and no other current name fills its frame (id is the
// name); saysMore is whether the entry has words of its own left
// unpaired (defaultPhrase.quietOnly).
func (ix *Index) firstTimeLeft(id int32, keys []string, cPos []int, cOK []bool, saysMore bool) {
	for _, d := range defaultPhrases {
		if saysMore && d.quietOnly {
			continue
		}
		l := len(d.keys)
		for j := 0; j+l <= len(cPos); j++ {
			a := cPos[j]
			if cPos[j+l-1] != a+l-1 || j > 0 && cPos[j-1] == a-1 || j+l < len(cPos) && cPos[j+l] == a+l {
				continue // not the phrase alone between paired words
			}
			if ix.phraseDropped(id, keys, a, d) {
				for k := j; k < j+l; k++ {
					cOK[k] = true
				}
				break
			}
		}
	}
}

// phraseDropped reports whether name id's words keys hold default d at
// a, inside the name, with no other current name filling its frame: left
// out there, it names no other procedure.
func (ix *Index) phraseDropped(id int32, keys []string, a int, d defaultPhrase) bool {
	l := len(d.keys)
	return a > 0 && a+l < len(keys) && slices.Equal(keys[a:a+l], d.keys) && !(d.afterPast && pastIssue(keys[:a])) &&
		!ix.fillsFrame(id, keys[:a], keys[a+l:])
}

// firstTimeDropped is phraseDropped for "lần đầu".
func (ix *Index) firstTimeDropped(id int32, keys []string, a int) bool {
	return ix.phraseDropped(id, keys, a, firstTime)
}

// pastIssue reports whether keys end with a past act ("đã cấp", "được
// cấp"): "Giấy chứng nhận đã cấp lần đầu" narrows the papers to those of
// a first registration, beside "Giấy chứng nhận đã cấp" of any, so "lần
// đầu" there is no default left unsaid.
func pastIssue(keys []string) bool {
	n := len(keys)
	return n >= 2 && (keys[n-2] == "đã" || keys[n-2] == "được")
}

// fillsFrame reports whether a current name other than id opens with
// before and ends with after (key words, which drop a leading "thủ
// tục"), whatever stands between (framed).
func (ix *Index) fillsFrame(id int32, before, after []string) bool {
	for o := range ix.framed(before, after) {
		if o != id && !ix.names[o].derived() {
			return true
		}
	}
	return false
}
