package catalog

import (
	"bytes"
	"encoding/csv"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"

	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// summary is one procedure on one line, "row | code | name | fields |
// levels | agencies | status | decision", so that a table of expectations
// stays readable.
func summary(p Procedure) string {
	var ls []string
	for _, l := range p.Levels {
		ls = append(ls, string(l))
	}
	row := p.Row[strings.LastIndexByte(p.Row, ':')+1:]
	return strings.Join([]string{row, p.Code, p.Name, strings.Join(p.Fields, "; "), strings.Join(ls, ","),
		strings.Join(p.Agencies, "; "), string(p.Status), p.Decision}, " | ")
}

func summaries(c *Catalog) []string {
	var out []string
	for _, p := range c.Procedures {
		out = append(out, summary(p))
	}
	return out
}

// TestLoadLayouts reads one fixture of every layout the contract names.
func TestLoadLayouts(t *testing.T) {
	tests := map[string][]string{
		"simple.csv": {
			"5 | 1.001193 | Cấp giấy phép hoạt động giáo dục nghề nghiệp | Giáo dục nghề nghiệp | tinh,khac | Sở Lao động - Thương binh và Xã hội | abolished | ",
			"3 | 1.002519 | Giải quyết chế độ trợ cấp thờ cúng liệt sĩ | Người có công | huyen,xa | Ủy ban nhân dân cấp xã | active | ",
			"2 | 1.010801 | Thủ tục giải quyết chế độ trợ cấp một lần đối với người được cử làm chuyên gia sang giúp Lào, Cam-pu-chia | Người có công | huyen | Phòng Lao động - Thương binh và Xã hội | active | ",
			"4 | 2.000566 | Đăng ký khai sinh | Hộ tịch | xa | UBND cấp xã | active | ",
			"6 | 3.000001 | Thủ tục xác nhận thông tin hộ tịch | Hộ tịch | bo | Bộ Tư pháp | abolished | ",
		},
		"semicolon-bom.csv": {
			"6 | 1.002519 | Giải quyết chế độ trợ cấp thờ cúng liệt sĩ | Người có công | huyen,xa |  | active | 1234/QĐ-UBND",
			"5 | 1.010801 | Giải quyết chế độ trợ cấp một lần đối với người được cử làm chuyên gia sang giúp Lào, Cam-pu-chia | Người có công | huyen |  | active | 1234/QĐ-UBND",
			"7 | 2.000566 | Đăng ký khai sinh | Hộ tịch | xa |  | abolished | 1234/QĐ-UBND",
		},
		"multiline.csv": {
			"2 | 1.010801 | Giải quyết chế độ trợ cấp một lần đối với người được cử làm chuyên gia sang giúp Lào, Cam-pu-chia | Người có công | huyen,xa | Phòng Lao động - Thương binh và Xã hội; Ủy ban nhân dân cấp xã | active | ",
			"4 | 2.000566 | Đăng ký khai sinh | Hộ tịch; Tư pháp | xa | UBND xã, phường, thị trấn | active | ",
		},
		"annex.csv": {
			"19 | 1.000656 | Đăng ký khai tử | Hộ tịch | xa | UBND cấp xã | active | 567/QĐ-UBND",
			"14 | 1.002519 | Giải quyết chế độ trợ cấp thờ cúng liệt sĩ | Người có công | huyen,xa | Phòng Lao động - Thương binh và Xã hội; Ủy ban nhân dân cấp xã | active | 567/QĐ-UBND",
			"8 | 1.010819 | Giải quyết chế độ ưu đãi đối với Bà mẹ Việt Nam anh hùng | Người có công | tinh | Sở Lao động - Thương binh và Xã hội | active | 567/QĐ-UBND",
			"9 | 1.010820 | Thủ tục cấp bổ sung hoặc cấp lại giấy chứng nhận người có công do ngành Lao động - Thương binh và Xã hội quản lý và giấy chứng nhận thân nhân liệt sĩ | Người có công | tinh | Sở Lao động - Thương binh và Xã hội | active | 567/QĐ-UBND",
			"11 | 2.000286 | Giải thể cơ sở trợ giúp xã hội công lập thuộc Sở | Bảo trợ xã hội | tinh | Sở Lao động - Thương binh và Xã hội | active | 567/QĐ-UBND",
		},
		"procedures.json": {
			"7 | 1.000656 | Đăng ký khai tử |  |  |  | active | ",
			"4 | 1.002519 | Giải quyết chế độ trợ cấp thờ cúng liệt sĩ | Người có công | huyen,xa | Phòng Lao động - Thương binh và Xã hội; UBND cấp xã | active | ",
			"2 | 1.010801 | Giải quyết chế độ trợ cấp một lần đối với người được cử làm chuyên gia sang giúp Lào, Cam-pu-chia | Người có công | huyen | Phòng Lao động - Thương binh và Xã hội | active | ",
			"6 | 2.000566 | Đăng ký khai sinh | Hộ tịch | xa |  | abolished | ",
		},
		"national-export.csv": {
			"3 | 1.010801 | Giải quyết chế độ trợ cấp một lần đối với người được cử làm chuyên gia sang giúp Lào, Cam-pu-chia | Người có công |  | Phòng Lao động - Thương binh và Xã hội; Ủy ban nhân dân cấp xã | active | ",
			"4 | 2.000566 | Đăng ký khai sinh | Hộ tịch; Tư pháp |  | UBND xã, phường, thị trấn | active | ",
		},
		"national-export.xlsx": {
			"6 | 1.002519 | Giải quyết chế độ trợ cấp thờ cúng liệt sĩ | Người có công |  | Ủy ban nhân dân cấp xã | active | ",
			"3 | 1.010801 | Giải quyết chế độ trợ cấp một lần đối với người được cử làm chuyên gia sang giúp Lào, Cam-pu-chia | Người có công |  | Phòng Lao động - Thương binh và Xã hội; Ủy ban nhân dân cấp xã | active | ",
			"5 | 1.010820 | Thủ tục cấp bổ sung hoặc cấp lại giấy chứng nhận người có công | Người có công |  | Sở Lao động - Thương binh và Xã hội | active | ",
			"4 | 2.000566 | Đăng ký khai sinh | Hộ tịch; Tư pháp |  | UBND xã, phường, thị trấn | active | ",
		},
		"annex.xlsx": {
			"20 | 1.000656 | Đăng ký khai tử | Hộ tịch | xa | Ủy ban nhân dân cấp xã | active | 1234/QĐ-UBND",
			"13 | 1.002519 | Giải quyết chế độ trợ cấp thờ cúng liệt sĩ | Người có công | huyen,xa | Phòng Lao động - Thương binh và Xã hội; Ủy ban nhân dân cấp xã | active | 1234/QĐ-UBND",
			"7 | 1.010819 | Giải quyết chế độ ưu đãi đối với Bà mẹ Việt Nam anh hùng | Người có công | tinh,huyen | Sở Lao động - Thương binh và Xã hội; Phòng Lao động - Thương binh và Xã hội | active | 1234/QĐ-UBND",
			"8 | 1.010820 | Thủ tục cấp bổ sung hoặc cấp lại giấy chứng nhận người có công | Người có công | tinh | Sở Lao động - Thương binh và Xã hội | active | 1234/QĐ-UBND",
			"10 | 2.000286 | Giải thể cơ sở trợ giúp xã hội công lập thuộc Sở | Bảo trợ xã hội | tinh | Sở Lao động - Thương binh và Xã hội | active | 1234/QĐ-UBND",
			"19 | 2.000566 | Đăng ký khai sinh | Hộ tịch | xa | Ủy ban nhân dân cấp xã | active | 1234/QĐ-UBND",
		},
		"annex-merged-field.xlsx": {
			"3 | 1.002519 | Giải quyết chế độ trợ cấp thờ cúng liệt sĩ | Người có công | xa |  | active | ",
			"4 | 1.010801 | Giải quyết chế độ trợ cấp một lần đối với người được cử làm chuyên gia sang giúp Lào, Cam-pu-chia | Người có công | huyen,xa |  | active | ",
			"5 | 1.010819 | Giải quyết chế độ ưu đãi đối với Bà mẹ Việt Nam anh hùng | Người có công | xa |  | abolished | ",
			"6 | 2.000566 | Đăng ký khai sinh | Hộ tịch | xa |  | active | ",
		},
	}
	for name, want := range tests {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(fixtureDir, name)
			c, err := Load(path)
			require.NoError(t, err)
			assert.Equal(t, want, summaries(c))
			assert.Equal(t, path, c.Source)
			for _, p := range c.Procedures {
				assert.True(t, strings.HasPrefix(p.Row, path+":"), p.Row)
				got, ok := c.ByCode(p.Code)
				assert.True(t, ok)
				assert.Equal(t, p.Name, got.Name)
			}
		})
	}
}

