package reports

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/jedib0t/go-pretty/v6/table"
	"github.com/jedib0t/go-pretty/v6/text"
	"github.com/tthcaudit/tthcaudit/internal/catalog"
	"github.com/tthcaudit/tthcaudit/internal/msg"
	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

// countRow is one line of a count table.
type countRow struct {
	key    string // level, field or status as the JSON gives it
	label  string
	count  int
	active int
}

// CatalogSummary are the counts `catalog show` prints.
type CatalogSummary struct {
	Source     string          `json:"source"`
	Procedures int             `json:"procedures"`
	Active     int             `json:"active"`
	Abolished  int             `json:"abolished"`
	ByStatus   []CatalogStatus `json:"by_status"`
	ByLevel    []CatalogGroup  `json:"by_level"`
	ByField    []CatalogGroup  `json:"by_field"`
	// With decisions: the date, the decisions applied, those to come.
	AsOf      string                     `json:"as_of,omitempty"`
	Decisions []catalog.DecisionRef      `json:"decisions,omitempty"`
	Upcoming  []catalog.UpcomingDecision `json:"upcoming,omitempty"`
	Warnings  []string                   `json:"warnings,omitempty"`
	// Lacking counts the records lacking required parts on the national
	// database (a catalogue from `catalog fetch`).
	Lacking int `json:"lacking,omitempty"`
}

type CatalogStatus struct {
	Status string `json:"status"`
	Count  int    `json:"count"`
}

type CatalogGroup struct {
	Level  string `json:"level,omitempty"`
	Field  string `json:"field,omitempty"`
	Count  int    `json:"count"`
	Active int    `json:"active"`
}

// levelRows counts procedures per level, in the contract's order, then
// those whose level is not given. A procedure counts at each of its levels.
func levelRows(c *catalog.Catalog, lang msg.Lang) []countRow {
	var rows []countRow
	for _, lv := range append(append([]catalog.Level(nil), catalog.Levels...), "") {
		r := countRow{key: string(lv), label: msg.Tf(lang, "cat.lvl."+string(lv))}
		if lv == "" {
			r.key = msg.Tf(lang, "cat.unknownLevel")
		}
		for _, p := range c.Procedures {
			if lv == "" && p.LevelsKnown() || lv != "" && !p.HasLevel(lv) {
				continue
			}
			r.count++
			if p.Active() {
				r.active++
			}
		}
		if r.count > 0 {
			rows = append(rows, r)
		}
	}
	return rows
}

// fieldRows counts procedures by main field, largest first; spellings with
// one textnorm.Key are one field.
func fieldRows(c *catalog.Catalog, lang msg.Lang) []countRow {
	idx := map[string]int{}
	var rows []countRow
	for _, p := range c.Procedures {
		f := p.Field()
		k := textnorm.Key(f)
		i, ok := idx[k]
		if !ok {
			i = len(rows)
			idx[k] = i
			label := f
			if f == "" {
				label = msg.Tf(lang, "cat.nofield")
			}
			rows = append(rows, countRow{key: f, label: label})
		}
		rows[i].count++
		if p.Active() {
			rows[i].active++
		}
	}
	sort.SliceStable(rows, func(i, j int) bool {
		if rows[i].count != rows[j].count {
			return rows[i].count > rows[j].count
		}
		return rows[i].label < rows[j].label
	})
	return rows
}

