package reports

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/tthcaudit/tthcaudit/internal/msg"
	"github.com/tthcaudit/tthcaudit/internal/verdict"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"
)

func openXLSX(t *testing.T, r *verdict.Report, lang msg.Lang) *excelize.File {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, XLSX(&buf, r, lang))
	f, err := excelize.OpenReader(&buf)
	require.NoError(t, err)
	t.Cleanup(func() { f.Close() })
	return f
}

func cell(t *testing.T, f *excelize.File, sheet, ref string) string {
	t.Helper()
	v, err := f.GetCellValue(sheet, ref)
	require.NoError(t, err)
	return v
}

func TestXLSXSummary(t *testing.T) {
	f := openXLSX(t, fixture(), msg.Vietnamese)
	assert.Equal(t, []string{"Tổng hợp", "UBND huyện Tri Tôn", "UBND huyện Thoại Sơn", "Sở Nội vụ tỉnh An Giang", "UBND xã Vĩnh Gia"}, f.GetSheetList())
	const s = "Tổng hợp"
	assert.Equal(t, "BÁO CÁO RÀ SOÁT CÔNG KHAI THỦ TỤC HÀNH CHÍNH", cell(t, f, s, "A1"))
	assert.Contains(t, cell(t, f, s, "A2"), "catalog.csv")
	assert.Equal(t, "Cổng thông tin", cell(t, f, s, "B5"))
	assert.Equal(t, "Tỷ lệ (%)", cell(t, f, s, "G5"))
	assert.Equal(t, "Trạng thái quét", cell(t, f, s, "L5"))

	// Tri Tôn's row.
	assert.Equal(t, "1", cell(t, f, s, "A6"))
	assert.Equal(t, "UBND huyện Tri Tôn", cell(t, f, s, "B6"))
	assert.Equal(t, "tri-ton", cell(t, f, s, "C6"))
	assert.Equal(t, "Huyện", cell(t, f, s, "D6"))
	assert.Equal(t, "6", cell(t, f, s, "E6"))
	assert.Equal(t, "4", cell(t, f, s, "F6"))
	assert.Equal(t, "66.6%", cell(t, f, s, "G6"))
	assert.Equal(t, "2", cell(t, f, s, "H6"))
	assert.Equal(t, "Đầy đủ", cell(t, f, s, "L6"))
	// Vĩnh Gia's: nothing claimed.
	assert.Equal(t, "—", cell(t, f, s, "F9"))
	assert.Equal(t, "—", cell(t, f, s, "H9"))
	assert.Equal(t, "Không truy cập được", cell(t, f, s, "L9"))
	// Totals.
	assert.Equal(t, "Tổng cộng (không tính 1 cổng không truy cập được)", cell(t, f, s, "A10"))
	assert.Equal(t, "13", cell(t, f, s, "E10"))
	assert.Equal(t, "4", cell(t, f, s, "H10"))

	// Signature block.
	assert.Equal(t, "…………, ngày 26 tháng 11 năm 2026", cell(t, f, s, "I12"))
	assert.Equal(t, "Người lập biểu", cell(t, f, s, "A13"))
	assert.Equal(t, "Thủ trưởng đơn vị", cell(t, f, s, "I13"))
	assert.Equal(t, "(Ký, ghi rõ họ tên)", cell(t, f, s, "A14"))

	// Bold headers, widths, print setup.
	id, err := f.GetCellStyle(s, "B5")
	require.NoError(t, err)
	st, err := f.GetStyle(id)
	require.NoError(t, err)
	assert.True(t, st.Font.Bold)
	w, err := f.GetColWidth(s, "B")
	require.NoError(t, err)
	assert.Equal(t, 34.0, w)
	pl, err := f.GetPageLayout(s)
	require.NoError(t, err)
	assert.Equal(t, 9, *pl.Size, "A4")
	assert.Equal(t, "landscape", *pl.Orientation)
	assert.Equal(t, 1, *pl.FitToWidth)
	props, err := f.GetSheetProps(s)
	require.NoError(t, err)
	assert.True(t, *props.FitToPage)
}

func TestXLSXPortalSheets(t *testing.T) {
	f := openXLSX(t, fixture(), msg.Vietnamese)
	rows, err := f.GetRows("UBND huyện Tri Tôn")
	require.NoError(t, err)
	assert.Equal(t, "UBND huyện Tri Tôn", rows[0][0])
	flat := flatten(rows)
	assert.Contains(t, flat, "Thủ tục còn thiếu (2)")
	assert.Contains(t, flat, "1.010829 | "+nameHaiCot+" | "+fieldNCC)
	assert.Contains(t, flat, "https://triton.angiang.gov.vn/tthc/1010803")

	rows, err = f.GetRows("UBND huyện Thoại Sơn")
	require.NoError(t, err)
	flat = flatten(rows)
	for _, want := range []string{"Thủ tục đã bãi bỏ vẫn còn đăng (1)", "1.010788", "Thời hạn giải quyết; Phí, lệ phí", "404", "1.010772, 1.010781", "Thủ tục đăng ký khai sinh (bản cũ)"} {
		assert.Contains(t, flat, want)
	}
	pl, err := f.GetPageLayout("UBND huyện Thoại Sơn")
	require.NoError(t, err)
	assert.Equal(t, "portrait", *pl.Orientation)
	assert.Equal(t, 9, *pl.Size)
	// The portal's name and address stay in view and head every page.
	panes, err := f.GetPanes("UBND huyện Thoại Sơn")
	require.NoError(t, err)
	assert.True(t, panes.Freeze)
	assert.Equal(t, 2, panes.YSplit)
	titles := ""
	for _, d := range f.GetDefinedName() {
		if d.Name == "_xlnm.Print_Titles" && d.Scope == "UBND huyện Thoại Sơn" {
			titles = d.RefersTo
		}
	}
	assert.Equal(t, "'UBND huyện Thoại Sơn'!$1:$2", titles)

	rows, err = f.GetRows("UBND xã Vĩnh Gia")
	require.NoError(t, err)
	flat = flatten(rows)
	assert.Contains(t, flat, "connection refused")
	assert.NotContains(t, flat, "Thủ tục còn thiếu", "nothing claimed about an unreachable portal")
}

