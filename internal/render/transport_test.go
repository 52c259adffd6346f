package render

import (
	"context"
	"errors"
	"io"
	"net/http"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tthcaudit/tthcaudit/internal/evidence"
)

// countingBase is the base transport, counting what went through it.
type countingBase struct {
	mu   sync.Mutex
	hits map[string]int
}

func (c *countingBase) RoundTrip(r *http.Request) (*http.Response, error) {
	c.mu.Lock()
	if c.hits == nil {
		c.hits = map[string]int{}
	}
	c.hits[r.URL.Path]++
	c.mu.Unlock()
	return http.DefaultTransport.RoundTrip(r)
}

func (c *countingBase) count(path string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.hits[path]
}

func newTestTransport(t *testing.T, ctx context.Context, o Options) *Transport {
	t.Helper()
	tr, err := NewTransport(ctx, o)
	require.NoError(t, err)
	t.Cleanup(func() { assert.NoError(t, tr.Close()) })
	return tr
}

func TestRenderSinglePagePortal(t *testing.T) {
	needChromium(t)
	portal := newSPAPortal(t)
	base := &countingBase{}
	// The evidence recorder sits under the browser, as the audit wires it.
	packDir := t.TempDir()
	rec, err := evidence.NewRecorder(packDir, base)
	require.NoError(t, err)
	var mu sync.Mutex
	shots := map[string][]byte{}
	rendered := map[string]int{}
	tr := newTestTransport(t, context.Background(), Options{
		Base:        rec,
		Screenshots: true,
		OnScreenshot: func(u string, png []byte) {
			mu.Lock()
			shots[u] = png
			mu.Unlock()
			rec.AddScreenshot(u, png)
		},
		OnRendered: func(u string, html []byte) {
			mu.Lock()
			rendered[u] = len(html)
			mu.Unlock()
			rec.AddRendered(u, html)
		},
		UserAgent: "tthcaudit-test/1",
		Tabs:      2,
		// The quiet window is the product's own heuristic for "the page
		// settled"; a loaded machine can leave a click's fetch unstarted
		// for a few hundred milliseconds, so the test allows a second.
		Quiet: time.Second,
	})
	client := &http.Client{Transport: tr, Timeout: 60 * time.Second}

	t.Run("list read whole through the next button", func(t *testing.T) {
		resp, err := client.Get(portal.URL + "/tthc")
		require.NoError(t, err)
		defer resp.Body.Close()
		assert.Equal(t, http.StatusOK, resp.StatusCode)
		assert.Equal(t, "text/html; charset=utf-8", resp.Header.Get("Content-Type"))
		assert.Equal(t, "chromium", resp.Header.Get(HeaderRendered))
		assert.Equal(t, "2", resp.Header.Get(HeaderClicks), "two clicks on Trang sau, then it is disabled")
		assert.Empty(t, resp.Header.Get(HeaderPartial))
		doc, err := goquery.NewDocumentFromReader(resp.Body)
		require.NoError(t, err)
		var names []string
		doc.Find("#procedures li.procedure .name").Each(func(_ int, s *goquery.Selection) {
			names = append(names, s.Text())
		})
		var want []string
		for _, p := range portal.procs {
			want = append(want, p.Name)
		}
		assert.Equal(t, want, names, "all 25 procedures, in order, once each")
		assert.Equal(t, 1, base.count("/tthc"), "the page itself is fetched once, by Go")
		assert.Equal(t, 3, base.count("/api/procedures"), "the browser's API calls go through the base transport")
		assert.Equal(t, 1, base.count("/static/app.js"))
		assert.EqualValues(t, 3, portal.apiHits.Load())
		mu.Lock()
		defer mu.Unlock()
		require.Contains(t, shots, portal.URL+"/tthc")
		assert.True(t, strings.HasPrefix(string(shots[portal.URL+"/tthc"]), "\x89PNG"), "a PNG screenshot")
		assert.Greater(t, rendered[portal.URL+"/tthc"], 1000)
	})

	t.Run("load more button and postback pager", func(t *testing.T) {
		var want []string
		for _, p := range portal.procs {
			want = append(want, p.Name)
		}
		// Both at once, in two tabs.
		var wg sync.WaitGroup
		for _, tc := range []struct{ path, sel string }{
			{"/xem-them", "#rows tr .name"},
			{"/grid", "#grid tr.row .name"},
		} {
			wg.Go(func() {
				resp, err := client.Get(portal.URL + tc.path)
				if !assert.NoError(t, err) {
					return
				}
				doc, err := goquery.NewDocumentFromReader(resp.Body)
				resp.Body.Close()
				if !assert.NoError(t, err) {
					return
				}
				var names []string
				doc.Find(tc.sel).Each(func(_ int, s *goquery.Selection) { names = append(names, s.Text()) })
				assert.Equal(t, want, names, tc.path)
			})
		}
		wg.Wait()
		assert.EqualValues(t, 2, portal.gridPosts.Load(), "pages 2 and 3 posted back through the base transport")
	})

	t.Run("pagination widgets of front-end kits", func(t *testing.T) {
		var wg sync.WaitGroup
		for name := range variants {
			wg.Go(func() {
				resp, err := client.Get(portal.URL + "/v/" + name)
				if !assert.NoError(t, err, name) {
					return
				}
				doc, err := goquery.NewDocumentFromReader(resp.Body)
				resp.Body.Close()
				if !assert.NoError(t, err) {
					return
				}
				seen := map[string]bool{}
				doc.Find("#rows td.name").Each(func(_ int, s *goquery.Selection) { seen[s.Text()] = true })
				assert.Len(t, seen, 25, "%s: clicks %s, partial %q", name, resp.Header.Get(HeaderClicks), resp.Header.Get(HeaderPartial))
			})
		}
		wg.Wait()
		assert.Positive(t, portal.sizedHits.Load(), "the rows-per-page select was set to its largest")
	})

	t.Run("404 stays 404 and is not rendered", func(t *testing.T) {
		resp, err := client.Get(portal.URL + "/khong-co")
		require.NoError(t, err)
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		assert.Equal(t, http.StatusNotFound, resp.StatusCode)
		assert.Empty(t, resp.Header.Get(HeaderRendered))
		assert.Contains(t, string(body), "Không tìm thấy trang")
		assert.NotContains(t, string(body), `</script><p id="js">`, "the script did not run")
	})

	t.Run("robots.txt goes through the base transport", func(t *testing.T) {
		before := base.count("/robots.txt")
		resp, err := client.Get(portal.URL + "/robots.txt")
		require.NoError(t, err)
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		assert.Equal(t, robotsTxt, string(body))
		assert.Empty(t, resp.Header.Get(HeaderRendered))
		assert.Equal(t, before+1, base.count("/robots.txt"))
	})

	t.Run("HEAD and files are not rendered", func(t *testing.T) {
		req, _ := http.NewRequest(http.MethodHead, portal.URL+"/tthc", nil)
		resp, err := client.Do(req)
		require.NoError(t, err)
		resp.Body.Close()
		assert.Empty(t, resp.Header.Get(HeaderRendered))
		resp, err = client.Get(portal.URL + "/static/app.js")
		require.NoError(t, err)
		resp.Body.Close()
		assert.Empty(t, resp.Header.Get(HeaderRendered))
	})

	t.Run("the real crawler reads the whole list", func(t *testing.T) {
		crawlWithTransport(t, portal, tr)
	})

	t.Run("screenshot of a page", func(t *testing.T) {
		png, err := tr.Screenshot(context.Background(), portal.URL+"/tthc")
		require.NoError(t, err)
		assert.True(t, strings.HasPrefix(string(png), "\x89PNG"))
	})

	t.Run("evidence pack of the rendered pages", func(t *testing.T) {
		require.NoError(t, rec.WriteManifest([]evidence.Finding{
			{Portal: "spa", Kind: evidence.KindMissing, Code: "1.000001", URL: portal.URL + "/tthc"},
		}))
		for page := 1; page <= 3; page++ {
			assert.NotEmpty(t, rec.Records(portal.URL+"/api/procedures?page="+strconv.Itoa(page)), "API page %d recorded", page)
		}
		m, err := evidence.ReadManifest(packDir)
		require.NoError(t, err)
		f := m.Findings[0]
		assert.NotEmpty(t, f.Records, "the shell as the server sent it")
		require.NotNil(t, f.Rendered, "the DOM the browser built")
		require.NotNil(t, f.Screenshot)
		s, err := evidence.Verify(packDir)
		require.NoError(t, err)
		assert.Positive(t, s.RecordsByType["conversion"])
		assert.Positive(t, s.RecordsByType["resource"])
	})
}

