package reports

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/tthcaudit/tthcaudit/internal/msg"
	"github.com/tthcaudit/tthcaudit/internal/verdict"
	"golang.org/x/net/html"
)

func TestHTMLGolden(t *testing.T) {
	for _, lang := range []msg.Lang{msg.Vietnamese, msg.English} {
		var buf bytes.Buffer
		require.NoError(t, HTML(&buf, fixture(), lang))
		goldenFile(t, "report."+string(lang)+".html", buf.Bytes())
	}
}

func TestHTMLSelfContained(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, HTML(&buf, fixture(), msg.Vietnamese))
	out := buf.String()
	_, err := html.Parse(strings.NewReader(out))
	require.NoError(t, err)
	for _, bad := range []string{"<script", "<link", "@import", "src=", "url(", "cdn", "fonts.googleapis"} {
		assert.NotContains(t, strings.ToLower(out), bad, "no external resources or script")
	}
	assert.Contains(t, out, `<html lang="vi">`)
	assert.Contains(t, out, "@media print")
	assert.Contains(t, out, "UBND huyện Tri Tôn")
	assert.Contains(t, out, `href="https://triton.angiang.gov.vn/tthc/1010803"`, "links to pages found")
	assert.Contains(t, out, "1.010829")
	assert.Contains(t, out, `style="width: 66.6%"`, "per-portal bar")
	assert.Contains(t, out, "Không truy cập được")
}

func TestHTMLHostile(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, HTML(&buf, hostile(), msg.Vietnamese))
	out := buf.String()
	for _, raw := range []string{payloadScript, payloadAttr, "<img", "<script"} {
		assert.NotContains(t, out, raw)
	}
	assert.Contains(t, out, "&lt;script&gt;alert(1)&lt;/script&gt;", "shown as text")
	assert.Contains(t, out, "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;")

	// No link, and no attribute, may carry a script or data URL.
	doc, err := html.Parse(strings.NewReader(out))
	require.NoError(t, err)
	unsafe := regexp.MustCompile(`(?i)^\s*(javascript|data|vbscript):`)
	var walk func(n *html.Node)
	links := 0
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			assert.NotEqual(t, "script", n.Data)
			assert.NotEqual(t, "img", n.Data)
			for _, a := range n.Attr {
				assert.False(t, strings.HasPrefix(strings.ToLower(a.Key), "on"), "event handler attribute %s", a.Key)
				assert.False(t, unsafe.MatchString(a.Val), "%s=%q", a.Key, a.Val)
				if n.Data == "a" && a.Key == "href" {
					links++
					assert.Regexp(t, `^(https?://|#)`, a.Val)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	assert.Greater(t, links, 5)
	// The hostile JavaScript URL is shown as text, not linked.
	assert.NotContains(t, out, `href="javascript`)
	assert.NotContains(t, strings.ToLower(out), `href=" javascript`)
	assert.NotContains(t, out, `href="data:`)
}

func TestWebURL(t *testing.T) {
	for s, want := range map[string]bool{
		"https://a.gov.vn/x":   true,
		"http://a.gov.vn":      true,
		"HTTPS://A.GOV.VN/":    true,
		"javascript:alert(1)":  false,
		"JavaScript:alert(1)":  false,
		" javascript:alert(1)": false,
		"data:text/html,x":     false,
		"//a.gov.vn/x":         false,
		"/thu-tuc":             false,
		"":                     false,
		"https:///nohost":      false,
	} {
		assert.Equal(t, want, webURL(s), s)
	}
}

func TestHTMLUnknownLang(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, HTML(&buf, fixture(), "fr"))
	assert.Contains(t, buf.String(), `<html lang="vi">`)
}

// TestHTMLStripsControlCharacters: control characters in a portal's name,
// a procedure's name and a note never reach report.html raw, in text or
// in attributes; tabs and line breaks stay.
func TestHTMLStripsControlCharacters(t *testing.T) {
	r := fixture()
	v := &r.Portals[0]
	v.Name = "UBND\x00 huyện\x1b[31m Tri\x0cTôn\x7f\u0085\u009b"
	v.Replace(verdict.KindMissing, append(v.Of(verdict.KindMissing), verdict.Finding{Kind: verdict.KindMissing, Code: "1.009999", Name: "Thủ tục\x08 thử\x01", Field: "Lĩnh\x1fvực"}))
	v.Notes = append(v.Notes, msg.Note{Text: "ghi\x07chú"})
	for _, lang := range []msg.Lang{msg.Vietnamese, msg.English} {
		var buf bytes.Buffer
		require.NoError(t, HTML(&buf, r, lang))
		out := buf.String()
		for _, c := range out {
			if c == '\t' || c == '\n' || c == '\r' {
				continue
			}
			require.False(t, c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f), "control character %U in report.html", c)
		}
		assert.Contains(t, out, "UBND\uFFFD huyện[31m TriTôn", "NUL is html/template's U+FFFD; the rest is gone")
		assert.Contains(t, out, "Thủ tục thử")
		assert.Contains(t, out, "ghichú")
	}
}

func TestStripControls(t *testing.T) {
	for in, want := range map[string]string{
		"":                      "",
		"Tri Tôn":               "Tri Tôn",
		"a\tb\nc\r\n":           "a\tb\nc\r\n",
		"a\x00b\x1bc\x7fd":      "abcd",
		"x\u0085y\u009fz\u00a0": "xyz\u00a0",
		"bad \xff byte\x01":     "bad \xff byte",
	} {
		assert.Equal(t, want, string(StripControls([]byte(in))), "%q", in)
	}
}