// CatalogStats is `catalog show --json`: the counts by status, level and
// field, and with decisions the date and the decisions applied and to come.
func CatalogStats(b *catalog.Built, lang msg.Lang) CatalogSummary {
	c := b.Catalog
	active := c.ActiveCount()
	s := CatalogSummary{Source: c.Source, Procedures: len(c.Procedures), Active: active,
		Abolished: len(c.Procedures) - active,
		ByStatus: []CatalogStatus{{string(catalog.StatusActive), active},
			{string(catalog.StatusAbolished), len(c.Procedures) - active}},
		ByLevel: []CatalogGroup{}, ByField: []CatalogGroup{}, Lacking: lackingCount(c)}
	for _, r := range levelRows(c, lang) {
		s.ByLevel = append(s.ByLevel, CatalogGroup{Level: r.key, Count: r.count, Active: r.active})
	}
	for _, r := range fieldRows(c, lang) {
		s.ByField = append(s.ByField, CatalogGroup{Field: r.key, Count: r.count, Active: r.active})
	}
	if len(b.Applied) > 0 || len(b.Upcoming) > 0 {
		s.AsOf, s.Decisions, s.Upcoming, s.Warnings = b.AsOf.Format("2006-01-02"), b.Applied, b.Upcoming, b.Warnings
	}
	return s
}

// CatalogShow writes `catalog show`: the counts by status, level and field.
func CatalogShow(out io.Writer, c *catalog.Catalog, lang msg.Lang) {
	total, active := len(c.Procedures), c.ActiveCount()
	fmt.Fprintf(out, "%s: %s\n", msg.Tf(lang, "cat.catalog"), c.Source)
	fmt.Fprintln(out, msg.Tf(lang, "cat.total", msg.Number(lang, total), msg.Number(lang, active), msg.Number(lang, total-active)))
	if n := lackingCount(c); n > 0 {
		fmt.Fprintln(out, msg.Tf(lang, "show.lacking", msg.Number(lang, n)))
	}
	fmt.Fprintln(out)

	t := newCatalogTable()
	t.AppendHeader(table.Row{msg.Tf(lang, "cat.status"), msg.Tf(lang, "cat.count")})
	t.AppendRow(table.Row{msg.Tf(lang, "cat.active"), msg.Number(lang, active)})
	t.AppendRow(table.Row{msg.Tf(lang, "cat.abolished"), msg.Number(lang, total-active)})
	t.AppendFooter(table.Row{msg.Tf(lang, "cat.sum"), msg.Number(lang, total)})
	t.SetColumnConfigs([]table.ColumnConfig{{Number: 2, Align: text.AlignRight, AlignFooter: text.AlignRight}})
	fmt.Fprintln(out, t.Render())
	fmt.Fprintln(out)

	t = newCatalogTable()
	t.AppendHeader(table.Row{msg.Tf(lang, "cat.level"), msg.Tf(lang, "cat.count"), msg.Tf(lang, "cat.active")})
	for _, r := range levelRows(c, lang) {
		t.AppendRow(table.Row{r.label, msg.Number(lang, r.count), msg.Number(lang, r.active)})
	}
	t.SetColumnConfigs([]table.ColumnConfig{{Number: 2, Align: text.AlignRight}, {Number: 3, Align: text.AlignRight}})
	t.SetCaption("%s", msg.Tf(lang, "cat.levelnote"))
	fmt.Fprintln(out, t.Render())
	fmt.Fprintln(out)

	t = newCatalogTable()
	t.AppendHeader(table.Row{msg.Tf(lang, "cat.field"), msg.Tf(lang, "cat.count"), msg.Tf(lang, "cat.active")})
	for _, r := range fieldRows(c, lang) {
		t.AppendRow(table.Row{r.label, msg.Number(lang, r.count), msg.Number(lang, r.active)})
	}
	t.AppendFooter(table.Row{msg.Tf(lang, "cat.sum"), msg.Number(lang, total), msg.Number(lang, active)})
	t.SetColumnConfigs([]table.ColumnConfig{
		{Number: 1, WidthMax: 60, WidthMaxEnforcer: text.WrapSoft},
		{Number: 2, Align: text.AlignRight, AlignFooter: text.AlignRight},
		{Number: 3, Align: text.AlignRight, AlignFooter: text.AlignRight}})
	fmt.Fprintln(out, t.Render())
}

