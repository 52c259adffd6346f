package web

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/tthcaudit/tthcaudit/internal/audit"
	"github.com/tthcaudit/tthcaudit/internal/config"
	"github.com/tthcaudit/tthcaudit/internal/demo"
	"github.com/tthcaudit/tthcaudit/internal/store"
	"github.com/tthcaudit/tthcaudit/internal/verdict"
)

var ict = time.FixedZone("ICT", 7*3600)

// t1 is the first fixture audit; t2 a week later.
var (
	t1 = time.Date(2026, 11, 16, 8, 0, 0, 0, ict)
	t2 = t1.Add(7 * 24 * time.Hour)
)

// syncBuffer is a log sink the server's goroutines may share.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// writeConfig writes the demo catalogue and a configuration listing the
// portals yaml gives (the "portals:" items) into dir, and loads it.
func writeConfig(t *testing.T, dir, defaults, portals string) *config.Config {
	t.Helper()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "catalog.csv"), demo.CatalogCSV(), 0o644))
	y := "catalog: catalog.csv\n" + defaults + "portals:\n" + portals
	path := filepath.Join(dir, "audit.yaml")
	require.NoError(t, os.WriteFile(path, []byte(y), 0o644))
	cfg, err := config.Load(path)
	require.NoError(t, err)
	return cfg
}

const fixturePortals = `  - id: tri-ton
    name: UBND huyện Tri Tôn
    level: huyen
    urls: ["https://triton.angiang.gov.vn/tthc/"]
  - id: thoai-son
    name: UBND huyện Thoại Sơn
    level: huyen
    urls: ["https://thoaison.angiang.gov.vn/thu-tuc/"]
`

func fixtureVerdict(id, name string, required []string, missing ...string) verdict.Verdict {
	v := verdict.Verdict{ID: id, Name: name, Level: "huyen", Status: verdict.StatusOK, URL: "https://" + id + ".angiang.gov.vn/tthc/",
		Required: len(required), Crawl: verdict.CrawlSummary{Pages: 12, DurationMS: 1500}}
	miss := map[string]bool{}
	for _, c := range missing {
		miss[c] = true
	}
	perField := map[string]*verdict.FieldCount{}
	var fields []string
	for _, c := range required {
		field := "Người có công"
		if strings.HasPrefix(c, "2.") {
			field = "Bảo trợ xã hội"
		}
		fc := perField[field]
		if fc == nil {
			fc = &verdict.FieldCount{Field: field}
			perField[field] = fc
			fields = append(fields, field)
		}
		fc.Required++
		if miss[c] {
			v.Replace(verdict.KindMissing, append(v.Of(verdict.KindMissing), verdict.Finding{Kind: verdict.KindMissing, Code: c, Name: "Thủ tục " + c, Field: field}))
			continue
		}
		fc.Found++
		v.Found++
		v.Add(verdict.Finding{Kind: verdict.KindFound, Code: c, Name: "Thủ tục " + c, Required: true,
			URL: v.URL + c + ".html", PublishedName: "Thủ tục " + c, Match: "code", Score: 1})
	}
	for _, f := range fields {
		v.Fields = append(v.Fields, *perField[f])
	}
	v.Coverage = 1
	if v.Required > 0 {
		v.Coverage = float64(v.Found) / float64(v.Required)
	}
	return v
}

// fixtureReports are two weekly audits of the fixture portals: Tri Tôn
// publishes 1.001001 in the second, Thoại Sơn loses 2.000001.
func fixtureReports() []*verdict.Report {
	req1 := []string{"1.001001", "1.001002", "1.001003", "2.000001"}
	req2 := []string{"1.001001", "2.000001", "2.000002"}
	r1 := &verdict.Report{Schema: verdict.Schema, StartedAt: t1, FinishedAt: t1.Add(3 * time.Minute),
		Catalog: verdict.CatalogInfo{Source: "catalog.csv", Procedures: 59, Active: 57},
		Portals: []verdict.Verdict{
			fixtureVerdict("tri-ton", "UBND huyện Tri Tôn", req1, "1.001001", "1.001002"),
			fixtureVerdict("thoai-son", "UBND huyện Thoại Sơn", req2),
		}}
	r2 := &verdict.Report{Schema: verdict.Schema, StartedAt: t2, FinishedAt: t2.Add(4 * time.Minute),
		Catalog: verdict.CatalogInfo{Source: "catalog.csv", Procedures: 59, Active: 57},
		Portals: []verdict.Verdict{
			fixtureVerdict("tri-ton", "UBND huyện Tri Tôn", req1, "1.001002"),
			fixtureVerdict("thoai-son", "UBND huyện Thoại Sơn", req2, "2.000001"),
		}}
	v := &r2.Portals[0]
	v.Replace(verdict.KindObsolete, []verdict.Finding{{Code: "1.000999", Name: "Thủ tục đã bãi bỏ", URL: "https://tri-ton.angiang.gov.vn/tthc/1.000999.html"}})
	v.Replace(verdict.KindIncomplete, []verdict.Finding{{Code: "1.001003", URL: "https://tri-ton.angiang.gov.vn/tthc/1.001003.html", MissingSections: []string{"Phí, lệ phí", "Thời hạn giải quyết"}}})
	v.Replace(verdict.KindBroken, []verdict.Finding{{URL: "https://tri-ton.angiang.gov.vn/tthc/loi.html", Status: 404, From: "https://tri-ton.angiang.gov.vn/tthc/"}})
	return []*verdict.Report{r1, r2}
}

