package match

import (
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"

	"github.com/tthcaudit/tthcaudit/internal/catalog"
	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// familyCatalog holds the near-duplicate families of the brief, with
// made-up codes where the real extract lacks the procedure.
func familyCatalog() *catalog.Catalog {
	ps := []catalog.Procedure{
		{Code: "2.000620", Name: "Cấp Giấy phép bán lẻ rượu"},
		{Code: "2.001240", Name: "Cấp lại Giấy phép bán lẻ rượu"},
		{Code: "2.000615", Name: "Cấp sửa đổi, bổ sung Giấy phép bán lẻ rượu"},
		{Code: "1.001193", Name: "Thủ tục đăng ký khai sinh"},
		{Code: "1.004884", Name: "Thủ tục đăng ký lại khai sinh"},
		{Code: "1.003583", Name: "Thủ tục đăng ký khai sinh lưu động"},
		{Code: "2.000528", Name: "Thủ tục đăng ký khai sinh có yếu tố nước ngoài"},
		{Code: "1.002519", Name: "Hỗ trợ tiền thăm viếng mộ liệt sĩ, di chuyển hài cốt liệt sĩ"},
		{Code: "1.002410", Name: "Cấp giấy giới thiệu đi thăm viếng mộ liệt sĩ"},
		{Code: "1.010803", Name: "Giải quyết chế độ trợ cấp thờ cúng liệt sĩ."},
		{Code: "1.010788", Name: "Công nhận và giải quyết chế độ ưu đãi người hoạt động cách mạng", Levels: []catalog.Level{catalog.LevelTinh}},
		{Code: "1.010815", Name: "Công nhận và giải quyết chế độ ưu đãi người hoạt động cách mạng.", Levels: []catalog.Level{catalog.LevelXa}},
		{Code: "1.000001", Name: "Cấp Giấy phép kinh doanh karaoke", Status: catalog.StatusAbolished},
		{Code: "1.011634", Name: "Thủ tục hỗ trợ phát triển sản xuất liên kết theo chuỗi giá trị"},
		{Code: "1.011249", Name: "Thủ tục hỗ trợ phát triển sản xuất liên kết theo chuỗi giá trị (cấp tỉnh)"},
		{Code: "2.000196", Name: "Cấp Giấy chứng nhận đủ điều kiện trạm nạp LPG vào phương tiện vận tải"},
		{Code: "1.000425", Name: "Cấp lại Giấy chứng nhận đủ điều kiện trạm nạp LPG vào phương tiện vận tải"},
	}
	return activeCatalog("family.csv", ps)
}

func TestMatchCascade(t *testing.T) {
	ix := NewIndex(familyCatalog())
	tests := []struct {
		name, text, code string
		want             string // expected code, "" for none
		kind             MatchKind
	}{
		{"code", "Xem", "2.000620", "2.000620", MatchCode},
		{"long code", "", "1.001193.000.00.00.H01", "1.001193", MatchCode},
		{"case code", "Đăng ký khai sinh", "1.001193.01", "1.001193", MatchCode},
		{"embedded code", "Đăng ký khai sinh (1.001193)", "", "1.001193", MatchCode},
		{"unknown code falls back to the name", "Cấp Giấy phép bán lẻ rượu", "1.999999", "2.000620", MatchExact},
		{"exact", "Cấp lại Giấy phép bán lẻ rượu", "", "2.001240", MatchExact},
		{"normalized thủ tục", "Đăng ký khai sinh", "", "1.001193", MatchNormalized},
		{"normalized upper", "CẤP GIẤY PHÉP BÁN LẺ RƯỢU", "", "2.000620", MatchNormalized},
		{"normalized NFD sỹ", norm.NFD.String("Cấp giấy giới thiệu đi thăm viếng mộ liệt sỹ"), "", "1.002410", MatchNormalized},
		{"normalized eth entities", "&#272;&#259;ng k&yacute; l&#7841;i khai sinh", "", "1.004884", MatchNormalized},
		{"normalized Ð", "Ðăng ký khai sinh lưu động", "", "1.003583", MatchNormalized},
		{"normalized line break", "Đăng ký khai sinh\n  có yếu tố nước ngoài", "", "2.000528", MatchNormalized},
		{"folded", "Dang ky khai sinh luu dong", "", "1.003583", MatchFolded},
		{"loose small words", "Công nhận, giải quyết chế độ ưu đãi người hoạt động cách mạng", "", "1.010788", MatchFolded},
		{"level qualifier", "Đăng ký lại khai sinh (cấp xã)", "", "1.004884", MatchNormalized},
		{"agency qualifier", "Đăng ký lại khai sinh - UBND cấp xã", "", "1.004884", MatchNormalized},
		{"numbered", "12. Đăng ký khai sinh lưu động", "", "1.003583", MatchNormalized},
		{"bracket note", "Cấp Giấy phép bán lẻ rượu (Mức độ 4)", "", "2.000620", MatchNormalized},
		{"numbered bracket", "3 - Cấp lại Giấy phép bán lẻ rượu (DVC toàn trình)", "", "2.001240", MatchNormalized},
		{"prefix marked", "Hỗ trợ tiền thăm viếng mộ liệt sĩ, di chuyển…", "", "1.002519", MatchPrefix},
		{"prefix bare mid-word", "Hỗ trợ tiền thăm viếng mộ liệt sĩ, di chuy", "", "1.002519", MatchPrefix},
		{"prefix unique in family", "Cấp Giấy phép bán lẻ…", "", "2.000620", MatchPrefix},
		{"prefix bare unique", "Đăng ký khai sinh có yếu tố nư", "", "2.000528", MatchPrefix},
		{"fuzzy typo", "Cấp giấy giới thiệu đi thăm vếng mộ liệt sĩ", "", "1.002410", MatchFuzzy},
		{"letters swapped, mended", "Đăng ký khai snih có yếu tố nước ngoài", "", "2.000528", MatchNormalized}, // swapped.go
		{"fuzzy typo", "Đăng ký khai sinnh có yếu tố nước ngoài", "", "2.000528", MatchFuzzy},
		// The agency trimmed says a district; the catalogue has the name
		// bare and "(cấp tỉnh)", and a bare name beside a province's twin
		// is as likely the ministry's: a person decides (core.go).
		{"trimmed agency beside a longer name", "Hỗ trợ phát triển sản xuất liên kết theo chuỗi giá trị tại UBND cấp huyện", "", "", MatchReview},
		{"trimmed agency of the province", "Hỗ trợ phát triển sản xuất liên kết theo chuỗi giá trị tại UBND cấp tỉnh", "", "1.011249", MatchNormalized},
		{"misspelt suffix is the longer name", "Hỗ trợ phát triển sản xuất liên kết theo chuỗi giá trị (cấp ỉtnh)", "", "1.011249", MatchNormalized},
		{"split family word", "Cấp lạ iGiấy chứng nhận đủ điều kiện trạm nạp LPG vào phương tiện vận tải", "", "1.000425", MatchNormalized}, // respaced (damage.go)
		// The old act of a recognition (renamed.go), not a shortening:
		// "Công nhận và" is an act the entry lacks.
		{"shortened", "Giải quyết chế độ ưu đãi người hoạt động cách mạng", "", "1.010788", MatchNormalized},
		{"abolished still matched", "Cấp giấy phép kinh doanh karaoke", "", "1.000001", MatchNormalized},
		// Family members the catalogue lacks match nothing.
		{"absent gia hạn", "Gia hạn Giấy phép bán lẻ rượu", "", "", MatchNone},
		{"absent thu hồi", "Thu hồi Giấy phép bán lẻ rượu", "", "", MatchNone},
		{"absent lại lưu động", "Đăng ký lại khai sinh lưu động", "", "", MatchNone},
		{"absent lưu động nước ngoài", "Đăng ký khai sinh lưu động có yếu tố nước ngoài", "", "", MatchNone},
		{"headline", "Thăm viếng mộ liệt sĩ nhân ngày 27/7", "", "", MatchNone},
		{"headline 2", "Lãnh đạo huyện thăm viếng mộ liệt sĩ", "", "", MatchNone},
		{"menu", "Trang chủ", "", "", MatchNone},
		{"empty", "", "", "", MatchNone},
		{"punctuation", "…", "", "", MatchNone},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := ix.Match(tt.text, tt.code)
			if tt.want == "" {
				assert.Nil(t, m.Procedure, "matched %+v", m.Procedure)
				assert.NotEqual(t, MatchAmbiguous, m.Kind)
				return
			}
			require.NotNil(t, m.Procedure, "kind %q candidates %v", m.Kind, m.Candidates)
			assert.Equal(t, tt.want, m.Procedure.Code)
			assert.Equal(t, tt.kind, m.Kind)
			assert.GreaterOrEqual(t, m.Score, 0.0)
			assert.LessOrEqual(t, m.Score, 1.0)
		})
	}
}

