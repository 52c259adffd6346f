package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"slices"
	"strings"

	"github.com/tthcaudit/tthcaudit/internal/weburl"

	"github.com/tthcaudit/tthcaudit/internal/config"
	"github.com/tthcaudit/tthcaudit/internal/textnorm"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// PageExtract is what one HTML page holds for the audit.
type PageExtract struct {
	// URL is the page's address, canonical.
	URL string `json:"url"`
	// Title is the page's <title>, cleaned.
	Title string `json:"title,omitempty"`
	// Entries are the procedures the page shows. On a detail page this is
	// the one procedure it describes (Kind "detail").
	Entries []Entry `json:"entries,omitempty"`
	// Detail is set when the page is one procedure's detail page.
	Detail *Detail `json:"detail,omitempty"`
	// Links are the page's links to other web pages, canonical, in
	// document order, each once.
	Links []Link `json:"links,omitempty"`
	// ProcedurePage is true when the title, heading or URL says the page is
	// about administrative procedures.
	ProcedurePage bool `json:"procedure_page,omitempty"`
	// ScriptRendered is true when the page looks built by JavaScript: an
	// empty app container (Vite/React, Vue, Angular, Next, Nuxt shells), a
	// nearly empty body with scripts, or a procedure table with no rows.
	ScriptRendered bool `json:"script_rendered,omitempty"`
	// BodyHash is the hex SHA-256 of the body as received.
	BodyHash string `json:"body_hash"`

	// Extractor names the extractor that read the page's list entries
	// ("" on a detail page or a page that could not be parsed).
	Extractor string `json:"extractor,omitempty"`

	// ActionLinks counts the links that act instead of showing (see
	// weburl.ActionPatterns): never followed, never entries.
	ActionLinks int `json:"action_links,omitempty"`
	// Blocked names why the page is a firewall or captcha page rather
	// than the portal's content ("" for an ordinary page); see blocked.go.
	Blocked string `json:"blocked,omitempty"`

	// EntriesDropped counts the entries past MaxEntriesPerPage.
	EntriesDropped int `json:"-"`
	// LinksDropped counts the links cut past MaxLinksPerPage (see
	// capLinks).
	LinksDropped int `json:"-"`
	// ParseErr is set when the page could not be read as HTML at all.
	ParseErr error `json:"-"`
	// LinkURLs are Links parsed, for the crawler (no second parse).
	LinkURLs []*url.URL `json:"-"`
	// Heading is the page's title heading, for names a listing cut short
	// when the page is no recognisable detail page.
	Heading string `json:"-"`
	// entryURLs are the entries' detail URLs.
	entryURLs map[string]bool
}

// IsEntryURL reports whether us is one of the page's entries' detail links.
func (px *PageExtract) IsEntryURL(us string) bool { return px.entryURLs[us] }

// Detail is what a procedure detail page says about its procedure.
type Detail struct {
	Name   string `json:"name"`
	Code   string `json:"code,omitempty"`
	Field  string `json:"field,omitempty"`
	Agency string `json:"agency,omitempty"`
	Level  string `json:"level,omitempty"`
	// Sections are the StandardSections present, in that order.
	Sections []string `json:"sections"`
}

// Link is one link of a page.
type Link struct {
	URL  string `json:"url"`
	Text string `json:"text,omitempty"`
	// Procedure is true when the link is an entry's detail link or its
	// text or URL speaks of procedures.
	Procedure bool `json:"procedure,omitempty"`
	// Pagination is true for links to the next pages of a list.
	Pagination bool `json:"pagination,omitempty"`
	// OffTopic names the kind of link (OffTopics) when it leads away from
	// procedures: a section that never lists them, a news item about
	// something else; "" otherwise, and always for a procedure or
	// pagination link.
	OffTopic string `json:"off_topic,omitempty"`
}

// ExtractPage reads one HTML page generically: procedure tables, lists of
// procedure links (with their "Lĩnh vực" field), cards and detail pages.
// It decodes the body from its BOM or <meta> charset. It never fails:
// what cannot be read gives no entries.
func ExtractPage(pageURL string, body []byte) PageExtract {
	return Extract(pageURL, body, Options{})
}

