package match

import (
	"strings"

	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// register is "đăng ký" in key and folded words ("đăng kí", "dang ki").
var register = seq{keys: strings.Fields(textnorm.Key("đăng ký")), folds: strings.Fields(textnorm.Fold("đăng ký"))}

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
	return s.splice(0, 0, strings.Join(register.keys, " ")), true
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

// Portals name a recognition by the certificate it gives: "Cấp Giấy
// chứng nhận doanh nghiệp nông nghiệp ứng dụng công nghệ cao" for the
// catalogue's "Công nhận doanh nghiệp nông nghiệp ứng dụng công nghệ
// cao". The national list never names one object both ways (no "Cấp
// giấy chứng nhận X" beside a "Công nhận X"), so an entry issuing the
// certificate of X is also looked up as recognising X, word for word,
// never compared fuzzily (TestRecognisedByCertificate).

// certificateLeads are the openings (folded) that issue a certificate
// of what follows: "cấp giấy chứng nhận", "cấp chứng nhận".
var certificateLeads = [][]string{fw("cấp giấy chứng nhận"), fw("cấp chứng nhận")}

// recognise is "công nhận" in key form.
var recognise = textnorm.Key("công nhận")

// minRecognisedWords is the fewest words an object of recognition has:
// "Cấp giấy chứng nhận [quyền sử dụng đất]" is a certificate of its
// own, the object after "cấp giấy chứng nhận" alone too short to say
// which recognition it would be.
const minRecognisedWords = 3

// recognised is the form of s recognising what s issues a certificate
// of; ok is false when s opens otherwise.
func recognised(s seq) (seq, bool) {
	for _, lead := range certificateLeads {
		if s.hasAt(lead, 0) && s.len()-len(lead) >= minRecognisedWords {
			return s.splice(0, len(lead), recognise), true
		}
	}
	return s, false
}
