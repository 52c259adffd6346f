package audit

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/tthcaudit/tthcaudit/internal/verdict"

	"github.com/tthcaudit/tthcaudit/internal/config"
	"github.com/tthcaudit/tthcaudit/internal/crawler"
	"github.com/tthcaudit/tthcaudit/internal/evidence"
	"github.com/tthcaudit/tthcaudit/internal/render"
)

// CaptureOptions choose what an audit keeps besides its findings (the
// evidence pack) and how it reads script-built portals (the browser).
type CaptureOptions struct {
	// PortalIDs are the audited portals, as in Options (empty: all).
	PortalIDs []string
	// EvidenceDir, when set, records every response of the audit into a
	// WARC evidence pack in this folder, with a manifest.
	EvidenceDir string
	// Screenshots takes a full-page screenshot of the listing page of
	// every portal, not only of the render_js ones; it needs EvidenceDir.
	Screenshots bool
	// ChromiumPath is the browser binary (default: render.FindChromium's).
	ChromiumPath string
	// Transport is the base transport under the recorder and the browser
	// (nil: one that keeps enough idle connections per host).
	Transport http.RoundTripper
	// Logf receives one line per rendered page (optional: progress).
	Logf func(format string, args ...any)
	// Warnf receives problems that do not stop the audit: a screenshot
	// that failed, a browser that would not die (optional).
	Warnf func(format string, args ...any)
}

// Capture holds one audit's browser and evidence recorder: one Chromium for
// every render_js portal, and one WARC pack for every portal. Create it
// with NewCapture, pass Apply's options to Run, then call Finish with the
// report; Close (deferred) releases the browser on every path.
type Capture struct {
	portals     []config.Portal
	direct      http.RoundTripper // non-render portals (nil: crawler default)
	rec         *evidence.Recorder
	browser     *render.Transport
	screenshots bool
	warnf       func(format string, args ...any)
	finished    bool // the manifest is written: the recorder is closed

	closeOnce sync.Once
	closeErr  error
}

// NewCapture starts what the selected portals and the options need: the
// recorder when EvidenceDir is set, and one headless Chromium when a portal
// has render_js or Screenshots is set. Problems the user must fix (no
// Chromium, an evidence folder that cannot be made) are *InputError; an
// error wrapping render.ErrNoChromium names the install command. The
// browser is also killed when ctx ends.
func NewCapture(ctx context.Context, cfg *config.Config, co CaptureOptions) (*Capture, error) {
	portals, err := Select(cfg, co.PortalIDs)
	if err != nil {
		return nil, err
	}
	if co.Screenshots && co.EvidenceDir == "" {
		return nil, &InputError{Err: errors.New("--screenshots cần --evidence DIR để lưu ảnh chụp (screenshots are stored in the evidence pack: give --evidence DIR)")}
	}
	c := &Capture{portals: portals, direct: co.Transport, screenshots: co.Screenshots, warnf: co.Warnf}
	if c.warnf == nil {
		c.warnf = func(string, ...any) {}
	}
	var renderPortals []config.Portal
	for _, p := range portals {
		if p.RenderJS {
			renderPortals = append(renderPortals, p)
		}
	}
	if co.EvidenceDir == "" && len(renderPortals) == 0 {
		return c, nil
	}
	needBrowser := len(renderPortals) > 0 || co.Screenshots
	if needBrowser {
		// Before anything is created: a missing browser is the user's
		// to install, and leaves no half-made pack behind.
		if _, err := render.FindChromium(co.ChromiumPath); err != nil {
			return nil, &InputError{Err: fmt.Errorf("%s: %s: %w", cfg.Path, browserReason(renderPortals), err)}
		}
	}
	shared := co.Transport
	if shared == nil {
		shared = sharedTransport(portals, cfg)
	}
	base := shared
	if co.EvidenceDir != "" {
		rec, err := evidence.NewRecorder(co.EvidenceDir, shared)
		if err != nil {
			return nil, &InputError{Err: fmt.Errorf("--evidence %s: %w", co.EvidenceDir, err)}
		}
		c.rec, c.direct, base = rec, rec, rec
	}
	if !needBrowser {
		return c, nil
	}
	ro := render.Options{
		Base:         base,
		ChromiumPath: co.ChromiumPath,
		UserAgent:    browserUserAgent(cfg, portals, renderPortals),
		Tabs:         browserTabs(cfg, renderPortals),
		Logf:         co.Logf,
	}
	if c.rec != nil {
		// The recorder's methods must not be handed over from a nil
		// recorder: calling them would panic.
		ro.Screenshots = true
		ro.ScreenshotIf = listingPages(renderPortals)
		ro.OnScreenshot = c.rec.AddScreenshot
		ro.OnRendered = c.rec.AddRendered
	}
	tr, err := render.NewTransport(ctx, ro)
	if err != nil {
		c.Close()
		if errors.Is(err, render.ErrNoChromium) {
			return nil, &InputError{Err: fmt.Errorf("%s: %s: %w", cfg.Path, browserReason(renderPortals), err)}
		}
		return nil, err
	}
	c.browser = tr
	return c, nil
}

