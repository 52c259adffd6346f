package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"html"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/require"
)

// changingPortal is a fixture portal whose published procedures the test
// changes between audits. It answers conditional requests (ETag and
// Last-Modified) and counts every byte it writes to its connections.
type changingPortal struct {
	srv *httptest.Server

	mu        sync.Mutex
	published map[string]string // code -> name as published
	// hold, when set, is closed by the first request for /tthc/hold and
	// that request then waits until the test ends.
	hold chan struct{}
	done chan struct{}

	bytes    atomic.Int64
	requests atomic.Int64
	notMod   atomic.Int64
}

// countingListener counts the bytes written on its connections.
type countingListener struct {
	net.Listener
	n *atomic.Int64
}

func (l countingListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	return countingConn{Conn: c, n: l.n}, nil
}

type countingConn struct {
	net.Conn
	n *atomic.Int64
}

func (c countingConn) Write(b []byte) (int, error) {
	n, err := c.Conn.Write(b)
	c.n.Add(int64(n))
	return n, err
}

func newChangingPortal(t *testing.T, published map[string]string) *changingPortal {
	p := &changingPortal{published: published, done: make(chan struct{})}
	p.srv = httptest.NewUnstartedServer(http.HandlerFunc(p.serve))
	p.srv.Listener = countingListener{Listener: p.srv.Listener, n: &p.bytes}
	p.srv.Start()
	t.Cleanup(func() { close(p.done); p.srv.Close() })
	return p
}

func (p *changingPortal) set(published map[string]string) {
	p.mu.Lock()
	p.published = published
	p.mu.Unlock()
}

// filler makes pages the size of a real portal's (a few KB of layout).
var filler = strings.Repeat(`<div class="footer-links"><a href="/lien-he">Liên hệ</a> · Trang thông tin điện tử xã Thử Nghiệm, tỉnh An Giang. Địa chỉ: ấp Trung Bình, điện thoại (0296) 3 000 000.</div>`+"\n", 30)

func (p *changingPortal) serve(w http.ResponseWriter, r *http.Request) {
	p.requests.Add(1)
	p.mu.Lock()
	pub := p.published
	hold := p.hold
	p.mu.Unlock()
	var body string
	switch {
	case r.URL.Path == "/robots.txt":
		body = "User-agent: *\nDisallow: /quan-tri/\n"
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	case r.URL.Path == "/tthc" || r.URL.Path == "/tthc/":
		codes := make([]string, 0, len(pub))
		for c := range pub {
			codes = append(codes, c)
		}
		sort.Strings(codes)
		var rows strings.Builder
		for i, c := range codes {
			fmt.Fprintf(&rows, "<tr><td>%d</td><td>%s</td><td><a href=\"/tthc/%s\">%s</a></td><td>Người có công</td></tr>\n", i+1, c, c, html.EscapeString(pub[c]))
		}
		if hold != nil {
			rows.WriteString(`<tr><td>99</td><td>1.999999</td><td><a href="/tthc/hold">Thủ tục đang tải</a></td><td>Người có công</td></tr>` + "\n")
		}
		body = page("Thủ tục hành chính cấp xã", `<table class="table"><thead><tr><th>STT</th><th>Mã TTHC</th><th>Tên thủ tục</th><th>Lĩnh vực</th></tr></thead><tbody>`+"\n"+rows.String()+"</tbody></table>")
	case r.URL.Path == "/tthc/hold" && hold != nil:
		p.mu.Lock()
		if p.hold != nil {
			close(p.hold)
			p.hold = nil
		}
		p.mu.Unlock()
		select {
		case <-p.done:
		case <-r.Context().Done():
		}
		return
	case strings.HasPrefix(r.URL.Path, "/tthc/"):
		code := strings.TrimPrefix(r.URL.Path, "/tthc/")
		name, ok := pub[code]
		if !ok {
			http.NotFound(w, r)
			return
		}
		body = page(name, fmt.Sprintf(`<h2>%s</h2><table class="detail">
<tr><th>Mã thủ tục</th><td>%s</td></tr>
<tr><th>Lĩnh vực</th><td>Người có công</td></tr>
<tr><th>Cấp thực hiện</th><td>Cấp Xã</td></tr>
<tr><th>Trình tự thực hiện</th><td>Bước 1: nộp hồ sơ tại Bộ phận một cửa.</td></tr>
<tr><th>Cách thức thực hiện</th><td>Trực tiếp hoặc qua bưu chính.</td></tr>
<tr><th>Thành phần hồ sơ</th><td>Đơn đề nghị.</td></tr>
<tr><th>Thời hạn giải quyết</th><td>05 ngày làm việc.</td></tr>
<tr><th>Phí, lệ phí</th><td>Không.</td></tr>
<tr><th>Căn cứ pháp lý</th><td>Nghị định 131/2021/NĐ-CP.</td></tr>
</table>`, html.EscapeString(name), code))
	case r.URL.Path == "/":
		body = page("Trang chủ", `<p><a href="/tthc">Thủ tục hành chính</a></p>`)
	default:
		http.NotFound(w, r)
		return
	}
	sum := sha256.Sum256([]byte(body))
	etag := `"` + hex.EncodeToString(sum[:8]) + `"`
	w.Header().Set("ETag", etag)
	w.Header().Set("Last-Modified", "Mon, 02 Nov 2026 01:00:00 GMT")
	if w.Header().Get("Content-Type") == "" {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
	}
	if r.Header.Get("If-None-Match") == etag {
		p.notMod.Add(1)
		w.WriteHeader(http.StatusNotModified)
		return
	}
	_, _ = w.Write([]byte(body))
}

