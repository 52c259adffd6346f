package catalog

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"github.com/tthcaudit/tthcaudit/internal/golden"
	"github.com/xuri/excelize/v2"
)

// update regenerates the committed .xlsx fixtures: go test ./catalog -run TestGenerateXLSX -update

const fixtureDir = "../../testdata/catalog"

// xlsxSheet describes one sheet of a fixture: rows of cells (string or
// float64 for a number cell) and merged ranges ("A1:E1").
type xlsxSheet struct {
	name   string
	rows   [][]any
	merges []string
}

var xlsxFixtures = map[string][]xlsxSheet{
	// The national portal's export: merged title, then Mã số | Tên | Cơ quan
	// ban hành | Cơ quan thực hiện | Lĩnh vực, several values per cell.
	"national-export.xlsx": {{
		name: "Danh sách TTHC",
		rows: [][]any{
			{"DANH SÁCH THỦ TỤC HÀNH CHÍNH"},
			{"Mã số", "Tên", "Cơ quan ban hành", "Cơ quan thực hiện", "Lĩnh vực"},
			{"1.010801.000.00.00.H01", "Giải quyết chế độ trợ cấp một lần đối với người được cử làm chuyên gia sang giúp Lào, Cam-pu-chia",
				"Bộ Lao động - Thương binh và Xã hội", "Phòng Lao động - Thương binh và Xã hội\nỦy ban nhân dân cấp xã", "Người có công"},
			{"2.000566", "Đăng ký khai sinh", "Bộ Tư pháp", "UBND xã, phường, thị trấn", "Hộ tịch\nTư pháp"},
			// A code typed as a number: Excel shows 1.01082 for 1.010820.
			{1.01082, "Thủ tục cấp bổ sung hoặc cấp lại giấy chứng nhận người có công", "Bộ Lao động - Thương binh và Xã hội", "Sở Lao động - Thương binh và Xã hội", "Người có công"},
			// NFD text, as some exports carry.
			{"1.002519", "Giải quye\u0302\u0301t che\u0302\u0301 đo\u0323\u0302 trợ cấp thờ cúng liệt sĩ", "Bộ Lao động - Thương binh và Xã hội", "Ủy ban nhân dân cấp xã", "Người có công"},
		},
		merges: []string{"A1:E1"},
	}},
	// A provincial decision's annex: level sections A/B/C, field sections
	// with roman and arabic numbers, with and without "Lĩnh vực", merged
	// across; STT restarting and continuing; codes in the name cell.
	"annex.xlsx": {{
		name: "Phụ lục",
		rows: [][]any{
			{"PHỤ LỤC"},
			{"DANH MỤC THỦ TỤC HÀNH CHÍNH LĨNH VỰC LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"},
			{"(Kèm theo Quyết định số 1234/QĐ-UBND ngày 15/8/2024 của Chủ tịch UBND tỉnh An Giang)"},
			{"STT", "Tên thủ tục hành chính", "Cơ quan thực hiện", "Ghi chú"},
			{"A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH"},
			{"I. Lĩnh vực Người có công"},
			{1.0, "Giải quyết chế độ ưu đãi đối với Bà mẹ Việt Nam anh hùng (1.010819)", "Sở Lao động - Thương binh và Xã hội"},
			{2.0, "Thủ tục cấp bổ sung hoặc cấp lại giấy chứng nhận người có công. (1.010820)", "Sở Lao động - Thương binh và Xã hội"},
			{"II. LĨNH VỰC BẢO TRỢ XÃ HỘI"},
			{3.0, "Giải thể cơ sở trợ giúp xã hội công lập thuộc Sở (2.000286)", "Sở Lao động - Thương binh và Xã hội"},
			{"B. THỦ TỤC HÀNH CHÍNH CẤP HUYỆN"},
			{"I", "Người có công"},
			{1.0, "Giải quyết chế độ trợ cấp thờ cúng liệt sĩ (1.002519)", "Phòng Lao động - Thương binh và Xã hội"},
			{2.0, "Giải quyết chế độ ưu đãi đối với Bà mẹ Việt Nam anh hùng (1.010819)", "Phòng Lao động - Thương binh và Xã hội"},
			{"C. THỦ TỤC HÀNH CHÍNH CẤP XÃ"},
			{"1. Lĩnh vực Người có công"},
			{3.0, "Giải quyết chế độ trợ cấp thờ cúng liệt sỹ (1.002519)", "Ủy ban nhân dân cấp xã"},
			{"2. Hộ tịch"},
			{4.0, "Đăng ký khai sinh (2.000566.000.00.00.H01)", "Ủy ban nhân dân cấp xã"},
			{5.0, "Đăng ký\nkhai tử (1.000656)", "Ủy ban nhân dân cấp xã"},
		},
		merges: []string{"A1:D1", "A2:D2", "A3:D3", "A5:D5", "A6:D6", "A9:D9", "A11:D11", "B12:D12", "A15:D15", "A16:D16", "A18:D18"},
	}},
	// An annex with its own code, field and level columns, the field merged
	// down over its rows, behind a cover sheet with no table.
	"annex-merged-field.xlsx": {
		{name: "Hướng dẫn", rows: [][]any{{"Danh mục kèm theo"}, {"Xem trang tính sau"}}},
		{
			name: "Danh mục",
			rows: [][]any{
				{"DANH MỤC TTHC CẤP XÃ"},
				{"STT", "Mã số TTHC", "Tên thủ tục", "Lĩnh vực", "Cấp thực hiện", "Trạng thái"},
				{1.0, "1.002519", "Giải quyết chế độ trợ cấp thờ cúng liệt sĩ", "Người có công", "Cấp Xã", "Còn hiệu lực"},
				{2.0, "1.010801", "Giải quyết chế độ trợ cấp một lần đối với người được cử làm chuyên gia sang giúp Lào, Cam-pu-chia", nil, "Cấp Huyện\nCấp Xã", ""},
				{3.0, "1.010819", "Giải quyết chế độ ưu đãi đối với Bà mẹ Việt Nam anh hùng", nil, "cấp xã", "Đã bãi bỏ"},
				{4.0, "2.000566", "Đăng ký khai sinh", "Hộ tịch", "CẤP XÃ", ""},
			},
			merges: []string{"A1:F1", "D3:D5"},
		},
	},
	// An annex row without a code: row 7 must be named.
	"err-annex-no-code.xlsx": {{
		name: "Phụ lục",
		rows: [][]any{
			{"DANH MỤC THỦ TỤC HÀNH CHÍNH"},
			{"STT", "Tên thủ tục hành chính", "Cơ quan thực hiện"},
			{"A. THỦ TỤC HÀNH CHÍNH CẤP XÃ"},
			{"I. Lĩnh vực Người có công"},
			{1.0, "Giải quyết chế độ trợ cấp thờ cúng liệt sĩ (1.002519)", "UBND cấp xã"},
			{"II. Lĩnh vực Hộ tịch"},
			{2.0, "Đăng ký khai sinh", "UBND cấp xã"},
		},
		merges: []string{"A1:C1", "A3:C3", "A4:C4", "A6:C6"},
	}},
	// One code under two names in two level sections (row 8).
	"err-duplicate-code.xlsx": {{
		name: "Phụ lục",
		rows: [][]any{
			{"STT", "Tên thủ tục hành chính", "Cơ quan thực hiện"},
			{"A. THỦ TỤC HÀNH CHÍNH CẤP HUYỆN"},
			{1.0, "Giải quyết chế độ trợ cấp thờ cúng liệt sĩ (1.002519)", "Phòng Lao động - Thương binh và Xã hội"},
			{2.0, "Đăng ký khai sinh (2.000566)", "Phòng Tư pháp"},
			{"B. THỦ TỤC HÀNH CHÍNH CẤP XÃ"},
			{1.0, "Giải quyết chế độ trợ cấp thờ cúng liệt sĩ (1.002519)", "UBND cấp xã"},
			{2.0, "Đăng ký khai sinh (2.000566)", "UBND cấp xã"},
			{3.0, "Đăng ký khai tử (1.002519)", "UBND cấp xã"},
		},
		merges: []string{"A2:C2", "A5:C5"},
	}},
}