func TestXLSXEnglishAndHostile(t *testing.T) {
	f := openXLSX(t, hostile(), msg.English)
	assert.Equal(t, "Summary", f.GetSheetList()[0])
	assert.Equal(t, "Prepared by", cell(t, f, "Summary", "A13"))
	assert.Equal(t, "…………, 2026-11-26", cell(t, f, "Summary", "I12"))
	// A crawled string starting with "=" stays text.
	r := fixture()
	r.Portals[0].At(verdict.KindMissing, 0).Name = "=1+1"
	f = openXLSX(t, r, msg.English)
	rows, err := f.GetRows("UBND huyện Tri Tôn")
	require.NoError(t, err)
	assert.Contains(t, flatten(rows), "=1+1")
	formula, err := f.GetCellFormula("UBND huyện Tri Tôn", "C1")
	require.NoError(t, err)
	assert.Empty(t, formula)
}

func TestSheetNames(t *testing.T) {
	long := strings.Repeat("a", 40)
	got := SheetNames("Tổng hợp", []verdict.Verdict{
		{ID: "tri-ton"}, {ID: "TRI-TON"}, {ID: long}, {ID: long}, {ID: "a[b]:c*d?e/f\\g"},
		{ID: "'quoted'"}, {ID: "tổng hợp"}, {ID: ""}, {ID: "history"},
	})
	assert.Equal(t, "tri-ton", got[0])
	assert.Equal(t, "TRI-TON~2", got[1])
	assert.Equal(t, strings.Repeat("a", 31), got[2])
	assert.Equal(t, strings.Repeat("a", 29)+"~2", got[3])
	assert.Equal(t, "a-b--c-d-e-f-g", got[4])
	assert.Equal(t, "quoted", got[5])
	assert.Equal(t, "tổng hợp~2", got[6])
	assert.Equal(t, "portal-8", got[7])
	assert.Equal(t, "history~2", got[8])
	seen := map[string]bool{}
	for _, n := range got {
		assert.LessOrEqual(t, utf8.RuneCountInString(n), 31)
		assert.False(t, strings.ContainsAny(n, `[]:*?/\`))
		assert.False(t, seen[strings.ToLower(n)], "duplicate %s", n)
		seen[strings.ToLower(n)] = true
	}
	// excelize accepts them all.
	f := excelize.NewFile()
	defer f.Close()
	for _, n := range got {
		_, err := f.NewSheet(n)
		require.NoError(t, err, n)
	}
}

// flatten joins each row's non-empty cells with " | " and the rows with
// newlines, for substring checks.
func flatten(rows [][]string) string {
	var b strings.Builder
	for _, r := range rows {
		var cells []string
		for _, c := range r {
			if c != "" {
				cells = append(cells, c)
			}
		}
		b.WriteString(strings.Join(cells, " | "))
		b.WriteByte('\n')
	}
	return b.String()
}

// TestXLSXPortalSheetsReadWell: sheets named after the portal, page
// numbers at the foot of each page, web addresses clickable, the field
// table in the order STT, field, required, found, coverage.
func TestXLSXPortalSheetsReadWell(t *testing.T) {
	f := openXLSX(t, fixture(), msg.Vietnamese)
	sheet := "UBND huyện Tri Tôn"
	hf, err := f.GetHeaderFooter(sheet)
	require.NoError(t, err)
	assert.Equal(t, "&C&P / &N", hf.OddFooter)
	rows, err := f.GetRows(sheet)
	require.NoError(t, err)
	var urlCell, fieldsHeader string
	for r, row := range rows {
		for c, v := range row {
			if strings.HasPrefix(v, "https://triton.angiang.gov.vn/tthc/") && urlCell == "" {
				urlCell, _ = excelize.CoordinatesToCellName(c+1, r+1)
			}
		}
		if len(row) > 0 && row[0] == "STT" && len(row) > 1 && row[1] == "Lĩnh vực" {
			fieldsHeader = strings.Join(row, " | ")
		}
	}
	require.NotEmpty(t, urlCell)
	ok, target, err := f.GetCellHyperLink(sheet, urlCell)
	require.NoError(t, err)
	assert.True(t, ok, "the address in %s is a link", urlCell)
	assert.True(t, strings.HasPrefix(target, "https://"))
	assert.Equal(t, "STT | Lĩnh vực | Phải công khai | Đã công khai | Tỷ lệ (%)", fieldsHeader)
}
