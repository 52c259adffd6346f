package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tthcaudit/tthcaudit/internal/catalog"
	"github.com/tthcaudit/tthcaudit/internal/dvcqg"
	"github.com/tthcaudit/tthcaudit/internal/dvcqg/dvcqgtest"
)

// noWaiting makes catalog fetch wait on a fake clock for one test.
func noWaiting(t *testing.T) {
	t.Helper()
	fetchTestOptions = func(o *dvcqg.Options) {
		o.Sleep = func(ctx context.Context, _ time.Duration) error { return ctx.Err() }
	}
	t.Cleanup(func() { fetchTestOptions = nil })
}

// standInProcs are n records with the real national list's codes and
// names; every third one is carried out at commune level.
func standInProcs(t *testing.T, n int) []dvcqgtest.Proc {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "..", "testdata", "dvcqg", "procedures.csv"))
	require.NoError(t, err)
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	require.NoError(t, err)
	var out []dvcqgtest.Proc
	for i, r := range rows[1 : n+1] {
		p := dvcqgtest.Proc{ID: dvcqgtest.ID(i), Code: r[0], Name: r[1], Type: "STANDARD", Field: dvcqgtest.Field(i),
			Agency: "Ủy ban nhân dân cấp xã", Province: i%3 != 0, Ward: i%3 == 0}
		if i%10 == 9 {
			p.Lacks = []string{"ho-so"}
		}
		out = append(out, p)
	}
	return out
}

func TestCatalogFetchWritesTheNationalList(t *testing.T) {
	noWaiting(t)
	procs := standInProcs(t, 240)
	srv := dvcqgtest.New(procs)
	defer srv.Close()
	srv.FailList = procs[199].ID
	srv.FailDetail = procs[17].ID
	out := filepath.Join(t.TempDir(), "national.xlsx")
	code, stdout, stderr := runCLI(t, "catalog", "fetch", "--from", srv.URL, "--out", out, "--progress")
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, stdout, "Đã ghi 240 thủ tục")
	assert.Contains(t, stderr, "Đang đọc danh sách: 240 thủ tục")
	assert.Contains(t, stderr, "240/240 (100%)")
	assert.Contains(t, stdout, "thiếu bộ phận bắt buộc: 24")
	_, err := os.Stat(out + ".dvcqg-state")
	assert.True(t, os.IsNotExist(err), "the state file goes once the catalogue is written")

	c, err := catalog.Load(out)
	require.NoError(t, err)
	assert.Len(t, c.Procedures, 240)
	p, ok := c.ByCode(procs[9].Code)
	require.True(t, ok)
	assert.Equal(t, []string{"Thành phần, số lượng hồ sơ"}, p.Lacks)

	code, stdout, _ = runCLI(t, "catalog", "show", out, "--lang", "en")
	require.Equal(t, 0, code)
	assert.Contains(t, stdout, "Procedures: 240")
	assert.Contains(t, stdout, "Records lacking required parts on the national database: 24")
}

func TestCatalogFetchExitStatus(t *testing.T) {
	noWaiting(t)
	srv := dvcqgtest.New(nil)
	defer srv.Close()
	srv.AlwaysFail = true
	dir := t.TempDir()
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"no --out", []string{"--from", srv.URL}, 1, "--out"},
		{"bad extension", []string{"--from", srv.URL, "--out", filepath.Join(dir, "a.pdf")}, 1, ".csv"},
		{"bad url", []string{"--from", "ftp://x", "--out", filepath.Join(dir, "a.csv")}, 1, "--from"},
		{"bad department", []string{"--from", srv.URL, "--department", "H 01", "--out", filepath.Join(dir, "a.csv")}, 1, "--department"},
		{"source unreadable", []string{"--from", srv.URL, "--out", filepath.Join(dir, "a.csv")}, 2, "503"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, append([]string{"catalog", "fetch"}, tt.args...)...)
			assert.Equal(t, tt.code, code)
			assert.Contains(t, stderr, tt.want)
		})
	}
	_, err := os.Stat(filepath.Join(dir, "a.csv"))
	assert.True(t, os.IsNotExist(err), "nothing written")
}

// An audit against a fetched catalogue: a commune portal must publish the
// procedures whose levels include xa, and the missing ones are exactly
// those it does not show.
func TestAuditAgainstFetchedCatalogue(t *testing.T) {
	noWaiting(t)
	procs := standInProcs(t, 90)
	api := dvcqgtest.New(procs)
	defer api.Close()
	dir := t.TempDir()
	code, _, stderr := runCLI(t, "catalog", "fetch", "--from", api.URL, "--out", filepath.Join(dir, "national.csv"))
	require.Equal(t, 0, code, stderr)

	// The commune publishes every commune procedure but four, and one
	// provincial procedure it need not.
	var communal, published, want []string
	for i, p := range procs {
		if p.Ward {
			communal = append(communal, p.Code)
			if len(communal)%7 == 3 && len(want) < 4 {
				want = append(want, p.Code)
				continue
			}
			published = append(published, fmt.Sprintf("<li><a href=\"/tthc/%d\">%s</a> (Mã: %s.000.00.00.H01)</li>", i, html.EscapeString(p.Name), p.Code))
		}
	}
	published = append(published, fmt.Sprintf("<li><a href=\"/tthc/1\">%s</a> (Mã: %s)</li>", html.EscapeString(procs[1].Name), procs[1].Code))
	page := "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Thủ tục hành chính</title></head><body><h1>Thủ tục hành chính cấp xã</h1><ul>" +
		strings.Join(published, "\n") + "</ul></body></html>"
	portal := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/thu-tuc-hanh-chinh" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write([]byte(page))
	}))
	defer portal.Close()
	cfg := "catalog: national.csv\ndefaults:\n  delay: 1ms\n  max_pages: 20\nportals:\n  - id: xa-vinh-te\n    name: UBND xã Vĩnh Tế\n    level: xa\n    urls: [\"" +
		portal.URL + "/thu-tuc-hanh-chinh\"]\n"
	require.NoError(t, os.WriteFile(filepath.Join(dir, "audit.yaml"), []byte(cfg), 0o644))
	report := filepath.Join(dir, "report.json")
	code, _, stderr = runCLI(t, "audit", "--config", filepath.Join(dir, "audit.yaml"), "--json", report, "--db", "")
	require.Equal(t, 0, code, stderr)
	var rep struct {
		Portals []struct {
			Required int `json:"required"`
			Found    int `json:"found"`
			Missing  []struct {
				Code string `json:"code"`
			} `json:"missing"`
		} `json:"portals"`
	}
	b, err := os.ReadFile(report)
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(b, &rep))
	require.Len(t, rep.Portals, 1)
	var got []string
	for _, m := range rep.Portals[0].Missing {
		got = append(got, m.Code)
	}
	sort.Strings(want)
	assert.Equal(t, want, got)
	assert.Equal(t, len(communal), rep.Portals[0].Required)
	assert.Equal(t, len(communal)-4, rep.Portals[0].Found)
}
