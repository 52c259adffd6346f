package match

import "github.com/tthcaudit/tthcaudit/internal/textnorm"

// The catalogue says a procedure's territory with a count where portals
// say none: "… thực hiện trên địa bàn 1 tỉnh, thành phố trực thuộc Trung
// ương" (or "01 tỉnh") is "… trên địa bàn tỉnh". The number one before a
// level word both sides have is that level's article, no number telling
// procedures apart; "từ 2 tỉnh … trở lên" still is.

// oneWords are the spellings of one (key form).
var oneWords = map[string]bool{"1": true, "01": true, textnorm.Key("một"): true}

// singularLevel reports whether word k, followed by the word next, is the
// number one standing before a level word paired with the other side.
func singularLevel(k, next string, nextPaired bool) bool {
	return oneWords[k] && nextPaired && distinctLevel(next)
}
