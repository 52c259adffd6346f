package reports

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode"

	"github.com/tthcaudit/tthcaudit/internal/msg"
	"github.com/tthcaudit/tthcaudit/internal/verdict"

	"github.com/jedib0t/go-pretty/v6/table"
	"github.com/jedib0t/go-pretty/v6/text"
)

// TermOptions tune the terminal report.
type TermOptions struct {
	// Lang is the language of the labels (Vietnamese when empty).
	Lang msg.Lang
	// Color turns on ANSI colours; the command sets it only when stdout is a
	// terminal.
	Color bool
	// MaxMissing caps the missing procedures listed per portal; the rest
	// are counted and left to report.html. Zero or less lists them all.
	MaxMissing int
	// Width is the terminal's width in columns (0: unknown, no limit).
	// Below 120 the summary keeps the columns that decide (required,
	// found, coverage, missing, status) and names wrap to fit.
	Width int
}

// compactBelow is the width under which the summary drops its secondary
// columns (obsolete, incomplete, broken links: in report.html and the
// workbook).
const compactBelow = 120

// nameWidth is where long procedure names wrap in the terminal: official
// names run to 300 characters.
const nameWidth = 64

// Terminal writes the provincial office's view: one table row per portal,
// then, per portal, the missing procedures (code, name, field), the abolished
// ones still published, and notes (pages that failed, a script-rendered hint).
func Terminal(w io.Writer, r *verdict.Report, o TermOptions) error {
	n := r.Normalized()
	lang := o.Lang
	p := painter(o.Color)
	out := w
	if o.Width > 0 {
		fw := &fitWriter{w: w, width: o.Width}
		defer fw.flush() // a last line without its newline
		out = fw
	}
	bw := bufio.NewWriter(out)

	fmt.Fprintln(bw, p(msg.T(lang, "report.title"), text.Bold))
	fmt.Fprintf(bw, "%s: %s (%s) · %s %s · %s %s\n",
		msg.T(lang, "report.catalog"), oneLine(n.Catalog.Source),
		msg.Tf(lang, "report.counts", msg.Number(lang, n.Catalog.Procedures), msg.Number(lang, n.Catalog.Active)),
		msg.T(lang, "report.started"), msg.DateTime(lang, n.StartedAt),
		msg.T(lang, "report.finished"), msg.DateTime(lang, n.FinishedAt))

	if o.Width > 0 && o.Width < compactBelow {
		fmt.Fprintln(bw, compactSummary(n, lang, p, o.Width))
	} else {
		fmt.Fprintln(bw, summaryTable(n, lang, p))
	}
	writeSince(bw, n.Since, lang, p)
	writeCatalogLacks(bw, n.Catalog, lang, p)

	for i := range n.Portals {
		writePortalDetail(bw, &n.Portals[i], o, p)
	}
	return bw.Flush()
}

// paint colours s when colours are on.
type paint func(s string, c ...text.Color) string

func painter(on bool) paint {
	return func(s string, c ...text.Color) string {
		if !on || len(c) == 0 || s == "" {
			return s
		}
		return text.Colors(c).Sprint(s)
	}
}

func newTable() table.Writer {
	t := table.NewWriter()
	t.SetStyle(table.StyleLight)
	// Vietnamese headers are written as they should read: upper-casing
	// "Tỷ lệ (%)" into "TỶ LỆ (%)" shouts and breaks the office's house style.
	t.Style().Format.Header = text.FormatDefault
	t.Style().Format.Footer = text.FormatDefault
	return t
}

