package hostile

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"runtime"
	"runtime/metrics"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/tthcaudit/tthcaudit/internal/msg"
	"github.com/tthcaudit/tthcaudit/internal/verdict"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tthcaudit/tthcaudit/internal/catalog"
	"github.com/tthcaudit/tthcaudit/internal/config"
	"github.com/tthcaudit/tthcaudit/internal/crawler"
	"github.com/tthcaudit/tthcaudit/internal/match"
	"github.com/tthcaudit/tthcaudit/internal/rules"
)

// heapBound is the most the heap may grow during one hostile crawl.
const heapBound = 300 << 20

var (
	indexOnce sync.Once
	index     *match.Index
	indexErr  error
)

// nationalIndex is the real national list as a catalogue: the three
// procedures the hostile portals list first are required at the provincial
// level (cấp tỉnh), the others at the commune level.
func nationalIndex(t testing.TB) *match.Index {
	t.Helper()
	ps := nationalList(t)
	indexOnce.Do(func() {
		var b strings.Builder
		w := csv.NewWriter(&b)
		_ = w.Write([]string{"Mã TTHC", "Tên thủ tục", "Lĩnh vực", "Cấp thực hiện"})
		for i, p := range ps {
			level := "Cấp Xã"
			if i < 3 {
				level = "Cấp Tỉnh"
			}
			_ = w.Write([]string{p.code, p.name, "Hộ tịch", level})
		}
		w.Flush()
		cat, err := catalog.LoadReader("national.csv", strings.NewReader(b.String()))
		if err != nil {
			indexErr = err
			return
		}
		index = match.NewIndex(cat)
	})
	require.NoError(t, indexErr)
	return index
}

// options are the crawl settings of every case: short timeouts so that the
// suite stays fast, the default body cap.
func options(start string) crawler.Options {
	return crawler.Options{
		StartURLs:    []string{start},
		Parallelism:  2,
		MaxPages:     300,
		Timeout:      time.Second,
		MaxBodyBytes: crawler.DefaultMaxBodyBytes,
		Retries:      1,
	}
}

// heapWatch samples the heap's live and dead objects every few
// milliseconds and keeps the peak.
type heapWatch struct {
	base, peak atomic.Uint64
	alloc0     uint64
	stop       chan struct{}
	done       chan struct{}
}

func heapObjects() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

func watchHeap() *heapWatch {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	h := &heapWatch{alloc0: ms.TotalAlloc, stop: make(chan struct{}), done: make(chan struct{})}
	h.base.Store(heapObjects())
	go func() {
		defer close(h.done)
		tick := time.NewTicker(5 * time.Millisecond)
		defer tick.Stop()
		for {
			if v := heapObjects(); v > h.peak.Load() {
				h.peak.Store(v)
			}
			select {
			case <-h.stop:
				return
			case <-tick.C:
			}
		}
	}()
	return h
}

// end stops sampling and returns the peak growth over the start and the
// bytes allocated meanwhile.
func (h *heapWatch) end() (growth, allocated uint64) {
	close(h.stop)
	<-h.done
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	if p, b := h.peak.Load(), h.base.Load(); p > b {
		growth = p - b
	}
	return growth, ms.TotalAlloc - h.alloc0
}

// hostileCase is one attack and what the audit must say about it.
type hostileCase struct {
	name string
	// page serves hostilePath; robots, when set, serves /robots.txt.
	page   func(t *testing.T, s *stopper) http.Handler
	robots func() http.Handler
	// failKinds: the hostile page must be reported failed with one of
	// these error kinds (then the portal is partial).
	failKinds []string
	// found: the hostile page must be read and these codes found.
	found []string
	// orFailed: instead of being read, the page may be reported failed
	// (of any kind), the portal partial.
	orFailed bool
	// notFound: codes that must not be found (content out of scope).
	notFound []string
	// partial: a reason the crawl must give for being partial.
	partial string
	// minFound: at least this many catalogue procedures found.
	minFound int
	// within bounds the crawl's duration.
	within time.Duration
	// known and knownDetail describe a crawler bug this case exposes (as
	// a list page, as a detail page): see checkKnown.
	known, knownDetail string
}

