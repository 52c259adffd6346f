package decision

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/tthcaudit/tthcaudit/internal/browsertest"
)

const fixtures = "../../testdata/decisions/"

// requireOCR skips a test that needs Tesseract when it is not installed,
// failing instead under CI=true.
func requireOCR(t testing.TB) {
	t.Helper()
	browsertest.NeedInstalled(t, OCRAvailable(Options{}), "tesseract-ocr tesseract-ocr-vie")
}

// requirePoppler skips when pdftotext is missing, failing under CI=true.
func requirePoppler(t testing.TB) {
	t.Helper()
	_, err := exec.LookPath("pdftotext")
	browsertest.NeedInstalled(t, err, "poppler-utils")
}

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// brief is an entry without the fields a table need not spell out.
type brief struct {
	Action Action
	Code   string
	Name   string
	Levels string
	Field  string
	Page   int
}

func briefs(es []Entry) []brief {
	var out []brief
	for _, e := range es {
		out = append(out, brief{e.Action, e.Code, e.Name, strings.Join(e.Levels, ","), strings.Join(e.Fields, ";"), e.Page})
	}
	return out
}

func TestReadDecisions(t *testing.T) {
	tests := []struct {
		file      string
		ocr       bool
		number    string
		signed    time.Time
		effective time.Time
		entries   []brief
		longCodes map[string]string
	}{
		{
			file: "qd-512-2018.pdf", number: "512/QĐ-UBND", signed: day(2018, 3, 15), effective: day(2018, 3, 15),
			entries: []brief{
				{New, "1.010830", "Di chuyển hài cốt liệt sĩ đang an táng ngoài nghĩa trang liệt sĩ về an táng tại nghĩa trang liệt sĩ theo nguyện vọng của đại diện thân nhân hoặc người hưởng trợ cấp thờ cúng liệt sĩ", "tinh", "Người có công", 2},
				{New, "1.010825", "Bổ sung tình hình thân nhân trong hồ sơ liệt sĩ", "huyen", "Người có công", 2},
				{New, "1.003583", "Thủ tục đăng ký khai sinh lưu động", "xa", "Hộ tịch", 2},
				{Amended, "1.010803", "Giải quyết chế độ trợ cấp thờ cúng liệt sĩ và chăm sóc mộ liệt sĩ", "huyen", "Người có công", 2},
				{Abolished, "1.004884", "Thủ tục đăng ký lại khai sinh", "xa", "Hộ tịch", 2},
			},
			longCodes: map[string]string{"1.010830": "1.010830.000.00.00.H01", "1.010803": "1.010803.000.00.00.H01"},
		},
		{
			file: "qd-2031-2025.pdf", number: "2031/QĐ-UBND", signed: day(2025, 6, 20), effective: day(2025, 7, 1),
			entries: []brief{
				{New, "1.010831", "Cấp giấy xác nhận thông tin về nơi liệt sĩ hy sinh", "tinh", "Người có công", 2},
				{New, "1.010827", "Di chuyển hồ sơ khi người hưởng trợ cấp ưu đãi thay đổi nơi thường trú", "xa", "Người có công", 2},
				{Amended, "1.010801", "Giải quyết chế độ trợ cấp ưu đãi đối với thân nhân liệt sĩ", "xa", "Người có công", 2},
				{Abolished, "1.010825", "Bổ sung tình hình thân nhân trong hồ sơ liệt sĩ", "huyen", "Người có công", 2},
			},
		},
		{
			file: "qd-2999-2026.docx", number: "2999/QĐ-UBND", signed: day(2026, 11, 10), effective: day(2026, 12, 1),
			entries: []brief{
				{New, "1.001766", "Thủ tục đăng ký khai tử có yếu tố nước ngoài", "xa", "Hộ tịch", 0},
				{Amended, "1.001193", "Đăng ký khai sinh", "xa", "Hộ tịch", 0},
				{Abolished, "1.000894", "Thủ tục đăng ký kết hôn", "xa", "Hộ tịch", 0},
			},
		},
		{
			// The scan: codes, parts, levels and dates must come out
			// exactly; names are checked by code in the catalogue (OCR
			// may keep a stray word, which the catalogue corrects).
			file: "qd-456-2026-scan.pdf", ocr: true, number: "456/QĐ-UBND", signed: day(2026, 3, 2), effective: day(2026, 3, 15),
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			if strings.HasSuffix(tt.file, ".pdf") {
				requirePoppler(t)
			}
			if tt.ocr {
				requireOCR(t)
			}
			d, err := Read(context.Background(), fixtures+tt.file, Options{})
			require.NoError(t, err)
			assert.Equal(t, tt.number, d.Number)
			assert.Equal(t, "An Giang", d.Place)
			assert.Equal(t, tt.signed, d.Signed)
			assert.Equal(t, tt.effective, d.EffectiveFrom)
			assert.Equal(t, "Điều 2", d.EffectiveArticle)
			assert.Equal(t, tt.ocr, d.Scanned)
			if tt.ocr {
				var got []string
				for _, e := range d.Entries {
					got = append(got, string(e.Action)+" "+e.Code+" "+strings.Join(e.Levels, ","))
					assert.True(t, e.OCR)
					assert.Equal(t, 2, e.Page)
				}
				assert.Equal(t, []string{"new 1.000593 xa", "new 1.000419 xa", "replaced 1.010829 tinh", "abolished 1.003583 xa"}, got)
				return
			}
			assert.Equal(t, tt.entries, briefs(d.Entries))
			for _, e := range d.Entries {
				assert.Equal(t, tt.longCodes[e.Code], e.LongCode, e.Code)
			}
		})
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		file string
		opts Options
		want []string
	}{
		{"err-no-code.pdf", Options{}, []string{"err-no-code.pdf: trang 2 (page 2)", `"Thủ tục không ghi mã số"`, "không có mã số TTHC", "no procedure code"}},
		{"err-code-twice.docx", Options{}, []string{"err-code-twice.docx: bảng 2, hàng 4 (table 2, row 4)", "1.001766", "hai phần", "phần mới ban hành, bảng 1, hàng 4 và phần bãi bỏ", "new at table 1, row 4 and abolished"}},
		{"err-no-date.docx", Options{}, []string{"err-no-date.docx", "không tìm thấy ngày có hiệu lực", "Điều 2", "no date of entry into force"}},
		{"err-encrypted.pdf", Options{}, []string{"err-encrypted.pdf", "mật khẩu", "encrypted"}},
		{"qd-456-2026-scan.pdf", Options{Tesseract: "/nonexistent/tesseract"}, []string{"qd-456-2026-scan.pdf: trang 1 (page 1)", "tesseract-ocr tesseract-ocr-vie", "OCR is not available"}},
		{"qd-456-2026-scan.pdf", Options{Pdftotext: "/nonexistent/pdftotext"}, []string{"poppler-utils"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			if strings.HasSuffix(tt.file, ".pdf") && tt.opts.Pdftotext == "" {
				requirePoppler(t)
			}
			_, err := Read(context.Background(), fixtures+tt.file, tt.opts)
			require.Error(t, err)
			var de *Error
			require.ErrorAs(t, err, &de)
			for _, w := range tt.want {
				assert.Contains(t, err.Error(), w)
			}
		})
	}
}

