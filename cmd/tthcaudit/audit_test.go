package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/tthcaudit/tthcaudit/internal/cli"

	"github.com/tthcaudit/tthcaudit/internal/golden"
	"github.com/tthcaudit/tthcaudit/internal/store"
	"github.com/tthcaudit/tthcaudit/internal/verdict"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tthcaudit/tthcaudit/internal/demo"
	"github.com/tthcaudit/tthcaudit/internal/tickets"
)

// runCLI runs the command line with buffers for its output.
func runCLI(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, &cli.Env{Stdout: &out, Stderr: &errb})
	return code, out.String(), errb.String()
}

// demoConfig serves the demo province and writes its catalogue and
// configuration into a temp folder; it returns the configuration's path.
func demoConfig(t *testing.T) string {
	t.Helper()
	p, err := demo.Start()
	require.NoError(t, err)
	t.Cleanup(p.Close)
	dir := t.TempDir()
	_, err = p.Config(dir)
	require.NoError(t, err)
	return filepath.Join(dir, "audit.yaml")
}

// writeFiles writes name→content into a temp folder and returns it.
func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644))
	}
	return dir
}

const smallCatalog = "Mã TTHC,Tên thủ tục,Cấp thực hiện\n1.001193,Thủ tục đăng ký khai sinh,Cấp Xã\n"

func TestAuditBadInput(t *testing.T) {
	cfgOK := "catalog: catalog.csv\nportals:\n  - id: xa\n    level: xa\n    urls: [\"http://127.0.0.1:1/\"]\n"
	tests := []struct {
		name  string
		files map[string]string
		args  []string // after "audit --config <dir>/audit.yaml"
		want  []string
	}{
		{"unknown key names the line", map[string]string{"catalog.csv": smallCatalog,
			"audit.yaml": "catalog: catalog.csv\nportals:\n  - id: xa\n    level: xa\n    url: [\"http://127.0.0.1:1/\"]\n"},
			nil, []string{"audit.yaml: dòng 5: khóa url không có trong cấu hình"}},
		{"bad duration names the line", map[string]string{"catalog.csv": smallCatalog,
			"audit.yaml": "catalog: catalog.csv\ndefaults:\n  delay: 2 seconds\n" + cfgOK[len("catalog: catalog.csv\n"):]},
			nil, []string{"line 3", `"2 seconds" is not a duration`}},
		{"missing catalogue", map[string]string{"audit.yaml": cfgOK},
			nil, []string{"audit.yaml:1", "catalog.csv does not exist"}},
		{"unreadable catalogue", map[string]string{"audit.yaml": cfgOK, "catalog.csv": "Mã TTHC,Cấp thực hiện\n1.001193,Cấp Xã\n"},
			[]string{"--db", ""}, []string{"catalog.csv"}},
		{"unknown portal id", map[string]string{"catalog.csv": smallCatalog, "audit.yaml": cfgOK},
			[]string{"--portal", "chau-doc", "--db", ""}, []string{`"chau-doc"`, "lists: xa"}},
		{"bad language", map[string]string{"catalog.csv": smallCatalog, "audit.yaml": cfgOK},
			[]string{"--lang", "fr"}, []string{"--lang"}},
		{"unknown flag", map[string]string{"catalog.csv": smallCatalog, "audit.yaml": cfgOK},
			[]string{"--fail-on-missin"}, []string{"unknown flag"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeFiles(t, tt.files)
			args := append([]string{"audit", "--config", filepath.Join(dir, "audit.yaml")}, tt.args...)
			code, stdout, stderr := runCLI(t, args...)
			assert.Equal(t, cli.ExitBadInput, code)
			assert.Empty(t, stdout)
			for _, w := range tt.want {
				assert.Contains(t, stderr, w)
			}
		})
	}

	code, _, stderr := runCLI(t, "audit")
	assert.Equal(t, cli.ExitBadInput, code)
	assert.Contains(t, stderr, "--config")
}

func TestAuditFailOnMissing(t *testing.T) {
	cfg := demoConfig(t)
	code, stdout, stderr := runCLI(t, "audit", "--config", cfg, "--portal", "an-giang", "--fail-on-missing", "--db", "")
	assert.Equal(t, cli.ExitOK, code, stderr)
	assert.Contains(t, stdout, "Cổng thông tin điện tử tỉnh An Giang")
	assert.NotContains(t, stdout, "UBND huyện Tri Tôn")
	assert.Empty(t, stderr, "no progress unless asked or on a terminal")

	code, stdout, stderr = runCLI(t, "audit", "--config", cfg, "--portal", "tri-ton", "--portal", "an-giang", "--fail-on-missing", "--db", "")
	assert.Equal(t, cli.ExitFailed, code)
	assert.Contains(t, stdout, "T-AGI-264525-TT")
	assert.Contains(t, stderr, "--fail-on-missing")

	// Without the flag, missing procedures are a finding, not a failure.
	code, _, _ = runCLI(t, "audit", "--config", cfg, "--portal", "tri-ton", "--db", "")
	assert.Equal(t, cli.ExitOK, code)
}