// TestCancelledRenderLeavesNoBrowser cancels a render whose page never
// settles, then cancels the transport's context: the browser and all its
// processes must be gone, and its profile folder removed.
func TestCancelledRenderLeavesNoBrowser(t *testing.T) {
	needChromium(t)
	portal := newSPAPortal(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	tr, err := NewTransport(ctx, Options{})
	require.NoError(t, err)
	dir := tr.DataDir()
	require.NotEmpty(t, ProcessesUsing(dir), "the browser runs")

	reqCtx, reqCancel := context.WithTimeout(context.Background(), 1500*time.Millisecond)
	defer reqCancel()
	req, _ := http.NewRequestWithContext(reqCtx, http.MethodGet, portal.URL+"/hang", nil)
	_, err = tr.RoundTrip(req)
	require.Error(t, err)
	assert.True(t, errors.Is(err, context.DeadlineExceeded), "the caller's deadline, got %v", err)

	cancel()
	select {
	case <-tr.closed:
	case <-time.After(10 * time.Second):
		t.Fatal("cancelling the context did not close the transport")
	}
	require.NoError(t, tr.Close())
	assert.Empty(t, ProcessesUsing(dir), "no browser process left")
	_, err = os.Stat(dir)
	assert.True(t, os.IsNotExist(err), "profile folder removed")
	_, err = tr.RoundTrip(req.Clone(context.Background()))
	assert.ErrorIs(t, err, ErrClosed)
}

func TestNoChromium(t *testing.T) {
	_, err := NewTransport(context.Background(), Options{ChromiumPath: "/nonexistent/chromium"})
	require.ErrorIs(t, err, ErrNoChromium)
	assert.Contains(t, err.Error(), "apt-get install -y chromium")
}