// env is a dashboard over a temporary database.
type env struct {
	t    *testing.T
	dir  string
	cfg  *config.Config
	st   *store.Store
	srv  *Server
	http *httptest.Server
	logs *syncBuffer
	ids  []int64
}

// newEnv starts a dashboard over cfg (nil: the fixture portals) with the
// reports saved first; mod adjusts the options.
func newEnv(t *testing.T, cfg *config.Config, reps []*verdict.Report, mod func(*Options)) *env {
	t.Helper()
	dir := t.TempDir()
	if cfg == nil {
		cfg = writeConfig(t, dir, "", fixturePortals)
	}
	st, err := store.Open(filepath.Join(dir, "tthcaudit.db"))
	require.NoError(t, err)
	e := &env{t: t, dir: dir, cfg: cfg, st: st, logs: &syncBuffer{}}
	for _, r := range reps {
		id, _, err := st.SaveAudit(context.Background(), r, nil, r.FinishedAt, store.WithConfig(cfg))
		require.NoError(t, err)
		e.ids = append(e.ids, id)
	}
	sess := &audit.Session{Config: cfg, Store: st}
	o := Options{Config: cfg, Store: st, Logger: slog.New(slog.NewTextHandler(e.logs, nil)), Audit: sess.AuditAll}
	if mod != nil {
		mod(&o)
	}
	e.srv, err = New(o)
	require.NoError(t, err)
	e.http = httptest.NewServer(e.srv.Handler())
	t.Cleanup(func() {
		e.http.Close()
		e.srv.Close()
		require.NoError(t, st.Close())
	})
	return e
}

// client is a browser-like client: it keeps cookies and does not follow
// redirects, so tests see the 303.
func (e *env) client() *http.Client {
	jar, _ := cookiejar.New(nil)
	return &http.Client{Jar: jar, Timeout: 10 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
}

// get fetches path and returns the status and body.
func (e *env) get(c *http.Client, path string) (int, string, http.Header) {
	e.t.Helper()
	if c == nil {
		c = e.client()
	}
	resp, err := c.Get(e.http.URL + path)
	require.NoError(e.t, err)
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	require.NoError(e.t, err)
	return resp.StatusCode, string(b), resp.Header
}

var csrfRe = regexp.MustCompile(`name="csrf" value="([^"]+)"`)

// token loads the overview with c and returns the form's CSRF token.
func (e *env) token(c *http.Client) string {
	e.t.Helper()
	_, body, _ := e.get(c, "/")
	m := csrfRe.FindStringSubmatch(body)
	require.NotNil(e.t, m, "no CSRF field on the overview")
	return m[1]
}

// post sends the button's form with the given token and headers.
func (e *env) post(c *http.Client, token string, hdr map[string]string) (int, string, http.Header) {
	e.t.Helper()
	form := url.Values{}
	if token != "" {
		form.Set("csrf", token)
	}
	return e.postForm(c, "/audits", form, hdr)
}

// postForm posts form to path (with its query) with c and the headers.
func (e *env) postForm(c *http.Client, path string, form url.Values, hdr map[string]string) (int, string, http.Header) {
	e.t.Helper()
	req, err := http.NewRequest(http.MethodPost, e.http.URL+path, strings.NewReader(form.Encode()))
	require.NoError(e.t, err)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	resp, err := c.Do(req)
	require.NoError(e.t, err)
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b), resp.Header
}

// blockingAudit is an AuditFunc that waits for release (or its context),
// then returns rep.
type blockingAudit struct {
	started chan struct{}
	release chan struct{}
	rep     *verdict.Report
	calls   int
	mu      sync.Mutex
}

func newBlockingAudit(rep *verdict.Report) *blockingAudit {
	return &blockingAudit{started: make(chan struct{}, 10), release: make(chan struct{}), rep: rep}
}

// runOn is an AuditFunc that waits for release, then stores b's report
// in o's database as a finished audit would.
func (b *blockingAudit) runOn(o *Options) AuditFunc {
	return func(ctx context.Context) error {
		b.mu.Lock()
		b.calls++
		b.mu.Unlock()
		b.started <- struct{}{}
		select {
		case <-b.release:
			_, _, err := o.Store.SaveAudit(ctx, b.rep, nil, b.rep.FinishedAt, store.WithConfig(o.Config))
			return err
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

func (b *blockingAudit) count() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.calls
}

func parseDur(s string) (time.Duration, error) { return time.ParseDuration(s) }
