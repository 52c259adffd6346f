package crawler

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/tthcaudit/tthcaudit/internal/msg"
)

// The trap portal: an endless calendar, session ids in links, a redirect
// loop, a page that hangs past the timeout, a 40 MB page, a list page that
// answers 503 once, links into a robots-disallowed folder, links and a
// redirect to another host, a spreadsheet behind an extension-less URL.
func TestTrapPortal(t *testing.T) {
	other := newFixture(t, map[string]http.HandlerFunc{})
	index := servePage(t, "trap/index.html", "")
	var failed503 atomic.Bool
	list2 := htmlPage(t, "trap/list2.html")
	var f *fixture
	f = newFixture(t, map[string]http.HandlerFunc{
		"/robots.txt": func(w http.ResponseWriter, r *http.Request) {
			fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n")
		},
		"/": func(w http.ResponseWriter, r *http.Request) {
			rec := &bufferWriter{h: http.Header{}}
			index(rec, r)
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			_, _ = w.Write([]byte(strings.ReplaceAll(rec.b.String(), "OTHERHOST", other.srv.URL)))
		},
		"/thu-tuc?page=1": htmlPage(t, "trap/list1.html"),
		"/thu-tuc?page=2": func(w http.ResponseWriter, r *http.Request) {
			if failed503.CompareAndSwap(false, true) {
				w.Header().Set("Retry-After", "0")
				http.Error(w, "busy", http.StatusServiceUnavailable)
				return
			}
			list2(w, r)
		},
		"/lich-cong-tac?month=*": func(w http.ResponseWriter, r *http.Request) {
			n, _ := strconv.Atoi(r.URL.Query().Get("month"))
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprintf(w, `<html><head><title>Lịch công tác tháng %d</title></head><body><h1>Lịch công tác tháng %d</h1>
<a href="/lich-cong-tac?month=%d">Tháng trước</a> <a href="/lich-cong-tac?month=%d">Tháng sau</a>
<a href="/lich-cong-tac?month=%d&amp;view=week">Xem theo tuần</a></body></html>`, n, n, n-1, n+1, n)
		},
		"/thu-tuc-nhanh": func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, "/thu-tuc-nhanh-2", http.StatusFound)
		},
		"/thu-tuc-nhanh-2": func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, "/thu-tuc-nhanh", http.StatusMovedPermanently)
		},
		"/ra-ngoai": func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, other.srv.URL+"/thu-tuc", http.StatusFound)
		},
		"/thu-tuc-cham": func(w http.ResponseWriter, r *http.Request) {
			select {
			case <-r.Context().Done():
			case <-time.After(3 * time.Second):
			}
		},
		"/thu-tuc-day-du": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			chunk := []byte(strings.Repeat("<p>Thủ tục hành chính rất dài</p>\n", 1024))
			for sent := 0; sent < 40<<20; sent += len(chunk) {
				if _, err := w.Write(chunk); err != nil {
					return
				}
			}
		},
		"/download?id=7": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
			_, _ = w.Write(make([]byte, 4096))
		},
	})
	opts := testOptions(f.srv.URL + "/")
	opts.MaxPages = 30
	opts.Transport = f.transport(t)
	res := crawlFixture(t, opts)

	assert.Equal(t, []string{
		"1.000656 | Thủ tục đăng ký khai tử | Hộ tịch",
		"1.000894 | Thủ tục đăng ký kết hôn | Hộ tịch",
		"1.001193 | Thủ tục đăng ký khai sinh | Hộ tịch",
		"1.010828 | Cấp trích lục hoặc sao hồ sơ người có công với cách mạng | Người có công",
		"1.010833 | Cấp giấy xác nhận thân nhân của người có công | Người có công",
		"2.001157 | Trợ cấp một lần đối với thanh niên xung phong đã hoàn thành nhiệm vụ trong kháng chiến | Người có công",
	}, summary(res))
	assert.LessOrEqual(t, res.Stats.Pages, opts.MaxPages)
	assert.Zero(t, f.hitsUnder("/private/"), "robots.txt disallows /private/")
	assert.Zero(t, other.hitsUnder("/"), "another host")
	assert.LessOrEqual(t, f.maxInflight.Load(), int64(opts.Parallelism), "requests in flight to one host")
	assert.Equal(t, 2, f.hits["/thu-tuc?page=2"], "503 once, then retried")
	assert.Equal(t, 1, f.hits["/thu-tuc?page=1"], "session ids dropped: one page")
	assert.LessOrEqual(t, f.hits["/thu-tuc-nhanh"], 2, "a redirect loop is not retried")
	assert.Equal(t, 1+2, f.hits["/thu-tuc-cham"], "hanging page tried 1+retries times")

	assert.True(t, res.Partial)
	kinds := map[string]string{}
	for _, p := range res.FailedPages {
		kinds[strings.TrimPrefix(p.URL, f.srv.URL)] = p.Kind
	}
	assert.Equal(t, map[string]string{"/thu-tuc-cham": ErrTimeout, "/thu-tuc-day-du": ErrTooLarge, "/thu-tuc-nhanh": ErrRedirect, "/ra-ngoai": ErrRedirect}, kinds)
	assert.Zero(t, res.Stats.ErrorsByKind[ErrRobots], "links robots.txt forbids are skipped, not errors")
	assert.Positive(t, res.Stats.Skipped)
	// Every error is listed: failed list pages, broken links or other pages.
	assert.Equal(t, res.Stats.Errors, len(res.FailedPages)+len(res.BrokenLinks)+len(res.PageErrors))
	// The budget ran out in the calendar, after everything else: that alone
	// does not make the crawl partial (the failed pages do).
	assert.Positive(t, f.hitsUnder("/lich-cong-tac"), "the calendar got the pages left over")
	assert.Equal(t, []msg.Note{msg.N("crawl.failed_list_pages", 4)}, res.PartialReasons)
	require.Less(t, res.Stats.Bytes, int64(4<<20), "the 40 MB page was cut at the cap")
}

// bufferWriter captures a handler's output.
type bufferWriter struct {
	h http.Header
	b strings.Builder
}

func (w *bufferWriter) Header() http.Header         { return w.h }
func (w *bufferWriter) Write(p []byte) (int, error) { return w.b.Write(p) }
func (w *bufferWriter) WriteHeader(int)             {}
