package extract

import (
	"github.com/PuerkitoBio/goquery"
	"github.com/tthcaudit/tthcaudit/internal/textnorm"
	"github.com/tthcaudit/tthcaudit/internal/weburl"
	"golang.org/x/net/html/atom"
)

// selectors reads list pages with the portal's configured CSS selectors
// (config.Selectors), for portals the heuristics cannot read. It applies
// whenever the portal configures an item selector, and comes first.
type selectors struct{}

func init() { Register(selectors{}, OrderSelectors) }

func (selectors) Name() string { return "selectors" }

func (selectors) Applies(p *Page) bool { return p.sel != nil && p.sel.Item != "" }

func (selectors) Extract(p *Page) { p.selectorEntries() }

// selectorEntries reads the page with the portal's CSS selectors.
func (p *Page) selectorEntries() {
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
			if u := p.resolve(href); u != nil && !weburl.IsFile(u) && u.Fragment == "" {
				e.DetailURL = u.String()
			}
		}
		p.Add(e)
	})
}
