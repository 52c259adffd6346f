package textnorm

import (
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
)

// TestKeySame lists spellings that must give one key: what portals and
// catalogues write differently for the same name.
func TestKeySame(t *testing.T) {
	tests := []struct{ name, a, b string }{
		{"tone hoà/hòa", "hoà giải", "hòa giải"},
		{"tone uỷ/ủy", "Uỷ quyền", "Ủy quyền"},
		{"tone thuỷ/thủy", "thuỷ lợi", "thủy lợi"},
		{"tone khoẻ/khỏe", "sức khoẻ", "sức khỏe"},
		{"tone hoạ/họa", "hoạ sĩ", "họa sĩ"},
		{"tone closed syllable stays", "hoàn thành", "hoàn thành"},
		{"sĩ/sỹ", "liệt sĩ", "liệt sỹ"},
		{"count in words", "Giải quyết trợ cấp một lần", "Giải quyết trợ cấp 1 lần"},
		{"count of provinces", "từ hai tỉnh trở lên", "từ 02 tỉnh trở lên"},
		{"grade in Roman numerals", "công trình cấp III, cấp IV", "công trình cấp 3, cấp 4"},
		{"grades listed", "hạng I, II, III", "hạng 1, 2, 3"},
		{"annex", "thuộc Phụ lục I, II Công ước CITES", "thuộc Phụ lục 1, 2 Công ước CITES"},
		{"kĩ/kỹ", "kĩ thuật", "kỹ thuật"},
		{"lí/lý", "lí lịch tư pháp", "lý lịch tư pháp"},
		{"mĩ/mỹ", "mĩ thuật", "mỹ thuật"},
		{"quí/quý", "quí", "quý"},
		{"Căm-pu-chi-a", "sang giúp Lào, Căm-pu-chi-a", "sang giúp Lào, Campuchia"},
		{"Cam - pu - chia", "sang giúp Lào, Cam - pu - chia.", "sang giúp Lào, Campuchia"},
		{"Căm – pu – chia", "Lào, Căm – pu – chia", "Lào, Campuchia"},
		{"Icelandic eth", "\u00d0ăng ký khai sinh", "Đăng ký khai sinh"},
		{"small eth", "\u00f0ăng ký", "đăng ký"},
		{"entity &amp;", "Văn hóa &amp; Thể thao", "Văn hóa & Thể thao"},
		{"& is và", "Văn hóa & Thể thao", "Văn hóa và Thể thao"},
		{"numeric entity", "Đăng k&#253; khai sinh", "Đăng ký khai sinh"},
		{"decimal entity for ố", "s&#7889; h&#7897;", "số hộ"},
		{"named entity", "C&ocirc;ng nh&acirc;n", "Công nhân"},
		{"double escaped", "s&amp;#7889;", "số"},
		{"NFD", norm.NFD.String("Giải quyết chế độ trợ cấp thờ cúng liệt sĩ"), "Giải quyết chế độ trợ cấp thờ cúng liệt sĩ"},
		{"line breaks", "Đăng ký\r\nkhai\tsinh", "Đăng ký khai sinh"},
		{"spaces nbsp zero width", "Đăng\u00a0ký  khai\u200bsinh\u00ad", "Đăng ký khai sinh"},
		{"zero-width joiner", "Đăng ký khai\u200csinh", "Đăng ký khaisinh"},
		{"case", "ĐĂNG KÝ KHAI SINH", "đăng ký khai sinh"},
		{"Thủ tục prefix", "Thủ tục đăng ký khai sinh", "Đăng ký khai sinh"},
		{"THỦ TỤC prefix", "THỦ TỤC: Đăng ký khai sinh", "Đăng ký khai sinh"},
		{"TTHC prefix", "TTHC Đăng ký khai sinh", "Đăng ký khai sinh"},
		{"thủ tục hành chính prefix", "Thủ tục hành chính đăng ký khai sinh", "Đăng ký khai sinh"},
		{"joint procedure label", "Liên thông thủ tục hành chính về đăng ký khai sinh, cấp thẻ bảo hiểm y tế", "Liên thông đăng ký khai sinh, cấp thẻ bảo hiểm y tế"},
		{"joint procedures label", "Liên thông các thủ tục hành chính về đăng ký khai tử", "Liên thông về đăng ký khai tử"},
		{"joint label after Thủ tục", "Thủ tục liên thông về đăng ký khai tử", "Liên thông đăng ký khai tử"},
		{"trailing full stop", "Giải quyết chế độ trợ cấp thờ cúng liệt sĩ.", "Giải quyết chế độ trợ cấp thờ cúng liệt sĩ"},
		{"embedded code", "Giải quyết chế độ trợ cấp thờ cúng liệt sĩ (1.010803)", "Giải quyết chế độ trợ cấp thờ cúng liệt sĩ"},
		{"embedded long code", "Đăng ký khai sinh (Mã: 1.001193.000.00.00.H01)", "Đăng ký khai sinh"},
		{"leading code", "1.001193 - Đăng ký khai sinh", "Đăng ký khai sinh"},
		{"code and full stop", "Đăng ký khai sinh. (1.001193)", "Đăng ký khai sinh"},
		{"UBND", "Cấp giấy phép của UBND huyện", "Cấp giấy phép của Ủy ban nhân dân huyện"},
		{"UBND old tone", "Uỷ ban nhân dân tỉnh", "UBND tỉnh"},
		{"UBND lower", "ubnd xã", "Ủy ban nhân dân xã"},
		{"curly quotes", "Cấp “Giấy phép” lần đầu", "Cấp \"Giấy phép\" lần đầu"},
		{"dashes", "Lao động – Thương binh — Xã hội", "Lao động - Thương binh - Xã hội"},
		{"hyphen vs space", "Cam-pu-chia", "Cam pu chia"},
		{"brackets and commas", "Cấp (đổi, cấp lại) giấy phép", "Cấp đổi cấp lại giấy phép"},
		{"date in numbers", "đã được cấp Giấy chứng nhận trước ngày 01/7/2004", "đã được cấp Giấy chứng nhận trước ngày 01 tháng 7 năm 2004"},
		{"date, zero padded", "trước ngày 01/07/2004", "trước ngày 1 tháng 7 năm 2004"},
		{"number zero padded", "trên địa bàn 01 tỉnh", "trên địa bàn 1 tỉnh"},
		{"date without ngày", "đã chuyển quyền sử dụng đất trước 01/08/2024", "đã chuyển quyền sử dụng đất trước ngày 01 tháng 8 năm 2024"},
		{"decree by its number", "Thủ tục xét tuyển Viên chức (Nghị định số 85/2023/NĐ-CP)", "Thủ tục xét tuyển Viên chức (85/2023/NĐ-CP)"},
		{"decree without số", "Xét tuyển viên chức (Nghị định 85/2023/NĐ-CP)", "Xét tuyển viên chức (85/2023/NĐ-CP)"},
		{"decision without year", "Giải quyết hưởng trợ cấp theo Quyết định số 613/QĐ-TTg", "Giải quyết hưởng trợ cấp theo 613/QĐ-TTg"},
		{"circular", "hết hiệu lực tại Khoản 2 Điều 21 Thông tư số 09/2015/TT-BYT", "hết hiệu lực tại Khoản 2 Điều 21 09/2015/TT-BYT"},
		{"resolution", "theo Nghị quyết số 16/2024/NQ-HĐND", "theo 16/2024/NQ-HĐND"},
		{"number and year", "theo Nghị quyết số 16/2024", "theo 16/2024"},
		{"kind written twice", "theo Nghị định Nghị định số 85/2023/NĐ-CP", "theo 85/2023/NĐ-CP"},
		{"typed without marks", "Xet tuyen vien chuc (Nghi dinh so 85/2023/ND-CP)", "Xet tuyen vien chuc (85/2023/ND-CP)"},
		// The issuer the initials already say.
		{"decree's issuer", "theo Nghị định số 14/2020/NĐ-CP của Chính phủ", "theo 14/2020/NĐ-CP"},
		{"decree's issuer, more after", "Điều 4 Nghị định số 92/2012/NĐ-CP của Chính phủ quy định chi tiết", "Điều 4 92/2012/NĐ-CP quy định chi tiết"},
		{"decision's issuer", "theo Quyết định số 62/2011/QĐ-TTg của Thủ tướng Chính phủ", "theo 62/2011/QĐ-TTg"},
		{"decision's issuer, short", "theo Quyết định 62/2011/QĐ-TTg của Thủ tướng", "theo 62/2011/QĐ-TTg"},
		{"issuer typed without marks", "theo Nghi dinh 14/2020/ND-CP cua Chinh phu", "theo 14/2020/ND-CP"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, Key(tt.b), Key(tt.a))
			assert.Equal(t, Fold(tt.b), Fold(tt.a))
		})
	}
}