// browserReason says why the audit needs a browser, for the error when
// there is none.
func browserReason(renderPortals []config.Portal) string {
	if len(renderPortals) == 0 {
		return "--screenshots cần trình duyệt (needs a browser)"
	}
	ids := make([]string, len(renderPortals))
	for i, p := range renderPortals {
		ids[i] = p.ID
	}
	return fmt.Sprintf("cổng %s có render_js: true, cần trình duyệt (needs a browser)", strings.Join(ids, ", "))
}

// sharedTransport is the one transport of every portal under the recorder
// and the browser: idle connections for each portal's parallelism (the
// standard transport keeps only 2 per host), and the crawler's dial
// timeout.
func sharedTransport(portals []config.Portal, cfg *config.Config) *http.Transport {
	perHost := 4
	for _, p := range portals {
		perHost = max(perHost, 2*cfg.Effective(p).Parallelism+render.DefaultSubrequests)
	}
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.MaxIdleConnsPerHost = perHost
	t.MaxIdleConns = max(100, perHost*len(portals))
	t.DialContext = (&net.Dialer{Timeout: 30 * time.Second, KeepAlive: 30 * time.Second}).DialContext
	return t
}

// browserUserAgent is the browser's User-Agent: the first render_js
// portal's effective one (the crawler sends each portal's own with the page
// request; the browser's shows on what the page's scripts fetch).
func browserUserAgent(cfg *config.Config, portals, renderPortals []config.Portal) string {
	switch {
	case len(renderPortals) > 0:
		return cfg.Effective(renderPortals[0]).UserAgent
	case len(portals) > 0:
		return cfg.Effective(portals[0]).UserAgent
	}
	return ""
}

// MaxTabs bounds the pages one audit's browser renders at once: each tab
// holds a whole page's memory, and the machine may be an office PC.
const MaxTabs = 6

// browserTabs lets the browser render as many pages at once as the
// render_js portals fetch together (they are crawled concurrently and share
// the browser), within MaxTabs; a page waiting for a tab waits within its
// own request's RenderTimeout.
func browserTabs(cfg *config.Config, renderPortals []config.Portal) int {
	n := 0
	for _, p := range renderPortals {
		n += cfg.Effective(p).Parallelism
	}
	return min(max(n, 1), MaxTabs)
}

// listingPages accepts the portals' start pages and their other pages of
// the same list (the same address with another query: ?page=2).
func listingPages(portals []config.Portal) func(string) bool {
	want := map[string]bool{}
	for _, p := range portals {
		for _, u := range p.URLs {
			if k, ok := listingKey(u); ok {
				want[k] = true
			}
		}
	}
	return func(u string) bool {
		k, ok := listingKey(u)
		return ok && want[k]
	}
}

// listingKey is scheme, host and path, without a trailing slash, query or
// fragment.
func listingKey(s string) (string, bool) {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil || u.Host == "" {
		return "", false
	}
	host := strings.ToLower(u.Host)
	switch {
	case u.Scheme == "http":
		host = strings.TrimSuffix(host, ":80")
	case u.Scheme == "https":
		host = strings.TrimSuffix(host, ":443")
	}
	return strings.ToLower(u.Scheme) + "://" + host + strings.TrimSuffix(u.EscapedPath(), "/"), true
}

// Apply returns o with each portal's transport chosen by the capture: the
// browser for render_js portals, the recorder (or o.Transport) for the
// others. With an evidence pack, the crawl cache is not asked for
// conditional requests (a 304 would leave the pack without the page) but
// still stores the pages for the next audit.
func (c *Capture) Apply(o Options) Options {
	if c == nil {
		return o
	}
	o.TransportFor = c.TransportFor
	if c.rec != nil && o.Cache != nil {
		o.Cache = storeOnly{o.Cache}
	}
	return o
}

