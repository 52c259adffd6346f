package extract

import (
	"bytes"
	"errors"

	"golang.org/x/net/html"
)

// flattenDepth is how deep flatten lets elements nest: html.Parse refuses
// documents nested deeper than 512 elements.
const flattenDepth = 256

// errUnparsable is returned by parseHTML when even the flattened page does
// not parse.
var errUnparsable = errors.New("HTML nested too deep to read, even flattened")

// parseHTML parses a page; one that html.Parse refuses (nested deeper
// than it allows: a generated wrapper per row, a hostile portal) is
// flattened and parsed again, so that its procedures are read rather than
// dropped.
func parseHTML(body []byte) (*html.Node, error) {
	doc, err := html.Parse(bytes.NewReader(body))
	if err == nil {
		return doc, nil
	}
	doc, err = html.Parse(bytes.NewReader(flatten(body, flattenDepth)))
	if err != nil {
		return nil, errUnparsable
	}
	return doc, nil
}

// keptDeep are the elements flatten keeps below its depth: those that
// carry what the extraction reads (links, lists, tables, headings), while
// wrappers (div, span, section …) are dropped.
var keptDeep = map[string]bool{
	"a": true, "ul": true, "ol": true, "li": true, "dl": true, "dt": true, "dd": true,
	"table": true, "thead": true, "tbody": true, "tfoot": true, "tr": true, "td": true, "th": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "p": true,
	"title": true, "head": true, "body": true, "html": true, "script": true, "style": true,
}

// flatten rewrites a page with its element nesting bounded by depth: past
// it, wrapper elements are dropped (their content kept), and past twice
// as deep every element is. Text, attributes of kept elements and the
// order of everything are kept.
func flatten(body []byte, depth int) []byte {
	type open struct {
		name string
		kept bool
		w    int
	}
	var stack []open
	kept := 0
	var out bytes.Buffer
	out.Grow(len(body))
	z := html.NewTokenizer(bytes.NewReader(body))
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return out.Bytes()
		case html.StartTagToken:
			name, _ := z.TagName()
			n := string(name)
			if voidElements[n] {
				out.Write(z.Raw())
				continue
			}
			w := 1
			if n == "table" {
				w = 2 // the parser adds a tbody
			}
			// A link is always kept: it cannot nest (the parser closes
			// one before the next), and it is what a list is read for.
			keep := kept < depth || keptDeep[n] && kept+w <= 2*depth-flattenSlack || n == "a"
			stack = append(stack, open{n, keep, w})
			if keep {
				kept += w
				out.Write(z.Raw())
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			n := string(name)
			// The open element it closes, looked for not too far down:
			// thousands of stray end tags over a deep stack would
			// otherwise cost their product.
			i := len(stack) - 1
			for i >= 0 && i >= len(stack)-flattenSearch && stack[i].name != n {
				i--
			}
			if i < 0 || stack[i].name != n {
				continue // a stray end tag
			}
			if stack[i].kept {
				out.Write(z.Raw())
			}
			for _, o := range stack[i:] {
				if o.kept {
					kept -= o.w
				}
			}
			stack = stack[:i]
		default:
			out.Write(z.Raw())
		}
	}
}

// flattenSlack keeps the flattened page clear of html.Parse's limit, for
// the elements the parser adds itself (tbody, html, body).
const flattenSlack = 16

// flattenSearch bounds how far down the open elements an end tag is
// matched.
const flattenSearch = 64

// voidElements have no end tag.
var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "link": true, "meta": true, "param": true, "source": true, "track": true, "wbr": true,
}
