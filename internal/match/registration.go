package match

import (
	"strings"

	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// The catalogue names many registrations by the paper they give: "Thủ
// tục cấp giấy chứng nhận đăng ký quyền tác giả", "Cấp Giấy chứng nhận
// đăng ký hoạt động thí nghiệm chuyên ngành xây dựng". Portals and
// citizens name the registration itself: "Đăng ký quyền tác giả (phần
// mềm, tác phẩm viết, mỹ thuật)". Registering is being issued its
// certificate, unless the catalogue has the registration as a procedure
// of its own: it lists "Đăng ký hoạt động bán hàng đa cấp tại địa
// phương" beside the ministry's "Cấp giấy chứng nhận đăng ký hoạt động
// bán hàng đa cấp". So an entry opening with "Đăng ký", whose words no
// catalogue name is or opens with, is also looked up with "Cấp giấy
// chứng nhận" put in front, word for word, never compared fuzzily. Only
// the entry as published opens so: a lead read off it ("Xác nhận đăng ký
// tàu cá", an old confirmation) does not make it a registration; and
// only a registration that names no place or level after it.

// certificateOf is "cấp giấy chứng nhận" in key form.
var certificateOf = textnorm.Key("cấp giấy chứng nhận")

// minRegisteredWords is the fewest words after "Đăng ký" an entry needs
// for certifiedRegistration: "Đăng ký tàu cá", not "Đăng ký hồ sơ".
const minRegisteredWords = 2

// certifiedRegistration is the form of s with "cấp giấy chứng nhận" in
// front when s opens with "đăng ký" and no current name is s or opens
// with it; ok is false otherwise.
func (ix *Index) certifiedRegistration(s seq) (seq, bool) {
	if s.len() < len(register.folds)+minRegisteredWords || !s.hasPrefix(register.folds) {
		return s, false
	}
	if ix.currentWordsFrom(strings.Join(s.keys, " "), false, -1) {
		return s, false
	}
	if t, removed, _ := ix.stripTail(s); removed != "" || t.len() != s.len() || localAt(s) >= 0 {
		// "Đăng ký hoạt động bán hàng đa cấp tại địa phương": a place or
		// level after it says whose registration, which a catalogue
		// lacking the local one must not read as the ministry's
		// certificate (TestLocalCuts, TestLeaveOutPrecision).
		return s, false
	}
	return s.splice(0, 0, certificateOf), true
}
