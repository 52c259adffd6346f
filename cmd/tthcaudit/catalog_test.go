package main

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/tthcaudit/tthcaudit/internal/cli"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/tthcaudit/tthcaudit/internal/golden"
	"github.com/tthcaudit/tthcaudit/internal/reports"
)

const catalogFixtures = "../../testdata/catalog/"

func runCatalog(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, &cli.Env{Stdout: &out, Stderr: &errb})
	return code, out.String(), errb.String()
}

// catalogGolden compares got with testdata/catalog/name (-update rewrites it).
func catalogGolden(t *testing.T, name, got string) {
	t.Helper()
	golden.Assert(t, filepath.Join("testdata", "catalog", name), []byte(got))
}

func TestCatalogGolden(t *testing.T) {
	tests := []struct {
		golden string
		args   []string
	}{
		{"show-sample.vi.golden", []string{"catalog", "show", catalogFixtures + "sample.csv"}},
		{"show-sample.en.golden", []string{"catalog", "show", catalogFixtures + "sample.csv", "--lang", "en"}},
		{"show-annex.vi.golden", []string{"catalog", "show", catalogFixtures + "annex.xlsx"}},
		{"show-national-export.vi.golden", []string{"catalog", "show", catalogFixtures + "national-export.xlsx"}},
		{"show-sample.json.golden", []string{"catalog", "show", "--json", catalogFixtures + "sample.csv"}},
		{"diff.vi.golden", []string{"catalog", "diff", catalogFixtures + "diff-old.csv", catalogFixtures + "diff-new.csv"}},
		{"diff.en.golden", []string{"catalog", "diff", "--lang", "en", catalogFixtures + "diff-old.csv", catalogFixtures + "diff-new.csv"}},
		{"diff.json.golden", []string{"catalog", "diff", "--json", catalogFixtures + "diff-old.csv", catalogFixtures + "diff-new.csv"}},
		{"diff-same.vi.golden", []string{"catalog", "diff", catalogFixtures + "diff-old.csv", catalogFixtures + "diff-old.csv"}},
	}
	for _, tt := range tests {
		t.Run(tt.golden, func(t *testing.T) {
			code, out, errs := runCatalog(t, tt.args...)
			require.Equal(t, 0, code, errs)
			assert.Empty(t, errs)
			catalogGolden(t, tt.golden, out)
		})
	}
}

func TestCatalogShowJSON(t *testing.T) {
	code, out, _ := runCatalog(t, "catalog", "show", "--json", "../../testdata/dvcqg/procedures.csv")
	require.Equal(t, 0, code)
	var s reports.CatalogSummary
	require.NoError(t, json.Unmarshal([]byte(out), &s))
	assert.Equal(t, 2929, s.Procedures)
	assert.Equal(t, 2929, s.Active)
	assert.Equal(t, []reports.CatalogGroup{{Level: "unknown", Count: 2929, Active: 2929}}, s.ByLevel)
}

func TestCatalogDiffJSON(t *testing.T) {
	code, out, _ := runCatalog(t, "catalog", "diff", "--json", catalogFixtures+"diff-old.csv", catalogFixtures+"diff-new.csv")
	require.Equal(t, 0, code)
	var d reports.CatalogChanges
	require.NoError(t, json.Unmarshal([]byte(out), &d))
	require.Len(t, d.Added, 1)
	assert.Equal(t, "1.010819", d.Added[0].Code)
	require.Len(t, d.Abolished, 2)
	require.Len(t, d.Renamed, 1)
	assert.Equal(t, "1.010801", d.Renamed[0].Code)
	require.Len(t, d.Recoded, 1)
	assert.Equal(t, "1.010820", d.Recoded[0].NewCode)
}

// TestCatalogErrors: a broken catalogue exits 1 with file:row: reason on
// stderr and nothing on stdout.
func TestCatalogErrors(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		stderr string
	}{
		{"no code", []string{"catalog", "show", catalogFixtures + "err-no-code.csv"},
			catalogFixtures + "err-no-code.csv:4: thiếu mã thủ tục"},
		{"no name column", []string{"catalog", "show", catalogFixtures + "err-no-name-column.csv"},
			catalogFixtures + "err-no-name-column.csv:2: không có cột tên thủ tục (no name column"},
		{"duplicate code", []string{"catalog", "show", "--json", catalogFixtures + "err-duplicate-code.csv"},
			catalogFixtures + "err-duplicate-code.csv:4: mã 1.002519 đã có ở dòng 2 với tên khác"},
		{"unknown level", []string{"catalog", "show", catalogFixtures + "err-unknown-level.csv"},
			catalogFixtures + "err-unknown-level.csv:3: cấp thực hiện không rõ"},
		{"empty name", []string{"catalog", "show", catalogFixtures + "err-empty-name.csv"},
			catalogFixtures + "err-empty-name.csv:3: tên thủ tục trống"},
		{"invalid code", []string{"catalog", "show", catalogFixtures + "err-invalid-code.csv"},
			catalogFixtures + "err-invalid-code.csv:3: mã thủ tục không hợp lệ"},
		{"xlsx row", []string{"catalog", "show", catalogFixtures + "err-annex-no-code.xlsx"},
			catalogFixtures + "err-annex-no-code.xlsx:7: thiếu mã thủ tục"},
		{"diff old broken", []string{"catalog", "diff", catalogFixtures + "err-empty-name.csv", catalogFixtures + "sample.csv"},
			catalogFixtures + "err-empty-name.csv:3: tên thủ tục trống"},
		{"diff new broken", []string{"catalog", "diff", "--json", catalogFixtures + "sample.csv", catalogFixtures + "err-duplicate-code.xlsx"},
			catalogFixtures + "err-duplicate-code.xlsx:8: mã 1.002519"},
		{"missing file", []string{"catalog", "show", catalogFixtures + "nope.csv"},
			catalogFixtures + "nope.csv: không mở được tệp danh mục"},
		{"bad lang", []string{"catalog", "show", "--lang", "fr", catalogFixtures + "sample.csv"},
			`--lang phải là vi hoặc en, không phải "fr"`},
		{"no file", []string{"catalog", "show"}, "requires at least 1 arg"},
		{"one file for diff", []string{"catalog", "diff", catalogFixtures + "sample.csv"}, "requires at least 2 arg"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runCatalog(t, tt.args...)
			assert.Equal(t, 1, code)
			assert.Empty(t, out)
			assert.Contains(t, errs, tt.stderr)
		})
	}
}