// TestLoadErrors checks every broken catalogue gives file:row: reason, as a
// *RowError, and no catalogue.
func TestLoadErrors(t *testing.T) {
	tests := []struct {
		file string
		row  int
		want string
	}{
		{"err-no-name-column.csv", 2, "không có cột tên thủ tục (no name column"},
		{"err-no-header.csv", 1, "không tìm thấy dòng tiêu đề"},
		{"err-duplicate-code.csv", 4, "mã 1.002519 đã có ở dòng 2 với tên khác"},
		{"err-duplicate-code.xlsx", 8, "mã 1.002519 đã có ở dòng 3 với tên khác"},
		{"err-unknown-level.csv", 3, `cấp thực hiện không rõ "Cấp Thôn" (unknown level`},
		{"err-unknown-level.json", 2, `cấp thực hiện không rõ "thon"`},
		{"err-unknown-level-section.csv", 4, `cấp thực hiện không rõ "B. THỦ TỤC HÀNH CHÍNH CẤP THÔN" trong dòng tiêu đề mục`},
		{"err-empty-name.csv", 3, "tên thủ tục trống (empty name for code 2.000566)"},
		{"err-invalid-code.csv", 3, `mã thủ tục không hợp lệ "4.00056" (invalid code`},
		{"err-invalid-code.json", 3, `mã thủ tục không hợp lệ "1.2519"`},
		{"err-no-code.csv", 4, "thiếu mã thủ tục (no code: the file has no code column"},
		{"err-annex-no-code.xlsx", 7, "thiếu mã thủ tục"},
		{"err-unknown-status.csv", 2, `trạng thái không rõ "Tạm dừng"`},
		{"err-not-array.json", 1, "JSON phải là một mảng thủ tục"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join(fixtureDir, tt.file)
			c, err := Load(path)
			require.Error(t, err)
			assert.Nil(t, c)
			var re *RowError
			require.True(t, errors.As(err, &re), "%T", err)
			assert.Equal(t, path, re.File)
			assert.Equal(t, tt.row, re.Row)
			assert.Contains(t, re.Reason, tt.want)
			assert.True(t, strings.HasPrefix(err.Error(), path+":"+itoa(tt.row)+": "), err.Error())
		})
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

func TestLoadFileErrors(t *testing.T) {
	_, err := Load(filepath.Join(fixtureDir, "does-not-exist.csv"))
	require.ErrorContains(t, err, "does-not-exist.csv: không mở được tệp danh mục")
	_, err = LoadReader("danh-muc.xls", strings.NewReader("x"))
	require.ErrorContains(t, err, "danh-muc.xls: định dạng .xls cũ không được hỗ trợ")
	_, err = LoadReader("danh-muc.pdf", strings.NewReader("x"))
	require.ErrorContains(t, err, `unknown catalogue format ".pdf"`)
	_, err = LoadReader("hong.xlsx", strings.NewReader("not a zip"))
	require.ErrorContains(t, err, "hong.xlsx: tệp không phải Excel .xlsx")
}

// TestLoadNational reads the real national list: all 2,929 codes, fast.
func TestLoadNational(t *testing.T) {
	const path = "../../testdata/dvcqg/procedures.csv"
	start := time.Now()
	c, err := Load(path)
	elapsed := time.Since(start)
	require.NoError(t, err)
	require.Len(t, c.Procedures, 2929)
	t.Logf("loaded %d procedures in %v", len(c.Procedures), elapsed)

	raw, err := os.ReadFile(path)
	require.NoError(t, err)
	recs, err := csv.NewReader(bytes.NewReader(raw)).ReadAll()
	require.NoError(t, err)
	require.Equal(t, []string{"ma_tthc", "ten_thu_tuc"}, recs[0][:2])
	nonNFC := 0
	for _, rec := range recs[1:] {
		p, ok := c.ByCode(rec[0])
		require.True(t, ok, rec[0])
		assert.Equal(t, textnorm.Key(rec[1]), textnorm.Key(p.Name), rec[0])
		assert.True(t, norm.NFC.IsNormalString(p.Name), rec[0])
		if !norm.NFC.IsNormalString(rec[1]) {
			nonNFC++
			assert.Equal(t, textnorm.Key(norm.NFC.String(rec[1])), textnorm.Key(rec[1]), rec[0])
		}
		assert.Empty(t, p.Levels, "the national list says nothing of levels")
		assert.True(t, p.Active())
	}
	assert.Positive(t, nonNFC, "the real list has non-NFC names")
	t.Logf("%d non-NFC names give the key of their NFC form", nonNFC)
}

func TestHeaderColumn(t *testing.T) {
	tests := map[string]column{
		"Mã TTHC": colCode, "MÃ TTHC": colCode, "Mã  thủ tục": colCode, "Ma so": colCode, "mã số": colCode,
		"code": colCode, "CODE": colCode, "ma_tthc": colCode, "MãTTHC": colCode, "Mã số TTHC (1)": colCode,
		"Tên thủ tục": colName, "TÊN THỦ TỤC HÀNH CHÍNH": colName, "Tên TTHC": colName, "Tên": colName,
		"name": colName, "ten_thu_tuc": colName, "Tên thủ tục\nhành chính": colName, "Thủ tục hành chính": colName,
		"Lĩnh vực": colField, "LINH VUC": colField, "field": colField,
		"Cấp thực hiện": colLevels, "levels": colLevels,
		"Cơ quan thực hiện": colAgency, "agency": colAgency,
		"Trạng thái": colStatus, "Tình trạng": colStatus, "status": colStatus,
		"Quyết định công bố": colDecision, "Số quyết định": colDecision, "decision": colDecision,
		"STT": colNumber, "Cơ quan ban hành": colNone, "Ghi chú": colNone, "": colNone,
		"DANH SÁCH THỦ TỤC HÀNH CHÍNH": colNone,
	}
	for in, want := range tests {
		assert.Equal(t, want, headerColumn(in), in)
	}
}

func TestParseLevels(t *testing.T) {
	tests := []struct {
		in   string
		want []Level
		bad  string
	}{
		{"Cấp Bộ", []Level{LevelBo}, ""},
		{"CẤP TỈNH", []Level{LevelTinh}, ""},
		{"cấp huyện", []Level{LevelHuyen}, ""},
		{"Xã", []Level{LevelXa}, ""},
		{"Cơ quan khác", []Level{LevelKhac}, ""},
		{"bo, tinh; huyen\nxa", []Level{LevelBo, LevelTinh, LevelHuyen, LevelXa}, ""},
		{"Cấp Xã, Cấp Huyện, Cấp Xã", []Level{LevelHuyen, LevelXa}, ""},
		{"Cấp Huyện/Cấp Xã", []Level{LevelHuyen, LevelXa}, ""},
		{"Cấp Thôn", nil, "Cấp Thôn"},
		{"tinh, ấp", nil, "ấp"},
	}
	for _, tt := range tests {
		got, bad := parseLevels(tt.in)
		assert.Equal(t, tt.want, got, tt.in)
		assert.Equal(t, tt.bad, bad, tt.in)
	}
}

func TestParseStatus(t *testing.T) {
	tests := map[string]Status{
		"": StatusActive, "Còn hiệu lực": StatusActive, "CÒN HIỆU LỰC": StatusActive, "active": StatusActive,
		"Hết hiệu lực": StatusAbolished, "Bãi bỏ": StatusAbolished, "Đã bãi bỏ": StatusAbolished,
		"abolished": StatusAbolished, " đã  bãi bỏ ": StatusAbolished,
	}
	for in, want := range tests {
		got, ok := parseStatus(in)
		assert.True(t, ok, in)
		assert.Equal(t, want, got, in)
	}
	_, ok := parseStatus("Tạm dừng")
	assert.False(t, ok)
}

// TestLoadReaderCases covers what the fixtures do not: tab separation,
// UTF-16, the decision column, Excel's dropped zeros only in XLSX.
func TestLoadReaderCases(t *testing.T) {
	tests := []struct {
		name, file, data string
		want             []string
		err              string
	}{
		{name: "tab separated", file: "a.tsv", data: "Mã TTHC\tTên thủ tục\tCấp thực hiện\n1.002519\tGiải quyết, chế độ\tXã\n",
			want: []string{"2 | 1.002519 | Giải quyết, chế độ |  | xa |  | active | "}},
		{name: "decision column wins over title", file: "a.csv",
			data: "Quyết định số 99/QĐ-UBND,,\nMã TTHC,Tên thủ tục,Quyết định công bố\n1.002519,Thờ cúng liệt sĩ,12/QĐ-UBND\n2.000566,Đăng ký khai sinh,\n",
			want: []string{"3 | 1.002519 | Thờ cúng liệt sĩ |  |  |  | active | 12/QĐ-UBND", "4 | 2.000566 | Đăng ký khai sinh |  |  |  | active | 99/QĐ-UBND"}},
		{name: "code column empty, code in name", file: "a.csv",
			data: "Mã TTHC,Tên thủ tục\n,Thờ cúng liệt sĩ (1.002519)\n",
			want: []string{"2 | 1.002519 | Thờ cúng liệt sĩ |  |  |  | active | "}},
		{name: "same code same name in another spelling merges", file: "a.csv",
			data: "Mã TTHC,Tên thủ tục,Cấp thực hiện,Trạng thái\n1.002519,Thờ cúng liệt sỹ,Huyện,Bãi bỏ\n1.002519,THỜ CÚNG LIỆT SĨ.,Xã,\n",
			want: []string{"2 | 1.002519 | Thờ cúng liệt sỹ |  | huyen,xa |  | active | "}},
		{name: "short code in CSV is an error", file: "a.csv",
			data: "Mã TTHC,Tên thủ tục\n1.00252,Thờ cúng liệt sĩ\n", err: `a.csv:2: mã thủ tục không hợp lệ "1.00252"`},
		{name: "numbering row and blank rows skipped", file: "a.csv",
			data: "STT,Mã TTHC,Tên thủ tục\n(1),(2),(3)\n\n,,\n1,1.002519,Thờ cúng liệt sĩ\n",
			want: []string{"5 | 1.002519 | Thờ cúng liệt sĩ |  |  |  | active | "}},
		{name: "abolished section of a decision", file: "a.csv",
			data: "STT,Tên thủ tục hành chính\nPhần I. DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH,\nA. Cấp xã,\n1,Thờ cúng liệt sĩ (1.002519)\nPhần II. DANH MỤC THỦ TỤC HÀNH CHÍNH BỊ BÃI BỎ,\nA. Cấp xã,\n1,Đăng ký khai sinh (2.000566)\n",
			want: []string{"4 | 1.002519 | Thờ cúng liệt sĩ |  | xa |  | active | ", "7 | 2.000566 | Đăng ký khai sinh |  | xa |  | abolished | "}},
		{name: "loose roman marker and heading without numbering", file: "a.csv",
			data: "STT,Tên thủ tục hành chính\nTHỦ TỤC HÀNH CHÍNH CẤP TỈNH,\nI Lĩnh vực Việc làm,\n1,Cấp giấy phép (1.001193)\n",
			want: []string{"4 | 1.001193 | Cấp giấy phép | Việc làm | tinh |  | active | "}},
		{name: "json wrapper object and line numbers", file: "a.json",
			data: "{\"procedures\": [\n{\"code\": \"1.002519\", \"name\": \"Thờ cúng\", \"levels\": \"huyen, xa\"},\n{\"code\": \"1.002519\", \"name\": \"Khai sinh\"}]}",
			err:  "a.json:3: mã 1.002519 đã có ở dòng 2 với tên khác"},
		{name: "json bad type", file: "a.json", data: "[\n {\"code\": 1.002519, \"name\": \"x\"}]",
			err: "a.json:2: đối tượng thủ tục không đọc được"},
		{name: "json no code", file: "a.json", data: "[{\"name\": \"x\"}]", err: "a.json:1: thiếu mã thủ tục"},
		{name: "json empty name", file: "a.json", data: "[{\"code\": \"1.002519\"}]", err: "a.json:1: tên thủ tục trống"},
		{name: "json unknown status", file: "a.json", data: "[{\"code\": \"1.002519\", \"name\": \"x\", \"status\": \"?\"}]", err: "a.json:1: trạng thái không rõ"},
		{name: "json broken", file: "a.json", data: "[{\"code\": \"1.002519\", \"name\": \"x\"},\n{", err: "a.json:2: JSON hỏng"},
		{name: "empty file", file: "a.csv", data: "", err: "a.csv:1: không tìm thấy dòng tiêu đề"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := LoadReader(tt.file, strings.NewReader(tt.data))
			if tt.err != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, summaries(c))
		})
	}
}

