package extract

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// A page nested deeper than html.Parse allows is flattened and read, not
// dropped as empty.
func TestExtractDeepDOM(t *testing.T) {
	for _, tc := range []struct {
		name, open, close string
		field             string
	}{
		{"divs", `<div class="wrap">`, `</div>`, "Hộ tịch"},
		{"spans and divs", `<div><span>`, `</span></div>`, "Hộ tịch"},
		// Lists nested past the limit lose their structure, not their links.
		{"lists", `<ul><li>`, `</li></ul>`, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			body := `<html><head><title>Danh mục thủ tục hành chính</title></head><body>` +
				strings.Repeat(tc.open, 5000) +
				`<h3>Lĩnh vực Hộ tịch</h3><ul class="tthc"><li><a href="/tthc/1">Thủ tục đăng ký khai sinh</a></li></ul>` +
				strings.Repeat(tc.close, 5000) + `</body></html>`
			_, err := html.Parse(strings.NewReader(body))
			require.Error(t, err, "the page must be too deep for html.Parse")
			px := Extract("http://p.test/", []byte(body), Options{ContentType: "text/html; charset=utf-8", ForCrawl: true})
			require.NoError(t, px.ParseErr)
			require.Len(t, px.Entries, 1)
			assert.Equal(t, "Thủ tục đăng ký khai sinh", px.Entries[0].Text)
			assert.Equal(t, tc.field, px.Entries[0].Field)
		})
	}
}

// flatten keeps a shallow page as it is.
func TestFlattenShallow(t *testing.T) {
	in := `<html><head><title>T</title></head><body><div><p>a<br>b</p><a href="/x">x</a></div></body></html>`
	assert.Equal(t, in, string(flatten([]byte(in), flattenDepth)))
}

func FuzzFlatten(f *testing.F) {
	f.Add([]byte(strings.Repeat("<div>", 600) + "x" + strings.Repeat("</div>", 600)))
	f.Add([]byte(strings.Repeat("<table><tr><td>", 300)))
	f.Add([]byte(`<a href="/x"><b>y</a></b><script>if (a<b) {}</script>`))
	f.Fuzz(func(t *testing.T, b []byte) {
		out := flatten(b, flattenDepth)
		if _, err := html.Parse(bytes.NewReader(out)); err != nil {
			t.Fatalf("flattened page does not parse: %v", err)
		}
	})
}

// A section row whose value is blank (spaces, &nbsp;, zero-width) does not
// count as present; one with text does, however long.
func TestSectionValueBlank(t *testing.T) {
	body := `<html><head><title>Chi tiết thủ tục</title></head><body><h1>Thủ tục đăng ký khai sinh</h1><table>
<tr><td>Mã thủ tục:</td><td>1.001193</td></tr>
<tr><td>Trình tự thực hiện:</td><td>` + strings.Repeat("Bước một nộp hồ sơ tại bộ phận một cửa. ", 200) + `</td></tr>
<tr><td>Cách thức thực hiện:</td><td>Trực tiếp</td></tr>
<tr><td>Thành phần hồ sơ:</td><td>&nbsp; &nbsp;</td></tr>
<tr><td>Thời hạn giải quyết:</td><td>` + "\u200b \u00a0" + `</td></tr>
<tr><td>Phí, lệ phí:</td><td>&amp;nbsp;</td></tr>
</table></body></html>`
	px := ExtractPage("http://p.test/tthc/1", []byte(body))
	require.NotNil(t, px.Detail)
	assert.Equal(t, "1.001193", px.Detail.Code)
	assert.Contains(t, px.Detail.Sections, StandardSections[0])
	assert.Contains(t, px.Detail.Sections, StandardSections[1])
	for _, sec := range px.Detail.Sections {
		assert.NotContains(t, []string{"Thành phần hồ sơ", "Thời hạn giải quyết"}, sec)
	}
}
