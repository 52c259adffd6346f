package match

import "github.com/tthcaudit/tthcaudit/internal/textnorm"

// A procedure whose scope a later decision widened keeps its code, and
// portals keep its old title with the old scope spelt out: "Đăng ký thay
// đổi, cải chính hộ tịch cho người dưới 14 tuổi và bổ sung hộ tịch cho
// mọi trường hợp, không phân biệt độ tuổi" is today's "Thủ tục thay đổi,
// cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc". No phrase
// renaming reaches such titles: each spells its scope its own way. What
// marks the family is how its titles open, with the acts only that
// procedure names, and no word that would make a title another procedure
// of the field (never).
//
// Only a widened procedure's own titles are a family. A procedure that
// was merged into another ("Đăng ký bổ sung hộ tịch", "Thủ tục đổi tên
// hội") is another procedure, which the catalogue no longer lists: the
// labelled set calls it none, and so does the matcher.
//
// A title of a family is looked up as the procedure's name by the renamed
// step (renamed.go): it is found only when the catalogue lists that name,
// and is reported as published under an outdated name.

// oldFamily is the old titles of one widened procedure.
type oldFamily struct {
	// opens are the openings (folded words) of the family's titles,
	// after the safe leads ("Thủ tục", a list number).
	opens [][]string
	// never are phrases (folded words) that make a title with that
	// opening another procedure: it is no title of the family.
	never [][]string
	// now is the procedure's name, as the catalogue writes it.
	now string
	// why is the law that set the old titles' scope, and the one after.
	why string
}

// oldFamilies are the families, each of one procedure of the national
// list, none tied to a portal.
var oldFamilies = []oldFamily{
	{
		// Decree 158/2005/NĐ-CP and the first lists under the Law on Civil
		// Status 2014 split the change and correction of civil status
		// records by age ("… cho người dưới 14 tuổi", "… cho người từ đủ
		// 14 tuổi trở lên"), with the supplement and the re-determined
		// ethnicity beside them; the procedure is now one for every age.
		// A foreign element makes it the other one, 2.000748.
		opens: [][]string{
			fw("đăng ký thay đổi cải chính hộ tịch"), fw("thay đổi cải chính hộ tịch"),
			fw("đăng ký thay đổi bổ sung cải chính"), fw("đăng ký thay đổi cải chính bổ sung"),
		},
		never: [][]string{fw("nước ngoài"), fw("yếu tố")},
		now:   "Thủ tục thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc",
		why:   "Nghị định 158/2005/NĐ-CP, Luật Hộ tịch 2014",
	},
}

// familyRenamed is s as the procedure of the family its title belongs
// to; ok is false when it belongs to none.
func familyRenamed(s seq) (seq, bool) {
	for _, f := range oldFamilies {
		if f.holdsTitle(s) {
			return seq{}.add(textnorm.Key(f.now)), true
		}
	}
	return s, false
}

// holdsTitle reports whether s is an old title of the family f.
func (f oldFamily) holdsTitle(s seq) bool {
	at := -1
	for _, o := range f.opens {
		if s.hasPrefix(o) {
			at = len(o)
			break
		}
	}
	if at < 0 {
		return false
	}
	for i := at; i < s.len(); i++ {
		for _, n := range f.never {
			if s.hasAt(n, i) {
				return false
			}
		}
	}
	return true
}
