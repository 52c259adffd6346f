package main

import (
	"github.com/spf13/cobra"

	"github.com/tthcaudit/tthcaudit/internal/cli"
	"github.com/tthcaudit/tthcaudit/internal/dvcqg"
)

func init() { register(newCatalogCmd) }

func newCatalogCmd(e *cli.Env) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "catalog",
		Short: "Xem và so sánh Danh mục TTHC (inspect and compare procedure catalogues)",
	}
	cmd.AddCommand(newCatalogShowCmd(e), newCatalogDiffCmd(e), newCatalogExportCmd(e), newCatalogFetchCmd(e))
	return cmd
}

// addListFlags declares the flags of the catalog commands that read a base
// catalogue and decisions; withJSON adds --json.
func addListFlags(cmd *cobra.Command, a *cli.ListArgs, withJSON bool) {
	addAsOfFlag(cmd, &a.AsOf)
	fl := cmd.Flags()
	fl.StringVar(&a.Reference, "reference", "", "danh sách tên chuẩn theo mã (ví dụ danh sách quốc gia) để sửa tên đọc bằng OCR (names by code, e.g. the national list, to correct names read by OCR)")
	fl.StringVar(&a.Lang, "lang", "vi", "ngôn ngữ: vi | en (language)")
	if withJSON {
		fl.BoolVar(&a.JSON, "json", false, "in JSON ra stdout (print JSON)")
	}
}

func newCatalogShowCmd(e *cli.Env) *cobra.Command {
	var a cli.ListArgs
	cmd := &cobra.Command{
		Use:   "show FILE…",
		Short: "Đếm thủ tục theo cấp, lĩnh vực và trạng thái; với danh sách gốc + quyết định: tại ngày --as-of (count procedures by level, field and status)",
		Args:  cobra.MinimumNArgs(1),
		RunE:  func(cmd *cobra.Command, args []string) error { return cli.CatalogShow(e, args, a) },
	}
	addListFlags(cmd, &a, true)
	return cmd
}

func newCatalogDiffCmd(e *cli.Env) *cobra.Command {
	var a cli.ListArgs
	cmd := &cobra.Command{
		Use:   "diff OLD NEW | diff FILE… [--from DATE] [--as-of DATE]",
		Short: "Thủ tục thêm mới, bãi bỏ, đổi tên, đổi mã giữa hai phiên bản danh mục; với quyết định: những gì tệp cuối thay đổi, hoặc giữa --from và --as-of (procedures added, abolished, renamed, re-coded)",
		Args:  cobra.MinimumNArgs(2),
		RunE:  func(cmd *cobra.Command, args []string) error { return cli.CatalogDiff(e, args, a) },
	}
	addListFlags(cmd, &a, true)
	cmd.Flags().Var(dateFlag{&a.From}, "from", "so sánh danh mục tại ngày này với danh mục tại --as-of (compare the list as of this date with the list as of --as-of)")
	return cmd
}

func newCatalogExportCmd(e *cli.Env) *cobra.Command {
	var a cli.ListArgs
	var out string
	cmd := &cobra.Command{
		Use:   "export FILE… --out PATH.csv|PATH.xlsx",
		Short: "Ghi danh mục (gốc + các quyết định, tại ngày --as-of) ra CSV/XLSX để rà soát (write the resulting catalogue for sign-off)",
		Long:  help("catalog_list"),
		Args:  cobra.MinimumNArgs(1),
		RunE:  func(cmd *cobra.Command, args []string) error { return cli.CatalogExport(e, args, out, a) },
	}
	cmd.Flags().StringVar(&out, "out", "", "tệp kết quả .csv hoặc .xlsx (the output file)")
	addListFlags(cmd, &a, false)
	return cmd
}

// fetchTestOptions lets tests give the fetch a fake clock.
var fetchTestOptions func(*dvcqg.Options)

func newCatalogFetchCmd(e *cli.Env) *cobra.Command {
	var a cli.FetchArgs
	cmd := &cobra.Command{
		Use:   "fetch [--from URL] [--department CODE] --out PATH.csv|PATH.xlsx",
		Short: "Tải Danh mục TTHC quốc gia từ Cổng Dịch vụ công quốc gia (fetch the national list from the national public-service portal)",
		Long:  help("catalog_fetch"),
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			a.Tune = fetchTestOptions
			return cli.CatalogFetch(cmd.Context(), e, a)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&a.From, "from", dvcqg.DefaultBase, "địa chỉ của cổng (the portal's address)")
	fl.StringVar(&a.Department, "department", "", "chỉ thủ tục của đơn vị có mã này, ví dụ H01 (only this unit's procedures)")
	fl.StringVar(&a.Out, "out", "", "tệp kết quả .csv hoặc .xlsx (the output file)")
	fl.StringVar(&a.State, "state", "", "tệp tiến độ để tiếp tục khi bị ngắt (default: PATH.dvcqg-state beside --out)")
	fl.StringVar(&a.Lang, "lang", "vi", "ngôn ngữ: vi | en")
	fl.BoolVar(&a.Progress, "progress", false, "in tiến độ ra stderr kể cả khi không phải terminal")
	return cmd
}
