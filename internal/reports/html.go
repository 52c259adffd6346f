package reports

import (
	"bytes"
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"math"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/tthcaudit/tthcaudit/internal/msg"
	"github.com/tthcaudit/tthcaudit/internal/verdict"
)

//go:embed report.html.tmpl
var htmlSource string

// htmlTemplate is parsed once; each call clones it to bind its language.
var htmlTemplate = template.Must(template.New("report").Funcs(htmlFuncs(msg.Vietnamese)).Parse(htmlSource))

// HTML writes the report as one self-contained page (inline CSS, no script,
// fonts or files from elsewhere, so it opens offline and prints): a summary
// table, then per portal its figures, per-field bars and the lists of
// missing, obsolete, incomplete, broken, unmatched and ambiguous entries,
// with links to the pages found. Every crawled string goes through
// html/template's escaping, links are made only for http and https URLs,
// and a Content-Security-Policy forbids scripts should anything slip
// through.
func HTML(w io.Writer, r *verdict.Report, lang msg.Lang) error {
	lang = lang.Norm()
	t, err := htmlTemplate.Clone()
	if err != nil {
		return err
	}
	t.Funcs(htmlFuncs(lang))
	var buf bytes.Buffer
	if err := t.Execute(&buf, newHTMLView(r, lang)); err != nil {
		return fmt.Errorf("rendering the HTML report: %w", err)
	}
	_, err = w.Write(StripControls(buf.Bytes()))
	return err
}

// StripControls removes the control characters html/template leaves in
// text and attributes: C0 but tab, line feed and carriage return, DEL,
// and C1 (U+0080–U+009F). A portal name may carry them (a stray form
// feed, an escape sequence); they have no business in a page, break
// copy-and-paste into documents and, in the XHTML a browser may save,
// make the file unreadable. The templates hold none, so only crawled or
// configured text loses them.
func StripControls(b []byte) []byte {
	clean := true
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if isStrippedControl(r, n) {
			clean = false
			break
		}
		i += n
	}
	if clean {
		return b
	}
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if !isStrippedControl(r, n) {
			out = append(out, b[i:i+n]...)
		}
		i += n
	}
	return out
}

func isStrippedControl(r rune, n int) bool {
	if r == utf8.RuneError && n <= 1 {
		return false // an invalid byte is not ours to judge here
	}
	switch {
	case r == '\t' || r == '\n' || r == '\r':
		return false
	case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f:
		return true
	}
	return false
}

func htmlFuncs(lang msg.Lang) template.FuncMap {
	return template.FuncMap{
		"t":           func(key string) string { return msg.T(lang, key) },
		"tf":          func(key string, args ...any) string { return msg.Tf(lang, key, args...) },
		"num":         func(n int) string { return msg.Number(lang, n) },
		"join":        strings.Join,
		"href":        webURL,
		"levelLabel":  func(l string) string { return msg.LevelLabel(lang, l) },
		"statusLabel": func(st string) string { return msg.StatusLabel(lang, st) },
		"inc":         func(i int) int { return i + 1 },
		"failReason":  func(f verdict.Finding) string { f.Status = 0; return failReason(f, lang) }, // the status is shown beside it
		"count":       func(v verdict.Verdict, k string) int { return v.Count(verdict.Kind(k)) },
		"ms":          func(ms int64) string { return msg.Duration(lang, ms) },
		"score":       func(f float64) string { return strconv.FormatFloat(f, 'f', 2, 64) },
	}
}