// freeAddr returns a loopback address nothing listens on.
func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	addr := ln.Addr().String()
	require.NoError(t, ln.Close())
	return addr
}

func TestAuditUnreachableFails(t *testing.T) {
	dir := writeFiles(t, map[string]string{"catalog.csv": smallCatalog,
		"audit.yaml": "catalog: catalog.csv\ndefaults: {timeout: 2s, retries: 0, delay: 1ms}\nportals:\n  - id: xa-tat\n    name: UBND xã Tắt\n    level: xa\n    urls: [\"http://" + freeAddr(t) + "/\"]\n"})
	cfg := filepath.Join(dir, "audit.yaml")
	code, stdout, _ := runCLI(t, "audit", "--config", cfg, "--db", "")
	assert.Equal(t, cli.ExitOK, code)
	assert.Contains(t, stdout, "UBND xã Tắt")

	code, _, stderr := runCLI(t, "audit", "--config", cfg, "--db", "", "--fail-on-missing")
	assert.Equal(t, cli.ExitFailed, code, "an unreachable portal fails --fail-on-missing")
	assert.Contains(t, stderr, "không truy cập được")

	code, stdout, _ = runCLI(t, "check", "--config", cfg, "--portal", "xa-tat")
	assert.Equal(t, cli.ExitFailed, code, "an unreachable portal fails check")
	assert.Contains(t, stdout, "KHÔNG ĐẠT")
}

func TestAuditWritesReports(t *testing.T) {
	cfg := demoConfig(t)
	out := t.TempDir()
	jsonPath := filepath.Join(out, "audit.json")
	dir := filepath.Join(out, "bao-cao")
	code, _, stderr := runCLI(t, "audit", "--config", cfg, "--json", jsonPath, "--out", dir, "--progress", "--db", "", "--lang", "en")
	require.Equal(t, cli.ExitOK, code, stderr)
	assert.Contains(t, stderr, "tri-ton: done", "--progress writes progress to stderr")

	b, err := os.ReadFile(jsonPath)
	require.NoError(t, err)
	var rep verdict.Report
	require.NoError(t, json.Unmarshal(b, &rep))
	assert.Equal(t, verdict.Schema, rep.Schema)
	require.Len(t, rep.Portals, 5)
	assert.Equal(t, "+07:00", rep.StartedAt.Format("-07:00"))

	for _, name := range []string{"report.json", "report.html", "report.xlsx", "missing.csv", "tickets.json"} {
		assert.FileExists(t, filepath.Join(dir, name))
	}
	b, err = os.ReadFile(filepath.Join(dir, "tickets.json"))
	require.NoError(t, err)
	var ts []tickets.Ticket
	require.NoError(t, json.Unmarshal(b, &ts))
	var triton []string
	for _, tk := range ts {
		if tk.Portal == "tri-ton" {
			triton = append(triton, tk.ID)
			assert.Equal(t, "tri-ton@example.gov.vn", tk.Contact)
		}
	}
	assert.Equal(t, []string{"tri-ton/T-AGI-264525-TT"}, triton)

	// No temp files left behind by the atomic writes.
	entries, err := os.ReadDir(out)
	require.NoError(t, err)
	for _, e := range entries {
		assert.False(t, strings.Contains(e.Name(), ".tmp-"), e.Name())
	}
}

