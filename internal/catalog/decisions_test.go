package catalog

import (
	"bytes"
	"encoding/csv"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tthcaudit/tthcaudit/internal/browsertest"
	"github.com/tthcaudit/tthcaudit/internal/decision"
)

const decisionFixtures = "../../testdata/decisions/"

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// needTools skips when poppler (and, with ocr, Tesseract) is missing,
// unless CI=true, where CI installs them and their absence fails.
func needTools(t *testing.T, ocr bool) {
	t.Helper()
	_, err := exec.LookPath("pdftotext")
	if err == nil && ocr {
		err = decision.OCRAvailable(decision.Options{})
	}
	browsertest.NeedInstalled(t, err, "poppler-utils tesseract-ocr tesseract-ocr-vie")
}

func fixtureList(files ...string) []string {
	out := make([]string, len(files))
	for i, f := range files {
		out[i] = decisionFixtures + f
	}
	return out
}

// TestLoadListAsOf is the "done when": a base catalogue, a text
// PDF, a scanned PDF and a DOCX decision whose date lies after the as-of
// date give exactly the procedures in force with the names the latest
// decision gives them, the abolished marked, the later decision not
// applied (its new procedure listed as not yet in force).
func TestLoadListAsOf(t *testing.T) {
	needTools(t, true)
	ref, err := Load(decisionFixtures + "national.csv")
	require.NoError(t, err)
	// Listed out of date order on purpose: the list is applied by date.
	b, err := LoadList(fixtureList("base.csv", "qd-2999-2026.docx", "qd-456-2026-scan.pdf", "qd-2031-2025.pdf", "qd-512-2018.pdf"),
		ListOptions{AsOf: day(2026, 11, 30), Reference: ref})
	require.NoError(t, err)
	src := func(n string) string { return n + ", trang 2" }
	want := [][]string{
		{"1.000419", "Thủ tục đăng ký khai tử lưu động", "Hộ tịch", "Cấp Xã", "", ExportActive, "15/03/2026", src("456/QĐ-UBND"), ""},
		{"1.000593", "Thủ tục đăng ký kết hôn lưu động", "Hộ tịch", "Cấp Xã", "", ExportActive, "15/03/2026", src("456/QĐ-UBND"), ""},
		{"1.000656", "Thủ tục đăng ký khai tử", "Hộ tịch", "Cấp Xã", "", ExportActive, "", "base.csv", ""},
		{"1.000894", "Thủ tục đăng ký kết hôn", "Hộ tịch", "Cấp Xã", "", ExportActive, "", "base.csv", ""},
		{"1.001193", "Thủ tục đăng ký khai sinh", "Hộ tịch", "Cấp Xã", "", ExportActive, "", "base.csv", ""},
		{"1.003583", "Thủ tục đăng ký khai sinh lưu động", "Hộ tịch", "Cấp Xã", "", ExportAbolished, "15/03/2026", src("456/QĐ-UBND"), ""},
		{"1.004884", "Thủ tục đăng ký lại khai sinh", "Hộ tịch", "Cấp Xã", "", ExportAbolished, "15/03/2018", src("512/QĐ-UBND"), ""},
		{"1.010801", "Giải quyết chế độ trợ cấp ưu đãi đối với thân nhân liệt sĩ", "Người có công", "Cấp Xã", "", ExportActive, "01/07/2025", src("2031/QĐ-UBND"), "Giải quyết chế độ ưu đãi đối với thân nhân liệt sĩ"},
		{"1.010803", "Giải quyết chế độ trợ cấp thờ cúng liệt sĩ và chăm sóc mộ liệt sĩ", "Người có công", "Cấp Huyện", "", ExportActive, "15/03/2018", src("512/QĐ-UBND"), "Giải quyết chế độ trợ cấp thờ cúng liệt sĩ"},
		{"1.010825", "Bổ sung tình hình thân nhân trong hồ sơ liệt sĩ", "Người có công", "Cấp Huyện", "", ExportAbolished, "01/07/2025", src("2031/QĐ-UBND"), ""},
		{"1.010827", "Di chuyển hồ sơ khi người hưởng trợ cấp ưu đãi thay đổi nơi thường trú", "Người có công", "Cấp Xã", "", ExportActive, "01/07/2025", src("2031/QĐ-UBND"), ""},
		{"1.010829", "Di chuyển hài cốt liệt sĩ đang an táng tại nghĩa trang liệt sĩ đi nơi khác theo nguyện vọng của đại diện thân nhân hoặc người hưởng trợ cấp thờ cúng liệt sĩ", "Người có công", "Cấp Tỉnh", "", ExportActive, "15/03/2026", src("456/QĐ-UBND"), "Di chuyển hài cốt liệt sĩ đi nơi khác theo nguyện vọng của thân nhân"},
		{"1.010830", "Di chuyển hài cốt liệt sĩ đang an táng ngoài nghĩa trang liệt sĩ về an táng tại nghĩa trang liệt sĩ theo nguyện vọng của đại diện thân nhân hoặc người hưởng trợ cấp thờ cúng liệt sĩ", "Người có công", "Cấp Tỉnh", "", ExportActive, "15/03/2018", src("512/QĐ-UBND"), ""},
		{"1.010831", "Cấp giấy xác nhận thông tin về nơi liệt sĩ hy sinh", "Người có công", "Cấp Tỉnh", "", ExportActive, "01/07/2025", src("2031/QĐ-UBND"), ""},
		{"1.001766", "Thủ tục đăng ký khai tử có yếu tố nước ngoài", "Hộ tịch", "Cấp Xã", "UBND cấp xã", ExportPending, "01/12/2026", "2999/QĐ-UBND, bảng 1, hàng 4", ""},
	}
	assert.Equal(t, want, b.ExportRows())
	assert.Empty(t, b.Warnings, "every OCR'd name was corrected by code")

	var applied []string
	for _, d := range b.Applied {
		applied = append(applied, d.Number+" "+d.EffectiveFrom.Format(time.DateOnly))
	}
	assert.Equal(t, []string{"512/QĐ-UBND 2018-03-15", "2031/QĐ-UBND 2025-07-01", "456/QĐ-UBND 2026-03-15"}, applied)
	require.Len(t, b.Upcoming, 1)
	u := b.Upcoming[0]
	assert.Equal(t, "2999/QĐ-UBND", u.Number)
	assert.Equal(t, day(2026, 12, 1), u.EffectiveFrom)
	assert.Equal(t, []UpcomingChange{
		{Action: "new", Code: "1.001766", Name: "Thủ tục đăng ký khai tử có yếu tố nước ngoài", Levels: []Level{LevelXa}, Field: "Hộ tịch"},
		{Action: "amended", Code: "1.001193", Name: "Đăng ký khai sinh", OldName: "Thủ tục đăng ký khai sinh", Levels: []Level{LevelXa}, Field: "Hộ tịch"},
		{Action: "abolished", Code: "1.000894", Name: "Thủ tục đăng ký kết hôn", Levels: []Level{LevelXa}, Field: "Hộ tịch"},
	}, u.Changes)

	p, ok := b.ByCode("1.010829")
	require.True(t, ok)
	assert.Equal(t, &Source{Decision: "456/QĐ-UBND", File: decisionFixtures + "qd-456-2026-scan.pdf", Page: 2}, p.Source)

	// A day later the DOCX is in force: its rename, addition and
	// abolition apply, and nothing is upcoming.
	later, err := LoadList(fixtureList("base.csv", "qd-2999-2026.docx", "qd-456-2026-scan.pdf", "qd-2031-2025.pdf", "qd-512-2018.pdf"),
		ListOptions{AsOf: day(2026, 12, 1), Reference: ref})
	require.NoError(t, err)
	assert.Empty(t, later.Upcoming)
	assert.Empty(t, later.Pending)
	ks, _ := later.ByCode("1.001193")
	assert.Equal(t, "Đăng ký khai sinh", ks.Name)
	kh, _ := later.ByCode("1.000894")
	assert.False(t, kh.Active())
	kt, _ := later.ByCode("1.001766")
	assert.True(t, kt.Active())
}