func TestLoadUTF16(t *testing.T) {
	text := "Mã TTHC\tTên thủ tục\r\n1.002519\tThờ cúng liệt sĩ\r\n"
	b := []byte{0xff, 0xfe}
	for _, r := range text {
		b = append(b, byte(r), byte(r>>8))
	}
	c, err := LoadReader("unicode.txt", bytes.NewReader(b))
	require.NoError(t, err)
	assert.Equal(t, []string{"2 | 1.002519 | Thờ cúng liệt sĩ |  |  |  | active | "}, summaries(c))
}

func TestSample(t *testing.T) {
	c, err := Load("../../testdata/catalog/sample.csv")
	require.NoError(t, err)
	assert.GreaterOrEqual(t, len(c.Procedures), 20)
	for _, p := range c.Procedures {
		assert.NotEmpty(t, p.Levels, p.Code)
		assert.NotEmpty(t, p.Fields, p.Code)
	}
}

func TestAppliesAt(t *testing.T) {
	p := Procedure{Levels: []Level{LevelXa}}
	assert.True(t, p.AppliesAt(LevelXa))
	assert.False(t, p.AppliesAt(LevelTinh))
	assert.True(t, Procedure{}.AppliesAt(LevelTinh), "unknown levels apply everywhere")
	assert.False(t, Procedure{}.LevelsKnown())
}