// TransportFor is the transport of portal p.
func (c *Capture) TransportFor(p config.Portal) http.RoundTripper {
	if p.RenderJS && c.browser != nil {
		return c.browser
	}
	return c.direct
}

// Browser is the capture's browser transport (nil when none was needed).
func (c *Capture) Browser() *render.Transport { return c.browser }

// Recorder is the capture's evidence recorder (nil without an evidence
// folder).
func (c *Capture) Recorder() *evidence.Recorder { return c.rec }

// Finish completes the evidence pack of rep: with Screenshots, a
// screenshot of the listing page of each portal the browser did not render
// during the crawl; then it closes the browser and writes the manifest
// linking every finding to its records, and a procedure seen in a list to
// the list page too (results are Run's, to know it; nil: only the
// procedure's own page). Screenshots that fail are warnings; the error is
// the pack's (it could not be written, or is incomplete). Without an
// evidence folder it only closes the browser.
func (c *Capture) Finish(ctx context.Context, rep *verdict.Report, results []*crawler.Result) error {
	if c == nil {
		return nil
	}
	if c.rec == nil {
		return c.Close()
	}
	byID := map[string]config.Portal{}
	for _, p := range c.portals {
		byID[p.ID] = p
	}
	if c.screenshots && c.browser != nil && rep != nil {
		for _, v := range rep.Portals {
			p := byID[v.ID]
			if p.RenderJS {
				continue
			}
			u := listingURL(v.URL, p)
			if u == "" {
				continue
			}
			png, err := c.browser.Screenshot(ctx, u)
			if err != nil {
				c.warnf("không chụp được %s (cannot take a screenshot of %s): %v", u, u, err)
				continue
			}
			c.rec.AddScreenshot(u, png)
		}
	}
	// Nothing may be recorded after the manifest: the browser goes first.
	if c.browser != nil {
		if err := c.browser.Close(); err != nil {
			c.warnf("%v", err)
		}
	}
	findings := evidence.FindingsFromReport(rep)
	listedOn := listPages(results)
	for i, f := range findings {
		switch {
		case f.Kind == evidence.KindMissing && f.URL == "":
			findings[i].URL = listingURL("", byID[f.Portal])
		case f.SourceURL == "" && f.URL != "":
			// A detail page the crawl did not fetch (robots, max_pages)
			// leaves the list that showed the procedure as its proof.
			if page := listedOn[f.Portal][f.URL]; page != "" && page != f.URL {
				findings[i].SourceURL = page
			}
		}
	}
	c.finished = true
	if err := c.rec.WriteManifest(findings); err != nil {
		return fmt.Errorf("gói tài liệu kiểm chứng %s (evidence pack): %w", c.rec.Dir(), err)
	}
	return nil
}

// listPages maps, per portal, each entry's detail page to the page that
// listed it.
func listPages(results []*crawler.Result) map[string]map[string]string {
	out := map[string]map[string]string{}
	for _, r := range results {
		if r == nil {
			continue
		}
		m := out[r.PortalID]
		if m == nil {
			m = map[string]string{}
			out[r.PortalID] = m
		}
		for _, e := range r.Entries {
			if e.DetailURL != "" && e.PageURL != "" && m[e.DetailURL] == "" {
				m[e.DetailURL] = e.PageURL
			}
		}
	}
	return out
}

// listingURL is where a portal's procedures are listed: the verdict's URL,
// else the first configured one.
func listingURL(verdictURL string, p config.Portal) string {
	if verdictURL != "" {
		return verdictURL
	}
	if len(p.URLs) > 0 {
		return p.URLs[0]
	}
	return ""
}

// Close kills the browser (with every process it started) and closes the
// recorder, whatever happened before; safe to call more than once.
func (c *Capture) Close() error {
	if c == nil {
		return nil
	}
	c.closeOnce.Do(func() {
		var errs []error
		if c.browser != nil {
			errs = append(errs, c.browser.Close())
		}
		if c.finished {
			// Finish closed both and reported their errors.
			return
		}
		if c.rec != nil {
			errs = append(errs, c.rec.Close())
		}
		c.closeErr = errors.Join(errs...)
	})
	return c.closeErr
}

// storeOnly is a crawl cache that stores pages for the next audit but
// never makes a request conditional.
type storeOnly struct{ crawler.Cache }

func (storeOnly) Lookup(string) (string, string, []byte, bool) { return "", "", nil, false }