func summaryTable(n *verdict.Report, lang msg.Lang, p paint) string {
	t := newTable()
	t.AppendHeader(table.Row{
		msg.T(lang, "col.portal"), msg.T(lang, "col.level"), msg.T(lang, "col.required"), msg.T(lang, "col.found"),
		msg.T(lang, "col.coverage"), msg.T(lang, "col.missing"), msg.T(lang, "col.obsolete"),
		msg.T(lang, "col.incomplete"), msg.T(lang, "col.broken"), msg.T(lang, "col.status"),
	})
	for i := range n.Portals {
		v := &n.Portals[i]
		found, cov, missing := "—", "—", "—"
		if verdict.Reached(v) {
			found = msg.Number(lang, v.Found)
			cov = p(msg.Percent(lang, v.Coverage), coverageColor(v))
			missing = countCell(p, len(v.Of(verdict.KindMissing)), text.FgRed)
		}
		t.AppendRow(table.Row{
			oneLine(v.Name), msg.LevelLabel(lang, oneLine(v.Level)), msg.Number(lang, v.Required), found, cov, missing,
			countCell(p, len(v.Of(verdict.KindObsolete)), text.FgYellow), countCell(p, len(v.Of(verdict.KindIncomplete)), text.FgYellow),
			countCell(p, len(v.Of(verdict.KindBroken)), text.FgYellow), p(msg.StatusLabel(lang, v.Status), statusColor(v.Status)),
		})
	}
	s := verdict.Sum(n)
	t.AppendFooter(table.Row{
		msg.T(lang, "total"), "", msg.Number(lang, s.Required), msg.Number(lang, s.Found), msg.Percent(lang, s.Coverage()),
		msg.Number(lang, s.Missing), msg.Number(lang, s.Obsolete), msg.Number(lang, s.Incomplete), msg.Number(lang, s.BrokenLinks), "",
	})
	right := []int{3, 4, 5, 6, 7, 8, 9}
	cfg := make([]table.ColumnConfig, 0, len(right)+1)
	cfg = append(cfg, table.ColumnConfig{Number: 1, WidthMax: 40, WidthMaxEnforcer: text.WrapSoft})
	for _, c := range right {
		cfg = append(cfg, table.ColumnConfig{Number: c, Align: text.AlignRight, AlignFooter: text.AlignRight})
	}
	t.SetColumnConfigs(cfg)
	out := t.Render()
	if s.Unreached() > 0 {
		out += "\n" + totalLabel(lang, s)
	}
	return out
}

func countCell(p paint, n int, c text.Color) string {
	if n == 0 {
		return "0"
	}
	return p(fmt.Sprint(n), c)
}

func coverageColor(v *verdict.Verdict) text.Color {
	switch {
	case len(v.Of(verdict.KindMissing)) == 0:
		return text.FgGreen
	case v.Coverage >= 0.9:
		return text.FgYellow
	}
	return text.FgRed
}

func statusColor(status string) text.Color {
	switch status {
	case verdict.StatusOK:
		return text.FgGreen
	case verdict.StatusPartial:
		return text.FgYellow
	}
	return text.FgRed
}

func writePortalDetail(w io.Writer, v *verdict.Verdict, o TermOptions, p paint) {
	lang := o.Lang
	heading := fmt.Sprintf("%s (%s)", oneLine(v.Name), oneLine(v.ID))
	if v.URL != "" {
		heading += " — " + oneLine(v.URL)
	}
	fmt.Fprintf(w, "\n%s\n", p(heading, text.Bold))

	if len(v.Of(verdict.KindMissing)) > 0 {
		fmt.Fprintln(w, p(msg.Tf(lang, "missing.count", len(v.Of(verdict.KindMissing))), text.FgRed))
		shown := v.Of(verdict.KindMissing)
		if o.MaxMissing > 0 && len(shown) > o.MaxMissing {
			shown = shown[:o.MaxMissing]
		}
		t := newTable()
		t.AppendHeader(table.Row{msg.T(lang, "col.code"), msg.T(lang, "col.name"), msg.T(lang, "col.field")})
		for _, m := range shown {
			t.AppendRow(table.Row{oneLine(m.Code), oneLine(m.Name), oneLine(m.Field)})
		}
		t.SetColumnConfigs([]table.ColumnConfig{
			{Number: 2, WidthMax: o.nameWidth(), WidthMaxEnforcer: text.WrapSoft},
			{Number: 3, WidthMax: 24, WidthMaxEnforcer: text.WrapSoft},
		})
		fmt.Fprintln(w, t.Render())
		if rest := len(v.Of(verdict.KindMissing)) - len(shown); rest > 0 {
			fmt.Fprintln(w, msg.Tf(lang, "more", rest))
		}
	} else if verdict.Reached(v) {
		fmt.Fprintf(w, "%s: %s\n", msg.T(lang, "sec.missing"), msg.T(lang, "none"))
	}

	if len(v.Of(verdict.KindObsolete)) > 0 {
		fmt.Fprintln(w, p(msg.T(lang, "sec.obsolete")+":", text.FgYellow))
		for _, ob := range v.Of(verdict.KindObsolete) {
			fmt.Fprintf(w, "  - %s %s\n    %s\n", oneLine(ob.Code), oneLine(ob.Name), oneLine(ob.URL))
		}
	}

	// What may be a procedure the catalogue did not recognise, or a
	// match to check by hand: the officer sees it without opening the
	// HTML (a published name the matcher could not place is often the
	// procedure the table says is missing).
	for _, k := range []verdict.Kind{verdict.KindReview, verdict.KindUnmatched} {
		fs := v.Of(k)
		if len(fs) == 0 {
			continue
		}
		info, _ := verdict.Info(k)
		fmt.Fprintln(w, p(msg.T(lang, info.Section)+":", text.FgYellow))
		for i, f := range fs {
			if o.MaxMissing > 0 && i == o.MaxMissing {
				fmt.Fprintln(w, "  "+msg.Tf(lang, "more", len(fs)-i))
				break
			}
			line := oneLine(f.Text)
			if k == verdict.KindReview {
				line = oneLine(f.PublishedName) + " → " + oneLine(f.Code) + " " + oneLine(f.Name) + " (" + fmt.Sprint(reviewWhy(f, lang)) + ")"
			}
			fmt.Fprintf(w, "  - %s\n", line)
		}
	}

	if links := v.Of(verdict.KindByLink); len(links) > 0 {
		fmt.Fprintf(w, "%s (%d):\n", msg.T(lang, "sec.by_link"), len(links))
		for _, l := range links {
			fmt.Fprintf(w, "  - %s %s\n    → %s\n", oneLine(l.Code), oneLine(l.Name), oneLine(l.URL))
		}
	}
	if wrong := v.Of(verdict.KindWrongLink); len(wrong) > 0 {
		fmt.Fprintln(w, p(msg.T(lang, "sec.wrong_link")+":", text.FgYellow))
		for _, l := range wrong {
			fmt.Fprintf(w, "  - %s %s\n    → %s (%s: %s)\n", oneLine(l.Code), oneLine(l.Name), oneLine(l.URL),
				msg.T(lang, "col.linked_code"), oneLine(l.LinkedCode))
		}
	}

	notes := displayNotes(v, lang)
	if len(notes) > 0 || len(v.Of(verdict.KindFailedPage)) > 0 {
		fmt.Fprintln(w, msg.T(lang, "sec.notes")+":")
		for _, s := range notes {
			fmt.Fprintf(w, "  - %s\n", s)
		}
		for _, f := range v.Of(verdict.KindFailedPage) {
			fmt.Fprintf(w, "  - %s: %s\n", oneLine(f.URL), failReason(f, lang))
		}
	}
}

