package crawler

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"github.com/gocolly/colly/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/tthcaudit/tthcaudit/internal/msg"
	"github.com/tthcaudit/tthcaudit/internal/weburl"
)

func TestScopeAndClasses(t *testing.T) {
	start, _ := url.Parse("https://a.example/tthc/")
	s := newScope([]*url.URL{start}, []string{"/tthc", "https://b.example/dvc"})
	for in, want := range map[string]bool{
		"https://a.example/tthc/1": true, "https://a.example/news": false,
		"https://b.example/dvc/2": true, "https://c.example/tthc": false,
	} {
		u, _ := url.Parse(in)
		assert.Equal(t, want, s.contains(u), in)
	}
	cal, _ := url.Parse("https://a.example/lich?month=3")
	assert.True(t, weburl.IsCalendarLike(cal))
	pg, _ := url.Parse("https://a.example/list?page=3")
	assert.False(t, weburl.IsCalendarLike(pg))
	assert.True(t, weburl.IsPagination(pg))
	f, _ := url.Parse("https://a.example/files/mau-don.DOCX")
	assert.True(t, weburl.IsFile(f))
}

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2026, 11, 26, 8, 0, 0, 0, time.UTC)
	assert.Equal(t, 3*time.Second, parseRetryAfter("3", now))
	assert.Equal(t, maxRetryAfter, parseRetryAfter("86400", now))
	assert.Equal(t, 10*time.Second, parseRetryAfter(now.Add(10*time.Second).Format(http.TimeFormat), now))
	assert.Zero(t, parseRetryAfter("soon", now))
	assert.Zero(t, parseRetryAfter("-5", now))
}

func TestClassify(t *testing.T) {
	assert.Equal(t, ErrRobots, classify(colly.ErrRobotsTxtBlocked))
	assert.Equal(t, ErrRedirect, classify(&url.Error{Op: "Get", URL: "x", Err: errRedirectLoop}))
	assert.Equal(t, ErrDNS, classify(&url.Error{Op: "Get", URL: "x", Err: &net.DNSError{Err: "no such host", Name: "x"}}))
	assert.Equal(t, ErrTimeout, classify(&url.Error{Op: "Get", URL: "x", Err: context.DeadlineExceeded}))
	assert.Equal(t, ErrTLS, classify(errors.New("remote error: tls: handshake failure")))
	assert.Equal(t, ErrNetwork, classify(errors.New("connection reset by peer")))
}

func TestCrawlBadOptions(t *testing.T) {
	_, err := Crawl(context.Background(), "p", Options{})
	require.Error(t, err)
	_, err = Crawl(context.Background(), "p", Options{StartURLs: []string{"tritron.example/thu-tuc"}})
	require.ErrorContains(t, err, "tritron.example/thu-tuc")
	_, err = Crawl(context.Background(), "p", Options{StartURLs: []string{"https://a.example/"}, Parallelism: -1})
	require.Error(t, err)
}

// An unreachable portal: nothing loaded, said so, no error.
func TestCrawlUnreachable(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	addr := ln.Addr().String()
	require.NoError(t, ln.Close())
	opts := testOptions("http://" + addr + "/")
	opts.Retries = -1
	res := crawlFixture(t, opts)
	assert.Zero(t, res.StartPagesLoaded)
	assert.True(t, res.Partial)
	require.Len(t, res.FailedPages, 1)
	assert.Equal(t, ErrNetwork, res.FailedPages[0].Kind)
}

// Cancelling stops the crawl cleanly with a partial result.
func TestCrawlCancelled(t *testing.T) {
	f := newFixture(t, map[string]http.HandlerFunc{
		"/*": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			p := strings.TrimSuffix(r.URL.Path, "/")
			fmt.Fprintf(w, `<a href="%s/n">next</a><a href="%s/m">more</a>`, p, p)
		},
	})
	ctx, cancel := context.WithCancel(context.Background())
	opts := testOptions(f.srv.URL + "/")
	var once sync.Once
	opts.Progress = func(n int) {
		if n >= 5 {
			once.Do(cancel)
		}
	}
	res, err := Crawl(ctx, "p", opts)
	require.NoError(t, err)
	assert.True(t, res.Partial)
	assert.Equal(t, "crawl cancelled", res.PartialReasons[0].In(msg.English))
	assert.Less(t, res.Stats.Pages, 20)
}

type memCache struct {
	mu sync.Mutex
	m  map[string][3]string
}

func (c *memCache) Lookup(u string) (string, string, []byte, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.m[u]
	return v[0], v[1], []byte(v[2]), ok
}

func (c *memCache) Store(u, etag, lm string, body []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[u] = [3]string{etag, lm, string(body)}
}

