package crawler

import (
	"net/http"
	"sort"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// delayPortal serves a robots.txt and a list linking three procedure
// pages, and records when each page request arrived.
func delayPortal(t *testing.T, robots string) (*fixture, func() []time.Time) {
	var mu sync.Mutex
	var at []time.Time
	stamp := func(h http.HandlerFunc) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			mu.Lock()
			at = append(at, time.Now())
			mu.Unlock()
			h(w, r)
		}
	}
	list := func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write([]byte(`<html><head><title>Thủ tục hành chính</title></head><body><h2>Lĩnh vực Hộ tịch</h2><ul>
<li><a href="/tthc/1">Thủ tục đăng ký khai sinh</a></li><li><a href="/tthc/2">Thủ tục đăng ký kết hôn</a></li><li><a href="/tthc/3">Thủ tục đăng ký khai tử</a></li></ul></body></html>`))
	}
	f := newFixture(t, map[string]http.HandlerFunc{
		"/robots.txt": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/plain")
			_, _ = w.Write([]byte(robots))
		},
		"/":        stamp(list),
		"/tthc/1":  stamp(detailPage("Thủ tục đăng ký khai sinh", "1.001193", "Hộ tịch")),
		"/tthc/2":  stamp(detailPage("Thủ tục đăng ký kết hôn", "1.000894", "Hộ tịch")),
		"/tthc/3":  stamp(detailPage("Thủ tục đăng ký khai tử", "1.000656", "Hộ tịch")),
		"/private": stamp(list),
	})
	return f, func() []time.Time {
		mu.Lock()
		defer mu.Unlock()
		out := append([]time.Time(nil), at...)
		sort.Slice(out, func(i, j int) bool { return out[i].Before(out[j]) })
		return out
	}
}

// minGap is the shortest time between two successive requests.
func minGap(at []time.Time) time.Duration {
	gap := time.Duration(1 << 62)
	for i := 1; i < len(at); i++ {
		gap = min(gap, at[i].Sub(at[i-1]))
	}
	return gap
}

// robots.txt's Crawl-delay (for "*" or for our agent) spaces the requests
// even with two allowed in flight; a delay for another agent does not.
func TestCrawlDelay(t *testing.T) {
	for _, tc := range []struct {
		name, robots string
		spaced       bool
	}{
		{"star", "User-agent: *\nCrawl-delay: 0.2\nDisallow: /private\n", true},
		{"our agent", "User-agent: otherbot\nDisallow: /\n\nUser-agent: tthcaudit-test\nCrawl-delay: 0.2\n", true},
		{"another agent", "User-agent: otherbot\nCrawl-delay: 5\n\nUser-agent: *\nDisallow: /private\n", false},
		{"shorter than configured", "User-agent: *\nCrawl-delay: 0.001\n", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, stamps := delayPortal(t, tc.robots)
			// In a synctest bubble with the portal in process, the
			// stamps are the bubble's clock: exact, however busy the
			// machine.
			synctest.Test(t, func(t *testing.T) {
				opts := testOptions(f.srv.URL + "/")
				opts.Delay = 5 * time.Millisecond
				opts.Transport = f.inProcess()
				res, err := Crawl(t.Context(), "test", opts)
				require.NoError(t, err)
				assert.Len(t, res.Entries, 3)
				at := stamps()
				require.Len(t, at, 4, "the list and three detail pages")
				// Minimal: the start page, which is the list, and its
				// three detail pages.
				assertNearMinimal(t, f, 1+3)
				assert.Equal(t, 1, f.hitsUnder("/robots.txt"), "robots.txt fetched once")
				assert.LessOrEqual(t, f.maxInflight.Load(), int64(opts.Parallelism))
				if tc.spaced {
					assert.GreaterOrEqual(t, minGap(at), 200*time.Millisecond)
				} else {
					assert.Less(t, at[len(at)-1].Sub(at[0]), 200*time.Millisecond)
				}
			})
		})
	}
}

// While a Crawl-delay applies, requests go one at a time, each the delay
// after the previous one ended, however long they take (in a synctest
// bubble: the sleeps and stamps are its clock).
func TestHostGateOneAtATime(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		const d = 40 * time.Millisecond
		g := newHostGate(time.Millisecond)
		ctx := t.Context()
		release, err := g.wait(ctx)
		require.NoError(t, err)
		g.learn(d) // robots.txt read during the first request
		type span struct{ start, end time.Time }
		var mu sync.Mutex
		spans := []span{{time.Now(), time.Time{}}}
		time.Sleep(5 * time.Millisecond)
		var wg sync.WaitGroup
		for range 3 {
			wg.Go(func() {
				rel, err := g.wait(ctx)
				if !assert.NoError(t, err) {
					return
				}
				s := span{start: time.Now()}
				time.Sleep(10 * time.Millisecond) // a slow request
				s.end = time.Now()
				mu.Lock()
				spans = append(spans, s)
				mu.Unlock()
				rel()
			})
		}
		time.Sleep(5 * time.Millisecond)
		mu.Lock()
		spans[0].end = time.Now()
		mu.Unlock()
		release()
		wg.Wait()
		sort.Slice(spans, func(i, j int) bool { return spans[i].start.Before(spans[j].start) })
		require.Len(t, spans, 4)
		for i := 1; i < len(spans); i++ {
			assert.GreaterOrEqual(t, spans[i].start.Sub(spans[i-1].end), d, "request %d started too soon after the previous ended", i)
		}
	})
}
