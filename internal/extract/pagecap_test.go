package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A "Trang 2 - danh sách thủ tục hành chính" link is the list's next page,
// not a procedure; links that merely follow a "Lĩnh vực" heading outside
// any list are not procedures either.
func TestListLinksNotEntries(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<html><head><title>Danh sách thủ tục hành chính</title></head><body><h1>Danh sách thủ tục hành chính</h1>
<h3>Lĩnh vực Hộ tịch</h3><ul class="tthc"><li><a href="/tthc/1">Thủ tục đăng ký khai sinh</a></li></ul><div class="links">`)
	for i := range 50 {
		fmt.Fprintf(&b, `<a href="/lien-ket/%d">Liên kết số %d</a> `, i, i)
	}
	b.WriteString(`</div><ul class="pager"><li><a href="/thu-tuc?page=2">Trang 2 - danh sách thủ tục hành chính</a></li></ul></body></html>`)
	px := ExtractPage("http://p.test/thu-tuc", []byte(b.String()))
	require.Len(t, px.Entries, 1, "%+v", px.Entries)
	assert.Equal(t, "Thủ tục đăng ký khai sinh", px.Entries[0].Text)
	var pager *Link
	for i := range px.Links {
		if strings.HasSuffix(px.Links[i].URL, "page=2") {
			pager = &px.Links[i]
		}
	}
	require.NotNil(t, pager)
	assert.True(t, pager.Pagination)
	for _, f := range []string{"trang 2", "trang 12 danh sach thu tuc", "page 3"} {
		assert.True(t, isPageLabel(f), f)
	}
	for _, f := range []string{"trang chu", "trang thong tin dien tu", "trang"} {
		assert.False(t, isPageLabel(f), f)
	}
}
