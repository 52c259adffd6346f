package audit

import (
	"context"
	"errors"
	"net/http"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/tthcaudit/tthcaudit/internal/msg"
	"github.com/tthcaudit/tthcaudit/internal/verdict"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tthcaudit/tthcaudit/internal/config"
	"github.com/tthcaudit/tthcaudit/internal/crawler"
	"github.com/tthcaudit/tthcaudit/internal/evidence"
	"github.com/tthcaudit/tthcaudit/internal/render"
)

type fakeCache struct{ stored []string }

func (c *fakeCache) Lookup(string) (string, string, []byte, bool) {
	return `"e"`, "", []byte("cached"), true
}
func (c *fakeCache) Store(url, _, _ string, _ []byte) { c.stored = append(c.stored, url) }

type namedTransport string

func (namedTransport) RoundTrip(*http.Request) (*http.Response, error) {
	return nil, errors.New("not for sending")
}

func testConfig(t *testing.T) *config.Config {
	t.Helper()
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "catalog.csv"), []byte("Mã TTHC,Tên thủ tục,Cấp thực hiện\n1.000001,Thủ tục thử,Cấp Xã\n"), 0o644))
	cfg, err := config.Parse(filepath.Join(dir, "audit.yaml"), []byte(`catalog: catalog.csv
defaults:
  timeout: 15s
  parallelism: 3
portals:
  - id: plain
    level: xa
    urls: ["http://127.0.0.1:1/tthc"]
  - id: spa
    level: xa
    urls: ["http://127.0.0.1:1/dich-vu-cong/"]
    render_js: true
  - id: slow-spa
    level: xa
    urls: ["http://127.0.0.1:1/x"]
    timeout: 300s
    render_js: true
`))
	require.NoError(t, err)
	return cfg
}

func TestCrawlOptionsPerPortal(t *testing.T) {
	cfg := testConfig(t)
	cache := &fakeCache{}
	o := Options{
		Transport: namedTransport("shared"),
		Cache:     cache,
		TransportFor: func(p config.Portal) http.RoundTripper {
			if p.RenderJS {
				return namedTransport("browser")
			}
			return nil
		},
	}
	tests := []struct {
		id        string
		timeout   time.Duration
		transport http.RoundTripper
		cache     bool
	}{
		{"plain", 15 * time.Second, nil, true},
		{"spa", RenderTimeout, namedTransport("browser"), false},
		{"slow-spa", 300 * time.Second, namedTransport("browser"), false},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			p, ok := cfg.Portal(tt.id)
			require.True(t, ok)
			co := CrawlOptions(cfg, p, o, nil)
			assert.Equal(t, tt.timeout, co.Timeout)
			assert.Equal(t, tt.transport, co.Transport)
			assert.Equal(t, tt.cache, co.Cache != nil, "a render_js portal never sends conditional requests")
		})
	}

	// Without TransportFor, Transport is every portal's.
	p, _ := cfg.Portal("spa")
	assert.Equal(t, namedTransport("shared"), CrawlOptions(cfg, p, Options{Transport: namedTransport("shared")}, nil).Transport)
}

func TestListingPages(t *testing.T) {
	cfg := testConfig(t)
	accept := listingPages(cfg.Portals)
	for u, want := range map[string]bool{
		"http://127.0.0.1:1/tthc":                  true,
		"http://127.0.0.1:1/tthc/":                 true,
		"http://127.0.0.1:1/tthc?page=2":           true,
		"HTTP://127.0.0.1:1/dich-vu-cong#top":      true,
		"http://127.0.0.1:1/dich-vu-cong?trang=3":  true,
		"http://127.0.0.1:1/tthc/1.001234":         false,
		"http://127.0.0.1:2/tthc":                  false,
		"https://127.0.0.1:1/tthc":                 false,
		"http://127.0.0.1:1/":                      false,
		"::not a url":                              false,
		"http://example.gov.vn:80/thu-tuc":         false,
		"http://127.0.0.1:1/dich-vu-cong/chi-tiet": false,
	} {
		assert.Equal(t, want, accept(u), u)
	}
	accept = listingPages([]config.Portal{{URLs: []string{"http://Example.gov.vn:80/thu-tuc/"}}})
	assert.True(t, accept("http://example.gov.vn/thu-tuc"))
}

