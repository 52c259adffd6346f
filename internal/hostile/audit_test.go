package hostile

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/tthcaudit/tthcaudit/internal/verdict"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tthcaudit/tthcaudit/internal/audit"
	"github.com/tthcaudit/tthcaudit/internal/config"
	"github.com/tthcaudit/tthcaudit/internal/reports"
)

// TestAuditHostileProvince audits, through audit.Run and the JSON report
// as the CLI writes it, a province whose portals each attack the crawler
// on their second list page, all crawled at once: each portal must come
// out partial with the attack named in failed_pages, the sound start
// pages' procedures found, and no required procedure claimed missing
// without the report saying the crawl was incomplete.
func TestAuditHostileProvince(t *testing.T) {
	ps := nationalList(t)
	s := newStopper(t)
	attacks := []struct {
		id      string
		handler http.Handler
	}{
		{"gzip-bomb", gzipBomb()},
		{"slow-headers", slowHeaders(s)},
		{"redirect-file", redirectTo("file:///etc/passwd")},
		{"endless", endless(s)},
		{"length-lie", lyingLength(ps[2])},
	}
	dir := t.TempDir()
	var cat bytes.Buffer
	w := csv.NewWriter(&cat)
	_ = w.Write([]string{"Mã TTHC", "Tên thủ tục", "Lĩnh vực", "Cấp thực hiện"})
	for _, p := range ps[:3] {
		_ = w.Write([]string{p.code, p.name, "Hộ tịch", "Cấp Tỉnh"})
	}
	w.Flush()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "catalog.csv"), cat.Bytes(), 0o644))
	var y strings.Builder
	y.WriteString("catalog: catalog.csv\ndefaults:\n  delay: 1ms\n  parallelism: 2\n  timeout: 1s\n  retries: 1\nportals:\n")
	for _, a := range attacks {
		srv := portal(t, a.handler, nil, false)
		fmt.Fprintf(&y, "  - id: %s\n    name: Cổng %s\n    level: tinh\n    urls: [%q]\n", a.id, a.id, srv.URL+"/")
	}
	cfgPath := filepath.Join(dir, "audit.yaml")
	require.NoError(t, os.WriteFile(cfgPath, []byte(y.String()), 0o644))
	cfg, err := config.Load(cfgPath)
	require.NoError(t, err)

	ctx, cancel := context.WithTimeout(context.Background(), 25*time.Second)
	defer cancel()
	h := watchHeap()
	began := time.Now()
	rep, results, err := audit.Run(ctx, cfg, audit.Options{Concurrency: len(attacks)})
	took := time.Since(began)
	growth, _ := h.end()
	require.NoError(t, err)
	require.Len(t, results, len(attacks))
	assert.Less(t, took, 10*time.Second)
	assert.Less(t, growth, uint64(heapBound))

	var js bytes.Buffer
	require.NoError(t, reports.WriteJSON(&js, rep))
	require.True(t, utf8.Valid(js.Bytes()))
	var back struct {
		Portals []struct {
			ID          string `json:"id"`
			Status      string `json:"status"`
			Found       int    `json:"found"`
			Required    int    `json:"required"`
			FailedPages []struct {
				URL    string `json:"url"`
				Reason string `json:"reason"`
			} `json:"failed_pages"`
		} `json:"portals"`
	}
	require.NoError(t, json.Unmarshal(js.Bytes(), &back))
	require.Len(t, back.Portals, len(attacks))
	for i, p := range back.Portals {
		t.Logf("%s: status %s, found %d/%d, failed pages %+v, errors %v", p.ID, p.Status, p.Found, p.Required, p.FailedPages, results[i].Stats.ErrorsByKind)
		assert.Equal(t, verdict.StatusPartial, p.Status, "%s: the report must say the crawl was partial", p.ID)
		assert.Equal(t, 2, p.Found, "%s: the start page's two procedures must be found", p.ID)
		if assert.Len(t, p.FailedPages, 1, "%s: the attacking page must be named", p.ID) {
			assert.True(t, strings.HasSuffix(p.FailedPages[0].URL, hostilePath))
			assert.NotEmpty(t, p.FailedPages[0].Reason)
		}
	}
}