// TestKeyDiffer lists names that must stay apart.
func TestKeyDiffer(t *testing.T) {
	tests := []struct{ a, b string }{
		{"Đăng ký khai sinh", "Đăng ký khai tử"},
		{"Cấp giấy phép", "Cấp lại giấy phép"},
		{"Vitamin V", "Vitamin 5"},
		{"một phần", "1 phần"},                          // "one part", no count
		{"Một cửa", "1 cửa"},                            // the one-stop shop                      // a numeral after no grade word stays
		{"I. Đăng ký khai sinh", "1 Đăng ký khai sinh"}, // a list's numeral stays
		{"mã", "ma"},   // tones matter in Key
		{"đi", "di"},   // đ is not d in Key
		{"quý", "quỳ"}, // different tones
		{"thuỷ", "thuý"},
		{"Thủ tục", "Thủ"}, // a name that is only "thủ tục" keeps it
		{"trong thời hạn 5 năm", "trong thời hạn 5"},          // a "năm" after a number alone is years
		{"giá 150.000 đồng", "giá 150 đồng"},                  // thousands keep their zeros
		{"tháng 7 năm 2004", "7 2004"},                        // a month not after a number stays
		{"trong thời hạn 30 ngày", "trong thời hạn 30"},       // days of a time limit stay
		{"Liên thông đăng ký khai tử", "Đăng ký khai tử"},     // a joint procedure is another
		{"Liên thông các cơ quan", "Liên thông cơ quan"},      // "các" alone is no label
		{"Quyết định phê duyệt 5 dự án", "Phê duyệt 5 dự án"}, // an act, not a reference
		{"Nghị định số 85 về tuyển dụng", "85 về tuyển dụng"}, // no issuer's initials
	}
	for _, tt := range tests {
		assert.NotEqual(t, Key(tt.a), Key(tt.b), "%q vs %q", tt.a, tt.b)
	}
	assert.Equal(t, Fold("mã"), Fold("ma"), "Fold drops tones")
	assert.Equal(t, Fold("đi"), Fold("di"), "Fold turns đ into d")
}