func TestMatchAmbiguous(t *testing.T) {
	ix := NewIndex(familyCatalog())
	for _, text := range []string{"Đăng ký khai sinh…", "Thủ tục đăng ký khai...", "Cấp Giấy phép…"} {
		m := ix.Match(text, "")
		assert.Equal(t, MatchAmbiguous, m.Kind, text)
		assert.Nil(t, m.Procedure, text)
		assert.GreaterOrEqual(t, len(m.Candidates), 2, text)
	}
}

func TestMatchSharedName(t *testing.T) {
	ix := NewIndex(familyCatalog())
	m := ix.Match("Công nhận và giải quyết chế độ ưu đãi người hoạt động cách mạng", "")
	require.NotNil(t, m.Procedure)
	assert.Equal(t, MatchExact, m.Kind)
	var codes []string
	for _, c := range m.Candidates {
		codes = append(codes, c.Code)
	}
	assert.Equal(t, []string{"1.010788", "1.010815"}, codes)
}

func TestMatchCodeDispute(t *testing.T) {
	ix := NewIndex(familyCatalog())
	// The name is another catalogue name word for word: the code is the typo.
	m := ix.Match("Cấp giấy giới thiệu đi thăm viếng mộ liệt sĩ", "2.000620")
	require.NotNil(t, m.Procedure)
	assert.Equal(t, "1.002410", m.Procedure.Code)
	assert.True(t, m.Disputed)
	require.NotNil(t, m.Conflict)
	assert.Equal(t, "2.000620", m.Conflict.Code)
	// A name matching nothing beside a known code (a link text): the code.
	m = ix.Match("Xem chi tiết", "2.000620")
	require.NotNil(t, m.Procedure)
	assert.Equal(t, "2.000620", m.Procedure.Code)
	assert.Equal(t, MatchCode, m.Kind)
	assert.False(t, m.Disputed)
	// A fuzzy name of another procedure: the code wins, flagged.
	m = ix.Match("Cấp giấy giới thiệu đi thăm vếng mộ liệt sĩ", "2.000620")
	assert.Equal(t, "2.000620", m.Procedure.Code)
	assert.True(t, m.Disputed)
	require.NotNil(t, m.Conflict)
	assert.Equal(t, "1.002410", m.Conflict.Code)
	// A family sibling's name word for word beside the code: the name
	// says which (the code is the likelier slip of a neighbouring
	// number), flagged.
	m = ix.Match("Cấp lại Giấy phép bán lẻ rượu", "2.000620")
	assert.Equal(t, "2.001240", m.Procedure.Code)
	assert.True(t, m.Disputed)
	require.NotNil(t, m.Conflict)
	assert.Equal(t, "2.000620", m.Conflict.Code)
	// A close name that is no catalogue name: the code decides.
	m = ix.Match("Cấp Giấy phép bán lẻ rượu tại địa phương", "2.000620")
	assert.Equal(t, "2.000620", m.Procedure.Code)
	assert.False(t, m.Disputed)
}

