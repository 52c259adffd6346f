package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/tthcaudit/tthcaudit/internal/cli"

	"github.com/tthcaudit/tthcaudit/internal/store"
	"github.com/tthcaudit/tthcaudit/internal/verdict"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// auditOut runs `audit --config cfg --out dir` and reads dir/report.json.
func auditOut(t *testing.T, cfg string) (stdout, stderr string, rep map[string]any, dir string) {
	t.Helper()
	dir = t.TempDir()
	var out, errb bytes.Buffer
	code := run([]string{"audit", "--config", cfg, "--out", dir}, &cli.Env{Stdout: &out, Stderr: &errb})
	require.Equal(t, cli.ExitOK, code, errb.String())
	b, err := os.ReadFile(filepath.Join(dir, "report.json"))
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(b, &rep))
	return out.String(), errb.String(), rep, dir
}

// TestAuditReportsSinceLastAudit audits a portal twice into one database;
// between the runs the portal takes down a procedure. The second audit's
// own reports carry the "so với lần trước" section naming it, and say how
// many bytes the unchanged pages saved.
func TestAuditReportsSinceLastAudit(t *testing.T) {
	portal := newChangingPortal(t, publishing(nil, "1.010801", "1.010802", "1.010803", "1.010804"))
	cfg := writeFixtureConfig(t, portal.srv.URL, "")

	out1, stderr1, rep1, dir1 := auditOut(t, cfg)
	assert.Equal(t, "tthcaudit: các báo cáo đã ghi vào "+dir1+"\n", stderr1, "no warning")
	assert.NotContains(t, rep1, "since", "nothing stored before the first audit")
	assert.NotContains(t, out1, "So với lần trước")
	assert.NotContains(t, out1, "tiết kiệm", "nothing reused on the first audit")

	portal.set(publishing(nil, "1.010801", "1.010802", "1.010803"))
	out2, stderr2, rep2, dir2 := auditOut(t, cfg)
	assert.Equal(t, "tthcaudit: các báo cáo đã ghi vào "+dir2+"\n", stderr2, "no warning")

	// report.json: the contract's report plus "since".
	require.Contains(t, rep2, "since")
	var since verdict.Diff
	b, err := json.Marshal(rep2["since"])
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(b, &since))
	assert.Equal(t, int64(1), since.From.ID, "against the first stored audit")
	require.Len(t, since.Portals, 1)
	p := since.Portals[0]
	assert.Equal(t, verdict.Compared, p.State)
	assert.Equal(t, []string{"1.010804"}, codes(p.NewlyMissing))
	assert.Equal(t, catalogName["1.010804"], p.NewlyMissing[0].Name)
	assert.Empty(t, p.Fixed)
	assert.InDelta(t, 0.8, p.CoverageBefore, 1e-9)
	assert.InDelta(t, 0.6, p.CoverageAfter, 1e-9)

	// The crawl figures say what the incremental crawl saved.
	crawl := rep2["portals"].([]any)[0].(map[string]any)["crawl"].(map[string]any)
	require.Contains(t, crawl, "bytes_reused")
	assert.Positive(t, crawl["bytes_reused"].(float64))
	assert.Positive(t, crawl["bytes"].(float64))

	// The terminal: the section after the table, and the note.
	assert.Contains(t, out2, "So với lần trước (")
	assert.Contains(t, out2, "UBND xã Thử Nghiệm (xa-thu): 80,0% → 60,0%")
	assert.Contains(t, out2, "Mới bị thiếu (1):\n        - 1.010804 "+catalogName["1.010804"])
	assert.Contains(t, out2, "Đã tiết kiệm ")
	assert.Contains(t, out2, "nhờ trang không đổi")

	// The HTML and the workbook carry it too.
	page, err := os.ReadFile(filepath.Join(dir2, "report.html"))
	require.NoError(t, err)
	assert.Contains(t, string(page), `<section id="since">`)
	assert.Contains(t, string(page), "1.010804")
	xlsx, err := os.ReadFile(filepath.Join(dir2, "report.xlsx"))
	require.NoError(t, err)
	assert.Contains(t, string(xlsx), "xl/worksheets/sheet", "a workbook")

	// diff agrees with the report's own section.
	d := lastDiff(t, cfg)
	assert.Equal(t, codes(p.NewlyMissing), codes(d.NewlyMissing))
}

// TestAuditSinceFailureWarns: when the comparison fails, the audit still
// finishes and stores, with a warning and no section.
func TestAuditSinceFailureWarns(t *testing.T) {
	portal := newChangingPortal(t, publishing(nil, "1.010801"))
	cfg := writeFixtureConfig(t, portal.srv.URL, "")
	// A stored audit whose report cannot be read back: the comparison fails.
	auditOut(t, cfg)
	st, err := store.Open(filepath.Join(filepath.Dir(cfg), cli.DBFileName))
	require.NoError(t, err)
	_, err = st.DB().Exec(`UPDATE audits SET report_zlib = x'00ff'`)
	require.NoError(t, err)
	require.NoError(t, st.Close())
	out, stderr, rep, _ := auditOut(t, cfg)
	assert.Contains(t, stderr, "cảnh báo (warning): không so sánh được với lần kiểm tra trước")
	assert.NotContains(t, rep, "since")
	assert.NotContains(t, out, "So với lần trước")
	assert.FileExists(t, filepath.Join(filepath.Dir(cfg), cli.DBFileName), "the audit is stored all the same")
}

// TestAuditWithoutDBHasNoSince: --db "" stores nothing and compares with
// nothing.
func TestAuditWithoutDBHasNoSince(t *testing.T) {
	portal := newChangingPortal(t, publishing(nil, "1.010801"))
	cfg := writeFixtureConfig(t, portal.srv.URL, "")
	for range 2 {
		dir := t.TempDir()
		var out, errb bytes.Buffer
		code := run([]string{"audit", "--config", cfg, "--db", "", "--out", dir}, &cli.Env{Stdout: &out, Stderr: &errb})
		require.Equal(t, cli.ExitOK, code, errb.String())
		assert.NotContains(t, out.String(), "So với lần trước")
		b, err := os.ReadFile(filepath.Join(dir, "report.json"))
		require.NoError(t, err)
		assert.NotContains(t, string(b), `"since"`)
	}
	assert.NoFileExists(t, filepath.Join(filepath.Dir(cfg), cli.DBFileName))
}
