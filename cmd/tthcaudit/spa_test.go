package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
)

// spaProcedure is one entry of the fixture portal's API.
type spaProcedure struct {
	Code string `json:"code"`
	Name string `json:"name"`
}

// spaPortal serves internal/render/testdata/spa, the single-page portal of render's
// tests (read from there, not copied, so that the two stay in step): an
// empty shell at /tthc whose script fetches /api/procedures?page=N (the
// first 25 procedures of testdata/dvcqg/nguoi-co-cong.csv, 10 per page) and
// shows one page at a time with a "Trang sau" button that has no address;
// and /hang, a page whose API never answers (it signals hung when the
// browser asks it).
type spaPortal struct {
	*httptest.Server
	procs []spaProcedure
	hung  chan struct{}
	once  sync.Once
}

const spaPerPage = 10

// spaFixture is the render package's fixture portal.
var spaFixture = filepath.Join("..", "..", "internal", "render", "testdata", "spa")

// spaProcedures are the first 25 procedures of the real "Người có công"
// list (NFC: the DOM's text is what the crawler reads).
func spaProcedures(t *testing.T) []spaProcedure {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "..", "testdata", "dvcqg", "nguoi-co-cong.csv"))
	require.NoError(t, err)
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	require.NoError(t, err)
	require.Greater(t, len(rows), 26)
	var out []spaProcedure
	for _, r := range rows[1:26] {
		out = append(out, spaProcedure{Code: r[0], Name: norm.NFC.String(r[1])})
	}
	return out
}

func newSPAPortal(t *testing.T) *spaPortal {
	t.Helper()
	p := &spaPortal{procs: spaProcedures(t), hung: make(chan struct{})}
	shell, err := os.ReadFile(filepath.Join(spaFixture, "index.html"))
	require.NoError(t, err)
	app, err := os.ReadFile(filepath.Join(spaFixture, "app.js"))
	require.NoError(t, err)
	release := make(chan struct{})
	mux := http.NewServeMux()
	mux.HandleFunc("/tthc", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(shell)
	})
	mux.HandleFunc("/static/app.js", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/javascript")
		w.Write(app)
	})
	mux.HandleFunc("/api/procedures", func(w http.ResponseWriter, r *http.Request) {
		page, _ := strconv.Atoi(r.URL.Query().Get("page"))
		pages := (len(p.procs) + spaPerPage - 1) / spaPerPage
		if page < 1 || page > pages {
			http.Error(w, "no such page", http.StatusNotFound)
			return
		}
		lo, hi := (page-1)*spaPerPage, min(page*spaPerPage, len(p.procs))
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(map[string]any{"page": page, "pages": pages, "total": len(p.procs), "items": p.procs[lo:hi]})
	})
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		// The detail pages stay out of the crawl: the list is the test.
		fmt.Fprint(w, "User-agent: *\nDisallow: /thu-tuc/\n")
	})
	mux.HandleFunc("/hang", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, `<html><body><div id="app"></div><script>fetch('/hang-api').then(r => r.text()).then(t => document.getElementById('app').textContent = t)</script></body></html>`)
	})
	mux.HandleFunc("/hang-api", func(w http.ResponseWriter, r *http.Request) {
		p.once.Do(func() { close(p.hung) })
		select {
		case <-release:
		case <-r.Context().Done():
		case <-time.After(30 * time.Second):
		}
	})
	p.Server = httptest.NewServer(mux)
	t.Cleanup(func() {
		close(release)
		p.Close()
	})
	return p
}

// spaConfig writes a catalogue of the portal's 25 procedures (commune
// level) and a configuration for its page at path, with extra YAML for the
// portal, and returns the configuration's path.
func spaConfig(t *testing.T, p *spaPortal, path, extra string) string {
	t.Helper()
	dir := t.TempDir()
	var cat bytes.Buffer
	w := csv.NewWriter(&cat)
	w.Write([]string{"Mã TTHC", "Tên thủ tục", "Lĩnh vực", "Cấp thực hiện"})
	for _, pr := range p.procs {
		w.Write([]string{pr.Code, pr.Name, "Người có công", "Cấp Xã"})
	}
	w.Flush()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "catalog.csv"), cat.Bytes(), 0o644))
	yaml := fmt.Sprintf(`catalog: catalog.csv
defaults:
  delay: 1ms
  timeout: 10s
  retries: 0
  parallelism: 1
  max_pages: 20
portals:
  - id: spa
    name: Cổng dịch vụ công thử nghiệm
    level: xa
    urls: ["%s%s"]
%s`, p.URL, path, extra)
	cfg := filepath.Join(dir, "audit.yaml")
	require.NoError(t, os.WriteFile(cfg, []byte(yaml), 0o644))
	return cfg
}
