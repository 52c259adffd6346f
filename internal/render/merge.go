package render

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A list read page by page in the browser shows one page of rows at a time.
// mergeLists keeps the first page's document and appends to each of its
// lists the rows of a later page's document that it does not hold yet, so
// that the crawler reads the whole list from one document.

// mergeLists appends to the lists of base the items of the same lists in
// next that base lacks, and returns how many it appended. Lists are found
// by their place in the document (the same path of tags from the root).
func mergeLists(base, next *html.Node) int {
	bb, nb := findBody(base), findBody(next)
	if bb == nil || nb == nil {
		return 0
	}
	return mergeNode(bb, nb)
}

func findBody(n *html.Node) *html.Node {
	if n == nil {
		return nil
	}
	if n.Type == html.ElementNode && n.DataAtom == atom.Body {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if b := findBody(c); b != nil {
			return b
		}
	}
	return nil
}

func mergeNode(b, n *html.Node) int {
	if isList(n) && isList(b) {
		have := map[string]bool{}
		for c := b.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode {
				have[itemKey(c)] = true
			}
		}
		added := 0
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			k := itemKey(c)
			if k == "" || have[k] {
				continue
			}
			have[k] = true
			b.AppendChild(cloneNode(c))
			added++
		}
		return added
	}
	// Pair the element children by tag and rank among same-tag siblings.
	rank := func(p *html.Node) map[string][]*html.Node {
		m := map[string][]*html.Node{}
		for c := p.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && !skipMerge[c.DataAtom] {
				m[c.Data] = append(m[c.Data], c)
			}
		}
		return m
	}
	bm, nm := rank(b), rank(n)
	added := 0
	for tag, ns := range nm {
		bs := bm[tag]
		for i := 0; i < len(ns) && i < len(bs); i++ {
			added += mergeNode(bs[i], ns[i])
		}
	}
	return added
}

// skipMerge are elements whose content is never a list of procedures.
var skipMerge = map[atom.Atom]bool{atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Svg: true, atom.Select: true, atom.Head: true}

// isList reports whether n holds a list of like items: a table body, a
// list, or a block whose children are mostly the same kind of element (a
// grid of cards).
func isList(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Tbody, atom.Ul, atom.Ol, atom.Dl:
		return true
	case atom.Div, atom.Section, atom.Article, atom.Main:
	default:
		return false
	}
	kinds := map[string]int{}
	total := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			total++
			kinds[c.Data+"."+attr(c, "class")]++
		}
	}
	if total < 3 {
		return false
	}
	for _, k := range kinds {
		if k >= 3 && k*5 >= total*4 {
			return true
		}
	}
	return false
}

// itemKey identifies an item by its text and first link, so that the same
// row shown again is not added twice.
func itemKey(n *html.Node) string {
	var b strings.Builder
	var href string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			b.WriteByte(' ')
		case html.ElementNode:
			if n.DataAtom == atom.Script || n.DataAtom == atom.Style {
				return
			}
			if href == "" && n.DataAtom == atom.A {
				href = attr(n, "href")
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	text := strings.Join(strings.Fields(b.String()), " ")
	if text == "" && href == "" {
		return ""
	}
	return text + "\x00" + href
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// cloneNode copies n and its subtree, detached.
func cloneNode(n *html.Node) *html.Node {
	c := &html.Node{Type: n.Type, DataAtom: n.DataAtom, Data: n.Data, Namespace: n.Namespace, Attr: append([]html.Attribute(nil), n.Attr...)}
	for k := n.FirstChild; k != nil; k = k.NextSibling {
		c.AppendChild(cloneNode(k))
	}
	return c
}
