package main

import (
	"context"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/tthcaudit/tthcaudit/internal/audit"
	"github.com/tthcaudit/tthcaudit/internal/demo"
	"github.com/tthcaudit/tthcaudit/internal/msg"
	"github.com/tthcaudit/tthcaudit/internal/reports"
)

func init() { register(newDemoCmd) }

type demoFlags struct {
	era      string
	lang     string
	progress bool
	out      outputs
}

func newDemoCmd(e *env) *cobra.Command {
	var f demoFlags
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Chạy thử trên tỉnh minh hoạ có sẵn (audit the bundled demo province, offline)",
		Long: `Khởi động năm cổng minh hoạ của tỉnh An Giang trên 127.0.0.1 từ dữ liệu đóng gói sẵn, kiểm tra chúng
và in bảng tổng hợp. Không cần mạng, không cần tệp nào.
  --era 2018 (mặc định): ba cấp — tỉnh, huyện Tri Tôn, huyện Thoại Sơn, Sở LĐ-TB&XH, xã Lương Phi.
  --era 2025: hai cấp sau hợp nhất — cổng tỉnh, Cổng Dịch vụ công tỉnh, xã Tri Tôn (công bố bằng liên kết),
              phường Long Xuyên, đặc khu Phú Quốc; danh mục theo CSDL quốc gia.

(Starts the bundled demo portals on loopback, audits them against a catalogue of real national
procedures and prints the table. --era 2018: the three-tier province of the seed letter;
--era 2025: the merged two-tier An Giang, one commune publishing by link. Needs no network and no files.)`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return runDemo(cmd.Context(), e, f) },
	}
	fl := cmd.Flags()
	fl.StringVar(&f.out.outDir, "out", "", "ghi các báo cáo vào DIR")
	fl.StringVar(&f.out.jsonPath, "json", "", "ghi báo cáo JSON vào PATH")
	fl.StringVar(&f.lang, "lang", "vi", "ngôn ngữ: vi | en")
	fl.StringVar(&f.era, "era", "2018", "tỉnh minh hoạ: 2018 (ba cấp) | 2025 (hai cấp, sau hợp nhất)")
	fl.BoolVar(&f.progress, "progress", false, "in tiến độ ra stderr kể cả khi không phải terminal")
	return cmd
}

func runDemo(ctx context.Context, e *env, f demoFlags) error {
	ctx, stop := interruptible(ctx)
	defer stop()
	lang, err := parseLang(f.lang)
	if err != nil {
		return err
	}
	f.out.lang = lang
	if err := f.out.checkDir(); err != nil {
		return err
	}
	era, ok := demo.EraByID(f.era)
	if !ok {
		return badInput(msg.T(lang, "demo.bad_era"), f.era)
	}
	prov, err := demo.StartEra(era)
	if err != nil {
		return err
	}
	defer prov.Close()
	dir, err := os.MkdirTemp("", "tthcaudit-demo-")
	if err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	defer os.RemoveAll(dir)
	cfg, err := prov.Config(dir)
	if err != nil {
		return err
	}
	sess := &audit.Session{Config: cfg, Lang: lang, Progress: e.progress(f.progress), Warnings: e.stderr}
	out, err := runSession(ctx, sess, nil)
	if err != nil {
		return err
	}
	if err := reports.Terminal(e.stdout, out.Report, reports.TermOptions{Lang: lang, Color: e.stdoutTTY}); err != nil {
		return fmt.Errorf("cannot print the table: %w", err)
	}
	return f.out.write(cfg, out.Report, nil)
}
