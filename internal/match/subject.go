package match

import (
	"slices"
	"strings"
)

// A name may say whose the procedure is, "… của hộ gia đình, cá nhân",
// where the national list has no sibling for anyone else: "Xác định lại
// diện tích đất ở [của hộ gia đình, cá nhân] đã được cấp Giấy chứng nhận
// trước ngày 01 tháng 7 năm 2004" is the only re-determination of a
// residential plot, since only households and individuals hold one.
// Portals drop the phrase ("Xác định lại diện tích đất ở đã được cấp giấy
// chứng nhận trước 1/7/2004"); "cá nhân" is learned as a word that tells
// procedures apart (an individual's procedure beside an
// organisation's), so the guard refused them. The phrase left out is no
// other procedure when no other current name shares the words before
// it: there is no sibling for another holder to be.

// householdSubjects are the phrases (key form) naming households and
// individuals as a name's holders, with the word that opens them.
var householdSubjects = [][]string{
	strings.Fields("của hộ gia đình cá nhân"),
	strings.Fields("cho hộ gia đình cá nhân"),
	strings.Fields("đối với hộ gia đình cá nhân"),
	strings.Fields("của cá nhân hộ gia đình"),
}

// subjectLeft marks in cOK the name's unpaired words (at positions cPos,
// name keys) that are a household subject phrase the entry leaves out
// whole, when no other current name opens with the name's words before
// the phrase (id is the name).
func (ix *Index) subjectLeft(id int32, keys []string, cPos []int, cOK []bool) {
	if len(cPos) == 0 {
		return
	}
	for _, ph := range householdSubjects {
		for a := 1; a+len(ph) <= len(keys); a++ {
			if !slices.Equal(keys[a:a+len(ph)], ph) {
				continue
			}
			// Every word of the phrase left unpaired.
			first := -1
			for j, p := range cPos {
				if p == a {
					first = j
					break
				}
			}
			if first < 0 || first+len(ph) > len(cPos) || cPos[first+len(ph)-1] != a+len(ph)-1 {
				continue
			}
			if ix.sharesOpening(id, strings.Join(keys[:a], " ")) {
				continue
			}
			for j := first; j < first+len(ph); j++ {
				cOK[j] = true
			}
			return
		}
	}
}

// sharesOpening reports whether a current name other than id opens with
// the key words prefix and goes on (a sibling that may name another
// holder there).
func (ix *Index) sharesOpening(id int32, prefix string) bool {
	return ix.currentWordsFrom(prefix, true, id)
}
