package extract

import (
	"strings"

	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// notNameStarts are folded first words of link and button texts that are
// never a procedure's name: navigation, downloads, votes, forms.
var notNameStarts = []string{
	"xem", "chi tiet", "tai ve", "tai xuong", "download", "in ", "ban in", "dang nhap", "dang xuat", "dang ky tai khoan",
	"danh gia", "binh chon", "gop y", "hoi dap", "lien he", "trang chu", "quay lai", "tro ve", "trang ", "tiep theo", "tiep tuc", "truoc",
	"nop ho so", "nop truc tuyen", "tra cuu", "tim kiem", "chia se", "share", "print", "back", "home", "login", "logout",
	"muc do hai long", "y kien", "thong bao", "tin tuc", "su kien", "lich cong tac", "video", "hinh anh", "so do",
}

// procedureStarts are the link openings above that also open procedure
// names of the national list ("Thông báo …" 45 names, "Đánh giá …" 21,
// "Xem xét …"): only a short link text ("Xem chi tiết", "Thông báo mới")
// is the site's own. "Tiếp" opens the next page's link as "Tiếp theo" or
// "Tiếp tục (đọc)", never "Tiếp nhận …" (17 names) or "Tiếp công dân";
// "Tiếp tục hưởng trợ cấp thất nghiệp" is one name.
var procedureStarts = map[string]bool{"xem": true, "thong bao": true, "danh gia": true, "tiep tuc": true}

// agencyStarts are folded openings of an agency's name ("Bộ phận tiếp
// nhận và trả kết quả", "UBND xã …", "Sở Tư pháp", "Phòng Kinh tế",
// "Trung tâm Phục vụ hành chính công", "Công an tỉnh"): a table's agency
// column, a menu of the province's offices. No name of the national
// list opens so (TestCatalogueNamesPlausible holds every one of them
// plausible).
// They are read with their tones (key form): folded, "phong " would be
// "Phong tặng …" too, and "so " "Số hóa …".
var agencyStarts = []string{"bộ phận ", "ubnd ", "ủy ban ", "sở ", "phòng ", "trung tâm ", "công an ", "chi cục ", "cục ", "văn phòng "}

// shortNames are the national list's names too short for the rules
// below (folded), each a procedure whatever page shows it: "Tách hộ"
// (1.010038, two words, six letters), which every commune's list of
// residence procedures holds, and the names that open as a site's news
// heading does ("Thông báo mới"): "Thông báo lưu trú" (2.001159),
// "Thông báo hoạt động khuyến mại" (2.000033), "Thông báo phát hành
// Biên lai" (1.007905). TestCatalogueNamesPlausible holds every
// national-list name plausible, and TestCatalogueNamesNoNews none a news
// heading.
var shortNames = map[string]bool{"tach ho": true, "thong bao luu tru": true, "thong bao hoat dong khuyen mai": true, "thong bao phat hanh bien lai": true}

// shortName reports whether folded text f is one of shortNames, a list
// number before it or not.
func shortName(f string) bool {
	return shortNames[strings.TrimLeft(f, "0123456789 ")]
}

// shortLinkWords is the most words a link or button of the site has.
const shortLinkWords = 4

// notNameWords are folded phrases that, anywhere in a text, mark a vote,
// a rating or a page of the site rather than a procedure.
var notNameWords = []string{"muc do hai long", "danh gia su hai long", "binh chon", "dang xuat", "dang nhap"}

// maxNameWords is the most words a procedure's name has: the national
// list's longest has 204 ("Thủ tục Cấp phép đối với các hoạt động liên
// quan đến đê điều (bao gồm các hoạt động: …)"), and 29 of its names
// have more than 80, which a tighter bound dropped from lists.
const maxNameWords = 250

// minNameLetters is the fewest letters a procedure's name has: "Xóa
// đăng ký" has nine.
const minNameLetters = 8

// PlausibleName reports whether text could be a procedure's name: a few
// words at least (3 to maxNameWords), mostly letters, and not a link or
// button of the site (navigation, downloads, votes, ratings, forms), nor
// an agency's name; or one of the national list's names shorter than
// that (shortNames). The report lists only such texts among entries that
// match no procedure.
func PlausibleName(text string) bool {
	f := fold(text)
	if shortName(f) {
		return true // "Tách hộ", "(6) Tách hộ;"
	}
	words := strings.Count(f, " ") + 1
	if f == "" || words < 3 || words > maxNameWords {
		return false
	}
	letters, digits := 0, 0
	for i := 0; i < len(f); i++ {
		switch c := f[i]; {
		case c >= 'a' && c <= 'z':
			letters++
		case c >= '0' && c <= '9':
			digits++
		}
	}
	if letters < minNameLetters || digits > letters {
		return false
	}
	for _, s := range notNameStarts {
		if strings.HasPrefix(f+" ", s) {
			if words > shortLinkWords && procedureStarts[s] {
				break // "Tiếp nhận …", "Thông báo thành lập …": a procedure
			}
			return false
		}
	}
	if agencyName(text) {
		return false
	}
	for _, w := range notNameWords {
		if strings.Contains(f, w) {
			return false
		}
	}
	return true
}

// agencyName reports whether text opens as an agency's name
// (agencyStarts).
func agencyName(text string) bool {
	k := textnorm.Key(text) + " "
	for _, a := range agencyStarts {
		if strings.HasPrefix(k, a) {
			return true
		}
	}
	return false
}
