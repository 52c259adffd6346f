package web

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"github.com/tthcaudit/tthcaudit/internal/browsertest"
	"github.com/tthcaudit/tthcaudit/internal/verdict"

	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tthcaudit/tthcaudit/internal/demo"
	"github.com/tthcaudit/tthcaudit/internal/render"
)

// profilePrefix names the browser profiles of this package's tests, so
// that TestMain can find a browser they left behind. It holds the test
// binary's pid: with a second `go test ./...` running beside this one,
// the other binary's browsers are alive, and a prefix without the pid
// took them for ours (seen once in ten runs side by side).
var profilePrefix = "tthcaudit-web-chromium-" + strconv.Itoa(os.Getpid()) + "-"

// TestMain fails the run when a Chromium started by these tests outlives
// them: one whose command line names one of this package's profile
// folders, or a Chromium whose parent is the test binary.
func TestMain(m *testing.M) {
	os.Exit(render.CheckLeftovers(os.Stderr, m.Run(), filepath.Join(os.TempDir(), profilePrefix), 3*time.Second))
}

// chromiumPath finds Debian's Chromium, skipping the test without one
// (failing it in CI, where the browser tests must run).
func chromiumPath(t *testing.T) string {
	t.Helper()
	return browsertest.Need(t, func() (string, error) { return render.FindChromium("") })
}

// newBrowser starts a headless Chromium with a fresh profile and returns a
// tab's context; the cleanup closes the browser and waits for it to exit.
func newBrowser(t *testing.T) context.Context {
	t.Helper()
	path := chromiumPath(t)
	profile, err := os.MkdirTemp("", profilePrefix)
	require.NoError(t, err)
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.UserDataDir(profile),
		chromedp.NoSandbox, // the CI runs as root
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.WindowSize(1280, 900),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelTab := chromedp.NewContext(actx)
	ctx, cancelTimeout := context.WithTimeout(ctx, time.Minute)
	t.Cleanup(func() {
		cancelTimeout()
		cctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		_ = chromedp.Cancel(ctx) // closes the browser gracefully
		cancel()
		_ = cctx
		cancelTab()
		cancelAlloc() // waits for the browser process to exit
		_ = os.RemoveAll(profile)
	})
	return ctx
}

// artifactDir is where screenshots go: $TTHCAUDIT_ARTIFACTS/web when set,
// else the test's temporary folder.
func artifactDir(t *testing.T) string {
	dir := t.TempDir()
	if a := os.Getenv("TTHCAUDIT_ARTIFACTS"); a != "" {
		dir = filepath.Join(a, "web")
		require.NoError(t, os.MkdirAll(dir, 0o755))
	}
	t.Logf("screenshots in %s", dir)
	return dir
}

func screenshot(t *testing.T, ctx context.Context, dir, name string) {
	t.Helper()
	defer func(start time.Time) { t.Logf("%s at %v", name, time.Since(start).Round(time.Millisecond)) }(time.Now())
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	require.NoError(t, err, "screenshot %s", name)
	require.NoError(t, os.WriteFile(filepath.Join(dir, name), png, 0o644))
}

