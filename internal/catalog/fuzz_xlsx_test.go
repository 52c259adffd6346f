package catalog

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"
)

// Layout options of the workbook FuzzLoadXLSX builds, as bits of its last
// argument.
const (
	fuzzMergeTitle   = 1 << iota // title merged across A1:C1
	fuzzMergeSection             // section row merged across A3:C3
	fuzzMergeDown                // third column merged down over the data rows
	fuzzNumericFirst             // first data cell stored as a number when it parses
	fuzzSecondSheet              // the table sits behind a cover sheet
)

// fuzzCells is one seed of FuzzLoadXLSX: title, three header cells, a
// section row, and two data rows of three and two cells.
type fuzzCells struct {
	title, h1, h2, h3, section, a1, a2, a3, b1, b2 string
	layout                                         byte
}

// xlsxSeeds takes the cells of every .xlsx fixture into FuzzLoadXLSX's
// shape: the first row is the title, the first row of two cells or more the
// header, the next one-cell row the section, the next two wider rows the
// data. Fuzzing cells rather than zip bytes keeps every input a workbook,
// so the fuzzer spends its time in the importer instead of in unzip.
func xlsxSeeds(f *testing.F) []fuzzCells {
	paths, err := filepath.Glob(filepath.Join(fixtureDir, "*.xlsx"))
	require.NoError(f, err)
	require.NotEmpty(f, paths)
	var out []fuzzCells
	for _, p := range paths {
		x, err := excelize.OpenFile(p)
		require.NoError(f, err, p)
		for _, sheet := range x.GetSheetList() {
			rows, err := x.GetRows(sheet)
			require.NoError(f, err, p)
			if s, ok := seedFromRows(rows); ok {
				out = append(out, s)
			}
		}
		require.NoError(f, x.Close())
	}
	return out
}

func seedFromRows(rows [][]string) (fuzzCells, bool) {
	cell := func(r []string, i int) string {
		if i < len(r) {
			return r[i]
		}
		return ""
	}
	wide := func(r []string) bool {
		n := 0
		for _, c := range r {
			if strings.TrimSpace(c) != "" {
				n++
			}
		}
		return n >= 2
	}
	var s fuzzCells
	if len(rows) == 0 {
		return s, false
	}
	s.title = cell(rows[0], 0)
	h := -1
	for i, r := range rows {
		if wide(r) {
			h = i
			break
		}
	}
	if h < 0 {
		return s, false
	}
	s.h1, s.h2, s.h3 = cell(rows[h], 0), cell(rows[h], 1), cell(rows[h], 2)
	var data [][]string
	for _, r := range rows[h+1:] {
		switch {
		case wide(r) && len(data) < 2:
			data = append(data, r)
		case !wide(r) && s.section == "" && len(data) == 0:
			s.section = cell(r, 0)
		}
	}
	if len(data) > 0 {
		s.a1, s.a2, s.a3 = cell(data[0], 0), cell(data[0], 1), cell(data[0], 2)
	}
	if len(data) > 1 {
		s.b1, s.b2 = cell(data[1], 0), cell(data[1], 1)
	}
	s.layout = fuzzMergeTitle | fuzzMergeSection
	return s, true
}

// buildXLSX lays the cells out as a decision annex or a portal export
// would: title, header, section, two data rows. ok is false when excelize
// itself refuses the cells (over 32,767 characters, say): there is then no
// workbook to read.
func buildXLSX(c fuzzCells) ([]byte, bool) {
	x := excelize.NewFile()
	defer x.Close()
	sheet := "Sheet1"
	if c.layout&fuzzSecondSheet != 0 {
		if err := x.SetCellValue(sheet, "A1", "Bìa"); err != nil {
			return nil, false
		}
		sheet = "Danh mục"
		if _, err := x.NewSheet(sheet); err != nil {
			return nil, false
		}
	}
	set := func(cell string, v any) bool { return x.SetCellValue(sheet, cell, v) == nil }
	first := any(c.a1)
	if c.layout&fuzzNumericFirst != 0 {
		if v, err := strconv.ParseFloat(strings.TrimSpace(c.a1), 64); err == nil {
			first = v
		}
	}
	cells := []struct {
		at string
		v  any
	}{
		{"A1", c.title}, {"A2", c.h1}, {"B2", c.h2}, {"C2", c.h3}, {"A3", c.section},
		{"A4", first}, {"B4", c.a2}, {"C4", c.a3}, {"A5", c.b1}, {"B5", c.b2},
	}
	for _, cv := range cells {
		if !set(cv.at, cv.v) {
			return nil, false
		}
	}
	merges := [][2]string{}
	if c.layout&fuzzMergeTitle != 0 {
		merges = append(merges, [2]string{"A1", "C1"})
	}
	if c.layout&fuzzMergeSection != 0 {
		merges = append(merges, [2]string{"A3", "C3"})
	}
	if c.layout&fuzzMergeDown != 0 {
		merges = append(merges, [2]string{"C4", "C5"})
	}
	for _, m := range merges {
		if x.MergeCell(sheet, m[0], m[1]) != nil {
			return nil, false
		}
	}
	var buf bytes.Buffer
	if err := x.Write(&buf); err != nil {
		return nil, false
	}
	return buf.Bytes(), true
}

