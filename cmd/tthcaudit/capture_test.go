package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/tthcaudit/tthcaudit/internal/cli"

	"github.com/tthcaudit/tthcaudit/internal/verdict"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tthcaudit/tthcaudit/internal/evidence"
	"github.com/tthcaudit/tthcaudit/internal/render"
)

// readReport reads a --json report.
func readReport(t *testing.T, path string) *verdict.Report {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	var rep verdict.Report
	require.NoError(t, json.Unmarshal(b, &rep))
	return &rep
}

// finding returns the manifest's finding of kind and code.
func finding(t *testing.T, m *evidence.Manifest, kind, code string) evidence.LinkedFinding {
	t.Helper()
	for _, f := range m.Findings {
		if f.Kind == kind && f.Code == code {
			return f
		}
	}
	t.Fatalf("no %s finding for %s in the manifest", kind, code)
	return evidence.LinkedFinding{}
}

// verifyPack runs `evidence verify DIR` and returns the manifest.
func verifyPack(t *testing.T, dir string) *evidence.Manifest {
	t.Helper()
	code, out, errOut := runCLI(t, "evidence", "verify", dir)
	require.Equal(t, cli.ExitOK, code, "evidence verify: %s", errOut)
	assert.Contains(t, out, "nguyên vẹn")
	m, err := evidence.ReadManifest(dir)
	require.NoError(t, err)
	require.NotEmpty(t, m.WARCFiles)
	for _, f := range m.WARCFiles {
		assert.FileExists(t, filepath.Join(dir, f))
		assert.True(t, strings.HasSuffix(f, ".warc.gz"), f)
	}
	return m
}

// TestAuditEvidence: audit --evidence over a plain portal writes a pack
// that verifies, whose manifest links a found procedure to its detail page
// and the list that showed it, and a missing one to the listing page; with
// the crawl cache of an earlier audit, the pack still holds whole pages,
// not 304s.
func TestAuditEvidence(t *testing.T) {
	portal := newChangingPortal(t, publishing(nil, "1.010801", "1.010802", "1.010803"))
	cfg := writeFixtureConfig(t, portal.srv.URL, "")
	db := filepath.Join(t.TempDir(), "audits.db")

	// A first audit fills the crawl cache.
	code, _, errOut := runCLI(t, "audit", "--config", cfg, "--db", db)
	require.Equal(t, cli.ExitOK, code, errOut)

	dir := filepath.Join(t.TempDir(), "pack")
	notModBefore := portal.notMod.Load()
	code, stdout, errOut := runCLI(t, "audit", "--config", cfg, "--db", db, "--evidence", dir)
	require.Equal(t, cli.ExitOK, code, errOut)
	assert.Empty(t, errOut)
	assert.Contains(t, stdout, "1.010804", "the table is printed as usual")
	assert.Equal(t, notModBefore, portal.notMod.Load(), "no conditional request while recording evidence")
	assert.FileExists(t, filepath.Join(dir, evidence.ManifestName))

	m := verifyPack(t, dir)
	found := finding(t, m, evidence.KindFound, "1.010801")
	assert.Equal(t, "xa-thu", found.Portal)
	require.NotEmpty(t, found.Records)
	targets := map[string]int{}
	for _, r := range found.Records {
		targets[r.TargetURI] = r.Status
	}
	assert.Equal(t, 200, targets[portal.srv.URL+"/tthc/1.010801"], "the detail page: %v", targets)
	assert.Equal(t, 200, targets[portal.srv.URL+"/tthc"], "the list that showed it: %v", targets)

	missing := finding(t, m, evidence.KindMissing, "1.010804")
	assert.Equal(t, portal.srv.URL+"/tthc", missing.URL)
	require.NotEmpty(t, missing.Records, "the listing page proves the absence")
	assert.Equal(t, 200, missing.Records[0].Status)
	assert.Empty(t, missing.Note)
	assert.Nil(t, missing.Screenshot, "no screenshots unless asked")

	// Without --evidence the cache is used again (the check above is not
	// vacuous).
	code, _, errOut = runCLI(t, "audit", "--config", cfg, "--db", db)
	require.Equal(t, cli.ExitOK, code, errOut)
	assert.Greater(t, portal.notMod.Load(), notModBefore)
}