func TestMatchConcurrent(t *testing.T) {
	ix := NewIndex(familyCatalog())
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				m := ix.Match("Cấp giấy giới thiệu đi thăm vếng mộ liệt sĩ", "")
				if m.Procedure == nil || m.Procedure.Code != "1.002410" {
					t.Errorf("concurrent match: %+v", m)
					return
				}
			}
		}()
	}
	wg.Wait()
}

func TestLooksLikeProcedure(t *testing.T) {
	ix := NewIndex(familyCatalog())
	assert.True(t, ix.LooksLikeProcedure("Cấp giấy phép kinh doanh dịch vụ lữ hành"))
	assert.True(t, ix.LooksLikeProcedure("Thủ tục đăng ký kết hôn"))
	assert.True(t, ix.LooksLikeProcedure("Xem (1.001193)"))
	assert.False(t, ix.LooksLikeProcedure("Trang chủ"))
	assert.False(t, ix.LooksLikeProcedure("Thăm viếng mộ liệt sĩ nhân ngày 27/7"))
}

func TestNilAndEmptyCatalog(t *testing.T) {
	for _, c := range []*catalog.Catalog{nil, catalog.New("empty", nil)} {
		ix := NewIndex(c)
		m := ix.Match("Đăng ký khai sinh", "1.001193")
		assert.Nil(t, m.Procedure)
		assert.Equal(t, MatchNone, m.Kind)
	}
}

func TestOSAWithinOne(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"khai", "khai", true}, {"khai", "kahi", true}, {"khai", "khi", true},
		{"khai", "khain", true}, {"khai", "khac", true}, {"khai", "hkia", false},
		{"lai", "lia", true}, {"abc", "abcde", false}, {"", "a", true},
	} {
		assert.Equal(t, tt.want, osaWithinOne(tt.a, tt.b), "%s/%s", tt.a, tt.b)
	}
}

// An entry for a family member the catalogue lacks matches nothing, not a
// sibling, however long the shared part.
func TestFamilyMemberAbsent(t *testing.T) {
	ix := NewIndex(catalog.New("small", []catalog.Procedure{
		{Code: "1.001193", Name: "Thủ tục đăng ký khai sinh", Status: catalog.StatusActive},
		{Code: "2.000620", Name: "Cấp Giấy phép bán lẻ rượu", Status: catalog.StatusActive},
		{Code: "1.002410", Name: "Cấp giấy giới thiệu đi thăm viếng mộ liệt sĩ", Status: catalog.StatusActive},
		{Code: "1.000100", Name: "Cấp Giấy chứng nhận đủ điều kiện an toàn thực phẩm đối với cơ sở sản xuất, kinh doanh thực phẩm", Status: catalog.StatusActive},
		{Code: "2.002711", Name: "Thủ tục đánh giá, nghiệm thu nhiệm vụ cấp tỉnh sử dụng ngân sách nhà nước", Status: catalog.StatusActive},
	}))
	for _, text := range []string{
		"Đăng ký lại khai sinh",
		"Đăng ký khai sinh lưu động",
		"Đăng ký khai sinh có yếu tố nước ngoài",
		"Cấp lại Giấy phép bán lẻ rượu",
		"Cấp sửa đổi, bổ sung Giấy phép bán lẻ rượu",
		"Hỗ trợ tiền thăm viếng mộ liệt sĩ, di chuyển hài cốt liệt sĩ",
		"Cấp lại Giấy chứng nhận đủ điều kiện an toàn thực phẩm đối với cơ sở sản xuất, kinh doanh thực phẩm",
		"Gia hạn Giấy chứng nhận đủ điều kiện an toàn thực phẩm đối với cơ sở sản xuất, kinh doanh thực phẩm",
		"Thu hồi Giấy chứng nhận đủ điều kiện an toàn thực phẩm đối với cơ sở sản xuất, kinh doanh thực phẩm",
		"Thủ tục đánh giá, nghiệm thu nhiệm vụ cấp cơ sở sử dụng ngân sách nhà nước",
	} {
		m := ix.Match(text, "")
		assert.Nil(t, m.Procedure, "%q matched %v", text, m.Procedure)
	}
}

// The fast path for names written exactly as the catalogue writes them
// answers what the whole cascade answers.
func TestExactFastPathAgrees(t *testing.T) {
	cat := dvcqgCatalog(t)
	ix := NewIndex(cat)
	for _, p := range cat.Procedures {
		got := ix.Match(p.Name, "")
		n := ix.normalize(p.Name)
		want := ix.matchName(n, p.Name, isTruncated(p.Name), Context{})
		if n.Code != "" || hasDigit(p.Name) {
			continue // the code step decides those
		}
		require.Equal(t, want, got, "%q", p.Name)
	}
}

