// Package web is the dashboard of `tthcaudit serve`: server-rendered pages
// in Vietnamese (English with ?lang=en) over the stored audits — an
// overview of every portal with its coverage trend, a page per portal,
// the tickets with CSV and Excel exports, each audit's reports — and the
// runner that starts audits on demand and on a schedule, one at a time.
//
// Everything the pages need is in the binary: templates are embedded, CSS
// is inline and charts are SVG drawn here, so the dashboard works on an
// office network with no internet.
package web

import (
	"context"
	"crypto/rand"
	"crypto/tls"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"sync"
	"time"

	"github.com/tthcaudit/tthcaudit/internal/msg"
	"github.com/tthcaudit/tthcaudit/internal/redact"

	"github.com/tthcaudit/tthcaudit/internal/config"
	"github.com/tthcaudit/tthcaudit/internal/store"
)

// AuditFunc runs one audit of every portal and stores it, as the audit
// command does (audit.Session.AuditAll). It must return when ctx is
// cancelled.
type AuditFunc func(ctx context.Context) error

// Options are the server's dependencies. Config and Store are required.
type Options struct {
	// Config lists the portals shown and audited.
	Config *config.Config
	// Store is read by the pages; its methods use their own connections,
	// so reads never wait for an audit's crawl.
	Store *store.Store
	// Audit runs and stores an audit (required): the button and the
	// schedule use it.
	Audit AuditFunc
	// Logger receives request and audit logs (nil: slog.Default()).
	Logger *slog.Logger
	// Clock is the time source of the runner and the schedule (nil: the
	// system clock).
	Clock Clock
	// Token, when set, is required on every request but /healthz: as
	// "Authorization: Bearer TOKEN" or as the password of basic auth.
	Token string
	// Lang is the pages' language when the request does not ask
	// (Vietnamese when empty).
	Lang msg.Lang
	// AuditTimeout bounds one audit as a whole (0: only the crawler's own
	// timeouts end it).
	AuditTimeout time.Duration
	// Every is the schedule's period, shown on the overview (0: none).
	Every time.Duration
	// Addr is the address the server is bound to (host:port, as --addr
	// takes it; empty: 127.0.0.1). Requests must name its host, a
	// loopback name when it is loopback, or one of AllowHosts, in their
	// Host header; others are refused (DNS rebinding).
	Addr string
	// AllowHosts are more host names the dashboard answers to (--allow-host:
	// the name of a reverse proxy or of the machine).
	AllowHosts []string
	// TLS, when set, makes ListenAndServe serve HTTPS with it (serve
	// --tls-cert/--tls-key, see LoadTLS): a token sent over plain HTTP
	// beyond the machine can be read on the way.
	TLS *tls.Config
}

// Server is the dashboard: an http.Handler plus the audit runner.
type Server struct {
	cfg     *config.Config
	st      *store.Store
	log     *slog.Logger
	clock   Clock
	token   string
	lang    msg.Lang
	every   time.Duration
	tls     *tls.Config
	csrfKey []byte
	runner  *runner
	hosts   hostSet
	handler http.Handler
	pages   *pages

	nextMu sync.Mutex
	next   time.Time
}

// New checks o and builds the server. It starts nothing: call Handler to
// serve, StartAudit or Schedule to audit, and Close to stop.
func New(o Options) (*Server, error) {
	if o.Config == nil {
		return nil, errors.New("web: no configuration")
	}
	if o.Store == nil {
		return nil, errors.New("web: no database")
	}
	if o.Audit == nil {
		return nil, errors.New("web: no audit function")
	}
	s := &Server{
		cfg:   o.Config,
		st:    o.Store,
		log:   o.Logger,
		clock: o.Clock,
		token: o.Token,
		lang:  o.Lang,
		every: o.Every,
		tls:   o.TLS,
	}
	if s.log == nil {
		s.log = slog.Default()
	}
	// Errors of audits may name the webhook's URL: its secrets never
	// reach the log.
	s.log = slog.New(redact.Handler(s.log.Handler()))
	if s.clock == nil {
		s.clock = SystemClock{}
	}
	if s.lang == "" {
		s.lang = msg.Vietnamese
	}
	hosts, err := newHostSet(o.Addr, o.AllowHosts)
	if err != nil {
		return nil, fmt.Errorf("web: allowed hosts: %w", err)
	}
	s.hosts = hosts
	s.csrfKey = make([]byte, 32)
	if _, err := rand.Read(s.csrfKey); err != nil {
		return nil, fmt.Errorf("web: %w", err)
	}
	s.runner = newRunner(o.Audit, s.log, s.clock, o.AuditTimeout)
	p, err := newPages(s)
	if err != nil {
		return nil, err
	}
	s.pages = p
	s.handler = s.routes()
	return s, nil
}

