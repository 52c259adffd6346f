package main

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"
	"unicode"

	"github.com/tthcaudit/tthcaudit/internal/cli"

	"github.com/tthcaudit/tthcaudit/internal/golden"
	"github.com/tthcaudit/tthcaudit/internal/verdict"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tthcaudit/tthcaudit/internal/config"
	"github.com/tthcaudit/tthcaudit/internal/store"
	"github.com/tthcaudit/tthcaudit/internal/tickets"
)

var ict = time.FixedZone("", 7*3600)

// syntheticVerdict builds a verdict of the required codes with missing
// ones, abolished ones published and published names by code.
func syntheticVerdict(id, name, status string, required, missing, obsolete []string, published map[string]string) verdict.Verdict {
	v := verdict.Verdict{ID: id, Name: name, Level: "xa", Status: status, Required: len(required)}
	miss := map[string]bool{}
	for _, c := range missing {
		miss[c] = true
	}
	if status != verdict.StatusUnreachable {
		for _, c := range required {
			if miss[c] {
				v.Replace(verdict.KindMissing, append(v.Of(verdict.KindMissing), verdict.Finding{Kind: verdict.KindMissing, Code: c, Name: "Thủ tục " + c, Field: "Người có công"}))
				continue
			}
			pub := published[c]
			if pub == "" {
				pub = "Thủ tục " + c
			}
			v.Add(verdict.Finding{Kind: verdict.KindFound, Code: c, Name: "Thủ tục " + c, Required: true,
				URL: "https://" + id + ".example/tthc/" + c, PublishedName: pub, Match: "code", Score: 1})
		}
		for _, c := range obsolete {
			v.Replace(verdict.KindObsolete, append(v.Of(verdict.KindObsolete), verdict.Finding{Kind: verdict.KindObsolete, Code: c, Name: "Thủ tục " + c, URL: "https://" + id + ".example/tthc/" + c}))
		}
	}
	v.Found = len(v.Of(verdict.KindFound))
	v.Coverage = 1
	if v.Required > 0 {
		v.Coverage = float64(v.Found) / float64(v.Required)
	}
	return v
}

// seededStore writes a configuration and a database holding three weekly
// audits of two portals, and an officer's mark of one ticket as not
// applicable, and returns the configuration's path.
func seededStore(t *testing.T) string {
	t.Helper()
	dir := writeFiles(t, map[string]string{"catalog.csv": smallCatalog,
		"audit.yaml": "catalog: catalog.csv\nportals:\n  - id: an-phu\n    name: UBND xã An Phú\n    level: xa\n    urls: [\"https://an-phu.example/tthc\"]\n  - id: tri-ton\n    name: UBND xã Tri Tôn\n    level: xa\n    urls: [\"https://tri-ton.example/tthc\"]\n"})
	cfgPath := filepath.Join(dir, "audit.yaml")
	cfg, err := config.Load(cfgPath)
	require.NoError(t, err)
	st, err := store.Open(filepath.Join(dir, cli.DBFileName))
	require.NoError(t, err)
	defer st.Close()
	req := []string{"1.000001", "1.000002", "1.000003", "1.000004"}
	weeks := [][]verdict.Verdict{
		{syntheticVerdict("an-phu", "UBND xã An Phú", "ok", req, []string{"1.000001", "1.000002"}, nil, nil),
			syntheticVerdict("tri-ton", "UBND xã Tri Tôn", "ok", req, []string{"1.000004"}, nil, nil)},
		{syntheticVerdict("an-phu", "UBND xã An Phú", "ok", req, []string{"1.000002"}, []string{"2.000009"}, map[string]string{"1.000003": "Thủ tục 1.000003 (mẫu mới)"}),
			syntheticVerdict("tri-ton", "UBND xã Tri Tôn", "unreachable", req, nil, nil, nil)},
		{syntheticVerdict("an-phu", "UBND xã An Phú", "partial", req, []string{"1.000002", "1.000004"}, []string{"2.000009"}, map[string]string{"1.000003": "Thủ tục 1.000003 (mẫu mới)"}),
			syntheticVerdict("tri-ton", "UBND xã Tri Tôn", "ok", req, nil, nil, nil)},
	}
	for i, vs := range weeks {
		start := time.Date(2026, 11, 2+7*i, 8, 0, 0, 0, ict)
		rep := &verdict.Report{Schema: verdict.Schema, StartedAt: start, FinishedAt: start.Add(4 * time.Minute),
			Catalog: verdict.CatalogInfo{Source: "catalog.csv", Procedures: 5, Active: 4}, Portals: vs}
		_, _, err := st.SaveAudit(context.Background(), rep, nil, rep.FinishedAt, store.WithConfig(cfg))
		require.NoError(t, err)
	}
	_, err = st.MarkTicket(context.Background(), "an-phu/1.000004", tickets.EventMarkedNotApplicable,
		"Xã không có bộ phận một cửa cho thủ tục này\n(anh Minh, Văn phòng UBND)", tickets.ByDashboard, time.Date(2026, 11, 17, 9, 30, 0, 0, ict))
	require.NoError(t, err)
	return cfgPath
}

