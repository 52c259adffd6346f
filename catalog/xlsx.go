package catalog

import (
	"io"

	"github.com/xuri/excelize/v2"
)

// readXLSX reads the first sheet that has a header row (the first sheet
// when none has, so that the error names it). Merged cells take the value
// of their top-left cell, so a field merged down a column reaches every row
// and a section heading merged across the table reads as one value.
func readXLSX(file string, r io.Reader) (*Catalog, error) {
	f, err := excelize.OpenReader(r)
	if err != nil {
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
	for _, m := range merges {
		c1, r1, err1 := excelize.CellNameToCoordinates(m.GetStartAxis())
		c2, r2, err2 := excelize.CellNameToCoordinates(m.GetEndAxis())
		if err1 != nil || err2 != nil {
			continue
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
