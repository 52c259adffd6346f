// Package render renders script-built portal pages in headless Chromium
// (chromedp) behind an http.RoundTripper, so that the crawler, which decides
// what to fetch (scope, robots, politeness, max_pages), reads the DOM the
// page's scripts built instead of an empty shell.
//
// Every request the browser makes goes through the Go transport (the
// Chrome DevTools Fetch domain hands each one over), so the evidence
// recorder sees all of them, the portal sees one user agent, and the
// browser itself never talks to the network.
package render

import (
	"errors"
	"net/http"
	"os/exec"
	"time"
)

// Defaults of Options.
const (
	DefaultTimeout       = 90 * time.Second
	DefaultSettleTimeout = 15 * time.Second
	DefaultQuiet         = 500 * time.Millisecond
	DefaultMaxClicks     = 200
	DefaultMaxBody       = 16 << 20
	// DefaultSubrequests is how many of one page's requests (scripts, API
	// calls, styles) go upstream at once.
	DefaultSubrequests = 4
)

// ErrNoChromium is returned when no Chromium binary is found.
var ErrNoChromium = errors.New("không tìm thấy Chromium (Chromium not found): install it with `apt-get install -y chromium`")

// Options configure a Transport.
type Options struct {
	// Base carries every request: the page itself, what the page's
	// scripts fetch, and what the transport does not render (robots.txt,
	// files, HEAD and POST requests). Default http.DefaultTransport.
	Base http.RoundTripper
	// ChromiumPath is the browser binary; by default /usr/bin/chromium,
	// then chromium and chromium-browser on PATH.
	ChromiumPath string
	// Timeout bounds one page's rendering, clicks through its list
	// included (default DefaultTimeout). A request context with an earlier
	// deadline wins: the page is then returned as far as it got.
	Timeout time.Duration
	// SettleTimeout bounds one wait for the page to settle (default
	// DefaultSettleTimeout).
	SettleTimeout time.Duration
	// Quiet is how long the network and the DOM must stay still for the
	// page to count as settled (default DefaultQuiet).
	Quiet time.Duration
	// MaxClicks bounds the clicks on a list's "next" control on one page
	// (default DefaultMaxClicks; negative: never click).
	MaxClicks int
	// MaxBody caps one response body read for the browser (default
	// DefaultMaxBody).
	MaxBody int64
	// Tabs is how many pages render at once, each in its own tab (default
	// 1). Requests beyond it wait for a tab, within their own deadline.
	Tabs int
	// UserAgent is the browser's User-Agent (default: Chromium's own).
	UserAgent string
	// Screenshots takes a full-page PNG of each rendered page, after it
	// settled and before any click, and hands it to OnScreenshot.
	Screenshots  bool
	OnScreenshot func(url string, png []byte)
	// ScreenshotIf, when set, limits the screenshots to the pages it
	// accepts (the portal's listing pages, say: a detail page's screenshot
	// costs time and space and proves little).
	ScreenshotIf func(url string) bool
	// OnRendered, when set, receives each rendered page's final HTML (the
	// evidence recorder stores it beside the raw response).
	OnRendered func(url string, html []byte)
	// Logf, when set, receives one line per rendered page and per problem.
	Logf func(format string, args ...any)
}

func (o Options) withDefaults() Options {
	if o.Base == nil {
		o.Base = http.DefaultTransport
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.SettleTimeout <= 0 {
		o.SettleTimeout = DefaultSettleTimeout
	}
	if o.Quiet <= 0 {
		o.Quiet = DefaultQuiet
	}
	if o.MaxClicks == 0 {
		o.MaxClicks = DefaultMaxClicks
	}
	if o.MaxBody <= 0 {
		o.MaxBody = DefaultMaxBody
	}
	if o.Tabs <= 0 {
		o.Tabs = 1
	}
	if o.Logf == nil {
		o.Logf = func(string, ...any) {}
	}
	return o
}

// chromiumCandidates are tried in order when Options.ChromiumPath is empty.
var chromiumCandidates = []string{"/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome", "google-chrome-stable"}

// FindChromium returns the browser binary: path when given (it must
// exist), else the first of the usual names found. It returns an error
// wrapping ErrNoChromium when there is none.
func FindChromium(path string) (string, error) {
	cands := chromiumCandidates
	if path != "" {
		cands = []string{path}
	}
	for _, c := range cands {
		if p, err := exec.LookPath(c); err == nil {
			return p, nil
		}
	}
	if path != "" {
		return "", errors.Join(ErrNoChromium, errors.New("không chạy được "+path+" (cannot run "+path+")"))
	}
	return "", ErrNoChromium
}
