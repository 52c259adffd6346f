package match

import (
	"strings"

	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// register is "đăng ký" in key and folded words ("đăng kí", "dang ki");
// registerKey its key words joined.
var (
	register    = seq{keys: strings.Fields(textnorm.Key("đăng ký")), folds: strings.Fields(textnorm.Fold("đăng ký"))}
	registerKey = strings.Join(register.keys, " ")
)

// Commune portals list civil-status and residence procedures by the
// event alone: "Khai tử", "Kết hôn có yếu tố nước ngoài", "Thường trú"
// for the catalogue's "Đăng ký khai tử", "Đăng ký kết hôn có yếu tố nước
// ngoài", "Đăng ký thường trú". The act is implied, not a different one:
// no catalogue name opens with such an event, every one that names it
// registers it. So an entry opening with the first two words of what the
// catalogue registers, which no catalogue name opens with, is also looked
// up with "đăng ký" put in front, word for word, never compared fuzzily.
//
// The converse, "đăng ký" dropped where the catalogue names the act
// without it ("Đăng ký thay đổi, cải chính …" for "Thay đổi, cải chính
// …"), is not done: the national list tells "Đăng ký đề nghị hỗ trợ đầu
// tư" from "Đề nghị hỗ trợ đầu tư", and with either left out the other
// took its code (TestLeaveOutPrecision).

// registered is the form of s with "đăng ký" in front when s opens with
// a registered event; ok is false otherwise.
func (ix *Index) registered(s seq) (seq, bool) {
	if s.len() < 2 || !ix.registeredEvents[s.folds[0]+" "+s.folds[1]] {
		return s, false
	}
	return s.splice(0, 0, registerKey), true
}

// learnRegisteredEvents collects the first two (folded) words after a
// catalogue name's opening "đăng ký", minus those some catalogue name
// opens with itself ("thay đổi …", "cấp …"): the events the catalogue
// names only as registered.
func (ix *Index) learnRegisteredEvents() {
	events, opens := map[string]bool{}, map[string]bool{}
	for i := range ix.names {
		nm := &ix.names[i]
		if nm.derived() {
			continue
		}
		w := strings.Fields(nm.fold)
		if len(w) < 2 {
			continue
		}
		opens[w[0]+" "+w[1]] = true
		if len(w) >= 4 && w[0] == register.folds[0] && w[1] == register.folds[1] {
			events[w[2]+" "+w[3]] = true
		}
	}
	ix.registeredEvents = map[string]bool{}
	for e := range events {
		if !opens[e] {
			ix.registeredEvents[e] = true
		}
	}
}

// Portals name an act by other words than the catalogue: "Cấp Giấy
// chứng nhận doanh nghiệp nông nghiệp ứng dụng công nghệ cao" for the
// catalogue's "Công nhận doanh nghiệp …" (the certificate issued is the
// recognition). The national list never names one object both ways (no
// "Cấp giấy chứng nhận X" beside a "Công nhận X"), so an entry opening
// with one is also looked up with the other, word for word, never
// compared fuzzily (TestActSaidOtherWays). "Đổi X" for "Cấp đổi X" was
// tried and left out: the form, read word for word, made twins that the
// fuzzy step told apart ("Cấp đổi Giấy chứng nhận đăng ký đầu tư" beside
// "… (BQL)") ambiguous, and found nothing the fuzzy step did not.

// actSynonym is an opening (folded) and what the catalogue says for it
// (key form).
type actSynonym struct {
	lead []string
	as   string
}

// actSynonyms are the openings read the other way, longest first.
var actSynonyms = []actSynonym{
	{fw("cấp giấy chứng nhận"), textnorm.Key("công nhận")},
	{fw("cấp chứng nhận"), textnorm.Key("công nhận")},
}

// minActObjectWords is the fewest words the object after such an
// opening has: "Cấp giấy chứng nhận [hộ nghèo]" is too short to say
// which recognition it would be.
const minActObjectWords = 3

// actSaidOtherWay is the form of s opening with the catalogue's word
// for its act; ok is false when s opens otherwise.
func actSaidOtherWay(s seq) (seq, bool) {
	for _, a := range actSynonyms {
		if s.hasAt(a.lead, 0) && s.len()-len(a.lead) >= minActObjectWords {
			return s.splice(0, len(a.lead), a.as), true
		}
	}
	return s, false
}