// TestCutBeforeWhom: a listing's cut right before or inside what says
// whom the procedure is for leaves it to a person; a cut elsewhere is
// the one name it starts.
func TestCutBeforeWhom(t *testing.T) {
	assertCodes(t, NewIndex(dvcqgCatalog(t)), map[string]string{
		"Đăng ký thuế lần đầu đối với người nộp thuế là…":                                   "",
		"Đăng ký biến động đối với trường hợp th…":                                          "",
		"Cấp Giấy chứng nhận đủ điều kiện an toàn thực phẩm đối với cơ sở kinh doanh thực…": "2.000117",
	})
	assert.False(t, cutBeforeWhom("a gắn liền với", "a gắn liền với đất cho b"))
	assert.True(t, cutBeforeWhom("đăng kí thuế lần đầu", "đăng kí thuế lần đầu đối với người nộp thuế"))
}

// TestListedActs: a name listing acts on one object ("Cấp, cấp lại …")
// names a procedure per act where the catalogue has them apart: a
// person decides; a catalogue name listing them is that name. Re-issue
// on expiry is issuing anew.
func TestListedActs(t *testing.T) {
	assertCodes(t, NewIndex(dvcqgCatalog(t)), map[string]string{
		"Cấp, cấp lại thẻ tư vấn viên pháp luật":                    "",
		"Cấp, cấp đổi giấy phép kinh doanh dịch vụ lữ hành quốc tế": "",
		"Cấp, cấp lại giấy phép khai thác thủy sản":                 "1.004359",
		// A licence re-issued on expiry is issued anew: one act, the
		// catalogue's "Cấp …", not "Cấp lại …" (lost or damaged).
		"Cấp, cấp lại (trường hợp hết hiệu lực) Giấy chứng nhận đủ điều kiện đầu tư trồng cây thuốc lá":       "2.000637",
		"Cấp, cấp lại (trường hợp hết hạn) Giấy phép sản xuất rượu công nghiệp (quy mô dưới 3 triệu lít/năm)": "2.001646",
		"Cấp, cấp lại Giấy phép sản xuất rượu công nghiệp (quy mô dưới 3 triệu lít/năm)":                      "",
		"Cấp mới và cấp lại do hết hạn Giấy phép bán lẻ sản phẩm thuốc lá":                                    "2.000181",
		"Cấp mới và cấp lại Giấy phép bán lẻ sản phẩm thuốc lá":                                               "",
		// Numbered or labelled, the same two acts.
		"1. Cấp, cấp lại Giấy phép bán lẻ sản phẩm thuốc lá":      "",
		"[DVCTT] Cấp, cấp lại Giấy phép bán lẻ sản phẩm thuốc lá": "",
		// Joined by a word, the same two acts.
		"Cấp và cấp lại Giấy phép sản xuất rượu công nghiệp (quy mô dưới 3 triệu lít/năm)": "",
		// Two acts the catalogue names apart, the second another word.
		"Cấp, gia hạn giấy chứng nhận đăng ký hoạt động bán hàng đa cấp": "",
		"Cấp/gia hạn giấy phép nhận chìm ở biển (cấp tỉnh)":              "",
		"Cấp hoặc gia hạn giấy phép nhận chìm ở biển (cấp tỉnh)":         "",
		// One procedure under an older title that said both acts: the
		// catalogue has no "Xác nhận …" of its own.
		"Xác nhận và giải quyết chế độ thương binh, người hưởng chính sách như thương binh": "1.010806",
	})
	assert.False(t, listsActs("cap cap lai truong hop het hieu luc giay phep"))
	assert.True(t, listsActs("thu tuc cap cap lai giay phep"))
	assert.True(t, listsActs("dang ky dang ky lai khai sinh"))
	assert.True(t, listsActs("cap va cap lai giay phep"))
	assert.True(t, listsActs("dang ky hoac dang ky lai khai sinh"))
	assert.False(t, listsActs("cap va cap giay phep"))
	assert.False(t, listsActs("cap lai giay phep"))
	assert.False(t, listsActs("cap"))
}