func TestReadNotADecision(t *testing.T) {
	dir := t.TempDir()
	fake := filepath.Join(dir, "qd.pdf")
	require.NoError(t, os.WriteFile(fake, []byte("not a pdf"), 0o644))
	_, err := Read(context.Background(), fake, Options{})
	assert.ErrorContains(t, err, "không phải PDF")
	notZip := filepath.Join(dir, "qd.docx")
	require.NoError(t, os.WriteFile(notZip, []byte("not a zip"), 0o644))
	_, err = Read(context.Background(), notZip, Options{})
	assert.ErrorContains(t, err, "không đọc được tệp DOCX")
	_, err = Read(context.Background(), filepath.Join(dir, "qd.doc"), Options{})
	assert.ErrorContains(t, err, ".docx")
}

func TestParseText(t *testing.T) {
	page1 := `UBND TỈNH AN GIANG
Số: 12/2018/QĐ-UBND
Long Xuyên, ngày 3 tháng 4 năm 2018
Điều 1. Công bố kèm theo Quyết định này.
Điều 2. Quyết định này có hiệu lực thi hành
kể từ ngày 10/4/2018 và thay thế Quyết định số 5/QĐ-UBND ngày 01/01/2017.
`
	page2 := `PHỤ LỤC I
Phần I. DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH
STT   Mã số TTHC         Tên thủ tục hành chính            Cơ quan
A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH
I. Lĩnh vực Người có công
1     1.010801           Giải quyết chế độ trợ cấp ưu      Sở Nội vụ
                         đãi đối với thân nhân liệt sĩ
2_    1.010803           Giải quyết chế độ trợ cấp thờ     Sở Nội vụ
                         cúng liệt sĩ
B. THỦ TỤC HÀNH CHÍNH CẤP XÃ
I. Lĩnh vực Người có công
1     1.010801           Giải quyết chế độ trợ cấp ưu      UBND xã
                         đãi đối với thân nhân liệt sĩ
Phần II. DANH MỤC THỦ TỤC HÀNH CHÍNH BỊ HỦY BỎ, BÃI BỎ
1     2.000001.000.00.   Tên cũ                            UBND xã
      00.H01
`
	d, err := Parse("t.pdf", LayoutBlocks([]string{page1, page2}))
	require.NoError(t, err)
	assert.Equal(t, "12/2018/QĐ-UBND", d.Number)
	assert.Equal(t, "Long Xuyên", d.Place)
	assert.Equal(t, day(2018, 4, 10), d.EffectiveFrom, "the first date after \"từ ngày\", not the replaced decision's")
	assert.Equal(t, []brief{
		{New, "1.010801", "Giải quyết chế độ trợ cấp ưu đãi đối với thân nhân liệt sĩ", "tinh,xa", "Người có công", 2},
		{New, "1.010803", "Giải quyết chế độ trợ cấp thờ cúng liệt sĩ", "tinh", "Người có công", 2},
		{Abolished, "2.000001", "Tên cũ", "", "", 2},
	}, briefs(d.Entries))
	assert.Equal(t, "2.000001.000.00.00.H01", d.Entries[2].LongCode)
}

