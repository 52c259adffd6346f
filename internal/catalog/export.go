package catalog

import (
	"github.com/tthcaudit/tthcaudit/internal/cellsafe"

	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/xuri/excelize/v2"
)

// The Trạng thái values of an export (contract, turn 2).
const (
	ExportActive    = "Còn hiệu lực"
	ExportAbolished = "Đã bãi bỏ"
	ExportPending   = "Chưa có hiệu lực"
)

// ExportHeader is the header row of `catalog export`: the contract's
// catalogue columns, then Trạng thái, Hiệu lực từ, Nguồn, and the former
// names the matcher also uses. The catalogue importers read the file back
// (they ignore the columns they do not know).
var ExportHeader = []string{"Mã TTHC", "Tên thủ tục", "Lĩnh vực", "Cấp thực hiện", "Cơ quan thực hiện",
	"Trạng thái", "Hiệu lực từ", "Nguồn", "Tên trước đây"}

// levelNames are the levels as an officer writes them.
var levelNames = map[Level]string{LevelBo: "Cấp Bộ", LevelTinh: "Cấp Tỉnh", LevelHuyen: "Cấp Huyện", LevelXa: "Cấp Xã", LevelKhac: "Cơ quan khác"}

// ExportRows are the rows of `catalog export`: the catalogue as of its
// date, then the procedures that decisions not yet in force add, in code
// order within each group.
func (b *Built) ExportRows() [][]string {
	var rows [][]string
	row := func(p Procedure, status string) []string {
		var ls []string
		for _, l := range p.Levels {
			ls = append(ls, levelNames[l])
		}
		since, src := "", filepath.Base(b.Base)
		if !p.Since.IsZero() {
			since = p.Since.Format("02/01/2006")
		}
		if p.Source != nil {
			src = p.Source.String()
		}
		return []string{p.Code, p.Name, strings.Join(p.Fields, "; "), strings.Join(ls, ", "), strings.Join(p.Agencies, "; "),
			status, since, src, strings.Join(p.FormerNames, "; ")}
	}
	for _, p := range b.Procedures {
		status := ExportActive
		if !p.Active() {
			status = ExportAbolished
		}
		rows = append(rows, row(p, status))
	}
	pending := append([]Procedure(nil), b.Pending...)
	sortByCode(pending)
	for _, p := range pending {
		// A code in the catalogue already has its row; the upcoming
		// decision shows in the report's upcoming changes.
		if _, ok := b.ByCode(p.Code); ok {
			continue
		}
		rows = append(rows, row(p, ExportPending))
	}
	return rows
}

// ExportCSV writes the export as CSV, UTF-8 with a BOM so that Excel opens
// the Vietnamese right.
func (b *Built) ExportCSV(w io.Writer) error {
	var buf bytes.Buffer
	buf.WriteString("\ufeff")
	cw := csv.NewWriter(&buf)
	if err := cw.Write(ExportHeader); err != nil {
		return err
	}
	for _, row := range b.ExportRows() {
		if err := cw.Write(defuseRow(row)); err != nil {
			return err
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// defuseRow keeps each cell from being read as a formula: names come
// from decisions and the national portal (cellsafe.Defuse).
func defuseRow(row []string) []string {
	out := make([]string, len(row))
	for i, c := range row {
		out[i] = cellsafe.Defuse(c)
	}
	return out
}

// ExportXLSX writes the export as one sheet, "Danh mục", header frozen.
func (b *Built) ExportXLSX(w io.Writer) error {
	f := excelize.NewFile()
	defer f.Close()
	const sheet = "Danh mục"
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return err
	}
	head, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9E1F2"}},
		Alignment: &excelize.Alignment{Vertical: "center", WrapText: true}})
	if err != nil {
		return err
	}
	wrap, err := f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}})
	if err != nil {
		return err
	}
	// Codes are text: as numbers Excel would show 1.001230 as 1.00123.
	for i, row := range append([][]string{ExportHeader}, b.ExportRows()...) {
		vals := make([]any, len(row))
		for j, v := range defuseRow(row) {
			vals[j] = v
		}
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow(sheet, cell, &vals); err != nil {
			return err
		}
	}
	last, _ := excelize.CoordinatesToCellName(len(ExportHeader), 1)
	if err := f.SetCellStyle(sheet, "A1", last, head); err != nil {
		return err
	}
	n := len(b.ExportRows()) + 1
	end, _ := excelize.CoordinatesToCellName(len(ExportHeader), n)
	if n > 1 {
		if err := f.SetCellStyle(sheet, "A2", end, wrap); err != nil {
			return err
		}
	}
	for i, wd := range []float64{12, 60, 22, 16, 24, 16, 12, 24, 40} {
		col, _ := excelize.ColumnNumberToName(i + 1)
		if err := f.SetColWidth(sheet, col, col, wd); err != nil {
			return err
		}
	}
	if err := f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	if err := f.AutoFilter(sheet, "A1:"+end, nil); err != nil {
		return err
	}
	if err := f.Write(w); err != nil {
		return fmt.Errorf("writing the workbook: %w", err)
	}
	return nil
}