// webURL reports whether s may become a link: only absolute http and https
// URLs, exactly as written (no trimming: a browser would strip the blanks
// in " javascript:…" and run it).
func webURL(s string) bool {
	u, err := url.Parse(s)
	if err != nil {
		return false
	}
	return (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

type htmlView struct {
	Lang          msg.Lang
	Report        *verdict.Report
	Started       string
	Finished      string
	Totals        verdict.Totals
	TotalCoverage string
	TotalLabel    string
	Portals       []htmlPortal
	// Since is the "so với lần trước" section; nil leaves it out.
	Since *sinceView
}

type htmlPortal struct {
	verdict.Verdict
	Anchor      string
	Reached     bool
	Coverage    htmlBar
	Fields      []htmlField
	PortalNotes []string
	FailedPages []verdict.Finding
	// Lists are the findings, one table per kind (kinds.go).
	Lists []htmlList
}

// htmlList is one findings table of a portal.
type htmlList struct {
	Section   string
	Collapsed bool
	Head      []htmlCell
	Rows      [][]htmlCell
}

// htmlCell is a header (Label) or a cell (Text, a link when Link).
type htmlCell struct {
	Label string
	Text  string
	Class string
	Link  bool
}

// newHTMLList lays out one list by its kind's view.
func newHTMLList(l findingList, lang msg.Lang) htmlList {
	hl := htmlList{Section: l.Section, Collapsed: l.View.Collapsed, Rows: [][]htmlCell{}}
	if l.View.Numbered {
		hl.Head = append(hl.Head, htmlCell{Label: "col.no", Class: "n"})
	}
	for _, c := range l.View.HTML {
		hl.Head = append(hl.Head, htmlCell{Label: c.Label, Class: headClass(c)})
	}
	for i, f := range l.Findings {
		var row []htmlCell
		if l.View.Numbered {
			row = append(row, htmlCell{Text: strconv.Itoa(i + 1), Class: "n"})
		}
		for _, c := range l.View.HTML {
			row = append(row, htmlCell{Text: fmt.Sprint(c.Value(f, lang)), Class: c.Class, Link: c.Link})
		}
		hl.Rows = append(hl.Rows, row)
	}
	return hl
}

// headClass is a header's class: numbers are right-aligned in both.
func headClass(c column) string {
	if c.Class == "n" {
		return "n"
	}
	return ""
}

type htmlField struct {
	verdict.FieldCount
	Bar htmlBar
}

// htmlBar is a percentage bar: Width is a CSS number (dot decimal, clamped
// to 0..100), Text the label in the reader's notation, Class its colour.
type htmlBar struct {
	Width string
	Text  string
	Class string
}

func newBar(lang msg.Lang, cov float64, complete bool) htmlBar {
	w := cov * 100
	if math.IsNaN(w) || w < 0 {
		w = 0
	}
	if w > 100 {
		w = 100
	}
	class := "bad"
	switch {
	case complete:
		class = "good"
	case cov >= 0.9:
		class = "fair"
	}
	return htmlBar{Width: strconv.FormatFloat(math.Floor(w*10)/10, 'f', 1, 64), Text: msg.Percent(lang, cov), Class: class}
}

func newHTMLView(r *verdict.Report, lang msg.Lang) htmlView {
	n := r.Normalized()
	sum := verdict.Sum(n)
	v := htmlView{
		Lang:          lang,
		Report:        n,
		Started:       msg.DateTime(lang, n.StartedAt),
		Finished:      msg.DateTime(lang, n.FinishedAt),
		Totals:        sum,
		TotalCoverage: msg.Percent(lang, sum.Coverage()),
		TotalLabel:    totalLabel(lang, sum),
		Since:         newSinceView(n.Since, lang),
	}
	for i, p := range n.Portals {
		hp := htmlPortal{
			Verdict:     p,
			Anchor:      fmt.Sprintf("portal-%d", i+1),
			Reached:     verdict.Reached(&p),
			Coverage:    newBar(lang, p.Coverage, !p.HasFailing()),
			PortalNotes: displayNotes(&p, lang),
			FailedPages: p.Of(verdict.KindFailedPage),
		}
		for _, l := range findingLists(&p) {
			hp.Lists = append(hp.Lists, newHTMLList(l, lang))
		}
		for _, f := range p.Fields {
			cov := 1.0
			if f.Required > 0 {
				cov = float64(f.Found) / float64(f.Required)
			}
			hp.Fields = append(hp.Fields, htmlField{FieldCount: f, Bar: newBar(lang, cov, f.Found >= f.Required)})
		}
		v.Portals = append(v.Portals, hp)
	}
	return v
}
