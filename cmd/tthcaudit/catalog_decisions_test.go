package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tthcaudit/tthcaudit/internal/browsertest"
	"github.com/tthcaudit/tthcaudit/internal/decision"
	"github.com/tthcaudit/tthcaudit/internal/reports"
)

const decisionFixtures = "../../testdata/decisions/"

// needDecisionTools skips when poppler (and, with ocr, Tesseract) is
// missing, unless CI=true, where their absence is a failure.
func needDecisionTools(t *testing.T, ocr bool) {
	t.Helper()
	_, err := exec.LookPath("pdftotext")
	if err == nil && ocr {
		err = decision.OCRAvailable(decision.Options{})
	}
	browsertest.NeedInstalled(t, err, "poppler-utils tesseract-ocr tesseract-ocr-vie")
}

func decisionArgs(files ...string) []string {
	out := make([]string, len(files))
	for i, f := range files {
		out[i] = decisionFixtures + f
	}
	return out
}

// TestCatalogExportDecisions runs the "done when" through the
// command line: base + text PDF + scan + a DOCX dated after --as-of.
func TestCatalogExportDecisions(t *testing.T) {
	needDecisionTools(t, true)
	out := filepath.Join(t.TempDir(), "danh-muc.csv")
	args := append([]string{"catalog", "export"}, decisionArgs("base.csv", "qd-512-2018.pdf", "qd-2031-2025.pdf", "qd-456-2026-scan.pdf", "qd-2999-2026.docx")...)
	args = append(args, "--as-of", "2026-11-30", "--reference", decisionFixtures+"national.csv", "--out", out)
	code, stdout, stderr := runCLI(t, args...)
	require.Equal(t, 0, code, stderr)
	assert.Empty(t, stderr)
	assert.Contains(t, stdout, "Đã ghi 15 thủ tục")
	assert.Contains(t, stdout, "còn hiệu lực 11, đã bãi bỏ 3, chưa có hiệu lực 1 (danh mục tại ngày 30/11/2026)")

	f, err := os.Open(out)
	require.NoError(t, err)
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	require.NoError(t, err)
	assert.Equal(t, "\ufeffMã TTHC", rows[0][0])
	assert.Equal(t, []string{"Trạng thái", "Hiệu lực từ", "Nguồn"}, rows[0][5:8])
	status := map[string]string{}
	name := map[string]string{}
	for _, r := range rows[1:] {
		status[r[0]] = r[5]
		name[r[0]] = r[1]
	}
	var active []string
	for c, s := range status {
		if s == "Còn hiệu lực" {
			active = append(active, c)
		}
	}
	sort.Strings(active)
	assert.Equal(t, []string{"1.000419", "1.000593", "1.000656", "1.000894", "1.001193", "1.010801", "1.010803", "1.010827", "1.010829", "1.010830", "1.010831"}, active)
	assert.Equal(t, "Đã bãi bỏ", status["1.003583"], "abolished by the scan")
	assert.Equal(t, "Đã bãi bỏ", status["1.004884"], "abolished in 2018")
	assert.Equal(t, "Đã bãi bỏ", status["1.010825"], "added 2018, abolished 2025")
	assert.Equal(t, "Chưa có hiệu lực", status["1.001766"], "added by the DOCX, in force from 1 December")
	assert.Equal(t, "Thủ tục đăng ký khai sinh", name["1.001193"], "the DOCX's rename is not applied yet")
	assert.Equal(t, "Giải quyết chế độ trợ cấp ưu đãi đối với thân nhân liệt sĩ", name["1.010801"], "renamed in 2025")
	assert.True(t, strings.HasPrefix(name["1.010829"], "Di chuyển hài cốt liệt sĩ đang an táng tại nghĩa trang"), "renamed by the scan, OCR corrected")

	// The same list as XLSX.
	x := filepath.Join(t.TempDir(), "danh-muc.xlsx")
	args[len(args)-1] = x
	code, _, stderr = runCLI(t, args...)
	require.Equal(t, 0, code, stderr)
	code, stdout, stderr = runCLI(t, "catalog", "show", x)
	require.Equal(t, 1, code, "a pending row is refused when the export is read back as a catalogue")
	assert.Contains(t, stderr, "chưa có hiệu lực")
	_ = stdout
}