// TestCaptureEvidenceOnly: an evidence pack without render_js portals
// starts no browser, records every portal, turns the cache to store-only
// and links a missing procedure to the first configured URL when the
// verdict has none.
func TestCaptureEvidenceOnly(t *testing.T) {
	cfg := testConfig(t)
	dir := t.TempDir()
	c, err := NewCapture(context.Background(), cfg, CaptureOptions{PortalIDs: []string{"plain"}, EvidenceDir: dir})
	require.NoError(t, err)
	defer c.Close()
	assert.Nil(t, c.Browser())
	require.NotNil(t, c.Recorder())
	p, _ := cfg.Portal("plain")
	assert.Same(t, c.Recorder(), c.TransportFor(p))

	cache := &fakeCache{}
	o := c.Apply(Options{Cache: cache})
	_, _, _, ok := o.Cache.Lookup("http://127.0.0.1:1/tthc")
	assert.False(t, ok, "no conditional requests: the pack needs whole pages")
	o.Cache.Store("http://127.0.0.1:1/tthc", "", "", nil)
	assert.Equal(t, []string{"http://127.0.0.1:1/tthc"}, cache.stored, "pages are still stored for the next audit")

	rep := &verdict.Report{Portals: []verdict.Verdict{verdict.Verdict{ID: "plain"}.With(verdict.KindMissing, []verdict.Finding{{Code: "1.000001"}}...)}}
	require.NoError(t, c.Finish(context.Background(), rep, nil))
	m, err := evidence.ReadManifest(dir)
	require.NoError(t, err)
	require.Len(t, m.Findings, 1)
	assert.Equal(t, "http://127.0.0.1:1/tthc", m.Findings[0].URL)
	require.NoError(t, c.Close())
}

func TestCaptureNothingNeeded(t *testing.T) {
	cfg := testConfig(t)
	c, err := NewCapture(context.Background(), cfg, CaptureOptions{PortalIDs: []string{"plain"}, Transport: namedTransport("mine")})
	require.NoError(t, err)
	p, _ := cfg.Portal("plain")
	assert.Equal(t, namedTransport("mine"), c.TransportFor(p))
	cache := &fakeCache{}
	assert.Same(t, cache, c.Apply(Options{Cache: cache}).Cache)
	require.NoError(t, c.Finish(context.Background(), nil, nil))
	require.NoError(t, c.Close())

	var nilCapture *Capture
	assert.Equal(t, Options{Lang: msg.English}, nilCapture.Apply(Options{Lang: msg.English}))
	assert.NoError(t, nilCapture.Close())
}

func TestCaptureInputErrors(t *testing.T) {
	cfg := testConfig(t)
	_, err := NewCapture(context.Background(), cfg, CaptureOptions{PortalIDs: []string{"plain"}, Screenshots: true})
	require.Error(t, err)
	assert.True(t, IsInputError(err))
	assert.Contains(t, err.Error(), "--evidence")

	_, err = NewCapture(context.Background(), cfg, CaptureOptions{PortalIDs: []string{"nope"}})
	assert.True(t, IsInputError(err))

	dir := t.TempDir()
	_, err = NewCapture(context.Background(), cfg, CaptureOptions{PortalIDs: []string{"spa"}, EvidenceDir: dir, ChromiumPath: filepath.Join(dir, "no-chromium")})
	require.Error(t, err)
	assert.True(t, IsInputError(err))
	assert.ErrorIs(t, err, render.ErrNoChromium)
	assert.Contains(t, err.Error(), "apt-get install -y chromium")
	assert.Contains(t, err.Error(), "spa")
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	assert.Len(t, entries, 0, "no half-made pack when the browser is missing")
}

func TestListPages(t *testing.T) {
	got := listPages([]*crawler.Result{nil, {PortalID: "a", Entries: []crawler.Entry{
		{PageURL: "http://x/list", DetailURL: "http://x/1"},
		{PageURL: "http://x/list?page=2", DetailURL: "http://x/1"},
		{PageURL: "http://x/list"},
	}}})
	assert.Equal(t, map[string]map[string]string{"a": {"http://x/1": "http://x/list"}}, got)
}

func TestBrowserSettings(t *testing.T) {
	cfg := testConfig(t)
	var render []config.Portal
	for _, p := range cfg.Portals {
		if p.RenderJS {
			render = append(render, p)
		}
	}
	assert.Equal(t, 6, browserTabs(cfg, render), "3 + 3, the two render_js portals share the browser")
	assert.Equal(t, 3, browserTabs(cfg, render[:1]))
	assert.Equal(t, 1, browserTabs(cfg, nil), "--screenshots alone")
	assert.Equal(t, config.DefaultUserAgent, browserUserAgent(cfg, cfg.Portals, render))
	assert.Equal(t, "", browserUserAgent(cfg, nil, nil))
	tr := sharedTransport(cfg.Portals, cfg)
	assert.GreaterOrEqual(t, tr.MaxIdleConnsPerHost, 2*3)
}
