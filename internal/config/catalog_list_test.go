package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const portalsYAML = `portals:
  - id: xa
    level: xa
    urls: ["https://xa.example.gov.vn/"]
`

func TestCatalogList(t *testing.T) {
	tests := []struct {
		name    string
		catalog string
		files   []string
		want    []string // relative to the config's folder
		wantErr []string
	}{
		{"one file", "catalog: catalog.csv\n", nil, []string{"catalog.csv"}, nil},
		{"flow list", "catalog: [catalog.csv, qd/2031.pdf, qd/2999.docx]\n", []string{"qd/2031.pdf", "qd/2999.docx"},
			[]string{"catalog.csv", "qd/2031.pdf", "qd/2999.docx"}, nil},
		{"block list", "catalog:\n  - catalog.csv\n  - qd/2031.pdf\n", []string{"qd/2031.pdf"}, []string{"catalog.csv", "qd/2031.pdf"}, nil},
		{"missing decision names its line", "catalog:\n  - catalog.csv\n  - qd/none.pdf\n", nil, nil, []string{"audit.yaml:3", "qd/none.pdf does not exist"}},
		{"empty list", "catalog: []\n", nil, nil, []string{"no catalogue"}},
		{"not a file name", "catalog:\n  - [a, b]\n", nil, nil, []string{"line 2", "each entry of catalog: is a file name"}},
		{"a block", "catalog:\n  file: a.csv\n", nil, nil, []string{"line 2", "a file name or a list"}},
		{"reference", "catalog: [catalog.csv, qd.pdf]\ncatalog_reference: national.csv\n", []string{"qd.pdf", "national.csv"}, []string{"catalog.csv", "qd.pdf"}, nil},
		{"missing reference", "catalog: catalog.csv\ncatalog_reference: none.csv\n", nil, nil, []string{"audit.yaml:2", "catalog_reference", "none.csv does not exist"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := writeConfig(t, tt.catalog+portalsYAML)
			dir := filepath.Dir(p)
			for _, f := range tt.files {
				require.NoError(t, os.MkdirAll(filepath.Join(dir, filepath.Dir(f)), 0o755))
				require.NoError(t, os.WriteFile(filepath.Join(dir, f), []byte("x"), 0o644))
			}
			c, err := Load(p)
			if tt.wantErr != nil {
				require.Error(t, err)
				for _, w := range tt.wantErr {
					assert.Contains(t, err.Error(), w)
				}
				return
			}
			require.NoError(t, err)
			var want []string
			for _, w := range tt.want {
				want = append(want, filepath.Join(dir, w))
			}
			assert.Equal(t, want, c.CatalogPaths())
			assert.Equal(t, want[0], c.CatalogPath())
			assert.Equal(t, strings.Join(tt.want, " + "), c.Catalog.String())
		})
	}
}