func TestCatalogExportBadInput(t *testing.T) {
	needDecisionTools(t, false)
	dir := t.TempDir()
	tests := []struct {
		name string
		args []string
		want []string
	}{
		{"no --out", decisionArgs("base.csv"), []string{"--out"}},
		{"bad extension", append(decisionArgs("base.csv"), "--out", filepath.Join(dir, "x.pdf")), []string{"x.pdf", ".csv hoặc .xlsx"}},
		{"bad date", append(decisionArgs("base.csv"), "--as-of", "30/11/2026", "--out", filepath.Join(dir, "x.csv")), []string{"YYYY-MM-DD"}},
		{"row without code", append(decisionArgs("base.csv", "err-no-code.pdf"), "--out", filepath.Join(dir, "x.csv")), []string{"err-no-code.pdf: trang 2", "không có mã số TTHC"}},
		{"code in two parts", append(decisionArgs("base.csv", "err-code-twice.docx"), "--out", filepath.Join(dir, "x.csv")), []string{"err-code-twice.docx", "hai phần"}},
		{"no date of force", append(decisionArgs("base.csv", "err-no-date.docx"), "--out", filepath.Join(dir, "x.csv")), []string{"err-no-date.docx", "Điều 2"}},
		{"encrypted", append(decisionArgs("base.csv", "err-encrypted.pdf"), "--out", filepath.Join(dir, "x.csv")), []string{"err-encrypted.pdf", "mật khẩu"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, append([]string{"catalog", "export"}, tt.args...)...)
			assert.Equal(t, 1, code)
			for _, w := range tt.want {
				assert.Contains(t, stderr, w)
			}
			_, err := os.Stat(filepath.Join(dir, "x.csv"))
			assert.True(t, os.IsNotExist(err), "nothing written on bad input")
		})
	}
}

func TestCatalogShowDiffDecisions(t *testing.T) {
	needDecisionTools(t, false)
	list := decisionArgs("base.csv", "qd-512-2018.pdf", "qd-2031-2025.pdf", "qd-2999-2026.docx")
	code, stdout, stderr := runCLI(t, append([]string{"catalog", "show", "--as-of", "2026-11-30"}, list...)...)
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, stdout, "Danh mục tại ngày: 30/11/2026")
	assert.Contains(t, stdout, "2031/QĐ-UBND")
	assert.Contains(t, stdout, "Quyết định chưa có hiệu lực (thay đổi sắp tới): 2999/QĐ-UBND, hiệu lực từ 01/12/2026")

	code, stdout, stderr = runCLI(t, append([]string{"catalog", "show", "--json", "--as-of", "2026-11-30"}, list...)...)
	require.Equal(t, 0, code, stderr)
	var js struct {
		AsOf     string `json:"as_of"`
		Upcoming []struct {
			Number  string `json:"number"`
			Changes []struct{ Code, Action string }
		} `json:"upcoming"`
	}
	require.NoError(t, json.Unmarshal([]byte(stdout), &js))
	assert.Equal(t, "2026-11-30", js.AsOf)
	require.Len(t, js.Upcoming, 1)
	assert.Len(t, js.Upcoming[0].Changes, 3)

	// What the last decision changes.
	code, stdout, stderr = runCLI(t, append([]string{"catalog", "diff", "--json"}, list...)...)
	require.Equal(t, 0, code, stderr)
	var d reports.CatalogChanges
	require.NoError(t, json.Unmarshal([]byte(stdout), &d))
	assert.Equal(t, "1.001766", d.Added[0].Code)
	assert.Equal(t, "1.000894", d.Abolished[0].Code)
	assert.Empty(t, d.Renamed, "\"Thủ tục đăng ký khai sinh\" and \"Đăng ký khai sinh\" are one name to the matcher")

	// Between two dates.
	code, stdout, stderr = runCLI(t, append([]string{"catalog", "diff", "--json", "--from", "2025-06-30", "--as-of", "2025-07-01"}, list...)...)
	require.Equal(t, 0, code, stderr)
	d = reports.CatalogChanges{}
	require.NoError(t, json.Unmarshal([]byte(stdout), &d))
	assert.Len(t, d.Added, 2)
	assert.Len(t, d.Abolished, 1)
	require.Len(t, d.Renamed, 1)
	assert.Equal(t, "1.010801", d.Renamed[0].Code)
}

