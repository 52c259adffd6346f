package render

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

func parse(t testing.TB, s string) *html.Node {
	t.Helper()
	n, err := html.Parse(strings.NewReader(s))
	require.NoError(t, err)
	return n
}

func texts(n *html.Node, tag string) []string {
	var out []string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == tag {
			out = append(out, strings.TrimSpace(itemKey(n)[:strings.IndexByte(itemKey(n), 0)]))
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return out
}

func TestMergeLists(t *testing.T) {
	tests := []struct {
		name       string
		base, next string
		tag        string
		want       []string
		added      int
	}{
		{
			name: "next page of a list",
			base: `<h1>TTHC</h1><ul><li>A</li><li>B</li></ul><p>Trang 1/2</p>`,
			next: `<h1>TTHC</h1><ul><li>C</li><li>D</li></ul><p>Trang 2/2</p>`,
			tag:  "li", want: []string{"A", "B", "C", "D"}, added: 2,
		},
		{
			name: "load more keeps the old rows: only new ones are added",
			base: `<table><tr><td>A</td></tr><tr><td>B</td></tr></table>`,
			next: `<table><tr><td>A</td></tr><tr><td>B</td></tr><tr><td>C</td></tr></table>`,
			tag:  "tr", want: []string{"A", "B", "C"}, added: 1,
		},
		{
			name: "the same list in the second table is paired by rank",
			base: `<table><tr><td>menu</td></tr></table><table><tr><td>A</td></tr></table>`,
			next: `<table><tr><td>menu</td></tr></table><table><tr><td>B</td></tr></table>`,
			tag:  "td", want: []string{"menu", "A", "B"}, added: 1,
		},
		{
			name: "a grid of cards",
			base: `<div class="grid"><div class="card">A</div><div class="card">B</div><div class="card">C</div></div>`,
			next: `<div class="grid"><div class="card">D</div><div class="card">E</div><div class="card">F</div></div>`,
			tag:  "div", want: []string{"A B C D E F"}, added: 3,
		},
		{
			name: "a list that only the later page has is left out",
			base: `<div id="app"></div>`,
			next: `<div id="app"><ul><li>A</li></ul></div>`,
			tag:  "li", want: nil, added: 0,
		},
		{
			name: "scripts are not merged",
			base: `<ul><li>A</li></ul><script>var a</script>`,
			next: `<ul><li>A</li></ul><script>var b</script>`,
			tag:  "li", want: []string{"A"}, added: 0,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, n := parse(t, tc.base), parse(t, tc.next)
			assert.Equal(t, tc.added, mergeLists(b, n))
			got := texts(b, tc.tag)
			if tc.tag == "div" {
				got = texts(b, "div")[:1]
			}
			assert.Equal(t, tc.want, got)
			assert.Zero(t, mergeLists(b, n), "merging again adds nothing")
		})
	}
}

func TestForceUTF8(t *testing.T) {
	doc := parse(t, `<html><head><meta charset="windows-1258"><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"></head><body>x</body></html>`)
	forceUTF8(doc)
	var buf bytes.Buffer
	require.NoError(t, html.Render(&buf, doc))
	assert.NotContains(t, buf.String(), "1258")
	assert.Equal(t, 2, strings.Count(buf.String(), "utf-8"))
}

func TestRenders(t *testing.T) {
	for _, tc := range []struct {
		method, url string
		want        bool
	}{
		{"GET", "https://p.example/tthc", true},
		{"", "https://p.example/tthc?page=2", true},
		{"GET", "https://p.example/robots.txt", false},
		{"GET", "https://p.example/files/QD-123.PDF", false},
		{"GET", "https://p.example/a.docx", false},
		{"HEAD", "https://p.example/tthc", false},
		{"POST", "https://p.example/tthc", false},
		{"GET", "ftp://p.example/tthc", false},
	} {
		req, err := newRequest(tc.method, tc.url)
		require.NoError(t, err)
		assert.Equal(t, tc.want, renders(req), "%s %s", tc.method, tc.url)
	}
}

func FuzzMergeLists(f *testing.F) {
	f.Add(`<ul><li>A</li></ul>`, `<ul><li>B</li><li>A</li></ul>`)
	f.Add(`<table><tr><td>x</td></tr></table>`, `<div><div>a</div><div>a</div><div>b</div></div>`)
	f.Add(``, `<body><ol><li><a href="/x">x</a></li></ol>`)
	f.Fuzz(func(t *testing.T, a, b string) {
		base, err := html.Parse(strings.NewReader(a))
		if err != nil {
			return
		}
		next, err := html.Parse(strings.NewReader(b))
		if err != nil {
			return
		}
		mergeLists(base, next)
		if n := mergeLists(base, next); n != 0 {
			t.Fatalf("second merge added %d items", n)
		}
		var buf bytes.Buffer
		if err := html.Render(&buf, base); err != nil {
			t.Fatal(err)
		}
	})
}

func TestSetBase(t *testing.T) {
	doc := parse(t, `<html><head><title>x</title></head><body></body></html>`)
	setBase(doc, "https://p.example/tthc/danh-sach")
	var buf bytes.Buffer
	require.NoError(t, html.Render(&buf, doc))
	assert.Contains(t, buf.String(), `<head><base href="https://p.example/tthc/danh-sach"/><title>`)
	setBase(doc, "https://other.example/")
	buf.Reset()
	require.NoError(t, html.Render(&buf, doc))
	assert.NotContains(t, buf.String(), "other.example", "an existing base is kept")
}

func TestSameDoc(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"http://p.example/", "http://p.example", true},
		{"http://p.example/tthc", "http://p.example/tthc#list", true},
		{"http://P.example/tthc?q=th%E1%BB%A7", "http://p.example/tthc?q=thủ", true},
		{"http://p.example/tthc?page=2", "http://p.example/tthc?page=3", false},
		{"http://p.example/a", "http://p.example/b", false},
	} {
		assert.Equal(t, tc.want, sameDoc(tc.a, tc.b), "%s %s", tc.a, tc.b)
	}
}
