package hostile

import (
	"bytes"
	"compress/gzip"
	"encoding/csv"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// hostilePath is the page each portal links from its start page as the
// next page of its procedure list ("2" in the pagination): the one that
// attacks the crawler. hostileDetail is the same attack served as a
// procedure's detail page.
const (
	hostilePath   = "/thu-tuc-hanh-chinh/page/2"
	hostileDetail = "/tthc-chi-tiet/thu-dich"
)

// proc is a procedure of the real national list.
type proc struct{ code, name string }

var (
	procsOnce sync.Once
	procs     []proc
	procsErr  error
)

// nationalList reads testdata/dvcqg/procedures.csv (2,929 real procedures).
func nationalList(t testing.TB) []proc {
	t.Helper()
	procsOnce.Do(func() {
		b, err := os.ReadFile("../../testdata/dvcqg/procedures.csv")
		if err != nil {
			procsErr = err
			return
		}
		rows, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
		if err != nil {
			procsErr = err
			return
		}
		for _, r := range rows[1:] {
			procs = append(procs, proc{code: r[0], name: r[1]})
		}
	})
	if procsErr != nil {
		t.Fatal(procsErr)
	}
	return procs
}

// shortest returns the n shortest-named procedures (a 50,000-row table of
// them stays under the body cap).
func shortest(t testing.TB, n int) []proc {
	ps := slices.Clone(nationalList(t))
	slices.SortStableFunc(ps, func(a, b proc) int { return len(a.name) - len(b.name) })
	return ps[:n]
}

// page wraps a body in a UTF-8 HTML page.
func page(title, body string) string {
	return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>` + html.EscapeString(title) + `</title></head><body>` + body + `</body></html>`
}

// listOf renders procedures as a grouped list of links to their pages.
func listOf(ps ...proc) string {
	var b strings.Builder
	b.WriteString(`<h3>Lĩnh vực Hộ tịch</h3><ul class="tthc">`)
	for _, p := range ps {
		fmt.Fprintf(&b, `<li><a href="/tthc/%s">%s</a></li>`, p.code, html.EscapeString(p.name))
	}
	b.WriteString(`</ul>`)
	return b.String()
}

// detail renders a procedure's detail page.
func detail(p proc) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<h1>%s</h1><table><tr><th>Mã thủ tục</th><td>%s</td></tr><tr><th>Lĩnh vực</th><td>Hộ tịch</td></tr>`, html.EscapeString(p.name), p.code)
	for _, s := range []string{"Trình tự thực hiện", "Cách thức thực hiện", "Thành phần hồ sơ", "Thời hạn giải quyết", "Đối tượng thực hiện", "Cơ quan thực hiện", "Kết quả thực hiện", "Phí, lệ phí", "Căn cứ pháp lý", "Yêu cầu, điều kiện"} {
		fmt.Fprintf(&b, `<tr><th>%s</th><td>Nội dung mục %s.</td></tr>`, s, strings.ToLower(s))
	}
	b.WriteString(`</table>`)
	return page(p.name, b.String())
}

