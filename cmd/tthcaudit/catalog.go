package main

import (
	"bytes"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/jedib0t/go-pretty/v6/table"
	"github.com/jedib0t/go-pretty/v6/text"
	"github.com/spf13/cobra"

	"github.com/tthcaudit/tthcaudit/internal/catalog"
	"github.com/tthcaudit/tthcaudit/internal/msg"
	"github.com/tthcaudit/tthcaudit/internal/textnorm"
)

func init() { register(newCatalogCmd) }

func newCatalogCmd(e *env) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "catalog",
		Short: "Xem và so sánh Danh mục TTHC (inspect and compare procedure catalogues)",
	}
	cmd.AddCommand(newCatalogShowCmd(e), newCatalogDiffCmd(e), newCatalogExportCmd(e))
	for _, sub := range catalogSubs {
		cmd.AddCommand(sub(e))
	}
	return cmd
}

// catalogSubs are catalog subcommands that live in files of their own.
var catalogSubs []func(*env) *cobra.Command

func registerCatalogSub(f func(*env) *cobra.Command) { catalogSubs = append(catalogSubs, f) }

// catalogLabels are the words of the catalog commands, Vietnamese first.
var catalogLabels = map[string][2]string{
	"catalog":      {"Danh mục", "Catalogue"},
	"total":        {"Tổng số thủ tục: %s (còn hiệu lực %s, hết hiệu lực %s)", "Procedures: %s (%s active, %s abolished)"},
	"status":       {"Trạng thái", "Status"},
	"level":        {"Cấp thực hiện", "Level"},
	"field":        {"Lĩnh vực", "Field"},
	"count":        {"Số thủ tục", "Procedures"},
	"active":       {"Còn hiệu lực", "Active"},
	"abolished":    {"Hết hiệu lực / bãi bỏ", "Abolished"},
	"sum":          {"Tổng cộng", "Total"},
	"lvl.bo":       {"Cấp Bộ", "Ministry"},
	"lvl.tinh":     {"Cấp Tỉnh", "Province"},
	"lvl.huyen":    {"Cấp Huyện", "District"},
	"lvl.xa":       {"Cấp Xã", "Commune"},
	"lvl.khac":     {"Cơ quan khác", "Other agency"},
	"lvl.":         {"Chưa rõ cấp", "Level not given"},
	"nofield":      {"(không ghi lĩnh vực)", "(no field given)"},
	"levelnote":    {"Một thủ tục có thể thực hiện ở nhiều cấp.", "A procedure may be carried out at several levels."},
	"compare":      {"So sánh danh mục: %s → %s", "Catalogue comparison: %s → %s"},
	"summary":      {"Thêm mới: %d · Bãi bỏ: %d · Đổi tên: %d · Đổi mã: %d", "Added: %d · Abolished: %d · Renamed: %d · Re-coded: %d"},
	"nochange":     {"Không có thay đổi.", "No changes."},
	"added":        {"Thủ tục mới", "Added procedures"},
	"abolishedT":   {"Thủ tục bãi bỏ", "Abolished procedures"},
	"renamed":      {"Thủ tục đổi tên", "Renamed procedures"},
	"recoded":      {"Thủ tục đổi mã", "Re-coded procedures"},
	"code":         {"Mã", "Code"},
	"name":         {"Tên thủ tục", "Name"},
	"oldname":      {"Tên cũ", "Old name"},
	"newname":      {"Tên mới", "New name"},
	"oldcode":      {"Mã cũ", "Old code"},
	"newcode":      {"Mã mới", "New code"},
	"badlang":      {"--lang phải là vi hoặc en, không phải %q", "--lang must be vi or en, not %q"},
	"unknownLevel": {"unknown", "unknown"},
}

// labeler returns the labels in one language.
type labeler func(key string, a ...any) string

func labelsFor(lang string) (labeler, error) {
	i := 0
	switch lang {
	case "", "vi":
	case "en":
		i = 1
	default:
		return nil, badInput(catalogLabels["badlang"][0]+" ("+catalogLabels["badlang"][1]+")", lang, lang)
	}
	return func(key string, a ...any) string {
		s := catalogLabels[key][i]
		if len(a) > 0 {
			return fmt.Sprintf(s, a...)
		}
		return s
	}, nil
}

// number writes n with the language's thousands separator (2.929 / 2,929).
func number(lang string, n int) string {
	s := strconv.Itoa(n)
	sep := "."
	if lang == "en" {
		sep = ","
	}
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteString(sep)
		}
		b.WriteRune(c)
	}
	return b.String()
}