// TestLoadListWithoutReference: without the national list an OCR'd name
// is corrected against the names the catalogue has, and one it cannot
// place is kept as read with a warning naming the file and page.
func TestLoadListWithoutReference(t *testing.T) {
	needTools(t, true)
	b, err := LoadList(fixtureList("base.csv", "qd-512-2018.pdf", "qd-456-2026-scan.pdf"), ListOptions{AsOf: day(2026, 11, 30)})
	require.NoError(t, err)
	abolished, _ := b.ByCode("1.003583")
	assert.Equal(t, "Thủ tục đăng ký khai sinh lưu động", abolished.Name, "corrected against the name the 2018 decision gave")
	for _, w := range b.Warnings {
		assert.Contains(t, w, "qd-456-2026-scan.pdf: trang 2 (page 2)")
	}
}

func TestLoadListTextOnly(t *testing.T) {
	needTools(t, false)
	b, err := LoadList(fixtureList("base.csv", "qd-512-2018.pdf", "qd-2031-2025.pdf", "qd-2999-2026.docx"), ListOptions{AsOf: day(2025, 6, 30)})
	require.NoError(t, err)
	require.Len(t, b.Applied, 1, "2031/QĐ-UBND takes effect on 1 July 2025")
	require.Len(t, b.Upcoming, 2)
	assert.Equal(t, "2031/QĐ-UBND", b.Upcoming[0].Number)
	assert.Equal(t, "2999/QĐ-UBND", b.Upcoming[1].Number)
	p, _ := b.ByCode("1.010801")
	assert.Equal(t, "Giải quyết chế độ ưu đãi đối với thân nhân liệt sĩ", p.Name)
	assert.Equal(t, []Level{LevelHuyen}, p.Levels)
	assert.Equal(t, "../../testdata/decisions/base.csv + 512/QĐ-UBND", b.Source)

	// A decision "in force from signing" applies on its signing day.
	b, err = LoadList(fixtureList("base.csv", "qd-512-2018.pdf"), ListOptions{AsOf: day(2018, 3, 15)})
	require.NoError(t, err)
	require.Len(t, b.Applied, 1)
}