// TestAuditRenderJS: the single-page portal is audited whole with
// render_js (every procedure found, the listing page's screenshot and
// rendered DOM in the pack); without it the report says the page looks
// script-rendered and suggests render_js.
func TestAuditRenderJS(t *testing.T) {
	portal := newSPAPortal(t)

	t.Run("without render_js", func(t *testing.T) {
		cfg := spaConfig(t, portal, "/tthc", "")
		jsonPath := filepath.Join(t.TempDir(), "r.json")
		code, stdout, errOut := runCLI(t, "audit", "--config", cfg, "--db", "", "--json", jsonPath)
		require.Equal(t, cli.ExitOK, code, errOut)
		assert.Contains(t, stdout, "Trang có vẻ được tạo bằng JavaScript; hãy bật render_js")
		rep := readReport(t, jsonPath)
		require.Len(t, rep.Portals, 1)
		assert.Contains(t, fmt.Sprint(rep.Portals[0].Notes), "Trang có vẻ được tạo bằng JavaScript; hãy bật render_js")
		assert.Equal(t, 0, rep.Portals[0].Found)
	})

	t.Run("with render_js", func(t *testing.T) {
		needChromium(t)
		cfg := spaConfig(t, portal, "/tthc", "    render_js: true\n")
		jsonPath := filepath.Join(t.TempDir(), "r.json")
		dir := filepath.Join(t.TempDir(), "pack")
		start := time.Now()
		code, stdout, errOut := runCLI(t, "audit", "--config", cfg, "--db", "", "--json", jsonPath, "--evidence", dir)
		t.Logf("render_js audit with evidence: %s", time.Since(start))
		require.Equal(t, cli.ExitOK, code, errOut)
		assert.NotContains(t, stdout, "hãy bật render_js")
		rep := readReport(t, jsonPath)
		require.Len(t, rep.Portals, 1)
		v := rep.Portals[0]
		assert.Equal(t, 25, v.Required)
		assert.Equal(t, 25, v.Found, "missing: %v", v.Of(verdict.KindMissing))
		assert.Empty(t, v.Of(verdict.KindMissing))
		assert.NotContains(t, fmt.Sprint(v.Notes), "render_js")

		m := verifyPack(t, dir)
		f := finding(t, m, evidence.KindFound, portal.procs[24].Code)
		require.NotEmpty(t, f.Records, "a procedure of the list's last page is linked to the list")
		assert.Equal(t, portal.URL+"/tthc", f.Records[0].TargetURI)
		require.NotNil(t, f.Rendered, "the DOM the browser built is in the pack")
		require.NotNil(t, f.Screenshot, "the listing page's screenshot")
		png, err := os.ReadFile(filepath.Join(dir, f.Screenshot.Path))
		require.NoError(t, err)
		assert.True(t, bytes.HasPrefix(png, []byte("\x89PNG\r\n\x1a\n")))
	})
}

// TestCheckScreenshots: check --evidence --screenshots takes a screenshot
// of a plain portal's listing page, linked to its missing procedures.
func TestCheckScreenshots(t *testing.T) {
	needChromium(t)
	portal := newChangingPortal(t, publishing(nil, "1.010801", "1.010802", "1.010803", "1.010804"))
	cfg := writeFixtureConfig(t, portal.srv.URL, "")
	dir := filepath.Join(t.TempDir(), "pack")
	start := time.Now()
	code, stdout, errOut := runCLI(t, "check", "--config", cfg, "--portal", "xa-thu", "--evidence", dir, "--screenshots")
	t.Logf("check with screenshots: %s", time.Since(start))
	assert.Equal(t, cli.ExitFailed, code, "1.010805 is missing: %s", errOut)
	assert.Contains(t, stdout, "KHÔNG ĐẠT")
	assert.NotContains(t, errOut, "cảnh báo")

	shots, err := filepath.Glob(filepath.Join(dir, evidence.ScreenshotDir, "*.png"))
	require.NoError(t, err)
	require.Len(t, shots, 1, "one listing page")
	png, err := os.ReadFile(shots[0])
	require.NoError(t, err)
	assert.True(t, bytes.HasPrefix(png, []byte("\x89PNG\r\n\x1a\n")))
	assert.Greater(t, len(png), 1000)

	m := verifyPack(t, dir)
	missing := finding(t, m, evidence.KindMissing, "1.010805")
	require.NotNil(t, missing.Screenshot)
	assert.Equal(t, filepath.ToSlash(mustRel(t, dir, shots[0])), missing.Screenshot.Path)
	require.NotNil(t, missing.Screenshot.Record)
}