// Options are what a crawl knows about a page beyond its body.
type Options struct {
	// ContentType is the response's Content-Type (its charset counts).
	ContentType string
	// Selectors are the portal's configured selectors, if any (the
	// "selectors" extractor reads list pages with them).
	Selectors *config.Selectors
	// ForCrawl skips what the crawler does not read (a detail page's
	// Entry, which the crawler builds from Detail when needed).
	ForCrawl bool
}

// Extract reads one HTML page: a detail page generically, any other page
// with the first registered Extractor that applies to it (see Register).
// It never fails: a page that does not parse has ParseErr set.
func Extract(pageURL string, body []byte, o Options) PageExtract {
	sum := sha256.Sum256(body)
	px := PageExtract{URL: pageURL, BodyHash: hex.EncodeToString(sum[:])}
	base, err := url.Parse(pageURL)
	if err != nil {
		base = &url.URL{}
	} else {
		weburl.Canonicalise(base)
		px.URL = base.String()
	}
	decoded := decodeBody(body, o.ContentType)
	decoded, px.LinksDropped = capLinks(decoded)
	doc, err := parseHTML(decoded)
	if err != nil {
		px.ParseErr = err
		return px
	}
	p := &Page{px: &px, base: base, sel: o.Selectors, forCrawl: o.ForCrawl}
	p.run(doc)
	px.Blocked = p.blockedReason(decoded)
	if n := len(px.Entries); n > MaxEntriesPerPage {
		px.EntriesDropped = n - MaxEntriesPerPage
		px.Entries = slices.Clip(px.Entries[:MaxEntriesPerPage])
	}
	return px
}

// Page is one page being read: its parsed body and what the walk over it
// found (tables, list items, anchors, headings). Extractors read it and
// add entries with Add; only this package's code (one file per extractor)
// sees its parts.
type Page struct {
	px       *PageExtract
	base     *url.URL
	sel      *config.Selectors
	forCrawl bool

	body     *html.Node
	h1       []string
	h2       []string
	anchors  []*anchor
	items    []*listItem
	tables   []*html.Node
	consumed map[*html.Node]bool
	hasApp   bool
	scripts  int
	emptyTbl bool
	seenLink map[string]int
	// short caches shortText: labels, pseudo-headings and links read the
	// same nodes, and cleaning (NFC) is the extractor's main cost.
	short map[*html.Node]string
	// raw is a buffer for mayBeLabel.
	raw []byte
}

// resolve resolves a link of the page, canonical; nil for a link that is
// no web page or acts instead of showing (weburl.Action).
func (p *Page) resolve(href string) *url.URL {
	u, _ := weburl.ResolveLink(p.base, href)
	return u
}

// shortTextMax bounds shortText.
const shortTextMax = 200

// shortText is limitedText(n, shortTextMax), computed once per node.
func (p *Page) shortText(n *html.Node) string {
	if t, ok := p.short[n]; ok {
		return t
	}
	if p.short == nil {
		p.short = map[*html.Node]string{}
	}
	t := limitedText(n, shortTextMax)
	p.short[n] = t
	return t
}

// anchor is one <a href> with the context it was found in.
type anchor struct {
	n        *html.Node
	u        *url.URL
	href     string
	text     string
	excluded bool
	news     bool
	field    string
	refresh  bool // a meta refresh target
	newsBox  bool // inside an element classed as news
	resolved bool // u is href resolved (nil: no web page)
}

func (p *Page) run(doc *html.Node) {
	p.consumed = map[*html.Node]bool{}
	p.seenLink = map[string]int{}
	p.walkHead(doc)
	if p.body == nil {
		return
	}
	w := &walkState{}
	p.walk(p.body, false, w)
	p.px.ProcedurePage = p.isProcedurePage()

	p.px.Heading = p.titleHeading()
	if d := p.detail(); d != nil {
		p.px.Detail = d
		if p.forCrawl {
			p.links()
			return
		}
		p.px.Entries = []Entry{{
			Text: d.Name, Key: textnorm.Key(d.Name), Code: d.Code, Field: d.Field,
			Agency: d.Agency, Level: d.Level, PageURL: p.px.URL, Sections: d.Sections,
			Kind: "detail", BodyHash: p.px.BodyHash,
		}}
	} else if x := pick(p); x != nil {
		p.px.Extractor = x.Name()
		x.Extract(p)
	}
	p.links()
	p.px.ScriptRendered = p.scriptRendered()
	for i := range p.px.Entries {
		e := &p.px.Entries[i]
		e.BodyHash = p.px.BodyHash
		if e.PageURL == "" {
			e.PageURL = p.px.URL
		}
	}
}