func TestAuditStoresBesideTheConfig(t *testing.T) {
	cfg := demoConfig(t)
	out := t.TempDir()
	beside := filepath.Join(filepath.Dir(cfg), "tthcaudit.db")
	code, _, stderr := runCLI(t, "audit", "--config", cfg, "--portal", "an-giang", "--out", out)
	require.Equal(t, cli.ExitOK, code, stderr)
	require.FileExists(t, beside)
	st, err := store.Open(beside)
	require.NoError(t, err)
	stored, err := st.Tickets(context.Background(), false)
	require.NoError(t, err)
	b, err := os.ReadFile(filepath.Join(out, "tickets.json"))
	require.NoError(t, err)
	for _, tk := range stored {
		assert.Contains(t, string(b), tk.ID, "the stored tickets are the ones written")
	}

	other := filepath.Join(out, "other.db")
	code, _, _ = runCLI(t, "audit", "--config", cfg, "--portal", "an-giang", "--db", other)
	require.Equal(t, cli.ExitOK, code)
	assert.FileExists(t, other)

	as, err := st.LastAudits(context.Background(), 10)
	require.NoError(t, err)
	code, _, _ = runCLI(t, "audit", "--config", cfg, "--portal", "an-giang", "--db", "")
	require.Equal(t, cli.ExitOK, code)
	again, err := st.LastAudits(context.Background(), 10)
	require.NoError(t, err)
	assert.Len(t, again, len(as), `--db "" stores nothing`)

	// A database another process holds for writing: the table is still
	// printed, and the failure to store is the exit status.
	tx, err := st.DB().BeginTx(context.Background(), nil)
	require.NoError(t, err)
	code, stdout, stderr := runCLI(t, "audit", "--config", cfg, "--portal", "an-giang")
	require.NoError(t, tx.Rollback())
	require.NoError(t, st.Close())
	assert.Equal(t, cli.ExitBadInput, code)
	assert.NotEmpty(t, stdout, "the table is still printed")
	assert.Contains(t, stderr, "cannot store the audit")
}

func TestCheck(t *testing.T) {
	cfg := demoConfig(t)
	code, stdout, stderr := runCLI(t, "check", "--config", cfg, "--portal", "an-giang")
	assert.Equal(t, cli.ExitOK, code, stderr)
	assert.Contains(t, stdout, "ĐẠT")
	assert.NotContains(t, stdout, "KHÔNG ĐẠT")

	jsonPath := filepath.Join(t.TempDir(), "tri-ton.json")
	code, stdout, _ = runCLI(t, "check", "--config", cfg, "--portal", "tri-ton", "--json", jsonPath)
	assert.Equal(t, cli.ExitFailed, code)
	assert.Contains(t, stdout, "KHÔNG ĐẠT")
	assert.Contains(t, stdout, "T-AGI-264525-TT")
	assert.FileExists(t, jsonPath)

	code, stdout, _ = runCLI(t, "check", "--config", cfg, "--portal", "thoai-son", "--lang", "en")
	assert.Equal(t, cli.ExitFailed, code)
	assert.Contains(t, stdout, "FAIL")

	code, _, stderr = runCLI(t, "check", "--config", cfg)
	assert.Equal(t, cli.ExitBadInput, code)
	assert.Contains(t, stderr, "--portal")

	code, _, stderr = runCLI(t, "check", "--config", cfg, "--portal", "chau-doc")
	assert.Equal(t, cli.ExitBadInput, code)
	assert.Contains(t, stderr, `"chau-doc"`)
}

func TestDemo(t *testing.T) {
	out := t.TempDir()
	code, stdout, stderr := runCLI(t, "demo", "--out", out)
	require.Equal(t, cli.ExitOK, code, stderr)
	assert.Contains(t, stdout, "UBND huyện Tri Tôn")
	assert.Contains(t, stdout, "T-AGI-264525-TT")
	assert.Contains(t, stdout, "Hỗ trợ tiền thăm viếng mộ liệt sĩ, di chuyển hài cốt liệt sĩ")
	assert.FileExists(t, filepath.Join(out, "report.html"))
	auditGolden(t, "demo.vi.golden", scrub(stdout))

	code, stdout, _ = runCLI(t, "demo", "--lang", "en")
	require.Equal(t, cli.ExitOK, code)
	auditGolden(t, "demo.en.golden", scrub(stdout))
}

var (
	loopbackRe = regexp.MustCompile(`127\.0\.0\.1:\d+`)
	// dateTimeRe matches the report's start and finish times (dd/mm/yyyy hh:mm).
	dateTimeRe = regexp.MustCompile(`\d{2}/\d{2}/\d{4} \d{2}:\d{2}|\d{4}-\d{2}-\d{2} \d{2}:\d{2}`)
)

// scrub removes what changes from run to run: times and the demo's ports.
func scrub(s string) string {
	s = loopbackRe.ReplaceAllString(s, "127.0.0.1:PORT")
	return dateTimeRe.ReplaceAllString(s, "TIME")
}

// auditGolden compares got with testdata/audit/name (-update rewrites it).
func auditGolden(t *testing.T, name, got string) {
	t.Helper()
	golden.Assert(t, filepath.Join("testdata", "audit", name), []byte(got))
}
