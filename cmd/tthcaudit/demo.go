package main

import (
	"github.com/spf13/cobra"

	"github.com/tthcaudit/tthcaudit/internal/cli"
)

func init() { register(newDemoCmd, newInitCmd) }

func newDemoCmd(e *cli.Env) *cobra.Command {
	var a cli.DemoArgs
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Chạy thử trên tỉnh minh hoạ có sẵn (audit the bundled demo province, offline)",
		Long:  help("demo"),
		Args:  cobra.NoArgs,
		RunE:  func(cmd *cobra.Command, _ []string) error { return cli.Demo(cmd.Context(), e, a) },
	}
	fl := cmd.Flags()
	fl.StringVar(&a.Out.Dir, "out", "", "ghi các báo cáo vào DIR")
	fl.StringVar(&a.Out.JSONPath, "json", "", "ghi báo cáo JSON vào PATH")
	fl.StringVar(&a.Lang, "lang", "vi", "ngôn ngữ: vi | en")
	fl.StringVar(&a.Era, "era", "2018", "tỉnh minh hoạ: 2018 (ba cấp) | 2025 (hai cấp, sau hợp nhất)")
	fl.BoolVar(&a.Progress, "progress", false, "in tiến độ ra stderr kể cả khi không phải terminal")
	fl.StringVar(&a.Keep, "keep", "", "giữ cấu hình, danh mục và cơ sở dữ liệu của lần chạy thử trong `DIR` để thử serve (keep the demo's files and database in DIR)")
	return cmd
}

func newInitCmd(e *cli.Env) *cobra.Command {
	return &cobra.Command{
		Use:   "init [DIR]",
		Short: "Tạo tệp cấu hình mẫu có chú thích và danh mục mẫu (write a commented audit.yaml and an example catalogue)",
		Args:  cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			dir := "."
			if len(args) == 1 {
				dir = args[0]
			}
			return cli.Init(e, dir)
		},
	}
}
