package cli

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"os"
	"time"

	"github.com/tthcaudit/tthcaudit/internal/audit"
	"github.com/tthcaudit/tthcaudit/internal/msg"
	"github.com/tthcaudit/tthcaudit/internal/redact"
	"github.com/tthcaudit/tthcaudit/internal/store"
	"github.com/tthcaudit/tthcaudit/internal/web"
)

// TokenEnv is the environment variable that may hold --token, so that the
// token need not show in the process list.
const TokenEnv = "TTHCAUDIT_TOKEN"

// minTokenLen is the shortest token serve accepts: a shorter one can be
// guessed by anyone who can reach the port.
const minTokenLen = 16

// ServeArgs are the serve command's arguments.
type ServeArgs struct {
	ConfigArgs
	Addr, Token         string
	Every, AuditTimeout time.Duration
	AllowHosts          []string
	TLSCert, TLSKey     string
	// ChromiumPath is the browser for the dashboard's audits ("": found).
	ChromiumPath string
	// Ready, when set (tests), receives the address served once listening.
	Ready func(addr string)
}

// Serve runs the dashboard, and the audits on a schedule, until ctx ends
// or Ctrl-C.
func Serve(ctx context.Context, e *Env, a ServeArgs) error {
	if ctx == nil {
		ctx = context.Background()
	}
	tlsCfg, token, err := a.check()
	if err != nil {
		return err
	}
	cfg, lang, err := a.load()
	if err != nil {
		return err
	}
	dbPath := a.dbPath(cfg)
	if dbPath == "" {
		return BadInput(`serve needs a database to keep the audits in: remove --db "" or give a path`)
	}
	st, err := store.Open(dbPath)
	if err != nil {
		return BadInput("%v", err)
	}
	defer st.Close()

	logger := slog.New(redact.Handler(slog.NewTextHandler(e.Stderr, nil)))
	// The dashboard's audits are the audit command's: one session, the
	// database the pages read, warnings in the log's stream.
	sess := &audit.Session{Config: cfg, Store: st, Lang: lang, Warnings: e.Stderr,
		Capture: audit.CaptureOptions{ChromiumPath: a.ChromiumPath}}
	srv, err := web.New(web.Options{
		Config: cfg, Store: st, Audit: sess.AuditAll, Logger: logger, Token: token, Lang: lang,
		Every: a.Every, AuditTimeout: a.AuditTimeout, Addr: a.Addr, AllowHosts: a.AllowHosts, TLS: tlsCfg,
	})
	if err != nil {
		return BadInput("%v", err)
	}
	defer srv.Close()

	ctx, stop := interruptible(ctx)
	defer stop()
	err = srv.ListenAndServe(ctx, a.Addr, func(addr string) {
		fmt.Fprintf(e.Stderr, "tthcaudit: bảng điều khiển tại (dashboard at) %s — Ctrl+C để dừng\n", web.OpenURL(addr, tlsCfg != nil))
		if tlsCfg == nil && !web.IsLoopback(addr) {
			fmt.Fprintf(e.Stderr, "tthcaudit: %s\n", msg.Tf(lang, "serve.plain_http"))
		}
		if a.Ready != nil {
			a.Ready(addr)
		}
	})
	var le *web.ListenError
	if errors.As(err, &le) {
		return BadInput("%v", err)
	}
	return err
}

// check refuses what would expose the dashboard: a public address without
// a token, a short token, half a TLS pair. It returns the TLS settings and
// the token (from --token or TokenEnv).
func (a ServeArgs) check() (*tls.Config, string, error) {
	if a.Every < 0 || a.AuditTimeout < 0 {
		return nil, "", BadInput("--every and --audit-timeout must not be negative")
	}
	if _, _, err := net.SplitHostPort(a.Addr); err != nil {
		return nil, "", BadInput("--addr %q: give host:port, e.g. 127.0.0.1:8080 (%v)", a.Addr, err)
	}
	token := a.Token
	if token == "" {
		token = os.Getenv(TokenEnv)
	}
	if !web.IsLoopback(a.Addr) && token == "" {
		return nil, "", BadInput("--addr %s is reachable from other machines: give --token TOKEN (or set %s) so that only people with it can use the dashboard", a.Addr, TokenEnv)
	}
	both := func(key string, args ...any) string {
		return msg.Tf(msg.Vietnamese, key, args...) + " (" + msg.Tf(msg.English, key, args...) + ")"
	}
	if token != "" && len([]rune(token)) < minTokenLen {
		return nil, "", BadInput("%s", both("serve.short_token", minTokenLen))
	}
	if (a.TLSCert == "") != (a.TLSKey == "") {
		return nil, "", BadInput("%s", both("serve.tls_pair"))
	}
	if a.TLSCert == "" {
		return nil, token, nil
	}
	c, err := web.LoadTLS(a.TLSCert, a.TLSKey)
	if err != nil {
		return nil, "", BadInput("%s: %v", msg.Tf(msg.Vietnamese, "serve.tls_load"), err)
	}
	return c, token, nil
}