// checkGolden compares got with testdata/store/name.golden (-update rewrites it).
func checkGolden(t *testing.T, name, got string) {
	t.Helper()
	golden.Assert(t, filepath.Join("testdata", "store", name+".golden"), []byte(got))
}

func TestStoreCommandsGolden(t *testing.T) {
	cfg := seededStore(t)
	for _, tc := range []struct {
		name string
		args []string
	}{
		{"history", []string{"history"}},
		{"history-en", []string{"history", "--lang", "en"}},
		{"history-portal", []string{"history", "--portal", "tri-ton"}},
		{"history-json", []string{"history", "--portal", "an-phu", "--json"}},
		{"diff", []string{"diff"}},
		{"diff-en", []string{"diff", "--lang", "en"}},
		{"diff-json", []string{"diff", "--json"}},
		{"tickets", []string{"tickets"}},
		{"tickets-open", []string{"tickets", "--open"}},
		{"tickets-json", []string{"tickets", "--json"}},
		{"tickets-csv", []string{"tickets", "--csv"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, stderr := runCLI(t, append(tc.args, "--config", cfg)...)
			require.Equal(t, cli.ExitOK, code, stderr)
			assert.Empty(t, stderr)
			checkGolden(t, tc.name, out)
		})
	}
}

func TestStoreCommandsBadInput(t *testing.T) {
	cfg := seededStore(t)
	notDB := filepath.Join(t.TempDir(), "notes.db")
	require.NoError(t, os.WriteFile(notDB, []byte("Đây là một tệp văn bản, không phải cơ sở dữ liệu SQLite của tthcaudit."), 0o644))
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"no config", []string{"history"}, "--config"},
		{"unknown portal", []string{"history", "--config", cfg, "--portal", "chau-doc"}, `"chau-doc"`},
		{"json and csv", []string{"tickets", "--config", cfg, "--json", "--csv"}, "--json and --csv"},
		{"empty db", []string{"diff", "--config", cfg, "--db", ""}, `--db ""`},
		{"not a database", []string{"tickets", "--config", cfg, "--db", notDB}, "not a tthcaudit database"},
		{"bad language", []string{"history", "--config", cfg, "--lang", "fr"}, "--lang"},
		{"stray argument", []string{"diff", "--config", cfg, "extra"}, "extra"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, stderr := runCLI(t, tc.args...)
			assert.Equal(t, cli.ExitBadInput, code)
			assert.Empty(t, out)
			assert.Contains(t, stderr, tc.want)
		})
	}
}