func TestKeyValues(t *testing.T) {
	tests := map[string]string{
		"Thủ tục Đăng ký khai sinh.": "đăng kí khai sinh",
		"Hòa giải viên (1.000123)":   "hoà giải viên",
		"Ủy ban nhân dân cấp xã":     "ubnd cấp xã",
		"Văn hóa &amp; Thể thao":     "văn hoá và thể thao",
		"Phí 150.000 đồng":           "phí 150 000 đồng",
		"giấy":                       "giấy",
		"người":                      "người",
		"Quyết định":                 "quyết định",
		"  ":                         "",
		"":                           "",
		"Khuya":                      "khuya",
		"thuở":                       "thuở",
		"Certificate ISO 9001":       "certificate iso 9001",
		"Đăng ký kết hôn có yếu tố nước": "đăng kí kết hôn có yếu tố nước",
	}
	for in, want := range tests {
		assert.Equal(t, want, Key(in), in)
	}
}

func TestClean(t *testing.T) {
	tests := map[string]string{
		"  Đăng  ký\r\n khai sinh  ":    "Đăng ký khai sinh",
		"\u00d0ăng ký":                  "Đăng ký",
		"đầu tƣ, TRƢỜNG":                "đầu tư, TRƯỜNG",
		"tr\u01a3\u0300ng":              "trừng", // the tone composes once the letter is put back
		"A &amp; B":                     "A & B",
		"&#7889;":                       "ố",
		"&ocirc;":                       "ô",
		"s&amp;#7889;":                  "số",
		norm.NFD.String("Thủ tục"):      "Thủ tục",
		"Thủ tục Đăng ký (1.001234).":   "Thủ tục Đăng ký (1.001234).", // Clean keeps all that
		"a\u00a0b\u200bc\ufeffd\u00ade": "a b cde",
		"\tx\n":                         "x",
	}
	for in, want := range tests {
		got := Clean(in)
		assert.Equal(t, want, got, "%q", in)
		assert.True(t, norm.NFC.IsNormalString(got))
	}
}

func TestNormalize(t *testing.T) {
	n := Normalize("Thủ tục giải quyết chế độ trợ cấp thờ cúng liệt sỹ. (1.010803)")
	assert.Equal(t, Name{
		Text:   "Thủ tục giải quyết chế độ trợ cấp thờ cúng liệt sỹ",
		Key:    "giải quyết chế độ trợ cấp thờ cúng liệt sĩ",
		Folded: "giai quyet che do tro cap tho cung liet si",
		Code:   "1.010803",
	}, n)
	n = Normalize("Đăng ký\nkhai sinh")
	assert.Equal(t, "Đăng ký khai sinh", n.Text)
	assert.Empty(t, n.Code)
}

