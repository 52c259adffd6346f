package main

import (
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/tthcaudit/tthcaudit/internal/cli"
)

// dbHelp is --db's help where the command reads the stored audits.
const dbHelp = "cơ sở dữ liệu các lần kiểm tra (default: tthcaudit.db beside the config)"

// addConfigFlags declares --config, --lang and, when dbHelp is not empty,
// --db.
func addConfigFlags(cmd *cobra.Command, a *cli.ConfigArgs, dbHelp string) {
	fl := cmd.Flags()
	fl.StringVar(&a.Config, "config", "", "tệp cấu hình YAML (the audit configuration)")
	fl.StringVar(&a.Lang, "lang", "vi", "ngôn ngữ: vi | en (language)")
	if dbHelp != "" {
		fl.StringVar(&a.DB, "db", "", dbHelp)
	}
}

// dbGiven records whether cmd's --db was given: --db "" means "store
// nothing", which an absent flag does not.
func dbGiven(cmd *cobra.Command, a *cli.ConfigArgs) { a.DBSet = a.DBSet || cmd.Flags().Changed("db") }

// addStoreFlags declares the flags of the commands that read the stored
// audits.
func addStoreFlags(cmd *cobra.Command, a *cli.StoreArgs) {
	addConfigFlags(cmd, &a.ConfigArgs, dbHelp)
	cmd.Flags().BoolVar(&a.JSON, "json", false, "in JSON ra stdout (print JSON)")
}

// storeCmd is a command reading the stored audits: run gets its arguments
// with --db's presence recorded.
func storeCmd(cmd *cobra.Command, a *cli.StoreArgs, run func(cmd *cobra.Command) error) *cobra.Command {
	addStoreFlags(cmd, a)
	cmd.Args = cobra.NoArgs
	cmd.RunE = func(cmd *cobra.Command, _ []string) error {
		dbGiven(cmd, &a.ConfigArgs)
		return run(cmd)
	}
	return cmd
}

// chromiumPath is the browser binary (empty: render finds it); tests point
// it at a missing file to see the install hint.
var chromiumPath string

// addRunFlags declares the flags of the commands that run an audit; withDB
// adds --db.
func addRunFlags(cmd *cobra.Command, a *cli.RunArgs, withDB bool) {
	db := ""
	if withDB {
		db = `cơ sở dữ liệu lưu các lần kiểm tra (default: tthcaudit.db beside the config; "" stores nothing)`
	}
	addConfigFlags(cmd, &a.ConfigArgs, db)
	fl := cmd.Flags()
	fl.StringVar(&a.Out.JSONPath, "json", "", "ghi báo cáo JSON vào PATH (write the JSON report)")
	fl.StringVar(&a.Out.Dir, "out", "", "ghi report.json, report.html, report.xlsx, missing.csv, tickets.json vào DIR")
	fl.BoolVar(&a.Progress, "progress", false, "in tiến độ ra stderr kể cả khi không phải terminal")
	fl.StringVar(&a.EvidenceDir, "evidence", "", "ghi gói tài liệu kiểm chứng (WARC, ảnh chụp, manifest.json) vào `DIR` (write the evidence pack into DIR)")
	fl.BoolVar(&a.Screenshots, "screenshots", false, "chụp ảnh trang danh sách thủ tục của mọi cổng, cần --evidence (screenshot every portal's listing page; needs --evidence)")
	addAsOfFlag(cmd, &a.AsOf)
}

// dateFlag is a YYYY-MM-DD flag; zero when not given.
type dateFlag struct{ t *time.Time }

func (d dateFlag) String() string {
	if d.t == nil || d.t.IsZero() {
		return ""
	}
	return d.t.Format(time.DateOnly)
}

func (d dateFlag) Set(s string) error {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return fmt.Errorf("ngày %q không đúng dạng YYYY-MM-DD, ví dụ 2026-10-01 (the date must be YYYY-MM-DD, e.g. 2026-10-01)", s)
	}
	*d.t = t
	return nil
}

func (dateFlag) Type() string { return "YYYY-MM-DD" }

// addAsOfFlag adds --as-of: the day a catalogue built from decisions is
// taken at (zero when not given: the audit's own day).
func addAsOfFlag(cmd *cobra.Command, t *time.Time) {
	cmd.Flags().Var(dateFlag{t}, "as-of", "lấy danh mục tại ngày này khi catalog: gồm các quyết định; mặc định: ngày kiểm tra (the date the catalogue is taken at; default: the audit's date)")
}
