package match

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"

	"github.com/tthcaudit/tthcaudit/internal/catalog"
)

// TestUnswapped: two neighbouring letters typed the wrong way round are
// put back where one swap makes a word the catalogue writes beside a
// neighbour; numerals, words that part in two, words two swaps mend and
// words no neighbour vouches for are left.
func TestUnswapped(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	assertCuts(t, ix.unswapped, map[string]string{
		"Thôi quốc ịtch Việt Nam":                            "Thôi quốc tịch Việt Nam",
		"Thủ tcụ chứng thực di chúc":                         "Thủ tục chứng thực di chúc",
		"ĐĂGN KÝ KHAI SINH":                                  "ĐĂNG KÝ KHAI SINH",
		"Cấp giấy phép (ịtch thu)":                           "",
		"Gia hạn thời hạn sở hữu nhà ở của tổ chức, ác nhân": "Gia hạn thời hạn sở hữu nhà ở của tổ chức, cá nhân",
		"Cấp phép xây dựng công trình cấp IV":                "", // "VI" is a word: the grade is no typo
		"Cấp giấy phép nhập khẩu trang thiết bị ytế":         "", // "y tế" run together as much as "yết"
		"Hỗ trợ nhà ở cho hộ nghèo huyện Tri Tôn":            "",
		"Cấp giấy chứng nhận":                                "",
	})
}

// TestSpacesShifted: a space one letter off is moved back where both
// words then are syllables a name writes side by side, marks and all.
func TestSpacesShifted(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	assertCuts(t, ix.spacesShifted, map[string]string{
		"Giải quyết hỗ trợ học nghề đốiv ới tổ chức":        "Giải quyết hỗ trợ học nghề đối với tổ chức",
		"Điều chỉnh dự án đầu tư thuộ cthẩm quyền":          "Điều chỉnh dự án đầu tư thuộc thẩm quyền",
		"Phân loại máym óc, thiết bị":                       "Phân loại máy móc, thiết bị",
		"Thủt ục hủy mã ngân hàng":                          "Thủ tục hủy mã ngân hàng",
		"Cấp bản soa từ sổ gốc":                             "", // "soat ừ": "ừ" is no word written so
		"loại 4 và olại 9":                                  "", // "vào lại" is no pair a name writes
		"Cấp giấy phép xây dựng nhà ở riêng lẻ":             "",
		"Đăng ký hoạt động khuyến mại đối với chương trình": "",
	})
}

// TestTyposMended: names typed with letters swapped or a space off by
// one find their codes as the names written right do, as a name not as
// written, on portals of their levels.
func TestTyposMended(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	assertLevelCodes(t, ix, []levelCase{
		{catalog.LevelTinh, "Thủ tục trả lại khu vựcb iển", "1.005399"},
		{catalog.LevelXa, "Đăng ký khai sinh có yếu tố nước ngoià", "2.000528"},
		{catalog.LevelXa, "1. Thủ tcụ đăng ký kết hôn", "1.000894"},
		{catalog.LevelXa, "Cấp bản soa từ sổ gốc", "2.000908"},
		// Two ways to mend it: "loại 4 và loại" or "vào lại".
		{catalog.LevelTinh, "Cấp giấy phép vận chuyển hàng hóa nguy hiểm loại 1, loại 2, loại 3, loại 4 và olại 9", ""},
	})
	m := ix.MatchIn("Đăng ký khai sinh có yếu tố nước ngoià", "", Context{Level: catalog.LevelXa})
	assert.Equal(t, MatchNormalized, m.Kind, "a mended name is not the name as written")
}

// FuzzMendWords: mending never panics, keeps the text valid UTF-8 and
// keeps its letters: it moves, joins and parts them, and drops only the
// marks inside words.
func FuzzMendWords(f *testing.F) {
	ix := NewIndex(dvcqgCatalog(f))
	for _, s := range []string{"Thủ tcụ chứng thực", "đốiv ới", "công trìn,h", "ĐĂGN KÝ", "ytế", "cấp IV", "a", "", " x  y "} {
		f.Add(s)
	}
	letters := func(s string) []rune {
		var rs []rune
		for _, r := range s {
			if isLetter(r) {
				rs = append(rs, r)
			}
		}
		slices.Sort(rs)
		return rs
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) || strings.ContainsAny(s, "\t\n\r") {
			return
		}
		got, _ := ix.mendWords(s)
		if !utf8.ValidString(got) {
			t.Fatalf("%q → invalid %q", s, got)
		}
		if !slices.Equal(letters(s), letters(got)) {
			t.Fatalf("%q → %q: letters changed", s, got)
		}
	})
}

// TestIsLetter: the fast paths for ASCII and Latin Extended Additional
// answer as unicode's tables do, for every rune of the planes a name is
// written in.
func TestIsLetter(t *testing.T) {
	for r := rune(0); r < 0x10000; r++ {
		if want := unicode.IsLetter(r) || unicode.Is(unicode.Mn, r); isLetter(r) != want {
			t.Fatalf("isLetter(%U) = %v, want %v", r, !want, want)
		}
	}
}