func TestCodes(t *testing.T) {
	assert.Equal(t, []string{"1.001234", "2.000567"}, FindCodes("Mã 1.001234, 2.000567.000.00.00.H01 và lại 1.001234"))
	assert.Empty(t, FindCodes("21.0012345 và 1.0012345 và 4.001234 và 150.000"))
	assert.Equal(t, "3.000001", FindCode("ma_thu_tuc-3.000001"))
	assert.Equal(t, "", FindCode("không có mã"))
	assert.Equal(t, "1.001193", FindCode("1.001193.01"))

	reduce := map[string]string{
		"1.001234": "1.001234", " 1.001234 ": "1.001234", "1.001234.000.00.00.H01": "1.001234",
		"1.001193.01": "1.001193", "4.001234": "", "1.00123": "", "1.0012345": "", "x1.001234": "",
		"": "", "1.001234 x": "",
	}
	for in, want := range reduce {
		assert.Equal(t, want, ReduceCode(in), "%q", in)
	}

	split := []struct{ in, name, code string }{
		{"Đăng ký khai sinh (1.001193)", "Đăng ký khai sinh", "1.001193"},
		{"Đăng ký khai sinh (1.001193).", "Đăng ký khai sinh", "1.001193"},
		{"Đăng ký khai sinh. (1.001193)", "Đăng ký khai sinh", "1.001193"},
		{"Đăng ký khai sinh [Mã số: 1.001193.000.00.00.H01]", "Đăng ký khai sinh", "1.001193"},
		{"1.001193 - Đăng ký khai sinh", "Đăng ký khai sinh", "1.001193"},
		{"1.001193. Đăng ký khai sinh", "Đăng ký khai sinh", "1.001193"},
		{"Đăng ký khai sinh - 1.001193", "Đăng ký khai sinh", "1.001193"},
		{"Đăng ký khai sinh - Mã TTHC: 1.001193", "Đăng ký khai sinh", "1.001193"},
		{"Đăng ký khai sinh", "Đăng ký khai sinh", ""},
		{"Phí 150.000 đồng.", "Phí 150.000 đồng", ""},
		{"Chờ xử lý...", "Chờ xử lý...", ""},
	}
	for _, tt := range split {
		name, code := SplitCode(tt.in)
		assert.Equal(t, tt.name, name, tt.in)
		assert.Equal(t, tt.code, code, tt.in)
	}
}

// TestIdempotentRegressions keeps inputs that broke idempotence (found by
// FuzzKey; the crasher is also in testdata/fuzz/FuzzKey).
func TestIdempotentRegressions(t *testing.T) {
	for _, s := range []string{
		"00ủ00ụ0 gBẙ",             // a ring over y: folding leaves a lone y, which Key spells i
		"tthç đăng ký",            // folding ç makes the prefix "tthc"
		"á́ ư̛ ỷ \u0300",          // a word of combining marks alone
		"(1.001234) (2.000111) x", // a second code must not survive as a code
		"&Acirć0",                 // an entity next to a mark: NFC and NFD must agree
		"Y\u030a",                 // lower case makes the ring composable: ẙ
	} {
		k, f := Key(s), Fold(s)
		assert.Equal(t, k, Key(k), "Key(%q)", s)
		assert.Equal(t, f, Fold(f), "Fold(%q)", s)
		assert.Equal(t, k, Key(norm.NFD.String(s)), "NFD of %q", s)
	}
}

// TestLooksOldCode: an old code beside a name, with or without "-TT";
// the catalogue's column wants it whole.
func TestLooksOldCode(t *testing.T) {
	for s, want := range map[string]bool{
		"BTP-BGI-277098": true, "T-HNO-123456-TT": true, "t-agi-264525-tt": true,
		"QCVN-01": false, "1.001193": false, "BTP-12": false,
	} {
		assert.Equal(t, want, LooksOldCode(s), s)
	}
	assert.False(t, IsOldCode("BTP-BGI-277098"), "no -TT")
	assert.True(t, IsOldCode("T-AGI-264525-TT"))
}

// TestNFCStable checks every rune nfcStable admits: NFC alone, and a
// boundary before it, so no neighbour composes with it or reorders it;
// Clean's fast path returns such text without normalising it.
func TestNFCStable(t *testing.T) {
	n := 0
	for r := rune(0); r <= 0x2FFF; r++ {
		if !nfcStable(r) || !utf8.ValidRune(r) {
			continue
		}
		n++
		s := string(r)
		require.True(t, norm.NFC.IsNormalString(s), "U+%04X is not NFC", r)
		require.True(t, norm.NFC.PropertiesString(s).BoundaryBefore(), "U+%04X composes with the rune before it", r)
		require.Zero(t, norm.NFC.PropertiesString(s).CCC(), "U+%04X has a combining class", r)
	}
	require.Greater(t, n, 900)
	// A base letter before a combining mark is outside the fast path.
	require.Equal(t, "Hòa", Clean("Ho\u0300a"))
	require.Equal(t, "ư", Clean("&#432;"))
}
