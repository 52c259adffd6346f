package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/tthcaudit/tthcaudit/internal/audit"
	"github.com/tthcaudit/tthcaudit/internal/redact"
	"github.com/tthcaudit/tthcaudit/internal/store"
	"github.com/tthcaudit/tthcaudit/internal/web"
)

func init() { register(newServeCmd) }

// tokenEnv is the environment variable that may hold --token, so that the
// token need not show in the process list.
const tokenEnv = "TTHCAUDIT_TOKEN"

type serveFlags struct {
	config       string
	addr         string
	db           string
	token        string
	lang         string
	every        time.Duration
	auditTimeout time.Duration
	allowHosts   []string
	// ready, when set (tests), receives the address served once listening.
	ready func(addr string)
}

func newServeCmd(e *env) *cobra.Command {
	var f serveFlags
	cmd := &cobra.Command{
		Use:   "serve --config FILE [--addr 127.0.0.1:8080] [--every 168h]",
		Short: "Bảng điều khiển web và kiểm tra theo lịch (the dashboard, and audits on a schedule)",
		Long: `Mở bảng điều khiển web (tiếng Việt; ?lang=en cho tiếng Anh): tỷ lệ công khai của từng cổng và diễn biến,
phiếu theo dõi (tải CSV, Excel), báo cáo của từng lần kiểm tra; nút "Kiểm tra ngay" chạy một lần kiểm tra.
Với --every, tự kiểm tra định kỳ: lần đầu ngay khi khởi động nếu chưa có lần nào được lưu hoặc lần gần nhất
đã cũ hơn một chu kỳ, sau đó cứ mỗi chu kỳ kể từ lần kiểm tra gần nhất.
Mặc định chỉ nghe trên 127.0.0.1; nghe trên địa chỉ khác thì bắt buộc có --token (hoặc biến TTHCAUDIT_TOKEN).
Chạy cho đến khi bị dừng (Ctrl+C).

(Serves the dashboard; the button and --every run audits, stored like the audit command's. Binds loopback
by default; any other address requires a token, sent as "Authorization: Bearer TOKEN" or as the basic-auth
password. Runs until stopped.)`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runServe(cmd.Context(), e, f, cmd.Flags().Changed("db"))
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.config, "config", "", "tệp cấu hình YAML (the audit configuration)")
	fl.StringVar(&f.addr, "addr", "127.0.0.1:8080", "địa chỉ nghe host:port (listen address)")
	fl.DurationVar(&f.every, "every", 0, "kiểm tra tự động mỗi chu kỳ, vd. 168h = một tuần (0: không tự động)")
	fl.StringVar(&f.db, "db", "", "cơ sở dữ liệu các lần kiểm tra (default: tthcaudit.db beside the config)")
	fl.StringVar(&f.token, "token", "", "mã truy cập, bắt buộc khi --addr không phải loopback (or env "+tokenEnv+")")
	fl.StringVar(&f.lang, "lang", "vi", "ngôn ngữ mặc định của trang: vi | en")
	fl.DurationVar(&f.auditTimeout, "audit-timeout", 0, "giới hạn thời gian một lần kiểm tra (0: chỉ giới hạn của từng yêu cầu)")
	fl.StringSliceVar(&f.allowHosts, "allow-host", nil, "tên máy chủ khác được phép trong Host, vd. tên qua reverse proxy (other Host names to answer; others get 421)")
	return cmd
}

func runServe(ctx context.Context, e *env, f serveFlags, dbSet bool) error {
	if ctx == nil {
		ctx = context.Background()
	}
	lang, err := parseLang(f.lang)
	if err != nil {
		return err
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
	cfg, err := loadConfig(f.config)
	if err != nil {
		return err
	}
	dbPath := f.db
	if !dbSet {
		dbPath = filepath.Join(filepath.Dir(cfg.Path), dbFileName)
	}
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
	})
	if err != nil {
		return badInput("%v", err)
	}
	defer srv.Close()

	ln, err := net.Listen("tcp", f.addr)
	if err != nil {
		return badInput("cannot listen on %s: %v (is another program using the port? try --addr 127.0.0.1:8081)", f.addr, err)
	}
	hs := &http.Server{
		Handler:           srv.Handler(),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      2 * time.Minute,
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
	}
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	served := make(chan error, 1)
	go func() { served <- hs.Serve(ln) }()
	scheduled := make(chan struct{})
	if f.every > 0 {
		go func() { defer close(scheduled); _ = srv.Schedule(ctx, f.every) }()
	} else {
		close(scheduled)
	}
	addr := ln.Addr().String()
	logger.Info("serving", "addr", addr, "db", dbPath, "every", f.every.String(), "token", token != "")
	fmt.Fprintf(e.stderr, "tthcaudit: bảng điều khiển tại (dashboard at) http://%s/ — Ctrl+C để dừng\n", addr)
	if f.ready != nil {
		f.ready(addr)
	}

	select {
	case <-ctx.Done():
	case err := <-served:
		if err != nil && !errors.Is(err, http.ErrServerClosed) {
			return fmt.Errorf("serve: %w", err)
		}
	}
	logger.Info("stopping")
	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_ = hs.Shutdown(sctx)
	stop()
	<-scheduled // the schedule reads the database: let it end before it closes
	return nil
}
