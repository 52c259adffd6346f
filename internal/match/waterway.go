package match

import "github.com/tthcaudit/tthcaudit/internal/textnorm"

// The national list names the vehicles of other ways ("phương tiện giao
// thông đường sắt", "phương tiện hoạt động vui chơi, giải trí dưới
// nước") and leaves the inland waterway unsaid in the procedures of its
// own field: "Xóa đăng ký phương tiện", "Cấp lại Giấy chứng nhận đăng ký
// phương tiện", "Chấp thuận phương án bảo đảm an toàn giao thông".
// Portals say it ("Xóa đăng ký phương tiện thủy nội địa"), and the
// catalogue's other names use "thủy nội địa" to tell its waterway cases
// apart, so the words read as distinguishing and the entry went to
// review. An entry naming the waterway right after the vehicle or the
// traffic is also looked up without it, word for word only: a name that
// says the waterway where the catalogue's does not is the same
// procedure, and one that goes on otherwise finds nothing.

// waterwayNouns are the words (folded) the catalogue leaves the inland
// waterway unsaid after.
var waterwayNouns = [][]string{fw("phương tiện"), fw("giao thông")}

// waterwayWords are the waterway as portals add it (folded), longest
// first.
var waterwayWords = [][]string{fw("giao thông đường thủy nội địa"), fw("đường thủy nội địa"), fw("thủy nội địa")}

// waterwayUnsaid is s without the inland waterway after a vehicle or
// traffic; ok is false when s names none so.
func waterwayUnsaid(s seq) (seq, bool) {
	out, changed := s, false
	for i := 0; i < out.len(); i++ {
		for _, n := range waterwayNouns {
			if !out.hasAt(n, i) {
				continue
			}
			j := i + len(n)
			for _, w := range waterwayWords {
				if out.hasAt(w, j) {
					out, changed = out.splice(j, j+len(w), ""), true
					break
				}
			}
		}
	}
	return out, changed
}

// bracketLoss reports whether the bracket of a published name says its
// paper was lost or damaged.
func bracketLoss(published string) bool {
	_, said := stripBrackets(textnorm.Clean(published))
	f := textnorm.Fold(said)
	return said != "" && (lostWords.MatchString(f) || damageWords.MatchString(f))
}
