package reports

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/tthcaudit/tthcaudit/internal/msg"
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
