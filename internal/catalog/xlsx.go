package catalog

import (
	"archive/zip"
	"errors"
	"io"
	"strings"

	"github.com/xuri/excelize/v2"
)

// maxXLSXUnzipped bounds what an .xlsx may unzip to; the national
// catalogue of ~3,000 procedures unzips to a few MB.
const maxXLSXUnzipped = 256 << 20

// maxMergedCells bounds the cells merged ranges may fill, far above any
// real annex (10,000 rows of 20 columns is 200,000).
const maxMergedCells = 4_000_000

// readXLSX reads the first sheet that has a header row (the first sheet
// when none has, so that the error names it). Merged cells take the value
// of their top-left cell, so a field merged down a column reaches every row
// and a section heading merged across the table reads as one value.
func readXLSX(file string, r io.Reader) (*Catalog, error) {
	// excelize allocates each part at the size its zip header claims, so a
	// few hundred bytes claiming gigabytes would exhaust memory: the limit
	// refuses them first.
	f, err := excelize.OpenReader(r, excelize.Options{UnzipSizeLimit: maxXLSXUnzipped})
	if err != nil {
		if strings.Contains(err.Error(), "unzip size exceeds") {
			return nil, rowErr(file, 0, "tệp Excel giải nén ra quá %d MB (the .xlsx unzips to more than %d MB: split the catalogue or save it as CSV UTF-8)",
				maxXLSXUnzipped>>20, maxXLSXUnzipped>>20)
		}
		if errors.Is(err, zip.ErrFormat) || errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			// Not a zip at all: an old .xls, a CSV renamed, a file cut short.
			return nil, rowErr(file, 0, "tệp không phải Excel .xlsx (có thể là .xls cũ, CSV đổi đuôi hoặc tệp bị cắt dở): trong Excel hãy lưu lại dạng \"Excel Workbook (.xlsx)\" hoặc \"CSV UTF-8\" (not an .xlsx file: an old .xls, a renamed CSV or a truncated file; save it again as Excel Workbook or CSV UTF-8)")
		}
		return nil, rowErr(file, 0, "không đọc được tệp Excel (cannot read the .xlsx file: %v)", err)
	}
	defer f.Close()
	var first *grid
	for _, sheet := range f.GetSheetList() {
		g, err := xlsxGrid(file, f, sheet)
		if err != nil {
			return nil, err
		}
		if first == nil {
			first = g
		}
		if _, ok := findHeader(g); ok {
			return parseGrid(g)
		}
	}
	if first == nil {
		return nil, rowErr(file, 0, "tệp Excel không có trang tính nào (the workbook has no sheet)")
	}
	return parseGrid(first)
}

func xlsxGrid(file string, f *excelize.File, sheet string) (*grid, error) {
	rows, err := f.GetRows(sheet)
	if err != nil {
		return nil, rowErr(file, 0, "không đọc được trang tính %q (cannot read sheet %q: %v)", sheet, sheet, err)
	}
	g := &grid{file: file, rows: rows, rowNum: make([]int, len(rows)), spans: map[int]bool{}}
	for i := range rows {
		g.rowNum[i] = i + 1
	}
	merges, err := f.GetMergeCells(sheet)
	if err != nil {
		return nil, rowErr(file, 0, "không đọc được ô gộp của trang tính %q (cannot read merged cells: %v)", sheet, err)
	}
	// filled counts the cells merges write, which a tiny hostile file can
	// make astronomical (A1:XFD1048576 over a million rows).
	filled := 0
	for _, m := range merges {
		c1, r1, err1 := excelize.CellNameToCoordinates(m.GetStartAxis())
		c2, r2, err2 := excelize.CellNameToCoordinates(m.GetEndAxis())
		if err1 != nil || err2 != nil {
			continue
		}
		if c2 < c1 {
			c1, c2 = c2, c1
		}
		if r2 < r1 {
			r1, r2 = r2, r1
		}
		if last := min(r2, len(g.rows)); last >= r1 {
			filled += (last - r1 + 1) * c2
		}
		if filled > maxMergedCells {
			return nil, rowErr(file, r1, "trang tính %q có vùng ô gộp quá lớn (sheet %q has merged ranges covering more than %d cells, e.g. %s:%s: unmerge them)",
				sheet, sheet, maxMergedCells, m.GetStartAxis(), m.GetEndAxis())
		}
		v := m.GetCellValue()
		for r := r1; r <= r2 && r <= len(g.rows); r++ {
			row := g.rows[r-1]
			for len(row) < c2 {
				row = append(row, "")
			}
			for c := c1; c <= c2; c++ {
				row[c-1] = v
			}
			g.rows[r-1] = row
			if c2 > c1 {
				g.spans[r-1] = true
			}
		}
	}
	g.numeric = func(i, col int) bool {
		name, err := excelize.CoordinatesToCellName(col+1, g.rowNum[i])
		if err != nil {
			return false
		}
		t, err := f.GetCellType(sheet, name)
		return err == nil && (t == excelize.CellTypeNumber || t == excelize.CellTypeUnset)
	}
	return g, nil
}
