package main

import (
	"bytes"

	"github.com/spf13/cobra"

	"github.com/tthcaudit/tthcaudit/internal/catalog"
	"github.com/tthcaudit/tthcaudit/internal/msg"
	"github.com/tthcaudit/tthcaudit/internal/reports"
)

func init() { register(newCatalogCmd) }

func newCatalogCmd(e *env) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "catalog",
		Short: "Xem và so sánh Danh mục TTHC (inspect and compare procedure catalogues)",
	}
	cmd.AddCommand(newCatalogShowCmd(e), newCatalogDiffCmd(e), newCatalogExportCmd(e))
	return cmd
}

// loadCatalog wraps a catalogue error as bad input: "file:row: reason".
func loadCatalog(path string) (*catalog.Catalog, error) {
	c, err := catalog.Load(path)
	if err != nil {
		return nil, badInput("%v", err)
	}
	return c, nil
}

// catalogSubcommand builds a catalog subcommand with --json and --lang:
// run writes the output into out, which goes to stdout whole, and not at
// all on an error.
func catalogSubcommand(e *env, use, short string, args cobra.PositionalArgs,
	run func(out *bytes.Buffer, args []string, lang msg.Lang, asJSON bool) error) *cobra.Command {
	var asJSON bool
	var lang string
	cmd := &cobra.Command{
		Use:   use,
		Short: short,
		Args:  args,
		RunE: func(cmd *cobra.Command, args []string) error {
			l, err := parseLang(lang)
			if err != nil {
				return err
			}
			var out bytes.Buffer
			if err := run(&out, args, l, asJSON); err != nil {
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
		func(out *bytes.Buffer, args []string, lang msg.Lang, asJSON bool) error {
			b, err := loadList(args, &lf, lf.asOf.t)
			if err != nil {
				return err
			}
			if asJSON {
				return printJSON(out, reports.CatalogStats(b, lang))
			}
			reports.CatalogShow(out, b.Catalog, lang)
			reports.CatalogList(out, b, lang)
			return nil
		})
	lf.add(cmd)
	return cmd
}

func newCatalogDiffCmd(e *env) *cobra.Command {
	var lf listFlags
	cmd := catalogSubcommand(e, "diff OLD NEW | diff FILE… [--from DATE] [--as-of DATE]",
		"Thủ tục thêm mới, bãi bỏ, đổi tên, đổi mã giữa hai phiên bản danh mục; với quyết định: những gì tệp cuối thay đổi, hoặc giữa --from và --as-of (procedures added, abolished, renamed, re-coded)",
		cobra.MinimumNArgs(2),
		func(out *bytes.Buffer, args []string, lang msg.Lang, asJSON bool) error {
			old, cur, err := diffInputs(args, &lf)
			if err != nil {
				return err
			}
			ch := catalog.Diff(old, cur)
			if asJSON {
				return printJSON(out, reports.CatalogDiffJSON(old, cur, ch))
			}
			reports.CatalogDiff(out, old, cur, ch, lang)
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