func BenchmarkLoadNational(b *testing.B) {
	for b.Loop() {
		if _, err := Load("../../testdata/dvcqg/procedures.csv"); err != nil {
			b.Fatal(err)
		}
	}
}

// TestLoadVariants covers spellings of unseen files: levels joined by "và",
// statuses in other words, a code with a stray full stop, headings with a
// count of procedures, footers under the table.
func TestLoadVariants(t *testing.T) {
	data := "STT,Mã số TTHC,Tên thủ tục hành chính,Cấp thực hiện,Tình trạng\n" +
		"I. LĨNH VỰC NGƯỜI CÓ CÔNG (02 thủ tục),,,,\n" +
		"1,1.002519.,Thờ cúng liệt sĩ,Cấp tỉnh và cấp huyện,Đang có hiệu lực\n" +
		"2,2.000566,Đăng ký khai sinh,Xã,Không còn hiệu lực\n" +
		"II. Công thương,,,,\n" +
		"3,2.000567,Cấp phép,Tỉnh,\n" +
		"Tổng cộng: 3 thủ tục,,,,\n" +
		",,Ghi chú: danh mục này thay thế danh mục cũ,,\n"
	c, err := LoadReader("v.csv", strings.NewReader(data))
	require.NoError(t, err)
	assert.Equal(t, []string{
		"3 | 1.002519 | Thờ cúng liệt sĩ | Người có công | tinh,huyen |  | active | ",
		"4 | 2.000566 | Đăng ký khai sinh | Người có công | xa |  | abolished | ",
		"6 | 2.000567 | Cấp phép | Công thương | tinh |  | active | ",
	}, summaries(c))
}

