package main

import (
	"bytes"
	"time"

	"github.com/spf13/cobra"

	"github.com/tthcaudit/tthcaudit/internal/audit"
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
	for _, sub := range catalogSubs {
		cmd.AddCommand(sub(e))
	}
	return cmd
}

// catalogSubs are catalog subcommands that live in files of their own.
var catalogSubs []func(*env) *cobra.Command

func registerCatalogSub(f func(*env) *cobra.Command) { catalogSubs = append(catalogSubs, f) }

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
			asOf := lf.asOf.t
			if !lf.from.t.IsZero() && asOf.IsZero() {
				asOf = audit.AsOfDay(time.Now()) // from a date to today
			}
			old, cur, err := catalog.DiffInputs(args, lf.reference, lf.from.t, asOf)
			if err != nil {
				err = badInput("%v", err)
			}
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