func TestStoreCommandsWithoutDatabase(t *testing.T) {
	dir := writeFiles(t, map[string]string{"catalog.csv": smallCatalog,
		"audit.yaml": "catalog: catalog.csv\nportals:\n  - id: xa\n    name: UBND xã\n    level: xa\n    urls: [\"https://xa.example/\"]\n"})
	cfg := filepath.Join(dir, "audit.yaml")
	for _, tc := range []struct {
		args []string
		out  string
	}{
		{[]string{"history"}, ""},
		{[]string{"diff"}, ""},
		{[]string{"tickets"}, ""},
		{[]string{"tickets", "--json"}, "[]\n"},
		{[]string{"tickets", "--csv"}, "\ufeffMã phiếu,Cổng,Mã TTHC,Tên thủ tục,Lĩnh vực,Trạng thái,Mở lúc,Xử lý lúc,Bằng chứng,Liên hệ,Ghi chú\r\n"},
		{[]string{"diff", "--json"}, "{\n  \"from\": null,\n  \"portals\": [],\n  \"to\": null\n}\n"},
		{[]string{"history", "--json"}, "{\n  \"portals\": [\n    {\n      \"id\": \"xa\",\n      \"name\": \"UBND xã\",\n      \"points\": []\n    }\n  ]\n}\n"},
	} {
		code, out, stderr := runCLI(t, append(tc.args, "--config", cfg)...)
		assert.Equal(t, cli.ExitOK, code, "%v", tc.args)
		assert.Equal(t, tc.out, out, "%v", tc.args)
		if tc.out == "" {
			assert.Contains(t, stderr, "chưa có lần kiểm tra nào được lưu trong "+filepath.Join(dir, cli.DBFileName), "%v", tc.args)
		}
	}
	_, err := os.Stat(filepath.Join(dir, cli.DBFileName))
	assert.True(t, os.IsNotExist(err), "reading commands never create the database")
}

// TestDiffPrintsNoControlCharacters: a portal that publishes a name with
// terminal escape sequences (ESC, BEL, a carriage return) cannot reach the
// terminal of the officer who runs `tthcaudit diff`.
func TestDiffPrintsNoControlCharacters(t *testing.T) {
	dir := writeFiles(t, map[string]string{"catalog.csv": smallCatalog,
		"audit.yaml": "catalog: catalog.csv\nportals:\n  - id: an-phu\n    name: UBND xã An Phú\n    level: xa\n    urls: [\"https://an-phu.example/tthc\"]\n"})
	cfgPath := filepath.Join(dir, "audit.yaml")
	cfg, err := config.Load(cfgPath)
	require.NoError(t, err)
	st, err := store.Open(filepath.Join(dir, cli.DBFileName))
	require.NoError(t, err)
	req := []string{"1.000001", "1.000002"}
	hostile := "Thủ tục\x1b]0;pwned\x07 1.000001\x1b[2J\r\x1b[31m đỏ"
	for i, published := range []map[string]string{nil, {"1.000001": hostile}} {
		v := syntheticVerdict("an-phu", "UBND xã\x1b[5m An Phú", "ok", req, nil, nil, published)
		if i == 1 {
			v.Replace(verdict.KindFound, v.Of(verdict.KindFound)[:1]) // 1.000002 newly missing, with a hostile name
			v.Replace(verdict.KindMissing, []verdict.Finding{{Code: "1.000002", Name: "Thủ tục\x1b[1A\x1b[K 1.000002", Field: "x"}})
		}
		start := time.Date(2026, 11, 2+7*i, 8, 0, 0, 0, ict)
		rep := &verdict.Report{Schema: verdict.Schema, StartedAt: start, FinishedAt: start, Portals: []verdict.Verdict{v}}
		_, _, err := st.SaveAudit(context.Background(), rep, nil, start, store.WithConfig(cfg))
		require.NoError(t, err)
	}
	require.NoError(t, st.Close())

	for _, lang := range []string{"vi", "en"} {
		code, stdout, stderr := runCLI(t, "diff", "--config", cfgPath, "--lang", lang)
		require.Equal(t, cli.ExitOK, code, stderr)
		require.Contains(t, stdout, "1.000002", "the newly missing procedure is listed")
		require.Contains(t, stdout, "pwned", "the renamed procedure is listed")
		for _, r := range stdout {
			if r != '\n' && unicode.IsControl(r) {
				t.Fatalf("diff printed control character %U:\n%q", r, stdout)
			}
		}
	}
}