// TestWindows1258CSV: Excel's plain CSV on a Vietnamese Windows is
// windows-1258, tone marks as combining characters; it loads, in NFC. A
// file whose header names no column in that charset either still fails.
func TestWindows1258CSV(t *testing.T) {
	utf := "Mã TTHC,Tên thủ tục,Lĩnh vực,Cấp thực hiện\n1.001193,Thủ tục đăng ký khai sinh,Hộ tịch,Cấp Xã\n"
	enc := to1258(t, utf)
	require.False(t, utf8.ValidString(enc), "the fixture really is windows-1258")
	path := filepath.Join(t.TempDir(), "danh-muc.csv")
	require.NoError(t, os.WriteFile(path, []byte(enc), 0o644))
	c, err := Load(path)
	require.NoError(t, err)
	require.Len(t, c.Procedures, 1)
	assert.Equal(t, "Thủ tục đăng ký khai sinh", c.Procedures[0].Name)
	assert.True(t, norm.NFC.IsNormalString(c.Procedures[0].Name))

	_, err = Load(filepath.Join(fixtureDir, "err-not-utf8.csv"))
	if err != nil {
		assert.Contains(t, err.Error(), "CSV UTF-8", "a file it cannot read says how to save it")
	}
}

// to1258 encodes s as windows-1258 writes Vietnamese: the letters it has
// precomposed (â, ă, ê, ô, ơ, ư, đ), the five tone marks combining.
func to1258(t *testing.T, s string) string {
	t.Helper()
	enc := charmap.Windows1258.NewEncoder()
	var b strings.Builder
	for _, r := range s {
		if out, err := enc.String(string(r)); err == nil {
			b.WriteString(out)
			continue
		}
		var rest []rune
		var tone rune
		for _, m := range norm.NFD.String(string(r)) {
			switch m {
			case '\u0300', '\u0301', '\u0303', '\u0309', '\u0323':
				tone = m
			default:
				rest = append(rest, m)
			}
		}
		base, err := enc.String(norm.NFC.String(string(rest)))
		require.NoError(t, err, "%q", r)
		mark, err := enc.String(string(tone))
		require.NoError(t, err, "%q", r)
		b.WriteString(base + mark)
	}
	return b.String()
}

