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