func newCatalogTable() table.Writer {
	t := table.NewWriter()
	t.SetStyle(table.StyleLight)
	// Vietnamese headers read as written; upper-casing them shouts.
	t.Style().Format.Header = text.FormatDefault
	t.Style().Format.Footer = text.FormatDefault
	return t
}

// loadCatalog wraps a catalogue error as bad input: "file:row: reason".
func loadCatalog(path string) (*catalog.Catalog, error) {
	c, err := catalog.Load(path)
	if err != nil {
		return nil, badInput("%v", err)
	}
	return c, nil
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

// countRow is one line of a count table.
type countRow struct {
	key    string // level, field or status as the JSON gives it
	label  string
	count  int
	active int
}

// catalogStats are the counts `catalog show` prints.
type catalogStats struct {
	Source     string       `json:"source"`
	Procedures int          `json:"procedures"`
	Active     int          `json:"active"`
	Abolished  int          `json:"abolished"`
	ByStatus   []statusJSON `json:"by_status"`
	ByLevel    []groupJSON  `json:"by_level"`
	ByField    []groupJSON  `json:"by_field"`
	// With decisions: the date, the decisions applied, those to come.
	AsOf      string                     `json:"as_of,omitempty"`
	Decisions []catalog.DecisionRef      `json:"decisions,omitempty"`
	Upcoming  []catalog.UpcomingDecision `json:"upcoming,omitempty"`
	Warnings  []string                   `json:"warnings,omitempty"`
	// Lacking counts the records lacking required parts on the national
	// database (a catalogue from `catalog fetch`).
	Lacking int `json:"lacking,omitempty"`
}

type statusJSON struct {
	Status string `json:"status"`
	Count  int    `json:"count"`
}

type groupJSON struct {
	Level  string `json:"level,omitempty"`
	Field  string `json:"field,omitempty"`
	Count  int    `json:"count"`
	Active int    `json:"active"`
}

// levelRows counts procedures per level, in the contract's order, then
// those whose level is not given. A procedure counts at each of its levels.
func levelRows(c *catalog.Catalog, l labeler) []countRow {
	var rows []countRow
	for _, lv := range append(append([]catalog.Level(nil), catalog.Levels...), "") {
		r := countRow{key: string(lv), label: l("lvl." + string(lv))}
		if lv == "" {
			r.key = l("unknownLevel")
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
func fieldRows(c *catalog.Catalog, l labeler) []countRow {
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
				label = l("nofield")
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

// catalogSubcommand builds a catalog subcommand with --json and --lang:
// run writes the output into out, which goes to stdout whole, and not at
// all on an error.
func catalogSubcommand(e *env, use, short string, args cobra.PositionalArgs,
	run func(out *bytes.Buffer, args []string, l labeler, lang string, asJSON bool) error) *cobra.Command {
	var asJSON bool
	var lang string
	cmd := &cobra.Command{
		Use:   use,
		Short: short,
		Args:  args,
		RunE: func(cmd *cobra.Command, args []string) error {
			l, err := labelsFor(lang)
			if err != nil {
				return err
			}
			var out bytes.Buffer
			if err := run(&out, args, l, lang, asJSON); err != nil {
				return err
			}
			_, err = e.stdout.Write(out.Bytes())
			return err
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "in JSON for programs")
	cmd.Flags().StringVar(&lang, "lang", "vi", "language of the tables: vi or en")
	return cmd
}

func newCatalogShowCmd(e *env) *cobra.Command {
	var lf listFlags
	cmd := catalogSubcommand(e, "show FILE…",
		"Đếm thủ tục theo cấp, lĩnh vực và trạng thái; với danh sách gốc + quyết định: tại ngày --as-of (count procedures by level, field and status)",
		cobra.MinimumNArgs(1),
		func(out *bytes.Buffer, args []string, l labeler, lang string, asJSON bool) error {
			b, err := loadList(args, &lf, lf.asOf.t)
			if err != nil {
				return err
			}
			if asJSON {
				return writeShowJSON(out, b, l)
			}
			writeShowText(out, b.Catalog, l, lang)
			writeListText(out, b, l)
			return nil
		})
	lf.add(cmd)
	return cmd
}

func writeShowJSON(out *bytes.Buffer, b *catalog.Built, l labeler) error {
	c := b.Catalog
	active := c.ActiveCount()
	s := catalogStats{Source: c.Source, Procedures: len(c.Procedures), Active: active,
		Abolished: len(c.Procedures) - active,
		ByStatus: []statusJSON{{string(catalog.StatusActive), active},
			{string(catalog.StatusAbolished), len(c.Procedures) - active}},
		ByLevel: []groupJSON{}, ByField: []groupJSON{}, Lacking: lackingCount(c)}
	for _, r := range levelRows(c, l) {
		s.ByLevel = append(s.ByLevel, groupJSON{Level: r.key, Count: r.count, Active: r.active})
	}
	for _, r := range fieldRows(c, l) {
		s.ByField = append(s.ByField, groupJSON{Field: r.key, Count: r.count, Active: r.active})
	}
	if len(b.Applied) > 0 || len(b.Upcoming) > 0 {
		s.AsOf, s.Decisions, s.Upcoming, s.Warnings = b.AsOf.Format("2006-01-02"), b.Applied, b.Upcoming, b.Warnings
	}
	return printJSON(out, s)
}

func writeShowText(out *bytes.Buffer, c *catalog.Catalog, l labeler, lang string) {
	total, active := len(c.Procedures), c.ActiveCount()
	fmt.Fprintf(out, "%s: %s\n", l("catalog"), c.Source)
	fmt.Fprintln(out, l("total", number(lang, total), number(lang, active), number(lang, total-active)))
	if n := lackingCount(c); n > 0 {
		fmt.Fprintln(out, msg.Tf(msg.Lang(lang), "show.lacking", number(lang, n)))
	}
	fmt.Fprintln(out)

	t := newCatalogTable()
	t.AppendHeader(table.Row{l("status"), l("count")})
	t.AppendRow(table.Row{l("active"), number(lang, active)})
	t.AppendRow(table.Row{l("abolished"), number(lang, total-active)})
	t.AppendFooter(table.Row{l("sum"), number(lang, total)})
	t.SetColumnConfigs([]table.ColumnConfig{{Number: 2, Align: text.AlignRight, AlignFooter: text.AlignRight}})
	fmt.Fprintln(out, t.Render())
	fmt.Fprintln(out)

	t = newCatalogTable()
	t.AppendHeader(table.Row{l("level"), l("count"), l("active")})
	for _, r := range levelRows(c, l) {
		t.AppendRow(table.Row{r.label, number(lang, r.count), number(lang, r.active)})
	}
	t.SetColumnConfigs([]table.ColumnConfig{{Number: 2, Align: text.AlignRight}, {Number: 3, Align: text.AlignRight}})
	t.SetCaption("%s", l("levelnote"))
	fmt.Fprintln(out, t.Render())
	fmt.Fprintln(out)

	t = newCatalogTable()
	t.AppendHeader(table.Row{l("field"), l("count"), l("active")})
	for _, r := range fieldRows(c, l) {
		t.AppendRow(table.Row{r.label, number(lang, r.count), number(lang, r.active)})
	}
	t.AppendFooter(table.Row{l("sum"), number(lang, total), number(lang, active)})
	t.SetColumnConfigs([]table.ColumnConfig{
		{Number: 1, WidthMax: 60, WidthMaxEnforcer: text.WrapSoft},
		{Number: 2, Align: text.AlignRight, AlignFooter: text.AlignRight},
		{Number: 3, Align: text.AlignRight, AlignFooter: text.AlignRight}})
	fmt.Fprintln(out, t.Render())
}

// diffJSON is `catalog diff --json`.
type diffJSON struct {
	Old       string            `json:"old"`
	New       string            `json:"new"`
	Added     []diffItem        `json:"added"`
	Abolished []diffItem        `json:"abolished"`
	Renamed   []catalog.Renamed `json:"renamed"`
	Recoded   []catalog.Recoded `json:"recoded"`
}

// diffItem is one added or abolished procedure. Removed is true for an
// abolished procedure whose code the new catalogue no longer lists (rather
// than listing it as abolished).
type diffItem struct {
	Code    string          `json:"code"`
	Name    string          `json:"name"`
	Field   string          `json:"field"`
	Levels  []catalog.Level `json:"levels"`
	Removed bool            `json:"removed,omitempty"`
}

func diffItems(ps []catalog.Procedure, cur *catalog.Catalog) []diffItem {
	out := []diffItem{}
	for _, p := range ps {
		ls := p.Levels
		if ls == nil {
			ls = []catalog.Level{}
		}
		_, listed := cur.ByCode(p.Code)
		out = append(out, diffItem{Code: p.Code, Name: p.Name, Field: p.Field(), Levels: ls, Removed: !listed})
	}
	return out
}

func newCatalogDiffCmd(e *env) *cobra.Command {
	var lf listFlags
	cmd := catalogSubcommand(e, "diff OLD NEW | diff FILE… [--from DATE] [--as-of DATE]",
		"Thủ tục thêm mới, bãi bỏ, đổi tên, đổi mã giữa hai phiên bản danh mục; với quyết định: những gì tệp cuối thay đổi, hoặc giữa --from và --as-of (procedures added, abolished, renamed, re-coded)",
		cobra.MinimumNArgs(2),
		func(out *bytes.Buffer, args []string, l labeler, _ string, asJSON bool) error {
			old, cur, err := diffInputs(args, &lf)
			if err != nil {
				return err
			}
			ch := catalog.Diff(old, cur)
			if asJSON {
				return printJSON(out, diffJSON{Old: old.Source, New: cur.Source, Added: diffItems(ch.Added, cur),
					Abolished: diffItems(ch.Abolished, cur), Renamed: ch.Renamed, Recoded: ch.Recoded})
			}
			writeDiffText(out, old, cur, ch, l)
			return nil
		})
	lf.add(cmd)
	cmd.Flags().Var(&lf.from, "from", "so sánh danh mục tại ngày này với danh mục tại --as-of (compare the list as of this date with the list as of --as-of)")
	return cmd
}

// diffInputs are the two catalogues `catalog diff` compares: two catalogue
// files as given; a list as of --from and as of --as-of; otherwise the
// list without its last file and the whole list, every decision applied
// (what the last decision changes), unless --as-of cuts them off.
func diffInputs(args []string, lf *listFlags) (old, cur *catalog.Catalog, err error) {
	if !lf.from.t.IsZero() {
		a, err := loadList(args, lf, lf.from.t)
		if err != nil {
			return nil, nil, err
		}
		b, err := loadList(args, lf, lf.asOf.t)
		if err != nil {
			return nil, nil, err
		}
		return a.Catalog, b.Catalog, nil
	}
	if len(args) == 2 && !hasDecisions(args) {
		if old, err = loadCatalog(args[0]); err != nil {
			return nil, nil, err
		}
		cur, err = loadCatalog(args[1])
		return old, cur, err
	}
	at := lf.asOf.t
	if at.IsZero() {
		at = farFuture
	}
	a, err := loadList(args[:len(args)-1], lf, at)
	if err != nil {
		return nil, nil, err
	}
	b, err := loadList(args, lf, at)
	if err != nil {
		return nil, nil, err
	}
	return a.Catalog, b.Catalog, nil
}

func writeDiffText(out *bytes.Buffer, old, cur *catalog.Catalog, ch catalog.Changes, l labeler) {
	fmt.Fprintln(out, l("compare", old.Source, cur.Source))
	fmt.Fprintln(out, l("summary", len(ch.Added), len(ch.Abolished), len(ch.Renamed), len(ch.Recoded)))
	if ch.Empty() {
		fmt.Fprintln(out, l("nochange"))
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
		t.AppendHeader(table.Row{l("code"), l("name"), l("field")})
		for _, p := range ps {
			t.AppendRow(table.Row{p.Code, p.Name, p.Field()})
		}
		t.SetColumnConfigs(wrap(2, 3))
		fmt.Fprintln(out)
		fmt.Fprintln(out, t.Render())
	}
	procs(l("added"), ch.Added)
	procs(l("abolishedT"), ch.Abolished)
	if len(ch.Renamed) > 0 {
		t := newCatalogTable()
		t.SetTitle("%s (%d)", l("renamed"), len(ch.Renamed))
		t.AppendHeader(table.Row{l("code"), l("oldname"), l("newname")})
		for _, r := range ch.Renamed {
			t.AppendRow(table.Row{r.Code, r.OldName, r.NewName})
		}
		t.SetColumnConfigs(wrap(2, 3))
		fmt.Fprintln(out)
		fmt.Fprintln(out, t.Render())
	}
	if len(ch.Recoded) > 0 {
		t := newCatalogTable()
		t.SetTitle("%s (%d)", l("recoded"), len(ch.Recoded))
		t.AppendHeader(table.Row{l("oldcode"), l("newcode"), l("name")})
		for _, r := range ch.Recoded {
			t.AppendRow(table.Row{r.OldCode, r.NewCode, r.Name})
		}
		t.SetColumnConfigs(wrap(3))
		fmt.Fprintln(out)
		fmt.Fprintln(out, t.Render())
	}
}