// A catalogue in the columns of `catalog fetch`, and catalogues of 2018
// with codes of the old national database, load; an export keeps the
// national list's columns.
func TestLoadNationalColumnsAndOldCodes(t *testing.T) {
	dir := t.TempDir()
	csvPath := filepath.Join(dir, "national.csv")
	require.NoError(t, os.WriteFile(csvPath, []byte("\ufeffMã TTHC,Tên thủ tục,Lĩnh vực,Cấp thực hiện,Cơ quan thực hiện,Loại thủ tục,Quyết định công bố,Trạng thái,ID trên Cổng DVCQG,Bộ phận còn thiếu trên CSDL\n"+
		"1.010829,Di chuyển hài cốt liệt sĩ,Người có công,\"Cấp Tỉnh, Cấp Xã\",UBND cấp xã,STANDARD,3152/QĐ-BTP,Còn hiệu lực,019d-1,\"Thành phần, số lượng hồ sơ; Kết quả thực hiện\"\n"+
		"t-agi-264525-tt,\"Hỗ trợ tiền thăm viếng mộ liệt sĩ, di chuyển hài cốt liệt sĩ\",Người có công,Cấp Huyện,,,,,,\n"), 0o644))
	c, err := Load(csvPath)
	require.NoError(t, err)
	p, ok := c.ByCode("1.010829")
	require.True(t, ok)
	assert.Equal(t, []Level{LevelTinh, LevelXa}, p.Levels)
	assert.Equal(t, "STANDARD", p.Type)
	assert.Equal(t, "019d-1", p.RecordID)
	assert.Equal(t, "3152/QĐ-BTP", p.Decision)
	assert.Equal(t, []string{"Thành phần, số lượng hồ sơ", "Kết quả thực hiện"}, p.Lacks)
	old, ok := c.ByCode("T-AGI-264525-TT")
	require.True(t, ok, "old-database codes are accepted, in capitals")
	assert.Equal(t, []Level{LevelHuyen}, old.Levels)
	assert.Empty(t, old.Lacks)

	b := &Built{Catalog: c, Base: csvPath}
	var buf bytes.Buffer
	require.NoError(t, b.ExportCSV(&buf))
	assert.Contains(t, buf.String(), "Bộ phận còn thiếu trên CSDL")
	assert.Contains(t, buf.String(), "019d-1,\"Thành phần, số lượng hồ sơ; Kết quả thực hiện\"")

	jsonPath := filepath.Join(dir, "national.json")
	require.NoError(t, os.WriteFile(jsonPath, []byte(`[{"code":"1.010829","name":"Di chuyển hài cốt liệt sĩ","levels":["tinh","xa"],"type":"STANDARD","record_id":"019d-1","lacks":["Kết quả thực hiện"]}]`), 0o644))
	c, err = Load(jsonPath)
	require.NoError(t, err)
	assert.Equal(t, []string{"Kết quả thực hiện"}, c.Procedures[0].Lacks)
	assert.Equal(t, "019d-1", c.Procedures[0].RecordID)
}