// walkHead finds <base href>, <title> and <body>.
func (p *Page) walkHead(n *html.Node) {
	if n.Type == html.ElementNode {
		switch n.DataAtom {
		case atom.Script:
			// Vite, webpack and Angular builds load their app from <head>.
			p.scripts++
		case atom.Title:
			if p.px.Title == "" {
				p.px.Title = nodeTextAll(n)
			}
		case atom.Base:
			if h := attr(n, "href"); h != "" {
				if u, err := p.base.Parse(strings.TrimSpace(h)); err == nil {
					p.base = u
				}
			}
		case atom.Meta:
			// <meta http-equiv="refresh" content="0; url=/portal/">: old
			// portals' home pages forward this way.
			if strings.EqualFold(attr(n, "http-equiv"), "refresh") {
				if target := refreshURL(attr(n, "content")); target != "" {
					p.anchors = append(p.anchors, &anchor{n: n, href: target, excluded: true, refresh: true})
				}
			}
		case atom.Body, atom.Frameset:
			if p.body == nil {
				p.body = n
			}
			if n.DataAtom == atom.Body {
				return
			}
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		p.walkHead(c)
	}
}

// refreshURL returns the address of a meta refresh content, or "".
func refreshURL(content string) string {
	_, rest, ok := strings.Cut(content, ";")
	if !ok {
		return ""
	}
	rest = strings.TrimSpace(rest)
	if len(rest) < 4 || !strings.EqualFold(rest[:3], "url") {
		return ""
	}
	rest = strings.TrimSpace(rest[3:])
	rest, ok = strings.CutPrefix(rest, "=")
	if !ok {
		return ""
	}
	return strings.Trim(strings.TrimSpace(rest), `'"`)
}

// nodeTextAll is nodeText including the text of elements nodeText skips
// (for <title>, whose content is text).
func nodeTextAll(n *html.Node) string {
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return textnorm.Clean(b.String())
}

// walkState is the document-order context of the walk: the field heading
// and news heading in force.
type walkState struct {
	field      string
	fieldLevel int
	news       bool
	newsLevel  int
}

// newsWords are folded headings of news, announcements and link boxes:
// what sits under them is not a procedure list.
var newsWords = []string{"tin tuc", "tin moi", "tin hoat dong", "tin noi bat", "tin lien quan", "thong bao", "su kien", "van ban moi", "van ban chi dao", "lien ket", "bai viet", "tin khac", "thong tin tuyen truyen", "hoi dap", "tin van hoa", "tin kinh te", "chuyen muc"}

// newsFirstWords are the first words of newsWords.
var newsFirstWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range newsWords {
		f, _, _ := strings.Cut(w, " ")
		m[f] = true
	}
	return m
}()

func isNewsHeading(f string) bool {
	if shortName(f) {
		return false // "Thông báo lưu trú" is a procedure's title
	}
	for _, w := range newsWords {
		if strings.HasPrefix(f, w) {
			return true
		}
	}
	return false
}

// headingLevel returns 1–6 for <h1>–<h6>, 0 otherwise.
func headingLevel(n *html.Node) int {
	switch n.DataAtom {
	case atom.H1:
		return 1
	case atom.H2:
		return 2
	case atom.H3:
		return 3
	case atom.H4:
		return 4
	case atom.H5:
		return 5
	case atom.H6:
		return 6
	}
	return 0
}

func (p *Page) walk(n *html.Node, excluded bool, w *walkState) {
	p.walkIn(n, excluded, false, w)
}