// CatalogChanges is `catalog diff --json`.
type CatalogChanges struct {
	Old       string            `json:"old"`
	New       string            `json:"new"`
	Added     []CatalogChange   `json:"added"`
	Abolished []CatalogChange   `json:"abolished"`
	Renamed   []catalog.Renamed `json:"renamed"`
	Recoded   []catalog.Recoded `json:"recoded"`
}

// CatalogChange is one added or abolished procedure. Removed is true for an
// abolished procedure whose code the new catalogue no longer lists (rather
// than listing it as abolished).
type CatalogChange struct {
	Code    string          `json:"code"`
	Name    string          `json:"name"`
	Field   string          `json:"field"`
	Levels  []catalog.Level `json:"levels"`
	Removed bool            `json:"removed,omitempty"`
}

func diffItems(ps []catalog.Procedure, cur *catalog.Catalog) []CatalogChange {
	out := []CatalogChange{}
	for _, p := range ps {
		ls := p.Levels
		if ls == nil {
			ls = []catalog.Level{}
		}
		_, listed := cur.ByCode(p.Code)
		out = append(out, CatalogChange{Code: p.Code, Name: p.Name, Field: p.Field(), Levels: ls, Removed: !listed})
	}
	return out
}

// CatalogDiff writes `catalog diff`: procedures added, abolished, renamed
// and re-coded between two catalogues.
func CatalogDiff(out io.Writer, old, cur *catalog.Catalog, ch catalog.Changes, lang msg.Lang) {
	fmt.Fprintln(out, msg.Tf(lang, "cat.compare", old.Source, cur.Source))
	fmt.Fprintln(out, msg.Tf(lang, "cat.summary", len(ch.Added), len(ch.Abolished), len(ch.Renamed), len(ch.Recoded)))
	if ch.Empty() {
		fmt.Fprintln(out, msg.Tf(lang, "cat.nochange"))
		return
	}
	wrap := func(cols ...int) []table.ColumnConfig {
		var cc []table.ColumnConfig
		for _, n := range cols {
			cc = append(cc, table.ColumnConfig{Number: n, WidthMax: 60, WidthMaxEnforcer: text.WrapSoft})
		}
		return cc
	}
	procs := func(title string, ps []catalog.Procedure) {
		if len(ps) == 0 {
			return
		}
		t := newCatalogTable()
		t.SetTitle("%s (%d)", title, len(ps))
		t.AppendHeader(table.Row{msg.Tf(lang, "cat.code"), msg.Tf(lang, "cat.name"), msg.Tf(lang, "cat.field")})
		for _, p := range ps {
			t.AppendRow(table.Row{p.Code, p.Name, p.Field()})
		}
		t.SetColumnConfigs(wrap(2, 3))
		fmt.Fprintln(out)
		fmt.Fprintln(out, t.Render())
	}
	procs(msg.Tf(lang, "cat.added"), ch.Added)
	procs(msg.Tf(lang, "cat.abolishedT"), ch.Abolished)
	if len(ch.Renamed) > 0 {
		t := newCatalogTable()
		t.SetTitle("%s (%d)", msg.Tf(lang, "cat.renamed"), len(ch.Renamed))
		t.AppendHeader(table.Row{msg.Tf(lang, "cat.code"), msg.Tf(lang, "cat.oldname"), msg.Tf(lang, "cat.newname")})
		for _, r := range ch.Renamed {
			t.AppendRow(table.Row{r.Code, r.OldName, r.NewName})
		}
		t.SetColumnConfigs(wrap(2, 3))
		fmt.Fprintln(out)
		fmt.Fprintln(out, t.Render())
	}
	if len(ch.Recoded) > 0 {
		t := newCatalogTable()
		t.SetTitle("%s (%d)", msg.Tf(lang, "cat.recoded"), len(ch.Recoded))
		t.AppendHeader(table.Row{msg.Tf(lang, "cat.oldcode"), msg.Tf(lang, "cat.newcode"), msg.Tf(lang, "cat.name")})
		for _, r := range ch.Recoded {
			t.AppendRow(table.Row{r.OldCode, r.NewCode, r.Name})
		}
		t.SetColumnConfigs(wrap(3))
		fmt.Fprintln(out)
		fmt.Fprintln(out, t.Render())
	}
}

