package catalog

import (
	"github.com/tthcaudit/tthcaudit/internal/cellsafe"

	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
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

// nationalHeader are the columns a catalogue read from the national list
// (`catalog fetch`, or its extract with use counts) adds to an export, so
// that the export keeps them.
var nationalHeader = []string{"Loại thủ tục", "ID trên Cổng DVCQG", "Bộ phận còn thiếu trên CSDL", "Lượt sử dụng"}

// national reports whether any procedure carries what the national list
// gives (type, record id, parts lacking, use count).
func (b *Built) national() bool {
	for _, p := range b.Procedures {
		if p.Type != "" || p.RecordID != "" || len(p.Lacks) > 0 || p.Uses != nil {
			return true
		}
	}
	return false
}

// exportTable is the header and rows of an export: ExportHeader and
// ExportRows, with the national list's columns after them when the
// catalogue has them.
func (b *Built) exportTable() ([]string, [][]string) {
	rows := b.ExportRows()
	if !b.national() {
		return ExportHeader, rows
	}
	header := append(append([]string(nil), ExportHeader...), nationalHeader...)
	for i, r := range rows {
		p, ok := b.ByCode(r[0])
		if !ok {
			rows[i] = append(r, "", "", "", "")
			continue
		}
		uses := ""
		if p.Uses != nil {
			uses = strconv.Itoa(*p.Uses)
		}
		rows[i] = append(r, p.Type, p.RecordID, strings.Join(p.Lacks, "; "), uses)
	}
	return header, rows
}

// ExportCSV writes the export as CSV, UTF-8 with a BOM so that Excel opens
// the Vietnamese right.
func (b *Built) ExportCSV(w io.Writer) error {
	header, rows := b.exportTable()
	return writeTableCSV(w, header, rows)
}

// ExportXLSX writes the export as one sheet, "Danh mục", header frozen.
func (b *Built) ExportXLSX(w io.Writer) error {
	header, rows := b.exportTable()
	return writeTableXLSX(w, header, rows, []float64{12, 60, 22, 16, 24, 16, 12, 24, 40, 14, 38, 40, 12})
}

// FetchHeader is the header row of `catalog fetch`: the contract's
// catalogue columns, the record's type, its announcing decision and
// status, its id on the national portal and the CSDL column naming the
// parts the record lacks (empty when complete). The importers read every
// one of them back.
var FetchHeader = []string{"Mã TTHC", "Tên thủ tục", "Lĩnh vực", "Cấp thực hiện", "Cơ quan thực hiện",
	"Loại thủ tục", "Quyết định công bố", "Trạng thái", "ID trên Cổng DVCQG", "Bộ phận còn thiếu trên CSDL"}

// FetchRows are the rows of `catalog fetch`, one a procedure.
func FetchRows(ps []Procedure) [][]string {
	rows := make([][]string, 0, len(ps))
	for _, p := range ps {
		var ls []string
		for _, l := range p.Levels {
			ls = append(ls, levelNames[l])
		}
		status := ExportActive
		if !p.Active() {
			status = ExportAbolished
		}
		rows = append(rows, []string{p.Code, p.Name, strings.Join(p.Fields, "; "), strings.Join(ls, ", "),
			strings.Join(p.Agencies, "; "), p.Type, p.Decision, status, p.RecordID, strings.Join(p.Lacks, "; ")})
	}
	return rows
}

// WriteFetched writes procedures read from the national list as a
// catalogue, XLSX when xlsx is true, CSV otherwise.
func WriteFetched(w io.Writer, ps []Procedure, xlsx bool) error {
	if xlsx {
		return writeTableXLSX(w, FetchHeader, FetchRows(ps), []float64{12, 60, 22, 16, 30, 14, 16, 14, 38, 40})
	}
	return writeTableCSV(w, FetchHeader, FetchRows(ps))
}

func writeTableCSV(w io.Writer, header []string, rows [][]string) error {
	var buf bytes.Buffer
	buf.WriteString("\ufeff")
	cw := csv.NewWriter(&buf)
	if err := cw.Write(header); err != nil {
		return err
	}
	for _, row := range rows {
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

// writeTableXLSX writes one sheet, "Danh mục", header frozen, codes as text.
func writeTableXLSX(w io.Writer, header []string, rows [][]string, widths []float64) error {
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
	for i, row := range append([][]string{header}, rows...) {
		vals := make([]any, len(row))
		for j, v := range defuseRow(row) {
			vals[j] = v
		}
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow(sheet, cell, &vals); err != nil {
			return err
		}
	}
	last, _ := excelize.CoordinatesToCellName(len(header), 1)
	if err := f.SetCellStyle(sheet, "A1", last, head); err != nil {
		return err
	}
	n := len(rows) + 1
	end, _ := excelize.CoordinatesToCellName(len(header), n)
	if n > 1 {
		if err := f.SetCellStyle(sheet, "A2", end, wrap); err != nil {
			return err
		}
	}
	for i, wd := range widths {
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