// walkIn is walk with the news-box flag of the region.
func (p *Page) walkIn(n *html.Node, excluded, newsBox bool, w *walkState) {
	if n.Type != html.ElementNode {
		return
	}
	if n.DataAtom == atom.Script {
		p.scripts++
		return
	}
	if skipAtoms[n.DataAtom] && n.DataAtom != atom.Iframe {
		return
	}
	if !excluded && isExcludedRegion(n) {
		excluded = true
	}
	if !newsBox && n.DataAtom != atom.Body && isNewsRegion(n) {
		newsBox = true
	}
	if !p.hasApp && isAppContainer(n) && limitedText(n, 20) == "" {
		p.hasApp = true
	}
	lvl := headingLevel(n)
	if lvl > 0 || (!excluded && p.isPseudoHeading(n)) {
		if lvl == 0 {
			lvl = 7
		}
		t := nodeText(n)
		f := fold(trimNumbering(t))
		switch {
		case strings.HasPrefix(f, "linh vuc") && wordCount(t) <= 20:
			w.field, w.fieldLevel = fieldName(t), lvl
			w.news = false
		case isNewsHeading(f) && wordCount(t) <= maxNewsHeadingWords:
			w.news, w.newsLevel = true, lvl
			if lvl <= w.fieldLevel {
				w.field = ""
			}
		default:
			if w.field != "" && lvl <= w.fieldLevel {
				w.field = ""
			}
			if w.news && lvl <= w.newsLevel {
				w.news = false
			}
		}
		if !excluded && lvl == 1 {
			p.h1 = append(p.h1, t)
		}
		if !excluded && lvl == 2 {
			p.h2 = append(p.h2, t)
		}
	}
	switch n.DataAtom {
	case atom.Li:
		if !excluded {
			p.items = append(p.items, &listItem{n: n, field: w.field, news: w.news, newsBox: newsBox})
		}
	case atom.Table:
		if !excluded {
			p.tables = append(p.tables, n)
		}
	case atom.A, atom.Area:
		if href := attr(n, "href"); href != "" {
			u, act := weburl.ResolveLink(p.base, href)
			if act != nil {
				// A link that acts (a vote, a logout, a Liferay action
				// URL) is neither followed nor read as an entry.
				p.px.ActionLinks++
				break
			}
			p.anchors = append(p.anchors, &anchor{n: n, u: u, resolved: true, href: href, excluded: excluded, news: w.news, newsBox: newsBox, field: w.field})
		}
	case atom.Iframe, atom.Frame:
		if src := attr(n, "src"); src != "" {
			p.anchors = append(p.anchors, &anchor{n: n, href: src, excluded: true})
		}
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		p.walkIn(c, excluded, newsBox, w)
	}
}

// fieldName turns a heading "I. Lĩnh vực Người có công:" into "Người có công".
func fieldName(t string) string {
	t = trimNumbering(t)
	lower := strings.ToLower(t)
	for _, pre := range []string{"lĩnh vực", "linh vuc", "lĩnh vực:"} {
		if strings.HasPrefix(lower, pre) {
			t = t[len(pre):]
			break
		}
	}
	t = strings.TrimSpace(strings.Trim(strings.TrimSpace(t), ":-–—."))
	// "Người có công (12 thủ tục)": the count is not part of the field.
	if i := strings.LastIndex(t, "("); i > 0 && strings.HasSuffix(t, ")") {
		inner := strings.ToLower(t[i:])
		if strings.ContainsAny(inner, "0123456789") {
			t = strings.TrimSpace(t[:i])
		}
	}
	return t
}

// excludedClassWords are class or id words of page furniture: menus,
// headers, footers, sidebars, breadcrumbs.
var excludedClassWords = map[string]bool{
	"nav": true, "navbar": true, "navigation": true, "menu": true, "menubar": true, "megamenu": true,
	"footer": true, "sidebar": true, "breadcrumb": true, "breadcrumbs": true,
	"marquee": true, "banner": true, "topbar": true, "dropdown": true, "submenu": true,
}

// newsClassWords are class or id words of news boxes. Many portals publish
// procedures through their news CMS, so these mark news only on pages that
// do not say they are about procedures.
var newsClassWords = map[string]bool{"news": true, "tintuc": true}

