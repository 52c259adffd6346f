package audit

import (
	"github.com/tthcaudit/tthcaudit/internal/redact"

	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/tthcaudit/tthcaudit/internal/config"
	"github.com/tthcaudit/tthcaudit/internal/crawler"
	"github.com/tthcaudit/tthcaudit/internal/msg"
	"github.com/tthcaudit/tthcaudit/internal/store"
	"github.com/tthcaudit/tthcaudit/internal/tickets"
	"github.com/tthcaudit/tthcaudit/internal/verdict"
)

// Session owns the audit runs of one configuration: every command that
// audits (audit, check, demo) and the dashboard's button and schedule run
// an audit through Session.Run, so that they crawl, compare with the last
// stored audit, store, reconcile tickets and deliver events the same way.
// The zero value is not usable: Config is required.
type Session struct {
	// Config is the audit configuration.
	Config *config.Config
	// DBPath is the database the audits are stored in; "" stores nothing
	// (and compares with nothing). Ignored when Store is set.
	DBPath string
	// Store, when set, is an open database used instead of opening DBPath
	// for each run (the dashboard keeps one open). The session never
	// closes it.
	Store *store.Store
	// Lang is the language of progress lines and warnings.
	Lang msg.Lang
	// Now is the clock (nil: time.Now).
	Now func() time.Time
	// Progress receives progress lines (nil: none).
	Progress io.Writer
	// Warnings receives problems that do not stop the audit: a delivery
	// that failed, a comparison that could not be made (nil: discarded).
	Warnings io.Writer
	// Capture is the evidence pack and browser set-up of each run
	// (PortalIDs is filled from Run's argument).
	Capture CaptureOptions
	// AsOf is the day the catalogue is taken at (zero: the audit's date).
	AsOf time.Time
	// Transport, when set, sends every request of the crawl (tests).
	Transport http.RoundTripper
	// Webhook and Mailer, when set, replace the configured channels
	// (tests).
	Webhook *tickets.Webhook
	Mailer  *tickets.Mailer
}

// Outcome is one finished run.
type Outcome struct {
	// Report is the audit, with its "so với lần trước" section when an
	// earlier audit is stored.
	Report *verdict.Report
	// Crawls are the raw crawl results, in the report's portal order.
	Crawls []*crawler.Result
	// Tickets are the stored tickets after this audit (nil when nothing
	// is stored: derive them from the report).
	Tickets []tickets.Ticket
	// StoreErr is why the audit could not be stored (the reports are
	// still whole); EvidenceErr why the evidence pack is not whole.
	StoreErr    error
	EvidenceErr error
}

// cachePruneAge is how long a cached page is kept without being fetched:
// pages not fetched for half a year are most likely gone from the portals,
// and an unchanged one is simply fetched whole once more.
const cachePruneAge = 180 * 24 * time.Hour

// Run audits the portals named by ids (all when empty). The error is an
// *InputError when the input is at fault, ctx's error when cancelled;
// failures after the audit itself (storing, evidence) are in the Outcome,
// so that the reports are never lost to them.
func (s *Session) Run(ctx context.Context, ids []string) (*Outcome, error) {
	cfg := s.Config
	if cfg == nil {
		return nil, &InputError{Err: errors.New("audit: no configuration")}
	}
	st, closeStore, err := s.openStore()
	if err != nil {
		return nil, &InputError{Err: fmt.Errorf("%s: %w (%s)", s.DBPath, err,
			msg.T(s.Lang, "session.db.hint"))}
	}
	defer closeStore()

	co := s.Capture
	co.PortalIDs = ids
	if co.Transport == nil {
		co.Transport = s.Transport
	}
	if co.Warnf == nil {
		co.Warnf = s.warnf
	}
	if co.Logf == nil && s.Progress != nil {
		co.Logf = func(format string, a ...any) { fmt.Fprintf(s.Progress, format+"\n", a...) }
	}
	capture, err := NewCapture(ctx, cfg, co)
	if err != nil {
		return nil, err
	}
	// The browser dies with the audit on every path: errors, Ctrl-C
	// (ctx), panics.
	defer capture.Close()

	o := Options{PortalIDs: ids, Lang: s.Lang, Progress: s.Progress, Now: s.Now, Transport: s.Transport, AsOf: s.AsOf}
	if st != nil {
		// Conditional requests: pages unchanged since the last audit are
		// reused from the database.
		o.Cache = st.Cache()
	}
	rep, results, err := Run(ctx, cfg, capture.Apply(o))
	if st != nil {
		if ferr := st.Cache().Flush(context.WithoutCancel(ctx)); ferr != nil {
			s.warnf("crawl cache: %v", ferr)
		}
	}
	if err != nil {
		return nil, err
	}
	out := &Outcome{Report: rep, Crawls: results}
	if err := capture.Finish(ctx, rep, results); err != nil {
		out.EvidenceErr = err
	}
	if st == nil {
		return out, nil
	}
	// The "so với lần trước" section, read before this audit is stored.
	// Without it the reports are still whole: a failure is a warning.
	since, err := st.CompareWithLatest(ctx, rep)
	if err != nil {
		s.warnf("%s: %v", msg.T(s.Lang, "session.since.failed"), err)
	}
	rep.Since = since
	// Storing has a context of its own: an audit that finished just as its
	// deadline passed, or as Ctrl-C came, is still worth keeping.
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), time.Minute)
	defer cancel()
	out.Tickets, out.StoreErr = s.persist(sctx, st, rep, results)
	return out, nil
}