// TestWrittenNameFirst: of procedures sharing one name, the one the
// catalogue writes exactly as the entry comes first; a level's twin the
// page chose stays.
func TestWrittenNameFirst(t *testing.T) {
	ix := NewIndex(activeCatalog("shared.csv", []catalog.Procedure{
		{Code: "1.011250", Name: "Thủ tục hỗ trợ phát triển sản xuất cộng đồng"},
		{Code: "1.012124", Name: "Hỗ trợ phát triển sản xuất cộng đồng"},
	}))
	m := ix.Match("Hỗ trợ phát triển sản xuất cộng đồng", "")
	require.NotNil(t, m.Procedure)
	assert.Equal(t, "1.012124", m.Procedure.Code)
	assert.Len(t, m.Candidates, 2)
	m = ix.Match("Thủ tục hỗ trợ phát triển sản xuất cộng đồng", "")
	require.NotNil(t, m.Procedure)
	assert.Equal(t, "1.011250", m.Procedure.Code)
	// Written so but for letter case: that one still.
	for _, name := range []string{"hỗ trợ phát triển sản xuất cộng đồng", "HỖ TRỢ PHÁT TRIỂN SẢN XUẤT CỘNG ĐỒNG"} {
		m = ix.Match(name, "")
		require.NotNil(t, m.Procedure)
		assert.Equal(t, "1.012124", m.Procedure.Code, name)
	}
	m = ix.Match("THỦ TỤC HỖ TRỢ PHÁT TRIỂN SẢN XUẤT CỘNG ĐỒNG", "")
	require.NotNil(t, m.Procedure)
	assert.Equal(t, "1.011250", m.Procedure.Code)
	// Numbered or labelled: the words that close the entry tell.
	for name, want := range map[string]string{
		"1. Hỗ trợ phát triển sản xuất cộng đồng":                   "1.012124",
		"[DVCTT] Hỗ trợ phát triển sản xuất cộng đồng (Mức độ 4)":   "1.012124",
		"Tên thủ tục: Thủ tục hỗ trợ phát triển sản xuất cộng đồng": "1.011250",
	} {
		m = ix.Match(name, "")
		require.NotNil(t, m.Procedure, name)
		assert.Equal(t, want, m.Procedure.Code, name)
	}
	// Written neither way: the first by code.
	m = ix.Match("Hỗ trợ phát triển sản xuất cộng đồng.", "")
	require.NotNil(t, m.Procedure)
	assert.Len(t, m.Candidates, 2)
	// Procedures a page's level or agency may tell apart keep the order
	// the context gave.
	ix = NewIndex(activeCatalog("scoped.csv", []catalog.Procedure{
		{Code: "1.011250", Name: "Thủ tục hỗ trợ phát triển sản xuất cộng đồng", Levels: []catalog.Level{catalog.LevelTinh}},
		{Code: "1.012124", Name: "Hỗ trợ phát triển sản xuất cộng đồng", Levels: []catalog.Level{catalog.LevelXa}},
	}))
	m = ix.Match("HỖ TRỢ PHÁT TRIỂN SẢN XUẤT CỘNG ĐỒNG", "")
	require.NotNil(t, m.Procedure)
	assert.Equal(t, "1.011250", m.Procedure.Code)
}

// TestWithoutSettling: an entry that is a catalogue name without its
// opening "Giải quyết" is that name, not the names holding it after an
// act of their own ("Tiếp tục hưởng …"); "Đăng ký hưởng X" asks for it.
func TestWithoutSettling(t *testing.T) {
	assertCodes(t, NewIndex(dvcqgCatalog(t)), map[string]string{
		"Hưởng trợ cấp thất nghiệp":             "1.001978",
		"Hưởng trợ cấp thất nghiệp (Cấp tỉnh)":  "1.001978",
		"Tiếp tục hưởng trợ cấp thất nghiệp":    "1.001966",
		"Thủ tục hưởng bảo hiểm xã hội một lần": "1.001613",
		"Đăng ký hưởng trợ cấp thất nghiệp":     "1.001978",
		"Hưởng chế độ bảo hiểm xã hội một lần":  "1.001613",
		"Hưởng ốm đau": "1.001667",
	})
}

// TestWithoutPlurals: plural markers inside a name are dropped word for
// word from both forms; a name without one, or opening with one, is
// left alone.
func TestWithoutPlurals(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Chứng thực bản sao từ bản chính các giấy tờ, văn bản", "chứng thực bản sao từ bản chính giấy tờ văn bản"},
		{"Cấp giấy phép cho những người nước ngoài", "cấp giấy phép cho người nước ngoài"},
		{"Các thủ tục về hộ tịch", ""},
		{"Đăng ký khai sinh", ""},
	} {
		n := textnorm.Normalize(tc.in)
		v, ok := withoutPlurals(n)
		if tc.want == "" {
			assert.False(t, ok, tc.in)
			continue
		}
		require.True(t, ok, tc.in)
		assert.Equal(t, tc.want, v.Key)
		assert.Equal(t, textnorm.Fold(tc.want), v.Folded)
	}
}

// TestExchangeSaidShort: "Đổi X" is the catalogue's "Cấp đổi X", no
// catalogue name being both; "Đổi tên …" renames. The citizen's
// identity card is the identity card since the 2023 law.
func TestExchangeSaidShort(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	assertLevelCodes(t, ix, []levelCase{
		{catalog.LevelTinh, "Đổi thẻ căn cước", "2.001195"},
		{catalog.LevelTinh, "Đổi thẻ Căn cước công dân", "2.001195"},
		{catalog.LevelBo, "Đổi thẻ Căn cước công dân", "1.000889"},
		{catalog.LevelBo, "Cấp lại thẻ Căn cước công dân", "1.000757"},
		{catalog.LevelTinh, "Thủ tục đổi Bằng Tổ quốc ghi công", "1.010777"},
		{catalog.LevelTinh, "Đổi giấy phép lái xe", "3.000347"},
	})
	doi, cap := textnorm.Key("đổi"), textnorm.Key("cấp")
	for pi, p := range ix.procs {
		k := strings.Fields(ix.normalize(p.Name).Key)
		for i := 0; i < len(k) && i < 3; i++ {
			if k[i] == doi && (i+1 >= len(k) || k[i+1] != textnorm.Key("tên")) && (i == 0 || k[i-1] != cap) {
				// Its own "Cấp đổi X" alias (exchange.go) aside.
				twin := strings.Join(append(append(slices.Clone(k[:i]), cap), k[i:]...), " ")
				o, ok := ix.byKey[twin]
				assert.False(t, ok && !slices.Contains(ix.names[o].procs, int32(pi)), "%q has a twin \"Cấp đổi …\"", p.Name)
			}
		}
	}
}