// portal serves a small sound portal around one hostile page: a start page
// listing two procedures (the control: they must be found whatever the
// hostile page does) and linking the hostile page, their detail pages,
// a permissive robots.txt (unless robots is given), and the hostile handler.
// The start page links the hostile page as the next page of the list
// (hostilePath) or, with asDetail, as the detail page of a third procedure
// (hostileDetail).
func portal(t testing.TB, hostile http.Handler, robots http.Handler, asDetail bool) *httptest.Server {
	t.Helper()
	ps := nationalList(t)
	control := ps[:2]
	mux := http.NewServeMux()
	start := `<h1>Danh mục thủ tục hành chính</h1>` + listOf(control...) + `<div class="pagination"><a href="` + hostilePath + `">2</a></div>`
	if asDetail {
		start = `<h1>Danh mục thủ tục hành chính</h1>` + strings.Replace(listOf(control[0], control[1], ps[2]), "/tthc/"+ps[2].code, hostileDetail, 1)
	}
	mux.HandleFunc("/{$}", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, page("Thủ tục hành chính", start))
	})
	mux.HandleFunc("/muc/{n}", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, page("Mục "+r.PathValue("n"), "<p>Trang của mục.</p>"))
	})
	mux.HandleFunc("/tthc/{code}", func(w http.ResponseWriter, r *http.Request) {
		for _, p := range ps {
			if p.code == r.PathValue("code") {
				w.Header().Set("Content-Type", "text/html; charset=utf-8")
				fmt.Fprint(w, detail(p))
				return
			}
		}
		http.NotFound(w, r)
	})
	if robots == nil {
		robots = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/plain")
			fmt.Fprint(w, "User-agent: *\nDisallow: /quan-tri/\n")
		})
	}
	mux.Handle("/robots.txt", robots)
	mux.Handle(hostilePath, hostile)
	mux.Handle(hostileDetail, hostile)
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// htmlHandler serves a fixed HTML body.
func htmlHandler(body []byte) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write(body)
	})
}

var (
	bombOnce   sync.Once
	bombMember []byte
)

// bombUnit is what one gzip member of the bomb expands to; bombMembers
// members make 2 GiB.
const (
	bombUnit    = 8 << 20
	bombMembers = 256
)

// gzipBomb answers with Content-Encoding: gzip and 256 concatenated gzip
// members of 8 MiB of zeros each: about 2 MB on the wire, 2 GiB inflated.
func gzipBomb() http.Handler {
	bombOnce.Do(func() {
		var b bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&b, gzip.BestCompression)
		zeros := make([]byte, 1<<20)
		copy(zeros, "<html><body>")
		for range bombUnit >> 20 {
			_, _ = zw.Write(zeros)
			clear(zeros[:16])
		}
		_ = zw.Close()
		bombMember = b.Bytes()
	})
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Content-Encoding", "gzip")
		for range bombMembers {
			if _, err := w.Write(bombMember); err != nil {
				return
			}
		}
	})
}

// manyLinks is a list page with n links to other pages of the portal,
// one procedure among them. The pages are plain sections ("Mục 7"), which
// the crawl follows, not web links or other sections it leaves alone
// (extract.OffTopics): the flood goes through the crawl's queue.
func manyLinks(n int, p proc) http.Handler {
	var b strings.Builder
	b.WriteString(`<h1>Danh mục thủ tục hành chính (trang 2)</h1>` + listOf(p) + `<div class="links">`)
	for i := range n {
		fmt.Fprintf(&b, `<a href="/muc/%d">Mục %d</a> `, i, i)
	}
	b.WriteString(`</div>`)
	return htmlHandler([]byte(page("Danh mục thủ tục hành chính - trang 2", b.String())))
}

// deepDOM nests a procedure list in depth <div>s.
func deepDOM(depth int, p proc) http.Handler {
	var b strings.Builder
	b.WriteString(strings.Repeat(`<div class="wrap">`, depth))
	b.WriteString(listOf(p))
	b.WriteString(strings.Repeat(`</div>`, depth))
	return htmlHandler([]byte(page("Danh mục thủ tục hành chính - trang 2", b.String())))
}

// invalidUTF8 declares UTF-8 and mixes in bytes that are not: stray
// continuation bytes, truncated sequences, an overlong form, a surrogate.
func invalidUTF8(p proc) http.Handler {
	junk := "\xff\xfe\xc3\x28\xa0\xa1\xe2\x28\xa1\xf0\x28\x8c\xbc\xc0\xaf\xed\xa0\x80"
	body := page("Danh mục thủ tục hành chính - trang 2",
		`<h1>Danh mục `+junk+` thủ tục</h1>`+listOf(p)+
			`<ul class="tthc"><li><a href="/tthc/x">Đăng ký `+junk+` khai sinh `+junk+`</a></li></ul><p>`+strings.Repeat(junk, 100)+`</p>`)
	return htmlHandler([]byte(body))
}

