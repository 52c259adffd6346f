package main

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/jedib0t/go-pretty/v6/table"
	"github.com/jedib0t/go-pretty/v6/text"
	"github.com/spf13/cobra"

	"github.com/tthcaudit/tthcaudit/internal/audit"
	"github.com/tthcaudit/tthcaudit/internal/catalog"
	"github.com/tthcaudit/tthcaudit/internal/decision"
	"github.com/tthcaudit/tthcaudit/internal/reports"
)

// The words of the catalogue-list output, Vietnamese first.
func init() {
	for k, v := range map[string][2]string{
		"asof":          {"Danh mục tại ngày: %s", "Catalogue as of: %s"},
		"applied":       {"Quyết định đã áp dụng", "Decisions applied"},
		"upcoming":      {"Quyết định chưa có hiệu lực (thay đổi sắp tới)", "Decisions not yet in force (upcoming changes)"},
		"number":        {"Số quyết định", "Decision"},
		"from":          {"Hiệu lực từ", "In force from"},
		"new":           {"Mới", "New"},
		"amended":       {"Sửa đổi, thay thế", "Amended, replaced"},
		"abolishedN":    {"Bãi bỏ", "Abolished"},
		"change":        {"Thay đổi", "Change"},
		"act.new":       {"Mới ban hành", "New"},
		"act.amended":   {"Sửa đổi, bổ sung", "Amended"},
		"act.replaced":  {"Thay thế", "Replaced"},
		"act.abolished": {"Bãi bỏ", "Abolished"},
		"warnings":      {"Cần xem lại", "To check"},
		"exported":      {"Đã ghi %s thủ tục vào %s: còn hiệu lực %s, đã bãi bỏ %s, chưa có hiệu lực %s (danh mục tại ngày %s).", "Wrote %s procedures to %s: %s active, %s abolished, %s not yet in force (catalogue as of %s)."},
		"badout":        {"--out phải là tệp .csv hoặc .xlsx, không phải %q", "--out must name a .csv or .xlsx file, not %q"},
		"noout":         {"thiếu --out PATH.csv hoặc PATH.xlsx", "--out PATH.csv or PATH.xlsx is required"},
	} {
		catalogLabels[k] = v
	}
}

// listFlags are the flags of the catalog commands that read lists of a
// base catalogue and decisions.
type listFlags struct {
	asOf      asOfFlag
	reference string
	from      asOfFlag
}

func (f *listFlags) add(cmd *cobra.Command) {
	addAsOfFlag(cmd, &f.asOf)
	cmd.Flags().StringVar(&f.reference, "reference", "", "danh sách tên chuẩn theo mã (ví dụ danh sách quốc gia) để sửa tên đọc bằng OCR (names by code, e.g. the national list, to correct names read by OCR)")
}

// farFuture takes a list at a date after every decision: all applied.
var farFuture = time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)

// loadList builds the catalogue of a list of files as of a date (zero:
// today in Vietnam). Errors are bad input naming the file and page or row.
func loadList(paths []string, f *listFlags, asOf time.Time) (*catalog.Built, error) {
	if asOf.IsZero() {
		asOf = audit.AsOfDay(time.Now())
	}
	o := catalog.ListOptions{AsOf: asOf}
	if f != nil && f.reference != "" {
		ref, err := catalog.Load(f.reference)
		if err != nil {
			return nil, badInput("%v", err)
		}
		o.Reference = ref
	}
	b, err := catalog.LoadList(paths, o)
	if err != nil {
		return nil, badInput("%v", err)
	}
	return b, nil
}

// hasDecisions reports whether any path is a decision.
func hasDecisions(paths []string) bool {
	for _, p := range paths {
		if decision.IsDecision(p) {
			return true
		}
	}
	return false
}