// Known crawler failures the suite exposes are named in a case's known
// or knownDetail (none open now); the cases still run, see checkKnown.

// strict makes known failures fail (HOSTILE_STRICT=1 go test ./hostile/).
var strict = os.Getenv("HOSTILE_STRICT") != ""

// recorder collects assertion failures instead of failing the test.
type recorder struct{ errs []string }

func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}
func (r *recorder) FailNow() { runtime.Goexit() }

// checkKnown runs a case's checks. A case marked with a known crawler
// failure still runs them, but a failure skips the test with "known
// failure: …" and what failed, so that `go test ./...` stays green while
// the bug is open and the output says what is wrong; when the checks pass
// the test says the marker can go. HOSTILE_STRICT=1 makes them fail.
func checkKnown(t *testing.T, known string, checks func(t require.TestingT)) {
	t.Helper()
	if known == "" || strict {
		checks(t)
		return
	}
	rec := &recorder{}
	done := make(chan struct{})
	go func() {
		defer close(done)
		checks(rec)
	}()
	<-done
	if len(rec.errs) > 0 {
		t.Skipf("known failure: %s\n%s", known, strings.Join(rec.errs, "\n"))
	}
	t.Logf("known failure %q no longer fails: remove its marker", known)
}

func cases(t *testing.T) []hostileCase {
	ps := nationalList(t)
	third := ps[2]
	short := shortest(t, 2000)
	return []hostileCase{
		{name: "gzip bomb", page: func(*testing.T, *stopper) http.Handler { return gzipBomb() },
			failKinds: []string{crawler.ErrTooLarge}, within: 10 * time.Second},
		{name: "100,000 links", page: func(*testing.T, *stopper) http.Handler { return manyLinks(100_000/raceScale, third) },
			found: []string{third.code}, partial: "max_pages", within: 15 * time.Second},
		{name: "10,000-deep DOM", page: func(*testing.T, *stopper) http.Handler { return deepDOM(10_000, third) },
			found: []string{third.code}, orFailed: true, within: 10 * time.Second},
		{name: "invalid UTF-8", page: func(*testing.T, *stopper) http.Handler { return invalidUTF8(third) },
			found: []string{third.code}, within: 5 * time.Second},
		{name: "headers dribbled a byte per 100 ms", page: func(_ *testing.T, s *stopper) http.Handler { return slowHeaders(s) },
			failKinds: []string{crawler.ErrTimeout}, within: 8 * time.Second},
		{name: "redirect to file://", page: func(*testing.T, *stopper) http.Handler { return redirectTo("file:///etc/passwd") },
			failKinds: []string{crawler.ErrRedirect}, within: 5 * time.Second},
		{name: "redirect to another host", page: func(t *testing.T, _ *stopper) http.Handler {
			other := httptest.NewServer(htmlHandler([]byte(page("Danh mục thủ tục hành chính", listOf(third)))))
			t.Cleanup(other.Close)
			return redirectTo(other.URL + "/")
		}, failKinds: []string{crawler.ErrRedirect}, notFound: []string{third.code}, within: 5 * time.Second},
		{name: "robots.txt of 5 MB", page: func(*testing.T, *stopper) http.Handler { return htmlHandler([]byte(page("Trang 2", listOf(third)))) },
			robots: bigRobots, failKinds: []string{crawler.ErrRobots}, notFound: []string{third.code}, within: 10 * time.Second},
		{name: "endless body", page: func(_ *testing.T, s *stopper) http.Handler { return endless(s) },
			failKinds: []string{crawler.ErrTooLarge, crawler.ErrTimeout}, within: 8 * time.Second},
		{name: "Content-Length lie", page: func(*testing.T, *stopper) http.Handler { return lyingLength(third) },
			failKinds: []string{crawler.ErrNetwork}, within: 5 * time.Second},
		{name: "1 MB of text on one line", page: func(*testing.T, *stopper) http.Handler { return longLine(third) },
			found: []string{third.code}, within: 10 * time.Second},
		{name: "50,000-row table", page: func(*testing.T, *stopper) http.Handler { return bigTable(50_000/raceScale, short) },
			minFound: 1900, within: 20 * time.Second},
	}
}