// stopper lets handlers that would run forever notice the test is over.
type stopper struct{ done chan struct{} }

func newStopper(t testing.TB) *stopper {
	s := &stopper{done: make(chan struct{})}
	t.Cleanup(func() { close(s.done) })
	return s
}

// slowHeaders takes the connection over and sends the response head one
// byte every 100 ms (slowloris in reverse): a full head would take seconds.
func slowHeaders(s *stopper) http.Handler {
	head := "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nX-Padding: " + strings.Repeat("a", 200) + "\r\nContent-Length: 20\r\n\r\n<html><body></body>"
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		conn, buf, err := http.NewResponseController(w).Hijack()
		if err != nil {
			return
		}
		defer conn.Close()
		for i := range len(head) {
			if buf.WriteByte(head[i]) != nil || buf.Flush() != nil {
				return
			}
			select {
			case <-s.done:
				return
			case <-time.After(100 * time.Millisecond):
			}
		}
	})
}

// redirectTo answers 302 to target.
func redirectTo(target string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, target, http.StatusFound)
	})
}

// bigRobots is a 5 MB robots.txt: the rule that matters first, then
// hundreds of thousands of rules and comments.
func bigRobots() http.Handler {
	var b strings.Builder
	b.WriteString("User-agent: *\nDisallow: " + hostilePath + "\nDisallow: " + hostileDetail + "\n")
	for i := 0; b.Len() < 5<<20; i++ {
		if i%2 == 0 {
			fmt.Fprintf(&b, "Disallow: /khong-cho-phep/%d/\n", i)
		} else {
			fmt.Fprintf(&b, "# ghi chú số %d về quy tắc thu thập dữ liệu của cổng thông tin\n", i)
		}
	}
	body := []byte(b.String())
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		_, _ = w.Write(body)
	})
}

// endless streams HTML without end (no Content-Length, chunked).
func endless(s *stopper) http.Handler {
	chunk := []byte(strings.Repeat("<p>Thủ tục hành chính không bao giờ kết thúc.</p>\n", 600))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write([]byte(`<html><head><meta charset="utf-8"></head><body>`))
		for {
			select {
			case <-s.done:
				return
			case <-r.Context().Done():
				return
			default:
			}
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
}

// lyingLength declares a Content-Length of 1 MB, sends 2 KB and closes.
func lyingLength(p proc) http.Handler {
	body := page("Danh mục thủ tục hành chính - trang 2", listOf(p))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		conn, buf, err := http.NewResponseController(w).Hijack()
		if err != nil {
			return
		}
		defer conn.Close()
		fmt.Fprintf(buf, "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n%s", 1<<20, body)
		_ = buf.Flush()
	})
}

// longLine puts 1 MB of text on one line before a procedure list, with no
// line break anywhere in the page.
func longLine(p proc) http.Handler {
	var b strings.Builder
	b.WriteString(`<h1>Danh mục thủ tục hành chính (trang 2)</h1><p>`)
	for b.Len() < 1<<20 {
		b.WriteString("Cổng thông tin điện tử cung cấp thông tin về thủ tục hành chính cho người dân và doanh nghiệp ")
	}
	b.WriteString(`</p>` + listOf(p))
	return htmlHandler([]byte(page("Danh mục thủ tục hành chính - trang 2", b.String())))
}

// bigTable is one table of rows procedure rows (code, name), the names
// cycling through ps.
func bigTable(rows int, ps []proc) http.Handler {
	var b strings.Builder
	b.WriteString(`<h1>Danh mục thủ tục hành chính (trang 2)</h1><table><tr><th>STT</th><th>Mã TTHC</th><th>Tên thủ tục</th></tr>`)
	for i := range rows {
		p := ps[i%len(ps)]
		fmt.Fprintf(&b, "<tr><td>%d<td>%s<td>%s\n", i+1, p.code, html.EscapeString(p.name))
	}
	b.WriteString(`</table>`)
	return htmlHandler([]byte(page("Danh mục thủ tục hành chính - trang 2", b.String())))
}
