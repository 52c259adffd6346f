package crawler

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// fixture is one loopback portal: one server, many routes, hits per path,
// and the requests in flight as the crawler sees them (see transport).
//
// In flight is counted on the client's side on purpose. The server's own
// count (handler entered, handler returned) ran over the parallelism under
// load (issue 18, "3 is not less than or equal to 2"): a request the
// crawler gives up on (a timeout, a body past the cap) ends for the
// crawler when it closes the connection, but the handler learns of it
// only when its next write fails or the server's background read sees the
// close, which on a busy machine comes after the crawler's next requests
// have started. The crawler never had more than Parallelism requests open.
type fixture struct {
	srv         *httptest.Server
	mu          sync.Mutex
	hits        map[string]int
	inflight    atomic.Int64
	maxInflight atomic.Int64
	routes      map[string]http.HandlerFunc
	prefixes    map[string]http.HandlerFunc
}

// transport sends requests to the fixture over loopback and counts them
// in flight from the start of the request to the close of its body (or
// its failure): what the crawler has open.
func (f *fixture) transport(tb testing.TB) http.RoundTripper {
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.MaxIdleConnsPerHost = 8
	tb.Cleanup(t.CloseIdleConnections)
	return &inflightRT{next: t, f: f}
}

// inProcess serves the fixture's routes in this process, with no socket:
// under testing/synctest a goroutine blocked on a socket is not durably
// blocked and would keep the fake clock from moving, so the crawl of a
// bubble talks to its portal this way.
func (f *fixture) inProcess() http.RoundTripper {
	return &inflightRT{next: handlerRT{h: http.HandlerFunc(f.serve)}, f: f}
}

// inflightRT counts the requests in flight through it.
type inflightRT struct {
	next http.RoundTripper
	f    *fixture
}

func (rt *inflightRT) RoundTrip(req *http.Request) (*http.Response, error) {
	n := rt.f.inflight.Add(1)
	for {
		m := rt.f.maxInflight.Load()
		if n <= m || rt.f.maxInflight.CompareAndSwap(m, n) {
			break
		}
	}
	resp, err := rt.next.RoundTrip(req)
	if err != nil {
		rt.f.inflight.Add(-1)
		return nil, err
	}
	resp.Body = &doneBody{ReadCloser: resp.Body, done: func() { rt.f.inflight.Add(-1) }}
	return resp, nil
}

// doneBody calls done once, when the body is closed.
type doneBody struct {
	io.ReadCloser
	once sync.Once
	done func()
}

func (b *doneBody) Close() error {
	err := b.ReadCloser.Close()
	b.once.Do(b.done)
	return err
}

// handlerRT answers a request by calling a handler in this process. The
// handler runs in its own goroutine so that a cancelled request returns at
// once, as it would over a socket.
type handlerRT struct{ h http.Handler }

func (t handlerRT) RoundTrip(req *http.Request) (*http.Response, error) {
	done := make(chan *http.Response, 1)
	go func() {
		rec := httptest.NewRecorder()
		t.h.ServeHTTP(rec, req)
		done <- rec.Result()
	}()
	select {
	case resp := <-done:
		resp.Request = req
		return resp, nil
	case <-req.Context().Done():
		return nil, req.Context().Err()
	}
}

// servePage serves a fixture file from testdata/portals with a Content-Type.
func servePage(t testing.TB, file, contentType string) http.HandlerFunc {
	b, err := os.ReadFile(filepath.Join("testdata", "portals", file))
	require.NoError(t, err)
	return func(w http.ResponseWriter, r *http.Request) {
		if contentType != "" {
			w.Header().Set("Content-Type", contentType)
		}
		_, _ = w.Write(b)
	}
}

// html serves a fixture file as UTF-8 HTML.
func htmlPage(t testing.TB, file string) http.HandlerFunc {
	return servePage(t, file, "text/html; charset=utf-8")
}

// newFixture starts a portal. Routes are keyed by path, or by path?query
// (the query as the crawler sends it, sorted); keys ending in "*" match a
// prefix.
func newFixture(t testing.TB, routes map[string]http.HandlerFunc) *fixture {
	f := &fixture{hits: map[string]int{}, routes: map[string]http.HandlerFunc{}, prefixes: map[string]http.HandlerFunc{}}
	for k, h := range routes {
		if p, ok := strings.CutSuffix(k, "*"); ok {
			f.prefixes[p] = h
		} else {
			f.routes[k] = h
		}
	}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fixture) serve(w http.ResponseWriter, r *http.Request) {
	key := r.URL.Path
	if r.URL.RawQuery != "" {
		key += "?" + r.URL.RawQuery
	}
	f.mu.Lock()
	f.hits[key]++
	f.mu.Unlock()
	if h := f.routes[key]; h != nil {
		h(w, r)
		return
	}
	if h := f.routes[r.URL.Path]; h != nil && r.URL.RawQuery == "" {
		h(w, r)
		return
	}
	best := ""
	for p := range f.prefixes {
		if strings.HasPrefix(key, p) && len(p) > len(best) {
			best = p
		}
	}
	if best != "" {
		f.prefixes[best](w, r)
		return
	}
	http.NotFound(w, r)
}

// hitsUnder counts requests whose path starts with prefix.
func (f *fixture) hitsUnder(prefix string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	n := 0
	for k, v := range f.hits {
		if strings.HasPrefix(k, prefix) {
			n += v
		}
	}
	return n
}

// testOptions are fast, polite options for loopback fixtures. Tests that
// check the requests in flight send through the fixture's transport.
func testOptions(start ...string) Options {
	return Options{
		StartURLs: start, Delay: time.Millisecond, Timeout: 300 * time.Millisecond,
		Parallelism: 2, MaxPages: 200, MaxBodyBytes: 1 << 20, UserAgent: "tthcaudit-test/1.0",
	}
}

func crawlFixture(t *testing.T, opts Options) *Result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	res, err := Crawl(ctx, "test", opts)
	require.NoError(t, err)
	return res
}

// summary is "code | text | field" per entry, sorted, for exact-set asserts.
func summary(res *Result) []string {
	var out []string
	for _, e := range res.Entries {
		out = append(out, fmt.Sprintf("%s | %s | %s", e.Code, e.Text, e.Field))
	}
	sort.Strings(out)
	return out
}

// detailPage renders a small detail page with the standard sections
// (all of them unless some are left out).
func detailPage(name, code, field string, leaveOut ...string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		var b strings.Builder
		fmt.Fprintf(&b, "<html><head><title>%s</title></head><body><div class=\"breadcrumb\"><a href=\"/\">Trang chủ</a></div><h1>%s</h1><table class=\"info\">", name, name)
		if code != "" {
			fmt.Fprintf(&b, "<tr><th>Mã thủ tục:</th><td>%s</td></tr>", code)
		}
		if field != "" {
			fmt.Fprintf(&b, "<tr><th>Lĩnh vực:</th><td>%s</td></tr>", field)
		}
		skip := map[string]bool{}
		for _, s := range leaveOut {
			skip[s] = true
		}
		for _, s := range StandardSections {
			if !skip[s] {
				fmt.Fprintf(&b, "<tr><th>%s:</th><td>Nội dung %s</td></tr>", s, strings.ToLower(s))
			}
		}
		b.WriteString("</table></body></html>")
		_, _ = w.Write([]byte(b.String()))
	}
}

// readTestdata reads a file under testdata.
func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	require.NoError(t, err)
	return b
}
