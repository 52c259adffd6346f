package crawler

import (
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/tthcaudit/tthcaudit/internal/extract"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A page with more than MaxEntriesPerPage entries gives the first ones and
// says in the Result how many it left.
func TestEntriesCapPerPage(t *testing.T) {
	extra := 7
	var b strings.Builder
	b.WriteString(`<html><head><title>Danh mục thủ tục hành chính</title></head><body><table><tr><th>STT</th><th>Tên thủ tục</th></tr>`)
	for i := range MaxEntriesPerPage + extra {
		fmt.Fprintf(&b, "<tr><td>%d<td>Thủ tục cấp giấy phép số %d\n", i+1, i+1)
	}
	b.WriteString(`</table></body></html>`)
	body := b.String()
	f := newFixture(t, map[string]http.HandlerFunc{
		"/": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			_, _ = w.Write([]byte(body))
		},
	})
	opts := testOptions(f.srv.URL + "/")
	opts.MaxBodyBytes = 8 << 20
	res := crawlFixture(t, opts)
	assert.Len(t, res.Entries, MaxEntriesPerPage)
	require.Len(t, res.Notes, 1)
	assert.Contains(t, res.Notes[0].String(), fmt.Sprintf("bỏ qua %d mục", extra))
	assert.False(t, res.Partial)
}

// A list page robots.txt forbids (a start page, the next page of a list)
// is a failed page: the crawl is partial. A forbidden page that merely
// speaks of procedures (a search) is only counted.
func TestRobotsForbiddenListPage(t *testing.T) {
	list := func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write([]byte(`<html><head><title>Danh sách thủ tục hành chính</title></head><body><h1>Danh sách thủ tục hành chính</h1>
<h3>Lĩnh vực Hộ tịch</h3><ul><li><a href="/tthc/1">Thủ tục đăng ký khai sinh</a></li></ul>
<p><a href="/cam/tim-kiem-thu-tuc">Tìm kiếm thủ tục hành chính</a></p>
<ul class="pager"><li><a href="/cam/thu-tuc?page=2">2</a></li></ul></body></html>`))
	}
	f := newFixture(t, map[string]http.HandlerFunc{
		"/robots.txt": func(w http.ResponseWriter, r *http.Request) {
			_, _ = w.Write([]byte("User-agent: *\nDisallow: /cam/\n"))
		},
		"/":       list,
		"/tthc/1": detailPage("Thủ tục đăng ký khai sinh", "1.001193", "Hộ tịch"),
	})
	res := crawlFixture(t, testOptions(f.srv.URL+"/", f.srv.URL+"/cam/start"))
	kinds := map[string]string{}
	for _, p := range res.FailedPages {
		kinds[strings.TrimPrefix(p.URL, f.srv.URL)] = p.Kind
	}
	assert.Equal(t, map[string]string{"/cam/start": ErrRobots, "/cam/thu-tuc?page=2": ErrRobots}, kinds)
	assert.True(t, res.Partial)
	assert.Equal(t, 2, res.Stats.ErrorsByKind[ErrRobots], "the start page and the next page are errors")
	assert.Equal(t, 2, res.Stats.Errors, "the search page robots.txt forbids is skipped, not an error")
	assert.Positive(t, res.Stats.Skipped)
	assert.Empty(t, res.PageErrors, "nothing else failed")
	assert.Zero(t, f.hitsUnder("/cam/"))
}

// A page with more links than MaxLinksPerPage: the procedure linked after
// the flood is still found, the plain links past the cap are never
// queued, and a note says how many were skipped.
func TestLinkFloodCapped(t *testing.T) {
	extra := 2000
	var b strings.Builder
	b.WriteString(`<html><head><title>Danh mục thủ tục hành chính</title></head><body><h1>Danh mục thủ tục hành chính</h1><div>`)
	for i := range extract.MaxLinksPerPage + extra {
		fmt.Fprintf(&b, `<a href="/lien-ket/%d">%d</a> `, i, i)
	}
	b.WriteString(`</div><h3>Lĩnh vực Hộ tịch</h3><ul><li><a href="/tthc/1">Thủ tục đăng ký khai sinh</a></li></ul></body></html>`)
	body := b.String()
	f := newFixture(t, map[string]http.HandlerFunc{
		"/": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			_, _ = w.Write([]byte(body))
		},
		"/tthc/1": detailPage("Thủ tục đăng ký khai sinh", "1.001193", "Hộ tịch"),
	})
	opts := testOptions(f.srv.URL + "/")
	opts.MaxPages = 5
	res := crawlFixture(t, opts)
	found := false
	for _, e := range res.Entries {
		found = found || strings.Contains(e.Text, "đăng ký khai sinh")
	}
	assert.True(t, found, "the procedure after the flood is read")
	var notes []string
	for _, n := range res.Notes {
		notes = append(notes, n.String())
	}
	assert.Contains(t, strings.Join(notes, "\n"), fmt.Sprintf("bỏ qua %d liên kết khác", extra))
	assert.Zero(t, f.hitsUnder(fmt.Sprintf("/lien-ket/%d", extract.MaxLinksPerPage)), "a link past the cap is never fetched")
}