func TestGenerateXLSX(t *testing.T) {
	if !golden.Update() {
		t.Skip("run with -update to regenerate the .xlsx fixtures")
	}
	for name, sheets := range xlsxFixtures {
		require.NoError(t, writeXLSX(filepath.Join(fixtureDir, name), sheets), name)
	}
}

func writeXLSX(path string, sheets []xlsxSheet) error {
	f := excelize.NewFile()
	defer f.Close()
	wrap, err := f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}})
	if err != nil {
		return err
	}
	for i, s := range sheets {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", s.name); err != nil {
				return err
			}
		} else if _, err := f.NewSheet(s.name); err != nil {
			return err
		}
		for r, row := range s.rows {
			for c, v := range row {
				if v == nil {
					continue
				}
				cell, err := excelize.CoordinatesToCellName(c+1, r+1)
				if err != nil {
					return err
				}
				if err := f.SetCellValue(s.name, cell, v); err != nil {
					return err
				}
				if err := f.SetCellStyle(s.name, cell, cell, wrap); err != nil {
					return err
				}
			}
		}
		for _, m := range s.merges {
			a, b, _ := splitRange(m)
			if err := f.MergeCell(s.name, a, b); err != nil {
				return err
			}
		}
	}
	f.SetActiveSheet(0)
	tmp := strings.TrimSuffix(path, ".xlsx") + ".tmp.xlsx" // SaveAs wants the extension
	if err := f.SaveAs(tmp); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

func splitRange(r string) (string, string, bool) {
	for i := range r {
		if r[i] == ':' {
			return r[:i], r[i+1:], true
		}
	}
	return r, r, false
}
