package extract

import (
	"bytes"
	"html"
	"net/url"
	"strings"

	xhtml "golang.org/x/net/html"

	"github.com/tthcaudit/tthcaudit/internal/weburl"
)

// MaxLinksPerPage is how many links of a page are read in document order.
// Past it, only links that look like a procedure or the next page of a
// list are kept (at most MaxEntriesPerPage of them); the others are cut
// from the page before it is parsed, so that a page of 200,000 links
// (a link farm, a hacked portal, an endless sitemap) costs the audit about
// what an ordinary page does: its parse tree, its links and the crawl's
// queue stay bounded. PageExtract.LinksDropped counts what was cut.
const MaxLinksPerPage = 10_000

// maxLinkText is the most of a link's markup held while deciding whether
// to keep it; a longer link is kept.
const maxLinkText = 4 << 10

// capLinks returns body without the <a> elements past MaxLinksPerPage that
// look like neither a procedure nor a list's next page, and how many it
// cut. A body with fewer <a> tags than the cap is returned as is, after a
// byte scan.
func capLinks(body []byte) ([]byte, int) {
	if countAnchorTags(body, MaxLinksPerPage) <= MaxLinksPerPage {
		return body, 0
	}
	out := bytes.NewBuffer(make([]byte, 0, len(body)/4))
	z := xhtml.NewTokenizer(bytes.NewReader(body))
	var (
		seen, beyond, dropped int
		pending               []byte // the markup of the <a> being judged
		href                  string
		text                  []byte
		judging               bool
	)
	decide := func() {
		if !judging {
			return
		}
		judging = false
		if beyond < MaxEntriesPerPage && linkWorthKeeping(href, html.UnescapeString(string(text))) {
			beyond++
			out.Write(pending)
		} else {
			dropped++
		}
		pending, text = pending[:0], text[:0]
	}
	for {
		tt := z.Next()
		if tt == xhtml.ErrorToken {
			decide()
			break
		}
		raw := z.Raw()
		isA := false
		if tt == xhtml.StartTagToken || tt == xhtml.EndTagToken {
			name, _ := z.TagName()
			isA = len(name) == 1 && name[0] == 'a'
		}
		if isA && tt == xhtml.StartTagToken {
			decide() // an <a> closes the one before it
			h := anchorHref(z)
			if h == "" {
				out.Write(raw)
				continue
			}
			seen++
			if seen <= MaxLinksPerPage {
				out.Write(raw)
				continue
			}
			judging, href = true, h
			pending = append(pending, raw...)
			continue
		}
		if !judging {
			out.Write(raw)
			continue
		}
		pending = append(pending, raw...)
		if tt == xhtml.TextToken && len(text) < 512 {
			text = append(text, raw...)
		}
		switch {
		case isA && tt == xhtml.EndTagToken:
			decide()
		case len(pending) > maxLinkText:
			// Not a link of a link farm: keep it whole.
			judging = false
			out.Write(pending)
			pending, text = pending[:0], text[:0]
		}
	}
	return out.Bytes(), dropped
}

// anchorHref is the href of the <a> start tag the tokenizer is on.
func anchorHref(z *xhtml.Tokenizer) string {
	for {
		k, v, more := z.TagAttr()
		if string(k) == "href" {
			return strings.TrimSpace(string(v))
		}
		if !more {
			return ""
		}
	}
}

// linkWorthKeeping reports whether a link past the cap may matter to the
// audit: the tests links() makes for Procedure and Pagination (the same
// functions), short of an entry's detail link.
func linkWorthKeeping(href, text string) bool {
	if weburl.LooksProcedure(href) {
		return true
	}
	// Only a path with /page/ or a query can page through a list.
	if strings.ContainsAny(href, "?") || strings.Contains(strings.ToLower(href), "/page/") {
		if u, err := url.Parse(href); err == nil && pagesList(u) {
			return true
		}
	}
	text = strings.TrimSpace(text)
	f := fold(text)
	return namesProcedure(text, f) || namesPage(text, f)
}

// countAnchorTags counts "<a" followed by a blank or ">" (any case), up to
// limit+1: a cheap upper bound of the page's links.
func countAnchorTags(b []byte, limit int) int {
	n := 0
	for i := 0; n <= limit; {
		j := bytes.IndexByte(b[i:], '<')
		if j < 0 {
			break
		}
		i += j + 1
		if i+1 < len(b) && (b[i] == 'a' || b[i] == 'A') {
			switch b[i+1] {
			case ' ', '\t', '\n', '\r', '\f', '>', '/':
				n++
			}
		}
	}
	return n
}