// crawlCase is one crawl of a hostile portal, measured.
type crawlCase struct {
	res     *crawler.Result
	v       verdict.Verdict
	found   map[string]bool
	took    time.Duration
	growth  uint64
	alloced uint64
}

// crawlHostile serves tc's hostile page (as a list page, or as a detail
// page), crawls the portal, evaluates it and checks what every case must
// hold: bounded time and heap, the start page and its two control
// procedures found, the report valid UTF-8 JSON.
func crawlHostile(t *testing.T, tc hostileCase, asDetail bool) crawlCase {
	ix := nationalIndex(t)
	ps := nationalList(t)
	var robots http.Handler
	if tc.robots != nil {
		robots = tc.robots()
	}
	srv := portal(t, tc.page(t, newStopper(t)), robots, asDetail)
	ctx, cancel := context.WithTimeout(context.Background(), 25*time.Second)
	defer cancel()

	var c crawlCase
	h := watchHeap()
	began := time.Now()
	res, err := crawler.Crawl(ctx, "hostile", options(srv.URL+"/"))
	c.took = time.Since(began)
	c.growth, c.alloced = h.end()
	require.NoError(t, err)
	require.NotNil(t, res)
	c.res = res
	pc := config.Portal{ID: "hostile", Name: "Cổng thù địch", Level: "tinh", URLs: []string{srv.URL + "/"}}
	c.v = rules.Evaluate(rules.Input{Portal: pc, Catalog: ix.Catalog(), Index: ix, Crawl: res})
	t.Logf("%s: %s, heap peak +%d MB, allocated %d MB; pages %d, errors %v, status %s, found %d/%d (%d procedures), partial %v %q, broken %d, failed %d",
		tc.name, c.took.Round(time.Millisecond), c.growth>>20, c.alloced>>20, res.Stats.Pages, res.Stats.ErrorsByKind,
		c.v.Status, c.v.Found, c.v.Required, len(c.v.Of(verdict.KindFound)), res.Partial, res.PartialReasons, len(c.v.Of(verdict.KindBroken)), len(c.v.Of(verdict.KindFailedPage)))

	assert.Less(t, c.took, tc.within*time.Duration(raceScale), "the crawl must finish within its timeouts")
	assert.Less(t, c.growth, uint64(heapBound), "heap growth must stay bounded")
	assert.Equal(t, 1, res.StartPagesLoaded, "the start page is sound and must load")
	c.found = map[string]bool{}
	for _, f := range c.v.Of(verdict.KindFound) {
		c.found[f.Code] = true
	}
	for _, code := range []string{ps[0].code, ps[1].code} {
		assert.True(t, c.found[code], "control procedure %s of the start page must be found: never a silent 'everything missing'", code)
	}
	// The report must stay valid JSON in valid UTF-8 whatever the portal
	// sent.
	for _, e := range res.Entries {
		assert.True(t, utf8.ValidString(e.Text), "entry text must be valid UTF-8: %q", e.Text)
	}
	js, err := json.Marshal(c.v)
	require.NoError(t, err)
	assert.True(t, utf8.Valid(js))
	return c
}

// TestHostilePortals crawls each hostile portal, the attack being the next
// page of the procedure list, and evaluates it: the attack must be visible
// — a failed page of the right kind and a partial portal — or the page
// read.
func TestHostilePortals(t *testing.T) {
	for _, tc := range cases(t) {
		t.Run(tc.name, func(t *testing.T) {
			c := crawlHostile(t, tc, false)
			checkKnown(t, tc.known, func(t require.TestingT) { checkListCase(t, tc, c) })
		})
	}
}