// TestParseCentredCells: decisions often centre the STT and code cells
// vertically, so a wrapped name starts above its row number.
func TestParseCentredCells(t *testing.T) {
	text := `Số: 9/QĐ-UBND
An Giang, ngày 1 tháng 2 năm 2026
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.
1. Danh mục thủ tục hành chính mới ban hành
STT   Mã số TTHC   Tên thủ tục hành chính               Cơ quan

                   Giải quyết chế độ trợ cấp ưu
1     1.010801     đãi đối với thân nhân liệt sĩ        Sở Nội vụ
                   (cấp tỉnh)

                   Giải quyết chế độ trợ cấp thờ
2     1.010803     cúng liệt sĩ                         UBND cấp
                                                        xã
`
	d, err := Parse("t.pdf", LayoutBlocks([]string{text}))
	require.NoError(t, err)
	require.Len(t, d.Entries, 2)
	assert.Equal(t, "Giải quyết chế độ trợ cấp ưu đãi đối với thân nhân liệt sĩ (cấp tỉnh)", d.Entries[0].Name)
	assert.Equal(t, "Giải quyết chế độ trợ cấp thờ cúng liệt sĩ", d.Entries[1].Name)
}

// TestParseShiftedCode: OCR may set a code on its own line, which the
// table reader then files under the row number.
func TestParseShiftedCode(t *testing.T) {
	text := `Số: 9/QĐ-UBND
An Giang, ngày 1 tháng 2 năm 2026
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.
1. Danh mục thủ tục hành chính mới ban hành
1                  Thủ tục số 1 về cấp, cấp lại      Sở Nội vụ
      1.100000.000.00.00.
      H01          giấy phép hoạt động
`
	d, err := Parse("t.pdf", LayoutBlocks([]string{text}))
	require.NoError(t, err)
	require.Len(t, d.Entries, 1)
	assert.Equal(t, "1.100000", d.Entries[0].Code)
	assert.Equal(t, "1.100000.000.00.00.H01", d.Entries[0].LongCode)
	assert.Equal(t, "Thủ tục số 1 về cấp, cấp lại giấy phép hoạt động", d.Entries[0].Name)
}