func mustRel(t *testing.T, base, path string) string {
	t.Helper()
	r, err := filepath.Rel(base, path)
	require.NoError(t, err)
	return r
}

// TestCaptureBadInput: the flags' misuse and a missing browser are bad
// input, with what to do.
func TestCaptureBadInput(t *testing.T) {
	portal := newChangingPortal(t, publishing(nil, "1.010801"))
	cfg := writeFixtureConfig(t, portal.srv.URL, "")
	code, stdout, errOut := runCLI(t, "audit", "--config", cfg, "--db", "", "--screenshots")
	assert.Equal(t, cli.ExitBadInput, code)
	assert.Empty(t, stdout)
	assert.Contains(t, errOut, "--evidence DIR")

	old := chromiumPath
	chromiumPath = filepath.Join(t.TempDir(), "no-chromium")
	t.Cleanup(func() { chromiumPath = old })
	spa := newSPAPortal(t)
	for _, args := range [][]string{
		{"audit", "--config", spaConfig(t, spa, "/tthc", "    render_js: true\n"), "--db", ""},
		{"check", "--config", cfg, "--portal", "xa-thu", "--evidence", t.TempDir(), "--screenshots"},
	} {
		code, stdout, errOut = runCLI(t, args...)
		assert.Equal(t, cli.ExitBadInput, code, args)
		assert.Empty(t, stdout)
		assert.Contains(t, errOut, "apt-get install -y chromium", args)
	}
	assert.Contains(t, errOut, "--screenshots")
}

// TestAuditCancelledMidRender: an audit stopped (Ctrl-C) while the browser
// waits for a page's script leaves no Chromium behind, and says it was
// interrupted.
func TestAuditCancelledMidRender(t *testing.T) {
	needChromium(t)
	portal := newSPAPortal(t)
	cfg := spaConfig(t, portal, "/hang", "    render_js: true\n")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() {
		select {
		case <-portal.hung:
			cancel()
		case <-time.After(30 * time.Second):
			cancel()
		}
	}()
	var out, errb bytes.Buffer
	e := &cli.Env{Stdout: &out, Stderr: &errb}
	a := cli.AuditArgs{RunArgs: cli.RunArgs{ConfigArgs: cli.ConfigArgs{Config: cfg, Lang: "vi", DBSet: true}, EvidenceDir: filepath.Join(t.TempDir(), "pack")}}
	err := cli.Audit(ctx, e, a)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "interrupted")
	select {
	case <-portal.hung:
	default:
		t.Fatal("the browser never asked for the hanging API: the test cancelled nothing mid-render")
	}
	assert.Empty(t, render.LeftoverBrowsers(render.OwnProfilePrefix(), 3*time.Second), "Chromium left after a cancelled audit")
	assert.Empty(t, out.String(), "no table for an interrupted audit")
}

// TestAuditEvidenceFailureKeepsReports: a pack that cannot be written
// (here manifest.json is taken by a folder) fails the command with exit 1
// and says so, after the table and the reports are written.
func TestAuditEvidenceFailureKeepsReports(t *testing.T) {
	portal := newChangingPortal(t, publishing(nil, "1.010801"))
	cfg := writeFixtureConfig(t, portal.srv.URL, "")
	dir := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(dir, evidence.ManifestName, "x"), 0o755))
	jsonPath := filepath.Join(t.TempDir(), "r.json")
	code, stdout, errOut := runCLI(t, "audit", "--config", cfg, "--db", "", "--json", jsonPath, "--evidence", dir)
	assert.Equal(t, cli.ExitBadInput, code)
	assert.Contains(t, stdout, "1.010802", "the table is printed")
	assert.FileExists(t, jsonPath, "the report is written")
	assert.Contains(t, errOut, "manifest")
	assert.Contains(t, errOut, "the evidence pack could not be written")
}
