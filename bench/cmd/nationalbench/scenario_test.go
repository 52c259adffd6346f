package main

import (
	"bytes"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tthcaudit/tthcaudit/internal/catalog"
	"github.com/tthcaudit/tthcaudit/internal/extract"
)

// TestCatalogue checks the generated catalogue: at least 5,000 procedures,
// the 2,929 real ones first, codes unique, and readable by catalog.Load's
// CSV importer.
func TestCatalogue(t *testing.T) {
	ps, err := buildCatalog("../../../testdata/dvcqg/procedures.csv", 5200)
	require.NoError(t, err)
	require.Len(t, ps, 5200)
	codes := map[string]bool{}
	for _, p := range ps {
		require.False(t, codes[p.Code], "code %s twice", p.Code)
		codes[p.Code] = true
	}
	cat, err := catalog.LoadReader("national.csv", bytes.NewReader(catalogCSV(ps)))
	require.NoError(t, err)
	assert.Len(t, cat.Procedures, 5200)
	assert.Greater(t, cat.ActiveCount(), 4900)
}

// TestSitePages checks that every layout's list pages and the detail pages
// weigh what a real portal's do and are read by the crawler's extractor.
func TestSitePages(t *testing.T) {
	ps, err := buildCatalog("../../../testdata/dvcqg/procedures.csv", 5200)
	require.NoError(t, err)
	initWords(ps)
	for layout := range layouts {
		t.Run(layoutNames[layout], func(t *testing.T) {
			s := newSite("p", "Cổng thử", "tinh", layout, ps[:120])
			assert.Equal(t, 1+4+10+3+120, s.pageCount())
			for path := range s.pages {
				rec := httptest.NewRecorder()
				s.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
				require.Equal(t, 200, rec.Code, path)
				size := rec.Body.Len()
				assert.True(t, size >= 18_000 && size <= 60_000, "%s weighs %d bytes", path, size)
				px := extract.ExtractPage("http://127.0.0.1"+path, rec.Body.Bytes())
				switch {
				case strings.HasPrefix(path, "/thu-tuc-hanh-chinh?page="):
					assert.GreaterOrEqual(t, len(px.Entries), 20, "%s: list entries", path)
				case strings.HasPrefix(path, "/thu-tuc-hanh-chinh/chi-tiet"):
					require.NotNil(t, px.Detail, "%s: detail page", path)
				}
			}
		})
	}
}