// CatalogList adds to `catalog show` what a list brings: the date, the
// decisions applied, the upcoming ones and what to check.
func CatalogList(out io.Writer, b *catalog.Built, lang msg.Lang) {
	if len(b.Applied) == 0 && len(b.Upcoming) == 0 {
		return
	}
	fmt.Fprintln(out)
	fmt.Fprintln(out, msg.Tf(lang, "cat.asof", b.AsOf.Format("02/01/2006")))
	if len(b.Applied) > 0 {
		t := newCatalogTable()
		t.SetTitle("%s (%d)", msg.Tf(lang, "cat.applied"), len(b.Applied))
		t.AppendHeader(table.Row{msg.Tf(lang, "cat.number"), msg.Tf(lang, "cat.from"), msg.Tf(lang, "cat.new"), msg.Tf(lang, "cat.amended"), msg.Tf(lang, "cat.abolishedN")})
		for _, d := range b.Applied {
			t.AppendRow(table.Row{d.Number, d.EffectiveFrom.Format("02/01/2006"), d.New, d.Amended, d.Abolished})
		}
		fmt.Fprintln(out, t.Render())
	}
	for _, u := range b.Upcoming {
		t := newCatalogTable()
		t.SetTitle("%s: %s, %s %s", msg.Tf(lang, "cat.upcoming"), u.Number, strings.ToLower(msg.Tf(lang, "cat.from")), u.EffectiveFrom.Format("02/01/2006"))
		t.AppendHeader(table.Row{msg.Tf(lang, "cat.change"), msg.Tf(lang, "cat.code"), msg.Tf(lang, "cat.name"), msg.Tf(lang, "cat.oldname")})
		for _, c := range u.Changes {
			t.AppendRow(table.Row{msg.Tf(lang, "cat.act."+c.Action), c.Code, c.Name, c.OldName})
		}
		t.SetColumnConfigs([]table.ColumnConfig{{Number: 3, WidthMax: 50, WidthMaxEnforcer: text.WrapSoft}, {Number: 4, WidthMax: 40, WidthMaxEnforcer: text.WrapSoft}})
		fmt.Fprintln(out)
		fmt.Fprintln(out, t.Render())
	}
	if len(b.Warnings) > 0 {
		fmt.Fprintln(out)
		fmt.Fprintln(out, msg.Tf(lang, "cat.warnings")+":")
		for _, w := range b.Warnings {
			fmt.Fprintln(out, "  - "+w)
		}
	}
}

// newCatalogTable is a go-pretty table in the catalogue commands' style:
// Vietnamese headers read as written (upper-casing them shouts).
func newCatalogTable() table.Writer {
	t := table.NewWriter()
	t.SetStyle(table.StyleLight)
	t.Style().Format.Header = text.FormatDefault
	t.Style().Format.Footer = text.FormatDefault
	return t
}

// CatalogDiffJSON is `catalog diff --json`.
func CatalogDiffJSON(old, cur *catalog.Catalog, ch catalog.Changes) CatalogChanges {
	return CatalogChanges{Old: old.Source, New: cur.Source, Added: diffItems(ch.Added, cur),
		Abolished: diffItems(ch.Abolished, cur), Renamed: ch.Renamed, Recoded: ch.Recoded}
}

// lackingCount is how many active procedures lack parts on the national
// database.
func lackingCount(c *catalog.Catalog) int {
	n := 0
	for _, p := range c.Procedures {
		if len(p.Lacks) > 0 && p.Active() {
			n++
		}
	}
	return n
}
