package extract

import (
	"strings"

	"github.com/tthcaudit/tthcaudit/internal/weburl"

	"github.com/tthcaudit/tthcaudit/internal/textnorm"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// listItem is one <li> with the context it was found in.
type listItem struct {
	n       *html.Node
	field   string // the "Lĩnh vực" heading in force
	news    bool   // under a news heading
	newsBox bool   // inside an element classed as news
}

// itemCandidate is a list item without a link that may name a procedure.
type itemCandidate struct {
	it         *listItem
	name, code string
}

// textItemEntries reads list items that name a procedure without linking
// to it: plain text ("1.001257 Đăng ký khai sinh") or a link that leads
// nowhere ("#", "javascript:"). Hash-route links are links, read by
// listEntries. Without a link nothing but the context tells a procedure
// from any other bullet, so an item counts only with a code and a
// procedure context (a procedure page, a "Lĩnh vực" heading, or a list in
// which at least two items carry a code), or under a "Lĩnh vực" heading.
func (p *Page) textItemEntries() {
	var cands []itemCandidate
	coded := map[*html.Node]int{} // list element → items with a code
	for _, it := range p.items {
		if it.news || it.newsBox && !p.px.ProcedurePage || p.insideConsumed(it.n) {
			continue
		}
		if hasDescendant(it.n, atom.Li) || hasDescendant(it.n, atom.Ul) || hasDescendant(it.n, atom.Ol) || hasDescendant(it.n, atom.Table) {
			continue // a menu with sub-menus, or a list of lists
		}
		if p.hasRealLink(it.n) {
			continue
		}
		text := limitedText(it.n, 500)
		if len(text) >= 500 {
			continue // a paragraph, not a name
		}
		name, code := textnorm.SplitCode(trimNumbering(text))
		name = strings.TrimSpace(strings.Trim(name, "-–—:|"))
		f := fold(name)
		if !enoughWords(f) || isCategoryText(f) {
			continue
		}
		cands = append(cands, itemCandidate{it: it, name: name, code: code})
		if code != "" {
			coded[it.n.Parent]++
		}
	}
	seen := map[string]bool{}
	for _, e := range p.px.Entries {
		seen[e.Key] = true
	}
	for _, c := range cands {
		field := c.it.field
		ok := field != "" || c.code != "" && (p.px.ProcedurePage || coded[c.it.n.Parent] >= 2)
		if !ok {
			continue
		}
		key := textnorm.Key(c.name)
		if seen[key] {
			continue
		}
		seen[key] = true
		p.Add(Entry{
			Text: c.name, Key: key, Code: c.code, Field: field, Truncated: isTruncated(c.name), Kind: "list",
		})
	}
}

// isCategoryText reports whether folded text names a list or category of
// procedures rather than one.
func isCategoryText(f string) bool {
	for _, w := range categoryWords {
		if strings.HasPrefix(f, w) {
			return true
		}
	}
	return false
}

// insideConsumed reports whether n or an element above it was read as part
// of a procedure table.
func (p *Page) insideConsumed(n *html.Node) bool {
	for a := n; a != nil && a != p.body; a = a.Parent {
		if p.consumed[a] {
			return true
		}
	}
	return false
}

// hasRealLink reports whether n holds a link to a web page (hash routes
// included), which listEntries reads.
func (p *Page) hasRealLink(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.A || c.DataAtom == atom.Area {
			// An action link (a vote, a print button) is a link too: the
			// item is not a bare text item, and the link is never followed.
			if u, act := weburl.ResolveLink(p.base, attr(c, "href")); u != nil || act != nil {
				return true
			}
		}
		if p.hasRealLink(c) {
			return true
		}
	}
	return false
}

// cardNameClasses mark the element holding a procedure's name in a card
// (class words, lower case): "tthc-name", "ten-thu-tuc", "title".
var cardNameClasses = []string{"name", "ten-", "tentthc", "title", "tieu-de", "tieude"}

// cardClasses mark a procedure card around it.
var cardClasses = []string{"tthc", "thu-tuc", "thutuc", "procedure", "dvc"}

// maxCardText bounds a card's text: more is a region of the page.
const maxCardText = 1500

// maxCardDepth is how far above the name its card may be.
const maxCardDepth = 3

// cardNameEntries reads cards that show a procedure's name without a link
// ("<div class=tthc-item><p class=tthc-name>…</p><p>Mã: …</p></div>"),
// on a page about procedures only: a name element inside a card whose
// class says procedure.
func (p *Page) cardNameEntries() {
	if !p.px.ProcedurePage || p.body == nil {
		return
	}
	seen := map[string]bool{}
	for _, e := range p.px.Entries {
		seen[e.Key] = true
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || skipAtoms[c.DataAtom] || c.DataAtom == atom.A {
				continue
			}
			if c.DataAtom != atom.H1 && classHas(c, cardNameClasses...) && !p.insideConsumed(c) && !p.hasRealLink(c) {
				if card := cardAround(c); card != nil {
					p.addCard(c, card, seen)
					continue
				}
			}
			walk(c)
		}
	}
	walk(p.body)
}

// cardAround is the procedure card within maxCardDepth above n, nil for
// none.
func cardAround(n *html.Node) *html.Node {
	a := n.Parent // the name element may carry the card's word itself
	for d := 0; d < maxCardDepth && a != nil; d++ {
		if classHas(a, cardClasses...) && a.DataAtom != atom.Body {
			return a
		}
		a = a.Parent
	}
	return nil
}

// addCard adds the procedure a card names, once per name.
func (p *Page) addCard(nameEl, card *html.Node, seen map[string]bool) {
	text := limitedText(nameEl, 500)
	if len(text) >= 500 {
		return
	}
	name, code := textnorm.SplitCode(trimNumbering(text))
	f := fold(name)
	if !enoughWords(f) || isCategoryText(f) || !PlausibleName(name) || siteName(name) {
		return // "Cổng Dịch vụ công tỉnh" titles the site, not a card
	}
	ctext := limitedText(card, maxCardText)
	if len(ctext) >= maxCardText {
		return // a page region, not one procedure's card
	}
	key := textnorm.Key(name)
	if seen[key] {
		return
	}
	seen[key] = true
	if code == "" {
		code = labelledCode(ctext)
	}
	p.Add(Entry{Text: name, Key: key, Code: code, Field: labelValue(ctext, "lĩnh vực"), Truncated: isTruncated(name), Kind: "card"})
}