func TestLoadListSingleFile(t *testing.T) {
	b, err := LoadList([]string{decisionFixtures + "base.csv"}, ListOptions{})
	require.NoError(t, err)
	assert.Len(t, b.Procedures, 7)
	assert.Empty(t, b.Applied)
	assert.Equal(t, decisionFixtures+"base.csv", b.Source)
}

func TestLoadListErrors(t *testing.T) {
	dir := t.TempDir()
	copyFile := func(from, to string) string {
		data, err := os.ReadFile(decisionFixtures + from)
		require.NoError(t, err)
		p := filepath.Join(dir, to)
		require.NoError(t, os.WriteFile(p, data, 0o644))
		return p
	}
	twice := copyFile("qd-2999-2026.docx", "copy.docx")
	tests := []struct {
		name  string
		paths []string
		want  []string
	}{
		{"empty", nil, []string{"trống"}},
		{"second catalogue", fixtureList("base.csv", "national.csv"), []string{"national.csv", "chỉ mục đầu tiên"}},
		{"bad decision", fixtureList("base.csv", "err-no-date.docx"), []string{"err-no-date.docx", "Điều 2"}},
		{"bad base", []string{decisionFixtures + "missing.csv", decisionFixtures + "qd-2999-2026.docx"}, []string{"missing.csv"}},
		{"same decision twice", []string{decisionFixtures + "base.csv", decisionFixtures + "qd-2999-2026.docx", twice}, []string{"2999/QĐ-UBND", "copy.docx"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := LoadList(tt.paths, ListOptions{AsOf: day(2026, 11, 30)})
			require.Error(t, err)
			for _, w := range tt.want {
				assert.Contains(t, err.Error(), w)
			}
		})
	}
}

// TestExportRoundTrip: the CSV export reads back as a catalogue (when no
// procedure is pending), the same procedures and statuses.
func TestExportRoundTrip(t *testing.T) {
	needTools(t, false)
	b, err := LoadList(fixtureList("base.csv", "qd-512-2018.pdf", "qd-2031-2025.pdf"), ListOptions{AsOf: day(2026, 1, 1)})
	require.NoError(t, err)
	for _, format := range []string{".csv", ".xlsx"} {
		var buf bytes.Buffer
		if format == ".csv" {
			require.NoError(t, b.ExportCSV(&buf))
			rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(buf.String(), "\ufeff"))).ReadAll()
			require.NoError(t, err)
			assert.Equal(t, ExportHeader, rows[0])
		} else {
			require.NoError(t, b.ExportXLSX(&buf))
		}
		back, err := LoadReader("export"+format, &buf)
		require.NoError(t, err, format)
		require.Len(t, back.Procedures, len(b.Procedures))
		for i, p := range b.Procedures {
			q := back.Procedures[i]
			assert.Equal(t, []any{p.Code, p.Name, p.Levels, p.Fields, p.Status}, []any{q.Code, q.Name, q.Levels, q.Fields, q.Status}, format)
		}
	}
}
