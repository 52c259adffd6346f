package hostile

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/tthcaudit/tthcaudit/internal/config"
	"github.com/tthcaudit/tthcaudit/internal/crawler"
	"github.com/tthcaudit/tthcaudit/internal/rules"
)

// floodPage is the next page of the procedure list holding one procedure
// and n short links to distinct pages of the portal (200,000 of them make
// a 5 MB page, under the body cap).
func floodPage(n int, p proc) http.Handler {
	var b strings.Builder
	b.Grow(n * 28)
	b.WriteString(`<h1>Danh mục thủ tục hành chính (trang 2)</h1>` + listOf(p) + `<div class="links">`)
	for i := range n {
		fmt.Fprintf(&b, `<a href="/lien-ket/%d">%d</a> `, i, i)
	}
	b.WriteString(`</div>`)
	return htmlHandler([]byte(page("Danh mục thủ tục hành chính - trang 2", b.String())))
}

// BenchmarkLinkFlood audits (crawl and evaluation) a portal whose list's
// second page holds a flood of links, against the same portal with an
// ordinary page of 50 links. It reports the peak growth of the live heap
// (peak-heap-MB) and the bytes allocated (alloc-MB); the memory target —
// the flood near the ordinary audit — is read from these figures, not
// asserted (the process's peak RSS: run the test binary with
// /usr/bin/time -v and -test.bench=LinkFlood/NAME -test.benchtime=1x).
func BenchmarkLinkFlood(b *testing.B) {
	ps := nationalList(b)
	ix := nationalIndex(b)
	for _, n := range []int{50, 200_000} {
		b.Run(fmt.Sprintf("links=%d", n), func(b *testing.B) {
			srv := portal(b, floodPage(n, ps[2]), nil, false)
			var peak, alloc uint64
			for b.Loop() {
				ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
				h := watchHeap()
				res, err := crawler.Crawl(ctx, "flood", options(srv.URL+"/"))
				if err != nil {
					b.Fatal(err)
				}
				pc := config.Portal{ID: "flood", Name: "Cổng nhiều liên kết", Level: "tinh", URLs: []string{srv.URL + "/"}}
				v := rules.Evaluate(rules.Input{Portal: pc, Catalog: ix.Catalog(), Index: ix, Crawl: res})
				g, a := h.end()
				cancel()
				if v.Found < 3 {
					b.Fatalf("found %d procedures, want the page's 3", v.Found)
				}
				peak, alloc = max(peak, g), max(alloc, a)
			}
			b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
			b.ReportMetric(float64(alloc)/(1<<20), "alloc-MB")
		})
	}
}
