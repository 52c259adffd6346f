package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tthcaudit/tthcaudit/internal/textnorm"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/unicode/norm"
)

// inlineAtoms are elements that do not break a line: their text runs on
// with the text around them.
var inlineAtoms = map[atom.Atom]bool{
	atom.A: true, atom.Span: true, atom.B: true, atom.I: true, atom.Strong: true,
	atom.Em: true, atom.Font: true, atom.U: true, atom.Small: true, atom.Sup: true,
	atom.Sub: true, atom.Abbr: true, atom.Label: true, atom.Mark: true, atom.S: true,
	atom.Big: true, atom.Code: true, atom.Q: true, atom.Cite: true, atom.Time: true,
}

// skipAtoms hold no visible text.
var skipAtoms = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Head: true, atom.Select: true, atom.Option: true, atom.Svg: true, atom.Iframe: true,
}

// nodeText returns the visible text of n, cleaned (textnorm.Clean): block
// boundaries and <br> become spaces, so that "a<br>b" reads "a b" and a
// name broken over lines comes back whole.
func nodeText(n *html.Node) string {
	var b strings.Builder
	appendText(&b, n)
	return textnorm.Clean(b.String())
}

// appendText writes n's visible text, uncleaned, with spaces at block
// boundaries.
func appendText(b *strings.Builder, n *html.Node) {
	switch n.Type {
	case html.TextNode:
		b.WriteString(n.Data)
		return
	case html.ElementNode:
		if skipAtoms[n.DataAtom] {
			return
		}
		if n.DataAtom == atom.Br || n.DataAtom == atom.Hr {
			b.WriteByte(' ')
			return
		}
	case html.CommentNode:
		return
	}
	block := n.Type == html.ElementNode && !inlineAtoms[n.DataAtom]
	if block {
		b.WriteByte(' ')
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		appendText(b, c)
	}
	if block {
		b.WriteByte(' ')
	}
}

// attr returns the value of n's attribute key, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// fold reduces a label or short text to lower-case ASCII words: no
// diacritics, đ as d, punctuation as spaces. It is the crawler's cheap
// comparison form for labels and headings (textnorm.Key is kept for
// entries), run on most elements of every page.
func fold(s string) string {
	buf := make([]byte, 0, len(s))
	space := false
	for _, r := range s {
		c, mark := foldRune(r)
		if mark {
			continue
		}
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			if space && len(buf) > 0 {
				buf = append(buf, ' ')
			}
			space = false
			buf = append(buf, c)
			continue
		}
		space = true
	}
	return string(buf)
}

// foldRune is fold's view of one rune: a lower-case ASCII byte (0 for
// anything that is not a letter or digit), or mark for a combining mark of
// NFD text, which is skipped.
func foldRune(r rune) (c byte, mark bool) {
	switch {
	case r < 0x80:
		c = byte(r)
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		return c, false
	case r >= 0x300 && r <= 0x36f:
		return 0, true
	}
	return foldTable[r], false
}

// foldTable maps Latin letters with diacritics to their ASCII base letter.
var foldTable = func() map[rune]byte {
	m := map[rune]byte{'đ': 'd', 'Đ': 'd', 'Ð': 'd', 'ð': 'd'}
	add := func(lo, hi rune) {
		for r := lo; r <= hi; r++ {
			d := norm.NFD.String(string(r))
			if b := d[0]; b < 0x80 && unicode.IsLetter(rune(b)) {
				m[r] = byte(unicode.ToLower(rune(b)))
			}
		}
	}
	add(0xc0, 0x24f)
	add(0x1e00, 0x1eff)
	return m
}()

// wordCount counts space-separated words without allocating.
func wordCount(s string) int {
	n, in := 0, false
	for _, r := range s {
		sp := unicode.IsSpace(r)
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

// isTruncated reports whether a listing cut s short.
func isTruncated(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasSuffix(s, "…") || strings.HasSuffix(s, "...")
}

// trimNumbering removes list numbering a portal puts before a name: "1.",
// "12)", "a)", "I.", "- ". It leaves procedure codes alone (the caller
// splits those off first).
func trimNumbering(s string) string {
	for range 2 {
		t := strings.TrimLeft(s, "-–—•·*+ ")
		i := 0
		for i < len(t) && (t[i] >= '0' && t[i] <= '9') {
			i++
		}
		if i == 0 {
			for i < len(t) && strings.IndexByte("IVXLivxl", t[i]) >= 0 {
				i++
			}
			if i > 4 {
				i = 0
			}
			if i == 0 && len(t) > 1 && (t[0] >= 'a' && t[0] <= 'z' || t[0] >= 'A' && t[0] <= 'Z') && (t[1] == ')' || t[1] == '.') && len(t) > 2 && t[2] == ' ' {
				i = 1
			}
		}
		if i > 0 && i < len(t) && (t[i] == '.' || t[i] == ')' || t[i] == '/') && i+1 < len(t) && t[i+1] == ' ' {
			t = strings.TrimSpace(t[i+1:])
		} else if i > 0 && i+1 < len(t) && (t[i] == '.' || t[i] == ')') && upperAt(t, i+1) {
			t = t[i+1:] // "27.Thủ tục …": the space left out
		} else if i > 0 && i < len(t) && t[i] == ' ' && t[0] >= '0' && t[0] <= '9' {
			t = strings.TrimSpace(t[i:])
		}
		s = t
	}
	return s
}

// upperAt reports whether an upper-case letter starts s at i.
func upperAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsUpper(r)
}

// firstFoldedWord returns the first word of n's text in fold form, reading
// no further than needed: a cheap test before the full text is built.
func firstFoldedWord(n *html.Node) string {
	w, _ := firstFoldedWords(n, false)
	return w
}

// firstFoldedWords returns the first word of n's text in fold form and,
// when second is set and that word numbers a list item ("1.", "II."),
// the word after it; reading no further than needed.
func firstFoldedWords(n *html.Node, second bool) (string, string) {
	var buf [48]byte
	w := buf[:0]
	first := -1 // the length of the first word, once ended
	var walk func(n *html.Node) bool
	walk = func(n *html.Node) bool {
		switch n.Type {
		case html.TextNode:
			for _, r := range n.Data {
				c, mark := foldRune(r)
				if mark {
					continue
				}
				if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
					if len(w) == cap(w) || first >= 0 && len(w)-first > 24 {
						return true
					}
					w = append(w, c)
				} else if len(w) > 0 && first < 0 {
					// The first word ends: go on only for a list number.
					first = len(w)
					if !second || !listNumber(string(w)) {
						return true
					}
				} else if first >= 0 && len(w) > first {
					return true
				}
			}
			return false
		case html.ElementNode:
			if skipAtoms[n.DataAtom] {
				return false
			}
			if len(w) > 0 && !inlineAtoms[n.DataAtom] {
				if first < 0 {
					first = len(w)
				}
				return true
			}
		case html.CommentNode:
			return false
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if walk(c) {
				return true
			}
		}
		return false
	}
	walk(n)
	if first < 0 {
		return string(w), ""
	}
	return string(w[:first]), string(w[first:])
}

// Fold is fold for other packages: lower-case ASCII words, no diacritics,
// đ as d, punctuation as spaces.
func Fold(s string) string { return fold(s) }
