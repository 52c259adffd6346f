package crawler

import (
	"errors"
	"net/http"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
)

// hostGuard refuses and records every request to a host but the fixture's.
type hostGuard struct {
	next  http.RoundTripper
	allow string
	mu    sync.Mutex
	asked []string
}

func (g *hostGuard) RoundTrip(req *http.Request) (*http.Response, error) {
	if req.URL.Host != g.allow {
		g.mu.Lock()
		g.asked = append(g.asked, req.URL.String())
		g.mu.Unlock()
		return nil, errors.New("off-site request")
	}
	return g.next.RoundTrip(req)
}

// A commune that publishes by linking to the national public-service
// portal: the links are never followed, and each entry keeps its link for
// the rules to judge publication by link.
func TestOffSiteProcedureLinksKeptNotCrawled(t *testing.T) {
	page := `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Thủ tục hành chính</title></head><body>
<h1>Thủ tục hành chính cấp xã</h1>
<h3>Lĩnh vực Hộ tịch</h3>
<ul>
<li><a href="https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-4e00-7000-8000-000000000016">Thủ tục đăng ký khai sinh</a></li>
<li><a href="https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.000894">Thủ tục đăng ký kết hôn</a></li>
<li><a href="https://dichvucong.angiang.gov.vn/thu-tuc-hanh-chinh/1.000656">Thủ tục đăng ký khai tử</a></li>
</ul></body></html>`
	f := newFixture(t, map[string]http.HandlerFunc{
		"/thu-tuc-hanh-chinh": func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			_, _ = w.Write([]byte(page))
		},
	})
	g := &hostGuard{next: f.transport(t), allow: strings.TrimPrefix(f.srv.URL, "http://")}
	opts := testOptions(f.srv.URL + "/thu-tuc-hanh-chinh")
	opts.Transport = g
	res := crawlFixture(t, opts)
	assert.Empty(t, g.asked, "no request leaves the portal")
	assert.Empty(t, res.BrokenLinks)
	links := map[string]string{}
	for _, e := range res.Entries {
		links[e.Text] = e.DetailURL
	}
	assert.Equal(t, map[string]string{
		"Thủ tục đăng ký khai sinh": "https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-4e00-7000-8000-000000000016",
		"Thủ tục đăng ký kết hôn":   "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.000894",
		"Thủ tục đăng ký khai tử":   "https://dichvucong.angiang.gov.vn/thu-tuc-hanh-chinh/1.000656",
	}, links)
	// Minimal: the start page, which is the list; its entries are on
	// other hosts.
	assertNearMinimal(t, f, 1)
}