// TestBrowserEndToEnd drives a real Chromium through the dashboard over
// the demo province: the overview, the button that starts an audit (the
// real pipeline, crawling the demo portals on loopback), a portal's page
// and the ticket the audit opened.
func TestBrowserEndToEnd(t *testing.T) {
	t.Parallel()
	ctx := newBrowser(t)
	prov, err := demo.Start()
	require.NoError(t, err)
	defer prov.Close()
	dir := t.TempDir()
	cfg, err := prov.Config(dir)
	require.NoError(t, err)
	e := newEnv(t, cfg, nil, nil)
	shots := artifactDir(t)
	base := e.http.URL

	// The overview before any audit, then the button.
	require.NoError(t, chromedp.Do(ctx,
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(chromedp.CSS("#run-audit")),
	))
	screenshot(t, ctx, shots, "1-overview-empty.png")
	require.NoError(t, chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS("#run-audit")),
		chromedp.WaitVisible(chromedp.CSS("#flash")),
	))
	flash, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("#flash")))
	require.NoError(t, err)
	assert.Contains(t, flash, "Đã bắt đầu kiểm tra")
	screenshot(t, ctx, shots, "2-audit-started.png")

	began := time.Now()
	waitAudit(t, e, time.Minute)
	t.Logf("the demo audit took %v", time.Since(began).Round(time.Millisecond))
	st := e.srv.runner.state()
	require.Empty(t, st.LastErr, "the audit failed")

	// The overview with the results; follow a portal.
	require.NoError(t, chromedp.Do(ctx,
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(chromedp.CSS("#portals svg.spark")),
	))
	screenshot(t, ctx, shots, "3-overview.png")
	require.NoError(t, chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(`a.portal-link[href="/portals/tri-ton"]`)),
		chromedp.WaitVisible(chromedp.CSS("#missing")),
	))
	loc, err := chromedp.Run(ctx, chromedp.Location())
	require.NoError(t, err)
	assert.Equal(t, base+"/portals/tri-ton", loc)
	h1, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("h1")))
	require.NoError(t, err)
	assert.Equal(t, "UBND huyện Tri Tôn", h1)
	screenshot(t, ctx, shots, "4-portal.png")

	// The tickets the audit opened, on the tickets page.
	open, err := e.st.Tickets(context.Background(), true)
	require.NoError(t, err)
	require.NotEmpty(t, open, "the demo province misses procedures: the audit opens tickets")
	tk := open[0]
	require.NoError(t, chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(`header nav a[href="/tickets"]`)),
		chromedp.WaitVisible(chromedp.CSS(`#tickets tr[data-ticket]`)),
	))
	rows, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("#tickets")))
	require.NoError(t, err)
	assert.Contains(t, rows, tk.Code)
	assert.Contains(t, rows, tk.Name)
	screenshot(t, ctx, shots, "5-tickets.png")

	// Filter by portal and state with the form.
	require.NoError(t, chromedp.Do(ctx,
		chromedp.SetValue(chromedp.CSS("#filter-portal"), tk.Portal),
		chromedp.SetValue(chromedp.CSS("#filter-status"), "open"),
		chromedp.Click(chromedp.CSS("form.filter button")),
		chromedp.WaitReady(chromedp.CSS(`#filter-portal option[selected][value="`+tk.Portal+`"]`)),
		chromedp.WaitVisible(chromedp.CSS(`#tickets tr[data-ticket="`+tk.ID+`"]`)),
	))
	loc, err = chromedp.Run(ctx, chromedp.Location())
	require.NoError(t, err)
	assert.Contains(t, loc, "portal="+tk.Portal)
	screenshot(t, ctx, shots, "6-tickets-filtered.png")

	// The list of audits, then the audit's page with its downloads.
	require.NoError(t, chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(`header nav a[href="/audits"]`)),
		chromedp.WaitVisible(chromedp.CSS(`#audits a[href="/audits/1"]`)),
	))
	screenshot(t, ctx, shots, "7-audits.png")
	require.NoError(t, chromedp.Do(ctx,
		chromedp.Navigate(base+"/audits/1"),
		chromedp.WaitVisible(chromedp.CSS(`a[data-file="report.xlsx"]`)),
	))
	screenshot(t, ctx, shots, "8-audit.png")
	require.NoError(t, chromedp.Do(ctx,
		chromedp.Navigate(base+"/?lang=en"),
		chromedp.WaitVisible(chromedp.CSS("#run-audit")),
	))
	screenshot(t, ctx, shots, "9-overview-en.png")
}

// waitAudit waits for the running audit to end.
func waitAudit(t *testing.T, e *env, limit time.Duration) {
	t.Helper()
	done := make(chan struct{})
	go func() { e.srv.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(limit):
		t.Fatal("the audit did not end")
	}
}

// TestBrowserHostile opens the pages of a hostile report in Chromium: no
// script element exists, no dialog opens, and the payloads read as text.
func TestBrowserHostile(t *testing.T) {
	t.Parallel()
	ctx := newBrowser(t)
	e := newEnv(t, nil, []*verdict.Report{fixtureReports()[0], hostileReport()}, nil)
	var dialogs atomic.Int32
	require.NoError(t, chromedp.Listen(ctx, func(ev any) {
		switch ev.(type) {
		case *cdppage.EventJavascriptDialogOpening, cdppage.EventJavascriptDialogOpening:
			dialogs.Add(1)
		}
	}))
	shots := artifactDir(t)
	for i, p := range []string{"/", "/portals/tri-ton", "/portals/x%3Cscript%3E", "/tickets", "/audits/2", "/audits/2/report.html"} {
		require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(e.http.URL+p), chromedp.WaitReady(chromedp.CSS("body"))), p)
		n, err := chromedp.Run(ctx, chromedp.Evaluate[int]("document.querySelectorAll('script,iframe,object,embed,img').length"))
		require.NoError(t, err, p)
		assert.Zero(t, n, "page %s has active elements", p)
		if p == "/portals/tri-ton" {
			txt, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("main")))
			require.NoError(t, err)
			assert.Contains(t, txt, payloadScript, "the payload reads as text")
			screenshot(t, ctx, shots, fmt.Sprintf("hostile-%d-portal.png", i))
		}
	}
	assert.Zero(t, dialogs.Load(), "a script ran")
}