// writeListText adds to `catalog show` what a list brings: the date, the
// decisions applied, the upcoming ones and what to check.
func writeListText(out *bytes.Buffer, b *catalog.Built, l labeler) {
	if len(b.Applied) == 0 && len(b.Upcoming) == 0 {
		return
	}
	fmt.Fprintln(out)
	fmt.Fprintln(out, l("asof", b.AsOf.Format("02/01/2006")))
	if len(b.Applied) > 0 {
		t := newCatalogTable()
		t.SetTitle("%s (%d)", l("applied"), len(b.Applied))
		t.AppendHeader(table.Row{l("number"), l("from"), l("new"), l("amended"), l("abolishedN")})
		for _, d := range b.Applied {
			t.AppendRow(table.Row{d.Number, d.EffectiveFrom.Format("02/01/2006"), d.New, d.Amended, d.Abolished})
		}
		fmt.Fprintln(out, t.Render())
	}
	for _, u := range b.Upcoming {
		t := newCatalogTable()
		t.SetTitle("%s: %s, %s %s", l("upcoming"), u.Number, strings.ToLower(l("from")), u.EffectiveFrom.Format("02/01/2006"))
		t.AppendHeader(table.Row{l("change"), l("code"), l("name"), l("oldname")})
		for _, c := range u.Changes {
			t.AppendRow(table.Row{l("act." + c.Action), c.Code, c.Name, c.OldName})
		}
		t.SetColumnConfigs([]table.ColumnConfig{{Number: 3, WidthMax: 50, WidthMaxEnforcer: text.WrapSoft}, {Number: 4, WidthMax: 40, WidthMaxEnforcer: text.WrapSoft}})
		fmt.Fprintln(out)
		fmt.Fprintln(out, t.Render())
	}
	if len(b.Warnings) > 0 {
		fmt.Fprintln(out)
		fmt.Fprintln(out, l("warnings")+":")
		for _, w := range b.Warnings {
			fmt.Fprintln(out, "  - "+w)
		}
	}
}

func newCatalogExportCmd(e *env) *cobra.Command {
	var lf listFlags
	var out, lang string
	cmd := &cobra.Command{
		Use:   "export FILE… --out PATH.csv|PATH.xlsx",
		Short: "Ghi danh mục (gốc + các quyết định, tại ngày --as-of) ra CSV/XLSX để rà soát (write the resulting catalogue for sign-off)",
		Long: `Đọc danh mục gốc (.csv, .xlsx, .json) rồi các quyết định công bố (.pdf, kể cả bản scan, và .docx), áp dụng theo ngày có hiệu lực
đến ngày --as-of (mặc định hôm nay), và ghi danh mục kết quả với các cột Trạng thái (Còn hiệu lực / Đã bãi bỏ / Chưa có hiệu lực),
Hiệu lực từ và Nguồn (quyết định và trang đã thay đổi dòng đó).

(Reads a base catalogue then decisions, applies those in force on --as-of in order of entry into force, and writes the result
with Trạng thái, Hiệu lực từ and Nguồn. Exit 0, or 1 on bad input.)`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			l, err := labelsFor(lang)
			if err != nil {
				return err
			}
			if out == "" {
				return badInput("%s (%s)", catalogLabels["noout"][0], catalogLabels["noout"][1])
			}
			ext := strings.ToLower(filepath.Ext(out))
			if ext != ".csv" && ext != ".xlsx" {
				return badInput(catalogLabels["badout"][0]+" ("+catalogLabels["badout"][1]+")", out, out)
			}
			b, err := loadList(args, &lf, lf.asOf.t)
			if err != nil {
				return err
			}
			var buf bytes.Buffer
			if ext == ".csv" {
				err = b.ExportCSV(&buf)
			} else {
				err = b.ExportXLSX(&buf)
			}
			if err == nil {
				err = reports.WriteFileAtomic(out, buf.Bytes())
			}
			if err != nil {
				return badInput("%s: không ghi được tệp (cannot write the file): %v", out, err)
			}
			n := map[string]int{}
			rows := b.ExportRows()
			for _, r := range rows {
				n[r[5]]++
			}
			fmt.Fprintln(e.stdout, l("exported", number(lang, len(rows)), out, number(lang, n[catalog.ExportActive]),
				number(lang, n[catalog.ExportAbolished]), number(lang, n[catalog.ExportPending]), b.AsOf.Format("02/01/2006")))
			for _, w := range b.Warnings {
				fmt.Fprintln(e.stderr, w)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&out, "out", "", "tệp kết quả .csv hoặc .xlsx (the output file)")
	cmd.Flags().StringVar(&lang, "lang", "vi", "language of the messages: vi or en")
	lf.add(cmd)
	return cmd
}