// TestCivilStatusPaper: "Cấp giấy khai sinh" and the like name a civil
// status registration by the paper it gives; a copy or a new issue of
// the paper stays another procedure, and no catalogue name opens with
// such a paper.
func TestCivilStatusPaper(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	assertLevelCodes(t, ix, []levelCase{
		{catalog.LevelXa, "Thủ tục cấp giấy khai sinh", "1.001193"},
		{catalog.LevelXa, "Cấp giấy chứng nhận kết hôn", "1.000894"},
		{catalog.LevelXa, "Cấp giấy chứng tử", "1.000656"},
		{catalog.LevelXa, "Cấp giấy khai sinh lưu động", "1.003583"},
		{catalog.LevelXa, "Cấp bản sao giấy khai sinh", "2.000635"},
		{catalog.LevelXa, "Cấp lại giấy khai sinh", ""},
	})
	for _, p := range ix.procs {
		f := textnorm.Fold(p.Name)
		for _, lead := range []string{"cap giay khai sinh", "lam giay khai sinh", "cap giay chung nhan ket hon", "cap giay chung tu"} {
			assert.False(t, strings.HasPrefix(f, lead) || strings.HasPrefix(f, "thu tuc "+lead), "%q opens with %q", p.Name, lead)
		}
	}
}

// TestAdjustmentSaidShort: "Điều chỉnh X" is the catalogue's "Cấp điều
// chỉnh X", no catalogue name being both; a name the catalogue itself
// opens with "Điều chỉnh" stays its own.
func TestAdjustmentSaidShort(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	assertLevelCodes(t, ix, []levelCase{
		{catalog.LevelTinh, "Điều chỉnh giấy phép kinh doanh tiền chất thuốc nổ", "1.000539"},
		{catalog.LevelTinh, "Điều chỉnh giấy phép xây dựng", "1.013231"},
		{catalog.LevelXa, "Điều chỉnh giấy phép xây dựng", "1.013226"},
	})
	adj, cap := textnorm.Key("điều chỉnh"), textnorm.Key("cấp")
	for _, p := range ix.procs {
		k := ix.normalize(p.Name).Key
		if rest, ok := strings.CutPrefix(k, adj+" "); ok {
			_, twin := ix.byKey[cap+" "+adj+" "+rest]
			assert.False(t, twin, "%q has a twin \"Cấp điều chỉnh …\"", p.Name)
		}
	}
}

// TestCutBeforeEveryone: a name stopping right before "cho" and the
// several people its one procedure serves is that procedure; one that
// stops inside them, or before machines listed, is not.
func TestCutBeforeEveryone(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	assertLevelCodes(t, ix, []levelCase{
		{"tinh", "Cấp Phiếu lý lịch tư pháp.", "3.000333"},
		{"xa", "22. Cấp phiếu lý lịch tư pháp", "3.000333"},
		{"tinh", "Cấp Phiếu Lý lịch tư pháp cho công dân Việt Nam", ""}, // the justice department's, before 2025
	})
	left := leaveOutIndex(t, "1.000354")
	assertLevelCodes(t, left, []levelCase{
		// "… cho các tổ chức thực hiện kiểm định đối với các máy, …"
		{"tinh", "Cấp Giấy chứng nhận đủ điều kiện hoạt động kiểm định kỹ thuật an toàn lao động", ""},
	})
}

// TestOwnLocality: a name the catalogue lists "thuộc địa phương quản lý"
// beside its ministry's twin, published without the words on a local
// portal, is the local one; on a ministry's portal or one of no level it
// goes to a person.
func TestOwnLocality(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	assertLevelCodes(t, ix, []levelCase{
		{catalog.LevelTinh, "Phê duyệt Đề án du lịch sinh thái, nghỉ dưỡng, giải trí trong rừng đặc dụng", "1.000084"},
		{catalog.LevelTinh, "Phê duyệt/điều chỉnh đề án du lịch sinh thái, nghỉ dưỡng, giải trí trong rừng đặc dụng", "1.000084"},
		{catalog.LevelBo, "Phê duyệt Đề án du lịch sinh thái, nghỉ dưỡng, giải trí trong rừng đặc dụng", ""},
		{"", "Phê duyệt Đề án du lịch sinh thái, nghỉ dưỡng, giải trí trong rừng đặc dụng", ""},
		{catalog.LevelTinh, "Phê duyệt Đề án du lịch sinh thái, nghỉ dưỡng, giải trí trong rừng đặc dụng thuộc Bộ quản lý", ""},
	})
	for in, want := range map[string]string{
		"Thanh lý rừng trồng thuộc thẩm quyền quyết định của địa phương": "thuộc thẩm quyền quyết định của địa phương",
		"Phê duyệt đề án trong rừng đặc dụng thuộc địa phương quản lý":   "thuộc địa phương quản lý",
		"Cho phép họp báo trong nước (địa phương)":                       "",
		"Hội đồng cấp cơ sở tại địa phương":                              "",
	} {
		assert.Equal(t, textnorm.Key(want), strings.Join(localityTail(strings.Fields(textnorm.Key(in))), " "), in)
	}
}

// TestFrontBracketMoved: a case written in a bracket in front of a name
// is read where names say it, at the end; a level in front stays, and a
// processing note in front still finds its procedure.
func TestFrontBracketMoved(t *testing.T) {
	assertCutsOrNothing(t, frontBracketMoved, map[string]string{
		"(Cấp lần đầu đối với phương tiện chưa khai thác) Cấp Giấy chứng nhận đăng ký phương tiện thủy nội địa": "Cấp Giấy chứng nhận đăng ký phương tiện thủy nội địa (Cấp lần đầu đối với phương tiện chưa khai thác)",
		"(Cấp tỉnh) Đăng ký khai sinh cho trẻ": "",
		"Đăng ký khai sinh (lưu động)":         "",
		"(Mới) Đăng ký":                        "",
	})
	ix := NewIndex(dvcqgCatalog(t))
	assertLevelCodes(t, ix, []levelCase{
		{catalog.LevelHuyen, "(Cấp lần đầu đối với phương tiện chưa khai thác) Cấp Giấy chứng nhận đăng ký phương tiện thủy nội địa", "1.004088"},
		{catalog.LevelHuyen, "(Cấp lần đầu đối với phương tiện đang khai thác) Cấp Giấy chứng nhận đăng ký phương tiện thủy nội địa", "1.004047"},
		{catalog.LevelHuyen, "(Trường hợp phải xác minh) Đăng ký khai sinh", "1.001193"},
	})
}