// TestLoadUses reads the national list's use counts ("weight"), grouped
// as Excel shows them, and keeps them in an export; a count that is no
// number names its row.
func TestLoadUses(t *testing.T) {
	c, err := Load("../../testdata/dvcqg/procedures.csv")
	require.NoError(t, err)
	for code, want := range map[string]int{"1.001590": 1, "2.000884": 251} {
		p, ok := c.ByCode(code)
		require.True(t, ok, code)
		require.NotNil(t, p.Uses, code)
		assert.Equal(t, want, *p.Uses, code)
	}

	dir := t.TempDir()
	csvPath := filepath.Join(dir, "uses.csv")
	require.NoError(t, os.WriteFile(csvPath, []byte("Mã TTHC,Tên thủ tục,Lượt sử dụng\n"+
		"2.000635,\"Cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh\",1.373.873\n"+
		"1.001590,\"Thủ tục Chứng thực chữ ký trong các giấy tờ, văn bản\",\n"), 0o644))
	c, err = Load(csvPath)
	require.NoError(t, err)
	copies, _ := c.ByCode("2.000635")
	require.NotNil(t, copies.Uses)
	assert.Equal(t, 1373873, *copies.Uses)
	plain, _ := c.ByCode("1.001590")
	assert.Nil(t, plain.Uses, "an empty cell says nothing, not zero")
	var buf bytes.Buffer
	require.NoError(t, (&Built{Catalog: c, Base: csvPath}).ExportCSV(&buf))
	assert.Contains(t, buf.String(), "Lượt sử dụng")
	assert.Contains(t, buf.String(), ",1373873\n")

	require.NoError(t, os.WriteFile(csvPath, []byte("Mã TTHC,Tên thủ tục,weight\n1.001590,Chứng thực chữ ký,nhiều\n"), 0o644))
	_, err = Load(csvPath)
	var re *RowError
	require.ErrorAs(t, err, &re)
	assert.Equal(t, 2, re.Row)
	assert.Contains(t, re.Reason, `số lượt sử dụng không hợp lệ "nhiều"`)

	jsonPath := filepath.Join(dir, "uses.json")
	require.NoError(t, os.WriteFile(jsonPath, []byte("[{\"code\":\"2.000884\",\"name\":\"Chứng thực chữ ký\",\"uses\":251},\n{\"code\":\"1.001590\",\"name\":\"Chứng thực chữ ký cũ\",\"uses\":-1}]"), 0o644))
	_, err = Load(jsonPath)
	require.ErrorAs(t, err, &re)
	assert.Equal(t, 2, re.Row)
}
