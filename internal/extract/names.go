package extract

import "strings"

// notNameStarts are folded first words of link and button texts that are
// never a procedure's name: navigation, downloads, votes, forms.
var notNameStarts = []string{
	"xem", "chi tiet", "tai ve", "tai xuong", "download", "in ", "ban in", "dang nhap", "dang xuat", "dang ky tai khoan",
	"danh gia", "binh chon", "gop y", "hoi dap", "lien he", "trang chu", "quay lai", "tro ve", "trang ", "tiep", "truoc",
	"nop ho so", "nop truc tuyen", "tra cuu", "tim kiem", "chia se", "share", "print", "back", "home", "login", "logout",
	"muc do hai long", "y kien", "thong bao", "tin tuc", "su kien", "lich cong tac", "video", "hinh anh", "so do",
}

// procedureStarts are the link openings above that also open procedure
// names of the national list ("Thông báo …" 45 names, "Đánh giá …" 21,
// "Tiếp nhận …" 17, "Xem xét …"): only a short link text ("Tiếp theo",
// "Xem chi tiết", "Thông báo mới") is the site's own.
var procedureStarts = map[string]bool{"tiep": true, "xem": true, "thong bao": true, "danh gia": true}

// shortLinkWords is the most words a link or button of the site has.
const shortLinkWords = 4

// notNameWords are folded phrases that, anywhere in a text, mark a vote,
// a rating or a page of the site rather than a procedure.
var notNameWords = []string{"muc do hai long", "danh gia su hai long", "binh chon", "dang xuat", "dang nhap"}

// PlausibleName reports whether text could be a procedure's name: a few
// words at least (3 to 80), mostly letters, and not a link or button of
// the site (navigation, downloads, votes, ratings, forms). The report
// lists only such texts among entries that match no procedure.
func PlausibleName(text string) bool {
	f := fold(text)
	words := strings.Count(f, " ") + 1
	if f == "" || words < 3 || words > 80 {
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
	if letters < 10 || digits > letters {
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
	for _, w := range notNameWords {
		if strings.Contains(f, w) {
			return false
		}
	}
	return true
}
