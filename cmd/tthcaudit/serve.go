package main

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/tthcaudit/tthcaudit/internal/audit"
	"github.com/tthcaudit/tthcaudit/internal/msg"
	"github.com/tthcaudit/tthcaudit/internal/redact"
	"github.com/tthcaudit/tthcaudit/internal/store"
	"github.com/tthcaudit/tthcaudit/internal/web"
)

func init() { register(newServeCmd) }

// tokenEnv is the environment variable that may hold --token, so that the
// token need not show in the process list.
const tokenEnv = "TTHCAUDIT_TOKEN"

// minTokenLen is the shortest token serve accepts: a shorter one can be
// guessed by anyone who can reach the port.
const minTokenLen = 16

type serveFlags struct {
	configFlags
	addr         string
	token        string
	every        time.Duration
	auditTimeout time.Duration
	allowHosts   []string
	tlsCert      string
	tlsKey       string
	// ready, when set (tests), receives the address served once listening.
	ready func(addr string)
}

func newServeCmd(e *env) *cobra.Command {
	var f serveFlags
	cmd := &cobra.Command{
		Use:   "serve --config FILE [--addr 127.0.0.1:8080] [--every 168h]",
		Short: "Bảng điều khiển web và kiểm tra theo lịch (the dashboard, and audits on a schedule)",
		Long:  help("serve"),
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			f.dbGiven(cmd)
			return runServe(cmd.Context(), e, f)
		},
	}
	f.configFlags.add(cmd, "cơ sở dữ liệu các lần kiểm tra (default: tthcaudit.db beside the config)")
	fl := cmd.Flags()
	fl.StringVar(&f.addr, "addr", "127.0.0.1:8080", "địa chỉ nghe host:port (listen address)")
	fl.DurationVar(&f.every, "every", 0, "kiểm tra tự động mỗi chu kỳ, vd. 168h = một tuần (0: không tự động)")
	fl.StringVar(&f.token, "token", "", "mã truy cập, bắt buộc khi --addr không phải loopback (or env "+tokenEnv+")")
	fl.DurationVar(&f.auditTimeout, "audit-timeout", 0, "giới hạn thời gian một lần kiểm tra (0: chỉ giới hạn của từng yêu cầu)")
	fl.StringSliceVar(&f.allowHosts, "allow-host", nil, "tên máy chủ khác được phép trong Host, vd. tên qua reverse proxy (other Host names to answer; others get 421)")
	fl.StringVar(&f.tlsCert, "tls-cert", "", "tệp chứng thư TLS (PEM, kèm chuỗi) để phục vụ HTTPS (certificate file; with --tls-key)")
	fl.StringVar(&f.tlsKey, "tls-key", "", "tệp khóa riêng TLS (PEM) đi cùng --tls-cert (private key file)")
	return cmd
}

func runServe(ctx context.Context, e *env, f serveFlags) error {
	if ctx == nil {
		ctx = context.Background()
	}
	if f.every < 0 || f.auditTimeout < 0 {
		return badInput("--every and --audit-timeout must not be negative")
	}
	if _, _, err := net.SplitHostPort(f.addr); err != nil {
		return badInput("--addr %q: give host:port, e.g. 127.0.0.1:8080 (%v)", f.addr, err)
	}
	token := f.token
	if token == "" {
		token = os.Getenv(tokenEnv)
	}
	if !web.IsLoopback(f.addr) && token == "" {
		return badInput("--addr %s is reachable from other machines: give --token TOKEN (or set %s) so that only people with it can use the dashboard", f.addr, tokenEnv)
	}
	if token != "" && len([]rune(token)) < minTokenLen {
		return badInput("%s", msg.Tf(msg.Vietnamese, "serve.short_token", minTokenLen)+" ("+msg.Tf(msg.English, "serve.short_token", minTokenLen)+")")
	}
	if (f.tlsCert == "") != (f.tlsKey == "") {
		return badInput("%s", msg.Tf(msg.Vietnamese, "serve.tls_pair")+" ("+msg.Tf(msg.English, "serve.tls_pair")+")")
	}
	var tlsCfg *tls.Config
	if f.tlsCert != "" {
		c, err := web.LoadTLS(f.tlsCert, f.tlsKey)
		if err != nil {
			return badInput("%s: %v", msg.Tf(msg.Vietnamese, "serve.tls_load"), err)
		}
		tlsCfg = c
	}
	cfg, lang, err := f.load()
	if err != nil {
		return err
	}
	dbPath := f.dbPath(cfg)
	if dbPath == "" {
		return badInput(`serve needs a database to keep the audits in: remove --db "" or give a path`)
	}
	st, err := store.Open(dbPath)
	if err != nil {
		return badInput("%v", err)
	}
	defer st.Close()

	logger := slog.New(redact.Handler(slog.NewTextHandler(e.stderr, nil)))
	// The dashboard's audits are the audit command's: one session, the
	// database the pages read, warnings in the log's stream.
	sess := &audit.Session{Config: cfg, Store: st, Lang: lang, Warnings: e.stderr,
		Capture: audit.CaptureOptions{ChromiumPath: chromiumPath}}
	srv, err := web.New(web.Options{
		Config:       cfg,
		Store:        st,
		Audit:        sess.AuditAll,
		Logger:       logger,
		Token:        token,
		Lang:         lang,
		Every:        f.every,
		AuditTimeout: f.auditTimeout,
		Addr:         f.addr,
		AllowHosts:   f.allowHosts,
		TLS:          tlsCfg,
	})
	if err != nil {
		return badInput("%v", err)
	}
	defer srv.Close()

	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	err = srv.ListenAndServe(ctx, f.addr, func(addr string) {
		fmt.Fprintf(e.stderr, "tthcaudit: bảng điều khiển tại (dashboard at) %s — Ctrl+C để dừng\n", web.OpenURL(addr, tlsCfg != nil))
		if tlsCfg == nil && !web.IsLoopback(addr) {
			fmt.Fprintf(e.stderr, "tthcaudit: %s\n", msg.Tf(lang, "serve.plain_http"))
		}
		if f.ready != nil {
			f.ready(addr)
		}
	})
	var le *web.ListenError
	if errors.As(err, &le) {
		return badInput("%v", err)
	}
	return err
}
