package extract

import (
	"strings"

	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// StandardSections are the sections a complete procedure detail page
// shows, by their usual Vietnamese names (the names Entry.Sections uses).
var StandardSections = []string{
	"Trình tự thực hiện",
	"Cách thức thực hiện",
	"Thành phần hồ sơ",
	"Thời hạn giải quyết",
	"Đối tượng thực hiện",
	"Cơ quan thực hiện",
	"Kết quả thực hiện",
	"Phí, lệ phí",
	"Căn cứ pháp lý",
	"Yêu cầu, điều kiện",
}

// sectionPatterns are folded label beginnings for each standard section,
// in StandardSections order. A label matches when it starts with one of
// them and adds at most a few words ("… thủ tục hành chính").
var sectionPatterns = foldAll([][]string{
	{"trình tự thực hiện", "trình tự"},
	{"cách thức thực hiện", "cách thức nộp"},
	{"thành phần hồ sơ", "thành phần, số lượng hồ sơ", "hồ sơ gồm", "thành phần"},
	{"thời hạn giải quyết", "thời gian giải quyết", "thời hạn"},
	{"đối tượng thực hiện", "đối tượng"},
	{"cơ quan thực hiện", "cơ quan giải quyết", "cơ quan có thẩm quyền"},
	{"kết quả thực hiện", "kết quả giải quyết", "kết quả"},
	{"phí, lệ phí", "lệ phí", "phí", "mức phí", "phí và lệ phí"},
	{"căn cứ pháp lý", "căn cứ pháp lí"},
	{"yêu cầu, điều kiện", "yêu cầu", "điều kiện thực hiện"},
})

// foldAll folds every pattern the way labels are folded.
func foldAll(in [][]string) [][]string {
	for _, ps := range in {
		for j, p := range ps {
			ps[j] = fold(p)
		}
	}
	return in
}

// sectionOf returns the index in StandardSections of the section a folded
// label names, or -1.
func sectionOf(f string) int {
	if f == "" || len(f) > 90 {
		return -1
	}
	n := wordCount(f)
	for i, ps := range sectionPatterns {
		for _, p := range ps {
			if f == p || strings.HasPrefix(f, p+" ") && n <= wordCount(p)+7 {
				return i
			}
		}
	}
	return -1
}

// labelKind is what a detail-page label introduces.
type labelKind int

const (
	labelNone labelKind = iota
	labelCode
	labelName
	labelField
	labelAgency
	labelLevel
	labelSection
)

// labelOf classifies a folded label, numbered or not ("1. Trình tự thực
// hiện:", "II. Lĩnh vực:").
func labelOf(f string) (labelKind, int) {
	if w, rest, ok := strings.Cut(f, " "); ok && listNumber(w) {
		f = rest
	}
	switch labelTable[f] {
	case labelCode:
		return labelCode, -1
	case labelName:
		return labelName, -1
	case labelField:
		return labelField, -1
	case labelLevel:
		return labelLevel, -1
	}
	if i := sectionOf(f); i >= 0 {
		if i == 5 {
			return labelAgency, i
		}
		return labelSection, i
	}
	return labelNone, -1
}

// labelTable maps folded labels to what they introduce.
var labelTable = func() map[string]labelKind {
	m := map[string]labelKind{}
	for k, words := range map[labelKind][]string{
		labelCode:  {"mã thủ tục", "mã TTHC", "mã số", "mã số TTHC", "mã số thủ tục", "mã thủ tục hành chính", "mã", "mã số thủ tục hành chính", "mã hồ sơ thủ tục"},
		labelName:  {"tên thủ tục", "tên TTHC", "tên thủ tục hành chính", "tên"},
		labelField: {"lĩnh vực", "lĩnh vực thực hiện", "thuộc lĩnh vực"},
		labelLevel: {"cấp thực hiện", "cấp giải quyết"},
	} {
		for _, w := range words {
			m[fold(w)] = k
		}
	}
	return m
}()

// listNumber reports whether a folded word numbers a list item: a number
// of up to three digits, a roman numeral up to x, or one letter.
func listNumber(w string) bool {
	switch {
	case w == "":
		return false
	case len(w) <= 3 && textnorm.AllDigits(w):
		return true
	case len(w) == 1:
		return true
	}
	switch w {
	case "ii", "iii", "iv", "vi", "vii", "viii", "ix":
		return true
	}
	return false
}

// labelFirstWords are the first folded words of every label labelOf knows:
// an element whose text starts otherwise is no label.
var labelFirstWords = func() map[string]bool {
	m := map[string]bool{}
	for k := range labelTable {
		w, _, _ := strings.Cut(k, " ")
		m[w] = true
	}
	for _, ps := range sectionPatterns {
		for _, p := range ps {
			w, _, _ := strings.Cut(p, " ")
			m[w] = true
		}
	}
	return m
}()