// A second audit with a cache sends conditional requests and reuses the
// unchanged body on 304.
func TestCrawlConditional(t *testing.T) {
	body := readTestdata(t, "portals/table/list.html")
	conditional := 0
	var mu sync.Mutex
	f := newFixture(t, map[string]http.HandlerFunc{
		"/": func(w http.ResponseWriter, r *http.Request) {
			if r.Header.Get("If-None-Match") == `"v1"` {
				mu.Lock()
				conditional++
				mu.Unlock()
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("ETag", `"v1"`)
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			_, _ = w.Write(body)
		},
	})
	cache := &memCache{m: map[string][3]string{}}
	opts := testOptions(f.srv.URL + "/")
	opts.Cache = cache
	first := crawlFixture(t, opts)
	second := crawlFixture(t, opts)
	assert.Equal(t, summary(first), summary(second))
	assert.Len(t, second.Entries, 5)
	assert.Equal(t, 1, conditional)
	assert.Equal(t, int64(len(body)), second.Stats.BytesReused)
	assert.Zero(t, first.Stats.BytesReused)
	// Minimal, for each of the two crawls: the start page, which is the
	// list; the list its breadcrumb links, the decision publishing the
	// list and its one detail page, all three dead here (only "/" is
	// served).
	assertNearMinimal(t, f, 2*(1+2+1))
}

// The clock is the caller's: entries carry its time.
func TestCrawlClock(t *testing.T) {
	f := newFixture(t, map[string]http.HandlerFunc{"/": htmlPage(t, "table/list.html")})
	at := time.Date(2026, 11, 26, 8, 0, 0, 0, time.UTC)
	opts := testOptions(f.srv.URL + "/")
	opts.Now = func() time.Time { return at }
	res := crawlFixture(t, opts)
	require.NotEmpty(t, res.Entries)
	assert.Equal(t, at, res.Entries[0].FetchedAt)
	// Minimal: as for one crawl of TestCrawlConditional.
	assertNearMinimal(t, f, 1+2+1)
}

// A context deadline stops a crawl stuck on a slow portal. The crawl runs
// in a synctest bubble against the portal served in process: the clock is
// the bubble's, so the bound below holds however busy the machine.
func TestCrawlDeadline(t *testing.T) {
	f := newFixture(t, map[string]http.HandlerFunc{
		"/": func(w http.ResponseWriter, r *http.Request) {
			<-r.Context().Done() // hangs until the crawler gives up
		},
	})
	synctest.Test(t, func(t *testing.T) {
		ctx, cancel := context.WithTimeout(t.Context(), 150*time.Millisecond)
		defer cancel()
		opts := testOptions(f.srv.URL + "/")
		opts.Timeout = 5 * time.Second
		opts.Transport = f.inProcess()
		start := time.Now()
		res, err := Crawl(ctx, "p", opts)
		require.NoError(t, err)
		// The deadline, and the configured 1 ms delay after the request.
		assert.Equal(t, 151*time.Millisecond, time.Since(start), "stopped at the deadline, not at the request timeout")
		assert.True(t, res.Partial)
		assert.Equal(t, "crawl deadline reached", res.PartialReasons[0].In(msg.English))
		assert.Zero(t, res.StartPagesLoaded)
	})
}

// With a tight budget the procedure list and its pages come before the
// rest of the site, whatever the order of the links. (The rest of the
// site are pages of a section, not news items: those a focused crawl
// leaves alone, budget or not.)
func TestBudgetPrefersProcedures(t *testing.T) {
	var home strings.Builder
	home.WriteString(`<html><body>`)
	for i := range 30 {
		fmt.Fprintf(&home, `<a href="/chuyen-de/%d">Chuyên đề %d</a>`, i, i)
	}
	home.WriteString(`<a href="/tthc">Thủ tục hành chính</a></body></html>`)
	f := newFixture(t, map[string]http.HandlerFunc{
		"/": func(w http.ResponseWriter, r *http.Request) { _, _ = w.Write([]byte(home.String())) },
		"/tthc": func(w http.ResponseWriter, r *http.Request) {
			_, _ = w.Write([]byte(`<html><head><title>Thủ tục hành chính</title></head><body><h2>Lĩnh vực Hộ tịch</h2><ul>
<li><a href="/tthc/1">Thủ tục đăng ký khai sinh…</a></li></ul></body></html>`))
		},
		"/tthc/1":      detailPage("Thủ tục đăng ký khai sinh", "1.001193", "Hộ tịch"),
		"/chuyen-de/*": func(w http.ResponseWriter, r *http.Request) { _, _ = w.Write([]byte(`<p>Chuyên đề</p>`)) },
	})
	opts := testOptions(f.srv.URL + "/")
	opts.MaxPages = 3
	res := crawlFixture(t, opts)
	assert.Equal(t, []string{"1.001193 | Thủ tục đăng ký khai sinh | Hộ tịch"}, summary(res))
	assert.Zero(t, f.hitsUnder("/chuyen-de/"))
	assert.True(t, res.Partial)
	assert.Contains(t, res.PartialReasons[0].In(msg.English), "max_pages (3) reached with 30 links not visited")
}
