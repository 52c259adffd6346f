package match

import (
	"strings"

	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// The national list holds procedures one province publishes for itself
// ("Thủ tục xét tặng danh hiệu nghệ nhân trong lĩnh vực di sản văn hóa
// phi vật thể tỉnh Bắc Ninh", "… của Hội đồng nhân dân các tỉnh: Thanh
// Hóa, Nghệ An …"). A name that leaves the province out is the procedure
// every other province has under the same words, which such a catalogue
// lacks: the guard treats the province the candidate names, and the
// entry does not, as a distinguishing word.

// provinces are the provinces and centrally governed cities before and
// after 1 July 2025 (folded words).
var provinces = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range []string{
		"an giang", "ba ria vung tau", "bac giang", "bac kan", "bac lieu", "bac ninh", "ben tre",
		"binh dinh", "binh duong", "binh phuoc", "binh thuan", "ca mau", "can tho", "cao bang",
		"da nang", "dak lak", "dak nong", "dien bien", "dong nai", "dong thap", "gia lai", "ha giang",
		"ha nam", "ha noi", "ha tinh", "hai duong", "hai phong", "hau giang", "hoa binh", "hung yen",
		"khanh hoa", "kien giang", "kon tum", "lai chau", "lam dong", "lang son", "lao cai", "long an",
		"nam dinh", "nghe an", "ninh binh", "ninh thuan", "phu tho", "phu yen", "quang binh",
		"quang nam", "quang ngai", "quang ninh", "quang tri", "soc trang", "son la", "tay ninh",
		"thai binh", "thai nguyen", "thanh hoa", "thua thien hue", "hue", "tien giang", "tra vinh",
		"tuyen quang", "vinh long", "vinh phuc", "yen bai", "ho chi minh",
	} {
		m[p] = true
	}
	return m
}()

// maxProvinceWords is the most words a province's name has ("thua thien
// hue", "ba ria vung tau").
const maxProvinceWords = 4

// mayNameProvince reports whether a folded name has a word that may open
// a province's name ("tỉnh", "phố", "TP"): most names have none, and
// provinceSpans need not split them.
func mayNameProvince(fold string) bool {
	return strings.Contains(fold, "tinh ") || strings.Contains(fold, "pho ") || strings.Contains(fold, "tp ")
}

// provinceSpans returns the spans [start, end) of the provinces the
// folded words name after "tỉnh", "thành phố" or "TP" (a province's name
// alone may be a word: "hòa bình", "huế").
func provinceSpans(folds []string) [][2]int {
	var out [][2]int
	for j := 0; j < len(folds); j++ {
		lead := 0
		switch {
		case folds[j] == "tinh" || folds[j] == "tp":
			lead = 1
		case folds[j] == "thanh" && j+1 < len(folds) && folds[j+1] == "pho":
			lead = 2
		}
		if lead == 0 {
			continue
		}
		start := j + lead
		for n := min(maxProvinceWords, len(folds)-start); n >= 1; n-- {
			if provinces[strings.Join(folds[start:start+n], " ")] {
				out = append(out, [2]int{start, start + n})
				j = start + n - 1
				break
			}
		}
	}
	return out
}

// maxProvinceLeadBytes bounds where the mark after a province's name in
// front of a name may stand ("Thừa Thiên Huế - ", "Thành phố Hồ Chí Minh
// - ").
const maxProvinceLeadBytes = 48

// provinceLeadCut returns t without the province a portal names in front
// of it and a dash or colon: "Quảng Ninh - Đính chính Giấy chứng nhận …",
// "Tỉnh Lai Châu: …", the portal's own province, as "[Tỉnh Bắc Ninh] …"
// is (leadLabelCut); ok is false when t opens otherwise.
func provinceLeadCut(t string) (string, bool) {
	head, rest, ok := "", "", false
	for _, sep := range []string{" - ", " – ", ": "} {
		if i := strings.Index(t, sep); i > 0 && i <= maxProvinceLeadBytes {
			head, rest, ok = t[:i], strings.TrimSpace(t[i+len(sep):]), true
			break
		}
	}
	if !ok || len(strings.Fields(rest)) < 2 {
		return "", false
	}
	f := textnorm.Fold(head)
	for _, lead := range []string{"ubnd tinh ", "tinh ", "thanh pho ", "tp "} {
		f = strings.TrimPrefix(f, lead)
	}
	if !provinces[f] {
		return "", false
	}
	return rest, true
}