func page(title, main string) string {
	return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>` + html.EscapeString(title) + `</title></head><body>
<header><nav><a href="/">Trang chủ</a> <a href="/tthc">Thủ tục hành chính</a></nav></header>
<main><h1>` + html.EscapeString(title) + `</h1>
` + main + `
</main><footer>` + filler + `</footer></body></html>`
}

// fixtureCatalog: five active procedures of the commune level and one
// abolished.
const fixtureCatalog = `Mã TTHC,Tên thủ tục,Lĩnh vực,Cấp thực hiện,Trạng thái
1.010801,Cấp giấy xác nhận thân nhân của người có công,Người có công,Cấp Xã,Còn hiệu lực
1.010802,Giải quyết chế độ mai táng phí đối với cựu chiến binh,Người có công,Cấp Xã,Còn hiệu lực
1.010803,Đính chính thông tin trên bia mộ liệt sĩ,Người có công,Cấp Xã,Còn hiệu lực
1.010804,Hưởng trợ cấp khi người có công đang hưởng trợ cấp ưu đãi từ trần,Người có công,Cấp Xã,Còn hiệu lực
1.010805,Thăm viếng mộ liệt sĩ,Người có công,Cấp Xã,Còn hiệu lực
1.010899,Cấp giấy chứng nhận gia đình liệt sĩ theo mẫu cũ,Người có công,Cấp Xã,Đã bãi bỏ
`

// catalogName is the catalogue's name of a fixture code.
var catalogName = map[string]string{
	"1.010801": "Cấp giấy xác nhận thân nhân của người có công",
	"1.010802": "Giải quyết chế độ mai táng phí đối với cựu chiến binh",
	"1.010803": "Đính chính thông tin trên bia mộ liệt sĩ",
	"1.010804": "Hưởng trợ cấp khi người có công đang hưởng trợ cấp ưu đãi từ trần",
	"1.010805": "Thăm viếng mộ liệt sĩ",
	"1.010899": "Cấp giấy chứng nhận gia đình liệt sĩ theo mẫu cũ",
}

// publishing returns the published map of codes, by their catalogue names
// unless renamed.
func publishing(renamed map[string]string, codes ...string) map[string]string {
	m := map[string]string{}
	for _, c := range codes {
		m[c] = catalogName[c]
		if n := renamed[c]; n != "" {
			m[c] = n
		}
	}
	return m
}

// writeFixtureConfig writes the catalogue and a configuration for the
// portal at url, with extra YAML appended, and returns the config path.
func writeFixtureConfig(t *testing.T, url, extra string) string {
	t.Helper()
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "catalog.csv"), []byte(fixtureCatalog), 0o644))
	yaml := fmt.Sprintf(`catalog: catalog.csv
defaults:
  delay: 1ms
  timeout: 5s
  retries: 0
  parallelism: 2
portals:
  - id: xa-thu
    name: UBND xã Thử Nghiệm
    level: xa
    urls: ["%s/tthc"]
    contact: "cntt@xathu.example.gov.vn"
%s`, url, extra)
	path := filepath.Join(dir, "audit.yaml")
	require.NoError(t, os.WriteFile(path, []byte(yaml), 0o644))
	return path
}