// portalNotes are the notes shown under a portal: the rules' own (which
// already explain an unreachable or partial crawl), and the script-rendered
// hint when the crawl recognised nothing and no note has suggested render_js
// yet.
func portalNotes(v *verdict.Verdict, lang msg.Lang) []string {
	var out []string
	hinted := false
	for _, n := range v.Notes {
		text := n.In(lang)
		out = append(out, oneLine(text))
		hinted = hinted || n.Is("note.script") || strings.Contains(text, "render_js")
	}
	if !hinted && verdict.LooksScriptRendered(v) {
		out = append(out, msg.T(lang, "hint.render_js"))
	}
	return out
}

// failReason says why a page did not load, in lang: the rules write the
// crawler's error kind first ("network: dial tcp …"), which reads as words
// ("cổng từ chối kết nối"), the technical detail after it in brackets.
func failReason(f verdict.Finding, lang msg.Lang) string {
	if kind, detail, ok := strings.Cut(f.Reason, ": "); ok && msg.Has("fetch."+kind) {
		word := msg.T(lang, "fetch."+kind)
		if kind == "http" && f.Status != 0 {
			word = msg.Tf(lang, "fetch.http_status", f.Status)
		}
		if detail = oneLine(detail); detail != "" {
			word += " (" + detail + ")"
		}
		return word
	}
	if f.Status != 0 {
		return fmt.Sprintf("HTTP %d %s", f.Status, oneLine(f.Reason))
	}
	return oneLine(f.Reason)
}

// oneLine folds line breaks and tabs, which would break the terminal layout
// (crawled text and catalogue cells may hold them), and drops other control
// characters so that a crawled string cannot send escape sequences to the
// reader's terminal.
func oneLine(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) && !unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// writeCatalogLacks is the section on the catalogue's own records: those
// lacking required parts on the national database, counted per field.
func writeCatalogLacks(w io.Writer, c verdict.CatalogInfo, lang msg.Lang, p paint) {
	if len(c.Lacking) == 0 {
		return
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "%s: %s\n", p(msg.T(lang, "sec.catalog_lacks"), text.Bold), msg.Number(lang, len(c.Lacking)))
	var parts []string
	for _, f := range c.LackingByField() {
		parts = append(parts, msg.Tf(lang, "catalog_lacks.field", f.Field, f.Count))
	}
	fmt.Fprintf(w, "  %s\n", strings.Join(parts, " · "))
}

