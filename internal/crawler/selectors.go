package crawler

import (
	"github.com/PuerkitoBio/goquery"
	"github.com/tthcaudit/tthcaudit/internal/textnorm"
	"golang.org/x/net/html/atom"
)

// selectorEntries reads the page with the portal's CSS selectors.
func (p *page) selectorEntries() {
	doc := goquery.NewDocumentFromNode(p.body)
	defer func() {
		// A selector cascadia cannot compile panics; a bad selector reads
		// nothing rather than stopping the crawl.
		_ = recover()
	}()
	doc.Find(p.sel.Item).Each(func(_ int, item *goquery.Selection) {
		nameSel := item
		if p.sel.Name != "" {
			nameSel = item.Find(p.sel.Name).First()
		}
		shown := ""
		if nameSel.Length() > 0 {
			shown = nodeText(nameSel.Get(0))
		}
		name, code := textnorm.SplitCode(trimNumbering(shown))
		if name == "" {
			return
		}
		if p.sel.Code != "" {
			if cs := item.Find(p.sel.Code).First(); cs.Length() > 0 {
				if c := textnorm.FindCode(nodeText(cs.Get(0))); c != "" {
					code = c
				}
			}
		}
		if code == "" {
			code = textnorm.FindCode(nodeText(item.Get(0)))
		}
		field := ""
		if p.sel.Field != "" {
			if fs := item.Find(p.sel.Field).First(); fs.Length() > 0 {
				field = fieldName(nodeText(fs.Get(0)))
			}
		}
		link := item.Find("a[href]").First()
		if p.sel.Link != "" {
			link = item.Find(p.sel.Link).First()
		} else if item.Get(0).DataAtom == atom.A {
			link = item
		}
		e := Entry{Text: name, Key: textnorm.Key(name), Code: code, Field: field, Kind: "selector", Truncated: isTruncated(name)}
		if href, ok := link.Attr("href"); ok {
			if u := resolveLink(p.base, href); u != nil && !isFileURL(u) && u.Fragment == "" {
				e.DetailURL = u.String()
			}
		}
		p.px.Entries = append(p.px.Entries, e)
	})
}