// decisionPortal is a commune portal on loopback listing the given
// procedures (code → name) in one table.
func decisionPortal(t *testing.T, published map[string]string) string {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		switch r.URL.Path {
		case "/robots.txt":
			w.Header().Set("Content-Type", "text/plain")
			fmt.Fprint(w, "User-agent: *\nAllow: /\n")
		case "/":
			fmt.Fprint(w, `<html><body><a href="/tthc">Thủ tục hành chính</a></body></html>`)
		case "/tthc":
			codes := make([]string, 0, len(published))
			for c := range published {
				codes = append(codes, c)
			}
			sort.Strings(codes)
			var rows strings.Builder
			for i, c := range codes {
				fmt.Fprintf(&rows, "<tr><td>%d</td><td>%s</td><td>%s</td></tr>\n", i+1, c, html.EscapeString(published[c]))
			}
			fmt.Fprintf(w, `<html><head><title>Thủ tục hành chính cấp xã</title></head><body><h1>Thủ tục hành chính cấp xã</h1>
<table><thead><tr><th>STT</th><th>Mã TTHC</th><th>Tên thủ tục</th></tr></thead><tbody>%s</tbody></table></body></html>`, rows.String())
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

// TestAuditCatalogList: an audit whose catalog: is a base and decisions
// reports missing and obsolete procedures against the catalogue as of its
// date, and lists the decision not yet in force.
func TestAuditCatalogList(t *testing.T) {
	needDecisionTools(t, false)
	url := decisionPortal(t, map[string]string{
		"1.001193": "Thủ tục đăng ký khai sinh",
		"1.000894": "Thủ tục đăng ký kết hôn",
		"1.010801": "Giải quyết chế độ trợ cấp ưu đãi đối với thân nhân liệt sĩ",
		"1.004884": "Thủ tục đăng ký lại khai sinh",                   // abolished 2018
		"1.010825": "Bổ sung tình hình thân nhân trong hồ sơ liệt sĩ", // abolished 2025
	})
	dir := t.TempDir()
	abs := func(f string) string { p, err := filepath.Abs(decisionFixtures + f); require.NoError(t, err); return p }
	cfg := fmt.Sprintf(`catalog:
  - %s
  - %s
  - %s
  - %s
defaults:
  delay: 0s
portals:
  - id: xa-thu
    name: UBND xã Thử
    level: xa
    urls: ["%s/"]
`, abs("base.csv"), abs("qd-512-2018.pdf"), abs("qd-2031-2025.pdf"), abs("qd-2999-2026.docx"), url)
	cfgPath := filepath.Join(dir, "audit.yaml")
	require.NoError(t, os.WriteFile(cfgPath, []byte(cfg), 0o644))

	type item struct{ Code string }
	type portal struct {
		Missing  []item `json:"missing"`
		Obsolete []item `json:"obsolete"`
	}
	type report struct {
		Catalog struct {
			AsOf      string `json:"as_of"`
			Decisions []struct{ Number string }
			Upcoming  []struct{ Number string }
		} `json:"catalog"`
		Portals []portal `json:"portals"`
	}
	codes := func(is []item) []string {
		out := []string{}
		for _, i := range is {
			out = append(out, i.Code)
		}
		return out
	}
	auditAt := func(asOf string) report {
		j := filepath.Join(dir, asOf+".json")
		code, _, stderr := runCLI(t, "audit", "--config", cfgPath, "--db", "", "--json", j, "--as-of", asOf)
		require.Equal(t, 0, code, stderr)
		data, err := os.ReadFile(j)
		require.NoError(t, err)
		var r report
		require.NoError(t, json.Unmarshal(data, &r))
		require.Len(t, r.Portals, 1)
		return r
	}

	r := auditAt("2026-11-30")
	assert.Equal(t, "2026-11-30", r.Catalog.AsOf)
	require.Len(t, r.Catalog.Decisions, 2)
	require.Len(t, r.Catalog.Upcoming, 1)
	assert.Equal(t, "2999/QĐ-UBND", r.Catalog.Upcoming[0].Number)
	assert.Equal(t, []string{"1.000656", "1.003583", "1.010827"}, codes(r.Portals[0].Missing))
	assert.Equal(t, []string{"1.004884", "1.010825"}, codes(r.Portals[0].Obsolete))

	// On 1 December the DOCX applies: kết hôn is abolished, khai tử có
	// yếu tố nước ngoài is required.
	r = auditAt("2026-12-01")
	assert.Empty(t, r.Catalog.Upcoming)
	assert.Equal(t, []string{"1.000656", "1.001766", "1.003583", "1.010827"}, codes(r.Portals[0].Missing))
	assert.Equal(t, []string{"1.000894", "1.004884", "1.010825"}, codes(r.Portals[0].Obsolete))

	// Before 2025 the 2031 decision is upcoming: 1.010801 is still a
	// district procedure and 1.010825 still in force.
	r = auditAt("2024-01-01")
	require.Len(t, r.Catalog.Upcoming, 2)
	assert.Equal(t, []string{"1.004884"}, codes(r.Portals[0].Obsolete))
}