func TestParseErrors(t *testing.T) {
	head := "Số: 1/QĐ-UBND\nAn Giang, ngày 1 tháng 2 năm 2026\n"
	annex := "1. Danh mục thủ tục hành chính mới ban hành\n1   1.001193   Đăng ký khai sinh\n"
	tests := []struct {
		name, text string
		want       []string
	}{
		{"no number", "An Giang, ngày 1 tháng 2 năm 2026\nĐiều 2. Có hiệu lực kể từ ngày ký.\n" + annex, []string{"trang 1", "số quyết định"}},
		{"no date", "Số: 1/QĐ-UBND\nĐiều 2. Có hiệu lực kể từ ngày ký.\n" + annex, []string{"ngày ký"}},
		{"no article on force", head + "Điều 1. Công bố.\nĐiều 3. Thi hành.\n" + annex, []string{"Điều 1, Điều 3", "no date of entry into force"}},
		{"bad date", head + "Điều 2. Có hiệu lực kể từ ngày 31 tháng 2 năm 2026.\n" + annex, []string{"Điều 2", "không phải ngày hợp lệ"}},
		{"unknown part", head + "Điều 2. Có hiệu lực kể từ ngày ký.\n2. Danh mục thủ tục hành chính công bố lại\n1   1.001193   Đăng ký khai sinh\n", []string{"không rõ phần"}},
		{"no entries", head + "Điều 2. Có hiệu lực kể từ ngày ký.\n", []string{"không tìm thấy thủ tục nào"}},
		{"code outside a row", head + "Điều 2. Có hiệu lực kể từ ngày ký.\n1. Danh mục thủ tục hành chính mới ban hành\nx   1.001193   Đăng ký khai sinh\n", []string{"1.001193", "không đọc được thành một dòng"}},
		{"code without name", head + "Điều 2. Có hiệu lực kể từ ngày ký.\n1. Danh mục thủ tục hành chính mới ban hành\n1   1.001193\n", []string{"1.001193", "không có tên"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("t.pdf", LayoutBlocks([]string{tt.text}))
			require.Error(t, err)
			for _, w := range tt.want {
				assert.Contains(t, err.Error(), w)
			}
		})
	}
}

func TestTSVLayout(t *testing.T) {
	// Two lines of a table, the second a wrapped name, on a page turned
	// by about 0.5°: the words of one line sit lower the further right.
	row := func(line, left, top, w int, text string) string {
		return fmt.Sprintf("5\t1\t1\t1\t%d\t1\t%d\t%d\t%d\t30\t95\t%s", line, left, top, w, text)
	}
	tsv := strings.Join([]string{
		"level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
		row(1, 100, 1000, 20, "1"),
		row(1, 300, 1002, 160, "1.001193"),
		row(1, 700, 1005, 60, "Đăng"),
		row(1, 770, 1005, 30, "ký"),
		row(1, 810, 1006, 60, "khai"),
		row(1, 1600, 1012, 15, "|"),
		row(1, 1700, 1013, 40, "UBND"),
		row(2, 700, 1045, 60, "sinh"),
		row(2, 770, 1045, 60, "lưu"),
		row(2, 840, 1045, 60, "động"),
	}, "\n")
	lines := strings.Split(strings.TrimRight(TSVLayout(tsv), "\n"), "\n")
	require.Len(t, lines, 2)
	first, second := chunks(lines[0]), chunks(lines[1])
	require.Len(t, first, 4, lines[0])
	assert.Equal(t, []string{"1", "1.001193", "Đăng ký khai", "UBND"}, []string{first[0].text, first[1].text, first[2].text, first[3].text})
	require.Len(t, second, 1)
	assert.Equal(t, "sinh lưu động", second[0].text)
	assert.InDelta(t, first[2].col, second[0].col, 2, "the wrapped line stands under its cell")
}

func TestIsDecision(t *testing.T) {
	for p, want := range map[string]bool{"a.pdf": true, "b.DOCX": true, "c.csv": false, "d.xlsx": false, "e.json": false} {
		assert.Equal(t, want, IsDecision(p), p)
	}
}

// FuzzParse feeds arbitrary layout text to the table reader and the
// parser: they may refuse it, never panic, and an accepted decision has
// its dates and a code for every entry.
func FuzzParse(f *testing.F) {
	f.Add("Số: 1/QĐ-UBND\nAn Giang, ngày 1 tháng 2 năm 2026\nĐiều 2. Có hiệu lực kể từ ngày ký.\n1. Danh mục thủ tục hành chính mới ban hành\n1   1.001193   Đăng ký khai sinh\n")
	f.Add("PHỤ LỤC\n3. Danh mục TTHC bị bãi bỏ\nA. THỦ TỤC HÀNH CHÍNH CẤP XÃ\nI. Lĩnh vực Hộ tịch\n1  1.000.  x\n   H01\n")
	f.Add("\f\f  1   2   3\n")
	f.Fuzz(func(t *testing.T, text string) {
		d, err := Parse("f.pdf", LayoutBlocks(strings.Split(text, "\f")))
		if err != nil {
			return
		}
		if d.EffectiveFrom.IsZero() || d.Signed.IsZero() || d.Number == "" {
			t.Fatalf("accepted without header: %+v", d)
		}
		for _, e := range d.Entries {
			if len(e.Code) != 8 || e.Name == "" {
				t.Fatalf("bad entry %+v", e)
			}
		}
	})
}