// TestCaseClauseBracketed: a case said in the run of a name, last in it,
// is read as a bracket; a twin the catalogue tells by its case stays for
// a person.
func TestCaseClauseBracketed(t *testing.T) {
	assertFormFinds(t, caseClauseBracketed, map[string]string{
		"Cấp lại Chứng chỉ kiểm định viên đối với trường hợp bị hỏng hoặc mất": "Cấp lại Chứng chỉ kiểm định viên (trường hợp bị hỏng hoặc mất)",
		"Cấp lại Chứng chỉ kiểm định viên trong trường hợp hết hạn.":           "Cấp lại Chứng chỉ kiểm định viên (trường hợp hết hạn)",
		"Cấp lại X (trong trường hợp bị mất)":                                  "",
		"CẤP LẠI CHỨNG CHỈ KIỂM ĐỊNH VIÊN ĐỐI VỚI TRƯỜNG HỢP HẾT HẠN":          "CẤP LẠI CHỨNG CHỈ KIỂM ĐỊNH VIÊN (trường hợp HẾT HẠN)",
		"Đăng ký khai sinh": "",
	}, []levelCase{
		{catalog.LevelTinh, "Cấp lại Chứng chỉ kiểm định viên đối với trường hợp bị hỏng hoặc mất", "2.000066"},
		{catalog.LevelBo, "CẤP LẠI CHỨNG CHỈ KIỂM ĐỊNH VIÊN ĐỐI VỚI TRƯỜNG HỢP BỔ SUNG, SỬA ĐỔI NỘI DUNG CHỨNG CHỈ KIỂM ĐỊNH VIÊN", "2.000066"},
		{catalog.LevelTinh, "Cấp lại chứng chỉ hành nghề biên tập trong trường hợp bị mất", ""},
	})
	// A list naming the case in the run as a procedure of its own: a
	// typo in the case is no reason to answer the bare one; two letters
	// swapped are put back (swapped.go).
	siblings := NewIndex(activeCatalog("siblings.csv", []catalog.Procedure{
		{Code: "1.000001", Name: "Đề nghị thẩm định lại sách giáo khoa"},
		{Code: "1.000002", Name: "Đề nghị thẩm định lại sách giáo khoa trong trường hợp bị mất"},
	}))
	assertCodes(t, siblings, map[string]string{
		"Đề nghị thẩm định lại sách giáo khoa trong trường hợp bị mấy": "1.000002",
		"Đề nghị thẩm định lại sách giáo khoa trong trường hợp ịb mất": "1.000002",
		"Đề nghị thẩm định lại sách giáo khoa trong trường hợp bị mất": "1.000002",
	})
}

// TestOneSpaced: white space runs read as one plain space before any cut
// reads the words, so a page's no-break or doubled spaces change nothing.
func TestOneSpaced(t *testing.T) {
	for in, want := range map[string]string{
		"QT01.\u00a0Cấp bản sao từ sổ gốc":    "QT01. Cấp bản sao từ sổ gốc",
		" Đổi giấy phép lái xe  trực tuyến\n": "Đổi giấy phép lái xe trực tuyến",
		"Cấp\tlại": "Cấp lại",
	} {
		got, ok := oneSpaced(in)
		assert.True(t, ok, in)
		assert.Equal(t, want, got)
	}
	_, ok := oneSpaced("Đăng ký khai sinh")
	assert.False(t, ok)
	assertLevelCodes(t, NewIndex(dvcqgCatalog(t)), []levelCase{
		{catalog.LevelXa, "QT01.\u00a0Cấp bản sao từ sổ gốc", "2.000908"},
		{catalog.LevelXa, "QT03.\u00a0Chứng thực chữ ký", "2.000884"},
		{catalog.LevelXa, "Mộ Lao - TPHT 30:  Đăng ký lại việc nuôi con nuôi trong nước", "2.001255"},
		{"", "Đổi giấy phép lái xe  trực tuyến", "3.000347"},
		// The list's own double space is found as written.
		{"", "Đăng ký xe lần đầu trực tuyến toàn trình đối với xe sản xuất lắp ráp trong nước thực hiện tại cấp tỉnh,  cấp xã", "1.012575"},
	})
}

// FuzzOneSpaced: oddSpace finds every text strings.Fields would change,
// and oneSpaced gives it with single spaces.
func FuzzOneSpaced(f *testing.F) {
	for _, s := range []string{"Đăng ký khai sinh", " a", "a ", "a  b", "a\u00a0b", "a\u3000b", "a\u2009b", "a\u202fb", "a\tb", "", "\u0085", "a\u205fb", "a\u1680b", "a\u2028b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		plain := strings.Join(strings.Fields(s), " ")
		got, ok := oneSpaced(s)
		if !ok {
			require.Equal(t, plain, s, "odd white space left in %q", s)
			return
		}
		require.Equal(t, plain, got)
	})
}

