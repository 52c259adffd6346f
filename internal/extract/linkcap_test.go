package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// floodBody is a procedure list, n plain links, then the links that must
// survive the cap whatever their place.
func floodBody(n int) string {
	var b strings.Builder
	b.WriteString(`<html><head><title>Danh sách thủ tục hành chính</title></head><body><h1>Danh sách thủ tục hành chính</h1>
<h3>Lĩnh vực Hộ tịch</h3><ul class="tthc"><li><a href="/tthc/1">Thủ tục đăng ký khai sinh</a></li></ul><div class="links">`)
	for i := range n {
		fmt.Fprintf(&b, "<a href=\"/lien-ket/%d\">Liên kết <b>%d</b></a>\n", i, i)
	}
	b.WriteString(`<script>var s = '<a href="/script">x</a>';</script>`)
	b.WriteString(`</div><p><a href="/thu-tuc-hanh-chinh/chi-tiet?id=99">Xem</a>
<a href="/xem?id=7">Đăng ký kết hôn (1.000894)</a>
<a href="/xem?id=8">Thủ tục cấp bản sao trích lục</a>
<a href="/danh-sach?page=2">2</a>
<a href="/x">Trang sau</a>
<a name="anchor-without-href">Mục lục</a>
<a href="/lien-ket/cuoi">Liên kết cuối</a></p></body></html>`)
	return b.String()
}

func TestCapLinksLeavesOrdinaryPages(t *testing.T) {
	body := []byte(floodBody(100))
	out, dropped := capLinks(body)
	assert.Zero(t, dropped)
	assert.Equal(t, &body[0], &out[0], "an ordinary page is not copied")
}

func TestCapLinksOnAFlood(t *testing.T) {
	extra := 750
	body := floodBody(MaxLinksPerPage + extra)
	px := ExtractPage("http://p.test/thu-tuc", []byte(body))
	// The list's own link is the first of the cap: MaxLinksPerPage-1 plain
	// links are read, the rest (extra+1) and the last plain one are cut.
	assert.Equal(t, extra+2, px.LinksDropped)
	require.NotEmpty(t, px.Entries)
	assert.Equal(t, "Thủ tục đăng ký khai sinh", px.Entries[0].Text)
	urls := map[string]bool{}
	for _, l := range px.Links {
		urls[l.URL] = true
	}
	assert.Len(t, px.Links, MaxLinksPerPage+5)
	assert.True(t, urls["http://p.test/lien-ket/0"])
	assert.True(t, urls[fmt.Sprintf("http://p.test/lien-ket/%d", MaxLinksPerPage-2)], "the first links are read")
	assert.False(t, urls[fmt.Sprintf("http://p.test/lien-ket/%d", MaxLinksPerPage-1)], "the plain links past the cap are not")
	assert.False(t, urls["http://p.test/lien-ket/cuoi"])
	for _, u := range []string{"http://p.test/thu-tuc-hanh-chinh/chi-tiet?id=99", "http://p.test/xem?id=7", "http://p.test/xem?id=8",
		"http://p.test/danh-sach?page=2", "http://p.test/x"} {
		assert.True(t, urls[u], "kept past the cap: %s", u)
	}
	assert.False(t, urls["http://p.test/script"], "script text is no link")
	sum := sha256.Sum256([]byte(body))
	assert.Equal(t, hex.EncodeToString(sum[:]), px.BodyHash, "the hash is the body received")
}

func TestCountAnchorTags(t *testing.T) {
	assert.Equal(t, 4, countAnchorTags([]byte(`<a href=x><A HREF=y><a>z</a><a
href=w><abbr><area href=q><b>`), 100))
	assert.Equal(t, 3, countAnchorTags([]byte(`<a ><a ><a ><a ><a >`), 2), "stops past the limit")
}

func BenchmarkCapLinks(b *testing.B) {
	body := []byte(floodBody(200_000))
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		capLinks(body)
	}
}