// isExcludedRegion reports whether element n is page furniture.
func isExcludedRegion(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Nav, atom.Footer, atom.Aside:
		return true
	case atom.Header:
		// An <article>'s or <main>'s own <header> holds its title.
		for a := n.Parent; a != nil; a = a.Parent {
			if a.DataAtom == atom.Article || a.DataAtom == atom.Main {
				return false
			}
		}
		return true
	case atom.Body, atom.Html, atom.Table, atom.Tbody, atom.Tr, atom.Td, atom.Th, atom.A:
		return false
	}
	switch attr(n, "role") {
	case "navigation", "banner", "contentinfo", "complementary", "menu", "menubar":
		return true
	}
	return classWords(n, excludedClassWords, "header", "site-header", "top-header", "side-bar")
}

// isNewsRegion reports whether element n is a news box by its class or id.
func isNewsRegion(n *html.Node) bool {
	return classWords(n, newsClassWords, "tin-tuc")
}

// classWords reports whether n's class or id is one of whole, or has a
// dash- or underscore-separated part in words.
func classWords(n *html.Node, words map[string]bool, whole ...string) bool {
	for _, key := range [...]string{"class", "id"} {
		v := attr(n, key)
		if v == "" {
			continue
		}
		for _, cls := range strings.Fields(strings.ToLower(v)) {
			for _, w := range whole {
				if cls == w {
					return true
				}
			}
			for _, part := range strings.FieldsFunc(cls, func(r rune) bool { return r == '-' || r == '_' }) {
				if words[part] {
					return true
				}
			}
		}
	}
	return false
}

// isPseudoHeading reports whether n acts as a heading without being one:
// a short run of text, no links, no block children, that opens with
// "Lĩnh vực" or a news title.
func (p *Page) isPseudoHeading(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.Div, atom.Td, atom.Th, atom.Li, atom.Dt, atom.Span, atom.Strong, atom.B, atom.Caption, atom.Legend, atom.Section:
	default:
		return false
	}
	if w := firstFoldedWord(n); w != "linh" && !newsFirstWords[w] && !isNumberingWord(w) {
		return false
	}
	if hasDescendant(n, atom.A) || hasBlockChild(n) {
		return false
	}
	t := p.shortText(n)
	if len(t) >= 200 || wordCount(t) > 15 {
		return false
	}
	f := fold(trimNumbering(t))
	if strings.HasPrefix(f, "linh vuc") {
		// A lone "Lĩnh vực: X" line inside a card sets the field too, and
		// the card reads its own label anyway.
		return true
	}
	return isNewsHeading(f) && wordCount(t) <= maxNewsHeadingWords
}

// maxNewsHeadingWords bounds a heading that titles a box of news ("Thông
// báo", "Tin tức - Sự kiện", "Thông báo mới nhất"); a longer one opening
// so titles one post or procedure ("Thông báo luồng đường thủy nội địa
// chuyên dùng", one of 45 names of the national list opening "Thông
// báo").
const maxNewsHeadingWords = 6

func hasDescendant(n *html.Node, a atom.Atom) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == a || hasDescendant(c, a)) {
			return true
		}
	}
	return false
}

func hasBlockChild(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && !inlineAtoms[c.DataAtom] && c.DataAtom != atom.Br && !skipAtoms[c.DataAtom] {
			return true
		}
	}
	return false
}

// limitedText is nodeText that stops collecting after about max bytes of
// visible text (spaces collapsed as they come).
func limitedText(n *html.Node, max int) string {
	buf := make([]byte, 0, 64)
	appendTextLimit(&buf, n, max)
	return textnorm.Clean(string(buf))
}

func space(b *[]byte) {
	if len(*b) > 0 && (*b)[len(*b)-1] != ' ' {
		*b = append(*b, ' ')
	}
}