// totalLabel heads the totals row: it says how many portals the totals
// leave out because they could not be reached.
func totalLabel(lang msg.Lang, s verdict.Totals) string {
	if n := s.Unreached(); n > 0 {
		return msg.T(lang, "total") + " " + msg.Tf(lang, "total.unreached", n)
	}
	return msg.T(lang, "total")
}

// nameWidth is where procedure names wrap: nameWidth columns, less on a
// narrow terminal (the code and field columns keep about 30).
func (o TermOptions) nameWidth() int {
	if o.Width > 0 && o.Width-40 < nameWidth {
		return max(20, o.Width-40)
	}
	return nameWidth
}

// compactSummary is the summary for a terminal narrower than
// compactBelow: portal, required, found, coverage, missing, status.
func compactSummary(n *verdict.Report, lang msg.Lang, p paint, width int) string {
	t := newTable()
	t.AppendHeader(table.Row{msg.T(lang, "col.portal"), msg.T(lang, "col.required"), msg.T(lang, "col.found"),
		msg.T(lang, "col.coverage"), msg.T(lang, "col.missing"), msg.T(lang, "col.status")})
	for i := range n.Portals {
		v := &n.Portals[i]
		found, cov, missing := "—", "—", "—"
		if verdict.Reached(v) {
			found = msg.Number(lang, v.Found)
			cov = p(msg.Percent(lang, v.Coverage), coverageColor(v))
			missing = countCell(p, v.Count(verdict.KindMissing), text.FgRed)
		}
		t.AppendRow(table.Row{oneLine(v.Name), msg.Number(lang, v.Required), found, cov, missing,
			p(msg.StatusLabel(lang, v.Status), statusColor(v.Status))})
	}
	s := verdict.Sum(n)
	t.AppendFooter(table.Row{msg.T(lang, "total"), msg.Number(lang, s.Required), msg.Number(lang, s.Found),
		msg.Percent(lang, s.Coverage()), msg.Number(lang, s.Missing), ""})
	// Numbers take 7 columns and the status 12 (headers wrap to them);
	// the portal's name gets the rest, borders and padding counted.
	const num, status = 7, 12
	name := max(12, width-4*(num+3)-(status+3)-4)
	cfg := []table.ColumnConfig{{Number: 1, WidthMax: name, WidthMaxEnforcer: text.WrapSoft}}
	for c := 2; c <= 5; c++ {
		cfg = append(cfg, table.ColumnConfig{Number: c, WidthMax: num, WidthMaxEnforcer: text.WrapSoft, Align: text.AlignRight, AlignFooter: text.AlignRight})
	}
	cfg = append(cfg, table.ColumnConfig{Number: 6, WidthMax: status, WidthMaxEnforcer: text.WrapSoft})
	t.SetColumnConfigs(cfg)
	out := t.Render()
	if s.Unreached() > 0 {
		out += "\n" + totalLabel(lang, s)
	}
	return out + "\n" + msg.T(lang, "compact.more")
}

// fitWriter wraps the text lines written to it at width columns, the
// continuation indented under the line's own text; table lines (box
// drawing) are sized by go-pretty and pass through.
type fitWriter struct {
	w     io.Writer
	width int
	buf   []byte
}

func (f *fitWriter) Write(b []byte) (int, error) {
	f.buf = append(f.buf, b...)
	for {
		i := bytes.IndexByte(f.buf, '\n')
		if i < 0 {
			return len(b), nil
		}
		if _, err := io.WriteString(f.w, f.fit(string(f.buf[:i]))+"\n"); err != nil {
			return 0, err
		}
		f.buf = f.buf[i+1:]
	}
}

func (f *fitWriter) flush() {
	if len(f.buf) > 0 {
		_, _ = io.WriteString(f.w, f.fit(string(f.buf)))
		f.buf = nil
	}
}

func (f *fitWriter) fit(line string) string {
	if text.RuneWidthWithoutEscSequences(line) <= f.width || strings.ContainsAny(line, "│┌├└") {
		return line
	}
	body := strings.TrimLeft(line, " ")
	indent := strings.Repeat(" ", len(line)-len(body))
	hang := indent
	if strings.HasPrefix(body, "- ") {
		hang += "  "
	}
	wrapped := strings.Split(text.WrapSoft(body, max(20, f.width-len(indent))), "\n")
	for i := range wrapped {
		if i == 0 {
			wrapped[i] = indent + wrapped[i]
		} else {
			wrapped[i] = hang + strings.TrimLeft(wrapped[i], " ")
		}
	}
	return strings.Join(wrapped, "\n")
}
