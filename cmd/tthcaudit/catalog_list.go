package main

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/tthcaudit/tthcaudit/internal/audit"
	"github.com/tthcaudit/tthcaudit/internal/catalog"
	"github.com/tthcaudit/tthcaudit/internal/msg"
	"github.com/tthcaudit/tthcaudit/internal/reports"
)

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

// loadList builds the catalogue of a list of files as of a date (zero:
// today in Vietnam). Errors are bad input naming the file and page or row.
func loadList(paths []string, f *listFlags, asOf time.Time) (*catalog.Built, error) {
	if asOf.IsZero() {
		asOf = audit.AsOfDay(time.Now())
	}
	b, err := catalog.LoadListFiles(paths, f.reference, asOf)
	if err != nil {
		return nil, badInput("%v", err)
	}
	return b, nil
}

func newCatalogExportCmd(e *env) *cobra.Command {
	var lf listFlags
	var out, lang string
	cmd := &cobra.Command{
		Use:   "export FILE… --out PATH.csv|PATH.xlsx",
		Short: "Ghi danh mục (gốc + các quyết định, tại ngày --as-of) ra CSV/XLSX để rà soát (write the resulting catalogue for sign-off)",
		Long:  help("catalog_list"),
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			l, err := parseLang(lang)
			if err != nil {
				return err
			}
			if out == "" {
				return badInput("%s", msg.T(l, "cat.noout"))
			}
			ext := strings.ToLower(filepath.Ext(out))
			if ext != ".csv" && ext != ".xlsx" {
				return badInput("%s", msg.Tf(l, "cat.badout", out))
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
			fmt.Fprintln(e.stdout, msg.Tf(l, "cat.exported", msg.Number(l, len(rows)), out, msg.Number(l, n[catalog.ExportActive]),
				msg.Number(l, n[catalog.ExportAbolished]), msg.Number(l, n[catalog.ExportPending]), b.AsOf.Format("02/01/2006")))
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
