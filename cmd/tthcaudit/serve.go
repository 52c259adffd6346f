package main

import (
	"github.com/spf13/cobra"

	"github.com/tthcaudit/tthcaudit/internal/cli"
)

func init() { register(newServeCmd) }

func newServeCmd(e *cli.Env) *cobra.Command {
	var a cli.ServeArgs
	cmd := &cobra.Command{
		Use:   "serve --config FILE [--addr 127.0.0.1:8080] [--every 168h]",
		Short: "Bảng điều khiển web và kiểm tra theo lịch (the dashboard, and audits on a schedule)",
		Long:  help("serve"),
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			dbGiven(cmd, &a.ConfigArgs)
			a.ChromiumPath = chromiumPath
			return cli.Serve(cmd.Context(), e, a)
		},
	}
	addConfigFlags(cmd, &a.ConfigArgs, dbHelp)
	fl := cmd.Flags()
	fl.StringVar(&a.Addr, "addr", "127.0.0.1:8080", "địa chỉ nghe host:port (listen address)")
	fl.DurationVar(&a.Every, "every", 0, "kiểm tra tự động mỗi chu kỳ, vd. 168h = một tuần (0: không tự động)")
	fl.StringVar(&a.Token, "token", "", "mã truy cập, bắt buộc khi --addr không phải loopback (or env "+cli.TokenEnv+")")
	fl.DurationVar(&a.AuditTimeout, "audit-timeout", 0, "giới hạn thời gian một lần kiểm tra (0: chỉ giới hạn của từng yêu cầu)")
	fl.StringSliceVar(&a.AllowHosts, "allow-host", nil, "tên máy chủ khác được phép trong Host, vd. tên qua reverse proxy (other Host names to answer; others get 421)")
	fl.StringVar(&a.TLSCert, "tls-cert", "", "tệp chứng thư TLS (PEM, kèm chuỗi) để phục vụ HTTPS (certificate file; with --tls-key)")
	fl.StringVar(&a.TLSKey, "tls-key", "", "tệp khóa riêng TLS (PEM) đi cùng --tls-cert (private key file)")
	return cmd
}