// openStore opens the session's database for one run; st is nil when
// nothing is stored.
func (s *Session) openStore() (st *store.Store, closeFn func(), err error) {
	if s.Store != nil {
		return s.Store, func() {}, nil
	}
	if s.DBPath == "" {
		return nil, func() {}, nil
	}
	st, err = store.Open(s.DBPath)
	if err != nil {
		return nil, nil, err
	}
	return st, func() { st.Close() }, nil
}

// persist stores the audit and reconciles the tickets in one transaction,
// then delivers the ticket events (webhook, mail) when the configuration
// asks for it. A delivery failure is a warning, never the audit's failure:
// the events stay pending and the next audit sends them again.
func (s *Session) persist(ctx context.Context, st *store.Store, rep *verdict.Report, results []*crawler.Result) ([]tickets.Ticket, error) {
	now := rep.FinishedAt
	if now.IsZero() {
		now = s.now()
	}
	d := deliverer{st: st, cfg: s.Config, warn: s.warnf, lang: s.Lang, webhook: s.Webhook, mailer: s.Mailer}
	id, _, err := st.SaveAudit(ctx, rep, results, now, store.WithConfig(s.Config),
		store.WithDelivery(d.webhookClient() != nil, d.mailClient() != nil))
	if err != nil {
		return nil, err
	}
	d.deliver(ctx, id, now)
	if _, err := st.Cache().Prune(ctx, now.Add(-cachePruneAge)); err != nil {
		s.warnf("crawl cache: %v", err)
	}
	return st.Tickets(ctx, false)
}

func (s *Session) now() time.Time {
	if s.Now != nil {
		return s.Now()
	}
	return time.Now()
}

// warnf writes one warning line, prefixed as every warning of the tool.
func (s *Session) warnf(format string, a ...any) {
	if s.Warnings == nil {
		return
	}
	// A warning may name a configured URL (the webhook's): its secrets
	// never reach the terminal or the log.
	fmt.Fprintf(s.Warnings, "tthcaudit: %s: %s\n", msg.T(s.Lang, "warning"), redact.Text(fmt.Sprintf(format, a...)))
}

// AuditAll runs an audit of every portal and stores it: the dashboard's
// button and schedule. A failure to store is the run's failure there,
// since nothing else would show the audit.
func (s *Session) AuditAll(ctx context.Context) error {
	out, err := s.Run(ctx, nil)
	if err != nil {
		return err
	}
	if out.StoreErr != nil {
		return out.StoreErr
	}
	return out.EvidenceErr
}

// Save stores rep, an audit already run, as Run stores its own: tickets
// reconciled and their events delivered. It returns the stored tickets.
func (s *Session) Save(ctx context.Context, rep *verdict.Report, results []*crawler.Result) ([]tickets.Ticket, error) {
	st, closeStore, err := s.openStore()
	if err != nil {
		return nil, err
	}
	defer closeStore()
	if st == nil {
		return nil, errors.New("audit: no database to store the audit in")
	}
	return s.persist(ctx, st, rep, results)
}