func appendTextLimit(b *[]byte, n *html.Node, max int) {
	if len(*b) > max {
		return
	}
	switch n.Type {
	case html.TextNode:
		d := n.Data
		for len(d) > 0 && len(*b) <= max {
			i := strings.IndexFunc(d, isHTMLSpace)
			if i < 0 {
				*b = append(*b, d...)
				break
			}
			*b = append(*b, d[:i]...)
			space(b)
			d = strings.TrimLeftFunc(d[i:], isHTMLSpace)
		}
		return
	case html.CommentNode:
		return
	case html.ElementNode:
		if skipAtoms[n.DataAtom] {
			return
		}
		if n.DataAtom == atom.Br {
			space(b)
			return
		}
	}
	block := n.Type == html.ElementNode && !inlineAtoms[n.DataAtom]
	if block {
		space(b)
	}
	for c := n.FirstChild; c != nil && len(*b) <= max; c = c.NextSibling {
		appendTextLimit(b, c, max)
	}
	if block {
		space(b)
	}
}

// isProcedurePage reports whether the page says it is about procedures.
func (p *Page) isProcedurePage() bool {
	texts := append([]string{p.px.Title}, p.h1...)
	for _, t := range texts {
		f := " " + fold(t) + " "
		if strings.Contains(f, " tthc ") || strings.Contains(f, " thu tuc ") {
			return true
		}
	}
	return weburl.LooksProcedure(p.base.Path + "?" + p.base.RawQuery + "#" + p.base.Fragment)
}

// appContainerIDs are the ids of the elements single-page-app frameworks
// mount into (Vite/React "root", Vue "app", Next.js, Nuxt, Gatsby, Quasar).
var appContainerIDs = map[string]bool{
	"app": true, "root": true, "__next": true, "__nuxt": true, "___gatsby": true, "q-app": true, "main-app": true, "app-root": true,
}

// isAppContainer reports whether element n is where a single-page app
// mounts: a known id, Angular's <app-root> (or any custom element named
// "…-root"), or a framework's root attribute.
func isAppContainer(n *html.Node) bool {
	if n.DataAtom == 0 && strings.HasSuffix(n.Data, "-root") {
		return true
	}
	if appContainerIDs[attr(n, "id")] {
		return true
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "ng-app", "data-ng-app", "ng-version", "data-reactroot", "data-v-app":
			return true
		}
	}
	return false
}

// nearlyEmpty is the most visible text, in bytes, an app shell's body
// shows ("Loading…", "Đang tải dữ liệu…"); a server-rendered page, with
// its header, menu and footer, shows far more.
const nearlyEmpty = 80

// scriptRendered reports whether the page looks built by JavaScript: an
// empty app container (Vite/React, Vue, Angular, Next, Nuxt shells), a body
// with almost no text and no link yet scripts (in <head> or <body>), a
// procedure table with no rows, or a procedures page that shows none.
// Ordinary server-rendered pages carry scripts too (jQuery, analytics) but
// also their text and links, so they do not count.
func (p *Page) scriptRendered() bool {
	if len(p.px.Entries) > 0 || p.px.Detail != nil {
		return false
	}
	text := limitedLen(p.body, 300)
	if p.hasApp && text < 300 && (p.scripts > 0 || text < nearlyEmpty) {
		return true
	}
	if p.emptyTbl {
		return true
	}
	// A shell with no known container: scripts, and a body with almost
	// nothing in it. Frames, iframes and meta refreshes lead elsewhere
	// (they are anchors too), so a page with any link is not a shell.
	if p.scripts > 0 && text < nearlyEmpty && len(p.anchors) == 0 && p.body.DataAtom == atom.Body {
		return true
	}
	// A page that says it lists procedures, shows none, links to none and
	// carries scripts: its list comes from JavaScript.
	if p.px.ProcedurePage && p.px.Detail == nil && p.scripts > 0 && limitedLen(p.body, 600) < 600 {
		for _, l := range p.px.Links {
			if l.Procedure && !l.Pagination {
				return false
			}
		}
		return true
	}
	return false
}

// limitedLen is the length of the body's text, counted up to max.
func limitedLen(n *html.Node, max int) int {
	return len(limitedText(n, max))
}

func isHTMLSpace(r rune) bool {
	return r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\f'
}

// isNumberingWord reports whether a folded first word is list numbering
// ("ii", "12", "a") rather than a word of the text.
func isNumberingWord(w string) bool {
	if len(w) == 1 {
		return true
	}
	if strings.Trim(w, "0123456789") == "" || strings.Trim(w, "ivxlc") == "" && len(w) <= 4 {
		return true
	}
	return false
}
