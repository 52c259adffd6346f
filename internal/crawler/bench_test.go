package crawler

import (
	"context"
	"encoding/csv"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"runtime"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/gocolly/colly/v2"
)

const (
	benchLists   = 50
	benchPerList = 99 // 1 + 50 lists + 50×99 details = 5,001 pages
	benchPar     = 4
)

// benchPortal renders a 5,001-page portal in memory: a home page, 50 list
// pages of 99 procedure links each (real names), and the detail pages,
// every page with a menu of links back into the portal.
func benchPortal(b *testing.B) *httptest.Server {
	f, err := os.Open("../../testdata/dvcqg/procedures.csv")
	if err != nil {
		b.Fatal(err)
	}
	rows, err := csv.NewReader(f).ReadAll()
	f.Close()
	if err != nil {
		b.Fatal(err)
	}
	rows = rows[1:]
	pages := map[string][]byte{}
	menu := func() string {
		var m strings.Builder
		m.WriteString(`<ul class="menu"><li><a href="/">Trang chủ</a></li>`)
		for i := 1; i <= 10; i++ {
			fmt.Fprintf(&m, `<li><a href="/list?page=%d">Trang %d</a></li>`, i, i)
		}
		m.WriteString(`</ul>`)
		return m.String()
	}()
	var home strings.Builder
	home.WriteString(`<html><head><meta charset="utf-8"><title>Cổng dịch vụ công</title></head><body>` + menu + `<h1>Thủ tục hành chính</h1><ul>`)
	for l := 1; l <= benchLists; l++ {
		fmt.Fprintf(&home, `<li><a href="/list?page=%d">Danh sách thủ tục trang %d</a></li>`, l, l)
	}
	home.WriteString(`</ul></body></html>`)
	pages["/"] = []byte(home.String())
	n := 0
	for l := 1; l <= benchLists; l++ {
		var lp strings.Builder
		fmt.Fprintf(&lp, `<html><head><meta charset="utf-8"><title>Danh sách thủ tục hành chính - trang %d</title></head><body>%s<h2>Lĩnh vực Tổng hợp</h2><ul class="list">`, l, menu)
		for i := 0; i < benchPerList; i++ {
			r := rows[n%len(rows)]
			fmt.Fprintf(&lp, `<li><a href="/tthc/%d">%s</a> <span>Mã: %s</span></li>`, n, r[1], r[0])
			var dp strings.Builder
			fmt.Fprintf(&dp, `<html><head><meta charset="utf-8"><title>%s</title></head><body>%s<h1>%s</h1><table>`, r[1], menu, r[1])
			fmt.Fprintf(&dp, `<tr><td>Mã thủ tục</td><td>%s</td></tr><tr><td>Lĩnh vực</td><td>Tổng hợp</td></tr>`, r[0])
			for _, s := range StandardSections {
				fmt.Fprintf(&dp, `<tr><td>%s</td><td>Nội dung của mục %s cho thủ tục này.</td></tr>`, s, strings.ToLower(s))
			}
			dp.WriteString(`</table></body></html>`)
			pages[fmt.Sprintf("/tthc/%d", n)] = []byte(dp.String())
			n++
		}
		lp.WriteString(`</ul></body></html>`)
		pages[fmt.Sprintf("/list?page=%d", l)] = []byte(lp.String())
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		key := r.URL.Path
		if r.URL.RawQuery != "" {
			key += "?" + r.URL.RawQuery
		}
		p, ok := pages[key]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write(p)
	}))
	b.Cleanup(srv.Close)
	return srv
}

// BenchmarkCrawl5000 crawls the 5,001-page portal with Crawl and, in the
// same run, with a bare colly collector (same parallelism, no delay).
func BenchmarkCrawl5000(b *testing.B) {
	srv := benchPortal(b)
	want := 1 + benchLists + benchLists*benchPerList
	b.Run("Crawl", func(b *testing.B) {
		b.ReportAllocs()
		var ms0, ms1 runtime.MemStats
		runtime.ReadMemStats(&ms0)
		cpu0 := cpuTime()
		for b.Loop() {
			res, err := Crawl(context.Background(), "bench", Options{
				StartURLs: []string{srv.URL + "/"}, Parallelism: benchPar, MaxPages: 10000,
				Timeout: 10 * time.Second, MaxBodyBytes: 1 << 20,
			})
			if err != nil {
				b.Fatal(err)
			}
			if res.Stats.Pages != want || len(res.Entries) != benchLists*benchPerList {
				b.Fatalf("pages %d entries %d", res.Stats.Pages, len(res.Entries))
			}
		}
		runtime.ReadMemStats(&ms1)
		b.ReportMetric(float64(cpuTime()-cpu0)/float64(b.N), "cpu-ns/op")
		b.ReportMetric(float64(ms1.Mallocs-ms0.Mallocs)/float64(b.N)/float64(want), "allocs/page")
	})
	b.Run("BareColly", func(b *testing.B) {
		b.ReportAllocs()
		var ms0, ms1 runtime.MemStats
		runtime.ReadMemStats(&ms0)
		cpu0 := cpuTime()
		for b.Loop() {
			var pages atomic.Int64
			c := colly.NewCollector(colly.Async(true))
			if err := c.Limit(&colly.LimitRule{DomainGlob: "*", Parallelism: benchPar}); err != nil {
				b.Fatal(err)
			}
			c.OnResponse(func(*colly.Response) { pages.Add(1) })
			c.OnHTML("a[href]", func(e *colly.HTMLElement) { _ = e.Request.Visit(e.Attr("href")) })
			if err := c.Visit(srv.URL + "/"); err != nil {
				b.Fatal(err)
			}
			c.Wait()
			if int(pages.Load()) != want {
				b.Fatalf("pages %d", pages.Load())
			}
		}
		runtime.ReadMemStats(&ms1)
		b.ReportMetric(float64(cpuTime()-cpu0)/float64(b.N), "cpu-ns/op")
		b.ReportMetric(float64(ms1.Mallocs-ms0.Mallocs)/float64(b.N)/float64(want), "allocs/page")
	})
}

// cpuTime is the process's user+system CPU time: on a shared machine the
// fair measure of work, where wall time depends on the neighbours.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