// checkXLSXLoaded adds to checkLoaded that an error names the file given.
func checkXLSXLoaded(t *testing.T, name string, c *Catalog, err error) {
	checkLoaded(t, c, err)
	var re *RowError
	if errors.As(err, &re) && re.File != name {
		t.Fatalf("error names %q, not %q: %v", re.File, name, err)
	}
}

func FuzzLoadXLSX(f *testing.F) {
	for _, s := range xlsxSeeds(f) {
		f.Add(s.title, s.h1, s.h2, s.h3, s.section, s.a1, s.a2, s.a3, s.b1, s.b2, s.layout)
	}
	f.Add("DANH MỤC", "STT", "Tên thủ tục hành chính", "Cơ quan thực hiện", "A. THỦ TỤC HÀNH CHÍNH CẤP XÃ",
		"1", "Đăng ký khai sinh (2.000566)", "UBND cấp xã", "2", "Đăng ký khai tử (1.000656)", byte(fuzzMergeTitle|fuzzMergeSection|fuzzNumericFirst))
	f.Add("", "Mã số TTHC", "Tên thủ tục", "Cấp thực hiện", "I. Lĩnh vực Hộ tịch",
		"1.00123", "Đăng ký khai sinh", "Cấp Xã\nCấp Huyện", "2.000566", "Đăng ký khai tử", byte(fuzzMergeDown|fuzzNumericFirst|fuzzSecondSheet))
	f.Add("", "Mã số", "Tên", "Trạng thái", "", "1.010801", "", "Đã bãi bỏ", "1.010801", "x", byte(0))
	f.Fuzz(func(t *testing.T, title, h1, h2, h3, section, a1, a2, a3, b1, b2 string, layout byte) {
		data, ok := buildXLSX(fuzzCells{title, h1, h2, h3, section, a1, a2, a3, b1, b2, layout})
		if !ok {
			t.Skip("excelize refuses these cells")
		}
		c, err := LoadReader("f.xlsx", bytes.NewReader(data))
		checkXLSXLoaded(t, "f.xlsx", c, err)
	})
}

// zipOf builds a zip archive holding the named files.
func zipOf(t testing.TB, files map[string]string) []byte {
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	for name, body := range files {
		fw, err := w.Create(name)
		require.NoError(t, err)
		_, err = fw.Write([]byte(body))
		require.NoError(t, err)
	}
	require.NoError(t, w.Close())
	return buf.Bytes()
}

func FuzzLoadXLSXBytes(f *testing.F) {
	seedFiles(f, ".xlsx")
	good, err := os.ReadFile(filepath.Join(fixtureDir, "annex.xlsx"))
	require.NoError(f, err)
	f.Add(good[:len(good)/2]) // truncated zip
	f.Add(good[:30])          // a local header and nothing more
	f.Add(zipOf(f, map[string]string{"readme.txt": "not a workbook"}))
	f.Add(zipOf(f, map[string]string{
		"[Content_Types].xml": `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
		"xl/workbook.xml":     `<workbook><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>`,
	}))
	f.Add([]byte("PK\x03\x04"))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := LoadReader("f.xlsx", bytes.NewReader(data))
		checkXLSXLoaded(t, "f.xlsx", c, err)
	})
}

// TestLoadXLSXHugeMerge: a merged range over a million cells in a tiny
// file is refused with the sheet named, instead of filling gigabytes.
func TestLoadXLSXHugeMerge(t *testing.T) {
	x := excelize.NewFile()
	defer x.Close()
	require.NoError(t, x.SetCellValue("Sheet1", "A1", "Mã số"))
	require.NoError(t, x.SetCellValue("Sheet1", "B1", "Tên"))
	require.NoError(t, x.SetCellValue("Sheet1", "A2", "1.001234"))
	require.NoError(t, x.SetCellValue("Sheet1", "A200000", "x"))
	// excelize's own MergeCell walks every cell of the range, so the range
	// is widened in the sheet's XML afterwards, as a hostile file would.
	require.NoError(t, x.MergeCell("Sheet1", "C2", "D3"))
	var buf bytes.Buffer
	require.NoError(t, x.Write(&buf))
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	require.NoError(t, err)
	files := map[string]string{}
	for _, zf := range zr.File {
		rc, err := zf.Open()
		require.NoError(t, err)
		b, err := io.ReadAll(rc)
		require.NoError(t, err)
		files[zf.Name] = string(b)
	}
	sheet := files["xl/worksheets/sheet1.xml"]
	require.Contains(t, sheet, `ref="C2:D3"`)
	files["xl/worksheets/sheet1.xml"] = strings.Replace(sheet, `ref="C2:D3"`, `ref="C2:XFD200000"`, 1)
	c, err := LoadReader("huge.xlsx", bytes.NewReader(zipOf(t, files)))
	require.Nil(t, c)
	var re *RowError
	require.ErrorAs(t, err, &re)
	require.Equal(t, "huge.xlsx", re.File)
	require.Contains(t, re.Reason, "Sheet1")
	require.Contains(t, re.Reason, "C2:XFD200000")
}