// failedHostile returns the error kinds of the hostile page among the
// result's failed pages.
func failedHostile(res *crawler.Result, path string) []string {
	var kinds []string
	for _, f := range res.FailedPages {
		if strings.HasSuffix(f.URL, path) {
			kinds = append(kinds, f.Kind)
		}
	}
	return kinds
}

// checkListCase checks what a case served as the next list page must show.
func checkListCase(t require.TestingT, tc hostileCase, c crawlCase) {
	res, v := c.res, c.v
	if len(tc.failKinds) > 0 {
		kinds := failedHostile(res, hostilePath)
		require.NotEmpty(t, kinds, "the hostile page must be a failed page of the result; failed pages: %+v; errors: %v", res.FailedPages, res.Stats.ErrorsByKind)
		assert.Subset(t, tc.failKinds, kinds, "error kind of the hostile page")
		assert.Positive(t, res.Stats.ErrorsByKind[kinds[0]], "Stats.ErrorsByKind must count it")
		assert.True(t, res.Partial, "a failed list page makes the crawl partial")
		assert.Equal(t, verdict.StatusPartial, v.Status, "the report must say partial")
		assert.True(t, slices.ContainsFunc(v.Of(verdict.KindFailedPage), func(f verdict.Finding) bool { return strings.HasSuffix(f.URL, hostilePath) && f.Reason != "" }),
			"the report's failed_pages must name the hostile page and why: %+v", v.Of(verdict.KindFailedPage))
	}
	if tc.orFailed && len(failedHostile(res, hostilePath)) > 0 {
		// Reported failed rather than read: acceptable, when said.
		assert.Equal(t, verdict.StatusPartial, v.Status, "the report must say partial")
	} else {
		for _, code := range tc.found {
			assert.True(t, c.found[code], "the hostile page must be read (or reported failed): procedure %s on it not found; status %s, failed pages %+v", code, v.Status, v.Of(verdict.KindFailedPage))
		}
	}
	for _, code := range tc.notFound {
		assert.False(t, c.found[code], "procedure %s is out of reach (another host, or robots.txt) and must not be found", code)
	}
	if tc.partial != "" {
		assert.True(t, res.Partial)
		assert.Contains(t, msg.N("note.partial", res.PartialReasons).In(msg.English), tc.partial)
		assert.Equal(t, verdict.StatusPartial, v.Status)
	}
	if tc.minFound > 0 {
		assert.GreaterOrEqual(t, len(v.Of(verdict.KindFound)), tc.minFound)
	}
}

// TestHostileDetailPages serves each attack that fails a page as the
// detail page of a listed procedure: the procedure counts as published
// (the list shows it), and its page must be reported — a broken link or a
// failed page with the error counted — never dropped without a word.
func TestHostileDetailPages(t *testing.T) {
	for _, tc := range cases(t) {
		if len(tc.failKinds) == 0 || tc.robots != nil {
			// A page robots.txt forbids is not broken: the portal asked.
			continue
		}
		t.Run(tc.name, func(t *testing.T) {
			c := crawlHostile(t, tc, true)
			checkKnown(t, tc.knownDetail, func(t require.TestingT) {
				res, v := c.res, c.v
				var n int
				for _, k := range tc.failKinds {
					n += res.Stats.ErrorsByKind[k]
				}
				assert.Positive(t, n, "Stats.ErrorsByKind must count the detail page's failure as one of %v: %v", tc.failKinds, res.Stats.ErrorsByKind)
				reported := slices.ContainsFunc(v.Of(verdict.KindBroken), func(b verdict.Finding) bool { return strings.HasSuffix(b.URL, hostileDetail) }) ||
					slices.ContainsFunc(v.Of(verdict.KindFailedPage), func(f verdict.Finding) bool { return strings.HasSuffix(f.URL, hostileDetail) })
				assert.True(t, reported, "the report must name the failed detail page in broken_links or failed_pages: broken %+v, failed %+v", v.Of(verdict.KindBroken), v.Of(verdict.KindFailedPage))
			})
		})
	}
}