// TestListJoinedByWord: a list joined by "và" is read as the list
// joined by commas: an answer the comma list refuses goes to a person;
// a name holding "và" of its own keeps its code.
func TestListJoinedByWord(t *testing.T) {
	assertLevelCodes(t, NewIndex(dvcqgCatalog(t)), []levelCase{
		{catalog.LevelTinh, "Cấp Giấy chứng nhận đủ điều kiện an toàn thực phẩm đối với cơ sở sản xuất và kinh doanh thực phẩm", ""},
		{catalog.LevelXa, "Liên thông điện tử: đăng ký khai sinh và đăng ký thường trú, cấp thẻ bảo hiểm y tế, cấp thẻ căn cước cho trẻ em dưới 6 tuổi", ""},
		{"", "Thu hồi Giấy chứng nhận đã cấp không đúng quy định của pháp luật đất đai do người sử dụng đất, chủ sở hữu tài sản gắn liền với đất phát hiện và cấp lại Giấy chứng nhận s", "1.012791"},
		{catalog.LevelXa, "Đăng ký khai sinh, đăng ký thường trú và cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi", "2.002621"},
	})
	assert.Equal(t, "a, b, c", listJoined("a Và b và c"))
}

// TestDanglingWordIsCut: a name that stops on a word no name ends on was
// cut by its listing, marked or not; the words that may end a name, and
// "… cho mọi trường hợp", do not make a cut.
func TestDanglingWordIsCut(t *testing.T) {
	for text, want := range map[string]bool{
		"Thủ tục đăng ký kết hôn có yếu tố nước ngoài tại":                      true,
		"Cấp giấy phép vào cảng, bến thủy nội địa đối với":                      true,
		"Giải quyết việc nuôi con nuôi có yếu tố nước ngoài đối với trường hợp": true,
		"Đăng ký khai sinh …":           true,
		"Thủ tục cho phép đón đoàn vào": false,
		"Thủ tục cấp lại Quyết định chỉ định tổ chức đánh giá sự phù hợp":               false,
		"bổ sung hộ tịch cho mọi trường hợp":                                            false,
		"Thủ tục tặng Cờ thi đua của Chính phủ theo công trạng và thành tích đạt được.": false,
		"Đăng ký khai sinh": false,
	} {
		assert.Equal(t, want, isTruncated(text), text)
	}
	// Cut on "tại", the name is one it starts ("… tại khu vực biên
	// giới", 1.000094), not the shorter name its words make, 2.000806.
	m := NewIndex(dvcqgCatalog(t)).MatchIn("Thủ tục đăng ký kết hôn có yếu tố nước ngoài tại", "", Context{})
	assert.Nil(t, m.Procedure, "%s", m.Kind)
}

// TestCutNameSpeltOut: a name a listing cut is the start of longer
// names also when it is written with abbreviations or after a page's
// labels; the plain name its words go beyond is never the answer.
func TestCutNameSpeltOut(t *testing.T) {
	ix := NewIndex(dvcqgCatalog(t))
	for _, entry := range []string{
		"Thủ tục cấp GCN đủ điều kiện kinh doanh hoạt động thể thao đối...",
		"Cấp GCN kiểm dịch động vật, sản phẩm động vật trên...",
	} {
		m := ix.Match(entry, "")
		assert.Nil(t, m.Procedure, "%s: %s", entry, m.Kind)
		assert.Equal(t, MatchAmbiguous, m.Kind, entry)
	}
	// Found loosely (a lead, a typo), a name cut where several go on
	// alike is any of them.
	for _, entry := range []string{
		"HỒ SƠ THỦ TỤC CẤP GIẤY CHỨNG NHẬN ĐỦ ĐIỀU KIỆN KINH DOANH HOẠT ĐỘNG THỂ THAO ...",
		"Thủ tục Cấp Giấy chứng nhn đủ điều kiện kinh doanh hoạt động thể thao....",
	} {
		m := ix.Match(entry, "")
		assert.Nil(t, m.Procedure, "%s: %s", entry, m.Kind)
	}
	assert.True(t, isTruncated("Thủ tục cấp Giấy chứng nhận chuyển giao công nghệ…."), "an ellipsis and a full stop")
	m := ix.Match("Bộ phận Một cửa: Đăng ký dự thi cấp chứng chỉ kiểm toán viên hoặc chứng chỉ kế...", "")
	require.NotNil(t, m.Procedure, "%s", m.Kind)
	assert.Equal(t, "1.007411", m.Procedure.Code, "not 1.007413, whose words it shares")
}

// TestCutNameMarks: a cut name found by its folded start must write its
// last word with the marks the name does: "báo" (a newspaper) is not the
// start of "bảo vật" (a treasure). Without marks, cut inside the name's
// word ("Căm" of "Campuchia"), or with one slip of marks before the cut,
// it is still the name's start.
func TestCutNameMarks(t *testing.T) {
	assertLevelCodes(t, NewIndex(dvcqgCatalog(t)), []levelCase{
		{catalog.LevelTinh, "Thủ tục công nhận báo …", ""},
		{catalog.LevelTinh, "Thủ tục công nhận Báo...", ""},
		{catalog.LevelTinh, "cong nhan bao vat quoc gia doi voi bao tang ngoai cong lap...", "1.003835"},
		{catalog.LevelXa, "Giải quyết chế độ trợ cấp một lần đối với người được cử làm chuyên gia sang giúp Lào, Căm …", "1.004964"},
		{catalog.LevelXa, "Thực hiện hỗ trợ khi hòa giải viên gặp tai nạn hoặc rủi ro ảnh hướng đến sức khỏe, tính …", "2.000424"},
	})
}