// Handler is the dashboard's HTTP handler.
func (s *Server) Handler() http.Handler { return s.handler }

// Close cancels a running audit and waits for it to end.
func (s *Server) Close() { s.runner.close() }

// Wait blocks until no audit runs.
func (s *Server) Wait() { s.runner.wait() }

// Running reports whether an audit runs, and since when.
func (s *Server) Running() (bool, time.Time) {
	st := s.runner.state()
	return st.Running, st.StartedAt
}

// StartAudit starts an audit in the background; trigger ("button",
// "schedule") goes to the logs. It returns ErrAuditRunning when one runs
// already.
func (s *Server) StartAudit(trigger string) error { return s.runner.start(trigger) }

func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", s.pages.overview)
	mux.HandleFunc("GET /portals/{id}", s.pages.portal)
	mux.HandleFunc("GET /tickets", s.pages.tickets)
	mux.HandleFunc("GET /tickets.csv", s.pages.ticketsCSV)
	mux.HandleFunc("GET /tickets.xlsx", s.pages.ticketsXLSX)
	mux.HandleFunc("POST /tickets/mark", s.pages.markTicket)
	mux.HandleFunc("GET /audits", s.pages.audits)
	mux.HandleFunc("GET /audits/{id}", s.pages.audit)
	mux.HandleFunc("GET /audits/{id}/{file}", s.pages.auditFile)
	mux.HandleFunc("POST /audits", s.pages.startAudit)
	mux.HandleFunc("GET /healthz", s.pages.healthz)
	mux.HandleFunc("/", s.noRoute(mux))
	return s.logRequests(s.checkHost(s.securityHeaders(s.allowMethods(s.requireToken(mux)))))
}

// noRoute answers what no route takes: 405 with Allow when the path has
// a GET route (a POST to a page), 404 otherwise.
func (s *Server) noRoute(mux *http.ServeMux) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			g := r.Clone(r.Context())
			g.Method = http.MethodGet
			if _, pattern := mux.Handler(g); pattern != "" && pattern != "/" {
				w.Header().Set("Allow", "GET, HEAD")
				http.Error(w, s.pages.lang(r).T("err.method"), http.StatusMethodNotAllowed)
				return
			}
		}
		s.pages.notFound(w, r)
	}
}

// logRequests logs every request once it is answered.
func (s *Server) logRequests(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(rec, r)
		s.log.Info("request", "method", r.Method, "path", r.URL.Path, "status", rec.status,
			"bytes", rec.bytes, "duration_ms", time.Since(start).Milliseconds(), "remote", r.RemoteAddr)
	})
}

type statusRecorder struct {
	http.ResponseWriter
	status int
	bytes  int64
	wrote  bool
}

func (r *statusRecorder) WriteHeader(code int) {
	if !r.wrote {
		r.status, r.wrote = code, true
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *statusRecorder) Write(b []byte) (int, error) {
	r.wrote = true
	n, err := r.ResponseWriter.Write(b)
	r.bytes += int64(n)
	return n, err
}

// securityHeaders forbids scripts, frames and outside resources: the pages
// need none, so a crawled string that slipped past escaping could not run.
func (s *Server) securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "same-origin")
		next.ServeHTTP(w, r)
	})
}
