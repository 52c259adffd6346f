package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"time"

	"github.com/tthcaudit/tthcaudit/internal/verdict"

	"github.com/tthcaudit/tthcaudit/internal/config"
	"github.com/tthcaudit/tthcaudit/internal/crawler"
	"github.com/tthcaudit/tthcaudit/internal/tickets"
)

// Finding kinds, as stored in findings.kind.
const (
	KindMissing    = "missing"
	KindFound      = "found"
	KindObsolete   = "obsolete"
	KindIncomplete = "incomplete"
	KindBroken     = "broken"
	KindUnmatched  = "unmatched"
	KindAmbiguous  = "ambiguous"
)

// Delivery states of a ticket event, per channel.
const (
	deliveryNone      = "none"
	deliveryPending   = "pending"
	deliveryDelivered = "delivered"
)

// SaveOption adds what the report does not carry to a saved audit.
type SaveOption func(*saveOptions)

type saveOptions struct {
	configPath string
	startURLs  map[string]string
	contacts   map[string]string
	webhook    bool
	mail       bool
}

// WithConfig records the configuration's path, and takes each portal's
// first URL (the evidence of an open ticket) and contact from it.
func WithConfig(cfg *config.Config) SaveOption {
	return func(o *saveOptions) {
		if cfg == nil {
			return
		}
		o.configPath = cfg.Path
		for _, p := range cfg.Portals {
			if len(p.URLs) > 0 {
				o.startURLs[p.ID] = p.URLs[0]
			}
			if p.Contact != "" {
				o.contacts[p.ID] = p.Contact
			}
		}
	}
}

// WithDelivery marks this audit's ticket events as to be delivered by
// webhook and/or mail (mail only for tickets whose portal has a contact).
// Events saved without it are never delivered: configuring a webhook later
// does not flood it with history.
func WithDelivery(webhook, mail bool) SaveOption {
	return func(o *saveOptions) { o.webhook, o.mail = webhook, mail }
}

// testHookMidSave, when set, runs inside SaveAudit's transaction after the
// audit row is written: tests use it to kill or block a writer mid-write.
var testHookMidSave func()

// SaveAudit stores one audit (the report, each portal's verdict, every
// finding with its evidence hash and URL taken from results' entries) and
// applies it to the tickets, all in one transaction: either all of it is
// stored or, if anything fails or the process dies, none of it. It returns
// the audit's id and the ticket events it made, with their ids. results may
// be nil (no evidence hashes then).
func (s *Store) SaveAudit(ctx context.Context, rep *verdict.Report, results []*crawler.Result, now time.Time, opts ...SaveOption) (int64, []tickets.Event, error) {
	if rep == nil {
		return 0, nil, fmt.Errorf("store: no report to save")
	}
	o := saveOptions{startURLs: map[string]string{}, contacts: map[string]string{}}
	for _, f := range opts {
		f(&o)
	}
	reportJSON, err := json.Marshal(rep)
	if err != nil {
		return 0, nil, err
	}
	// The crawl cache goes first and on its own: it is valid whatever
	// happens to the audit.
	if err := s.cache.Flush(ctx); err != nil {
		return 0, nil, err
	}
	// The report goes compressed into report_zlib (report_json stays empty
	// for it), compressed before the write lock is taken.
	reportZ := deflate(reportJSON)
	tx, done, err := s.begin(ctx)
	if err != nil {
		return 0, nil, err
	}
	defer done()
	res, err := tx.ExecContext(ctx, `INSERT INTO audits(started_at, finished_at, saved_at, config_path, catalog_source, catalog_procedures, catalog_active, report_json, report_zlib)
		VALUES (?, ?, ?, ?, ?, ?, ?, '', ?)`,
		fmtTime(rep.StartedAt), fmtTime(rep.FinishedAt), fmtTime(now), o.configPath,
		rep.Catalog.Source, rep.Catalog.Procedures, rep.Catalog.Active, reportZ)
	if err != nil {
		return 0, nil, s.wrap(err)
	}
	auditID, err := res.LastInsertId()
	if err != nil {
		return 0, nil, err
	}
	if testHookMidSave != nil {
		testHookMidSave()
	}
	byPortal := map[string]*crawler.Result{}
	for _, r := range results {
		if r != nil {
			byPortal[r.PortalID] = r
		}
	}
	if err := saveVerdicts(ctx, tx, auditID, rep.Portals, byPortal); err != nil {
		return 0, nil, s.wrap(err)
	}
	events, err := s.reconcile(ctx, tx, auditID, rep, now, o)
	if err != nil {
		return 0, nil, s.wrap(err)
	}
	if err := tx.Commit(); err != nil {
		return 0, nil, s.wrap(err)
	}
	return auditID, events, nil
}

func saveVerdicts(ctx context.Context, tx *sql.Tx, auditID int64, vs []verdict.Verdict, results map[string]*crawler.Result) error {
	vst, err := tx.PrepareContext(ctx, `INSERT INTO verdicts(audit_id, portal, name, level, status, required, found, coverage, pages, errors, bytes, bytes_reused)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer vst.Close()
	fst, err := tx.PrepareContext(ctx, `INSERT INTO findings(audit_id, portal, kind, code, name, url, evidence_hash, evidence_url, detail)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer fst.Close()
	for _, v := range vs {
		var bytes, reused int64
		r := results[v.ID]
		if r != nil {
			bytes, reused = r.Stats.Bytes, r.Stats.BytesReused
		}
		if _, err := vst.ExecContext(ctx, auditID, v.ID, v.Name, v.Level, v.Status, v.Required, v.Found, v.Coverage,
			v.Crawl.Pages, v.Crawl.Errors, bytes, reused); err != nil {
			return fmt.Errorf("portal %s: %w", v.ID, err)
		}
		for _, f := range findingsOf(v) {
			if _, err := fst.ExecContext(ctx, auditID, v.ID, f.Kind, f.Code, f.Name, f.URL, f.EvidenceHash, f.EvidenceURL, f.Detail); err != nil {
				return fmt.Errorf("portal %s: %w", v.ID, err)
			}
		}
	}
	return nil
}

// Finding is one stored finding.
type Finding struct {
	AuditID int64  `json:"audit_id"`
	Portal  string `json:"portal"`
	Kind    string `json:"kind"`
	Code    string `json:"code,omitempty"`
	Name    string `json:"name,omitempty"`
	URL     string `json:"url,omitempty"`
	// EvidenceHash is the SHA-256 of the page the finding was seen on, and
	// EvidenceURL that page.
	EvidenceHash string `json:"evidence_hash,omitempty"`
	EvidenceURL  string `json:"evidence_url,omitempty"`
	// Detail holds what else the kind says: the published name of a found
	// procedure, an incomplete one's missing sections, a broken link's status.
	Detail string `json:"detail,omitempty"`
}

// findingsOf flattens a verdict into stored findings, with the evidence
// each finding carries. The stored kinds are the verdict's, but for broken
// links ("broken", the name schema 1 stored).
func findingsOf(v verdict.Verdict) []Finding {
	out := make([]Finding, 0, len(v.Findings))
	for _, f := range v.Findings {
		if f.Kind == verdict.KindFailedPage {
			continue // the crawl summary and the report hold them; no finding row before schema 3 either
		}
		sf := Finding{Kind: string(f.Kind), Code: f.Code, Name: f.Name, URL: f.URL,
			EvidenceHash: f.Evidence.BodySHA256, EvidenceURL: f.Evidence.URL}
		switch f.Kind {
		case verdict.KindMissing:
			sf.Detail = f.Field
		case verdict.KindFound:
			sf.Detail = f.PublishedName
		case verdict.KindIncomplete:
			sf.Detail = strings.Join(f.MissingSections, "; ")
		case verdict.KindBroken:
			sf.Kind, sf.Detail = KindBroken, fmt.Sprintf("%d", f.Status)
		case verdict.KindUnmatched:
			sf.Name = f.Text
		case verdict.KindAmbiguous:
			sf.Name, sf.Detail = f.Text, strings.Join(f.Candidates, "; ")
		}
		out = append(out, sf)
	}
	return out
}

// reconcile applies the audit to the tickets inside tx and records the
// events.
func (s *Store) reconcile(ctx context.Context, tx *sql.Tx, auditID int64, rep *verdict.Report, now time.Time, o saveOptions) ([]tickets.Event, error) {
	prev, err := queryTickets(ctx, tx, false)
	if err != nil {
		return nil, err
	}
	next, events := tickets.Reconcile(prev, tickets.FromVerdicts(rep.Portals, o.startURLs, o.contacts), now)
	old := make(map[string]tickets.Ticket, len(prev))
	for _, t := range prev {
		old[t.ID] = t
	}
	up, err := tx.PrepareContext(ctx, `INSERT INTO tickets(id, portal, code, name, field, status, opened_at, resolved_at, evidence_url, contact, updated_audit_id, marked_at, note)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT(id) DO UPDATE SET name = excluded.name, field = excluded.field, status = excluded.status,
			opened_at = excluded.opened_at, resolved_at = excluded.resolved_at, evidence_url = excluded.evidence_url,
			contact = excluded.contact, updated_audit_id = excluded.updated_audit_id,
			marked_at = excluded.marked_at, note = excluded.note`)
	if err != nil {
		return nil, err
	}
	defer up.Close()
	for _, t := range next {
		if p, ok := old[t.ID]; ok && sameTicket(p, t) {
			continue
		}
		if _, err := up.ExecContext(ctx, t.ID, t.Portal, t.Code, t.Name, t.Field, t.Status, fmtTime(t.OpenedAt), fmtTimePtr(t.ResolvedAt),
			t.EvidenceURL, t.Contact, auditID, fmtTimePtr(t.MarkedAt), t.Note); err != nil {
			return nil, fmt.Errorf("ticket %s: %w", t.ID, err)
		}
	}
	ins, err := prepareEventInsert(ctx, tx)
	if err != nil {
		return nil, err
	}
	defer ins.Close()
	for i := range events {
		e := &events[i]
		e.AuditID = auditID
		wh, ml := deliveryNone, deliveryNone
		if o.webhook {
			wh = deliveryPending
		}
		if o.mail && e.Ticket.Contact != "" {
			ml = deliveryPending
		}
		if err := insertEvent(ctx, ins, e, wh, ml); err != nil {
			return nil, err
		}
	}
	return events, nil
}

// prepareEventInsert prepares insertEvent's statement in tx.
func prepareEventInsert(ctx context.Context, tx *sql.Tx) (*sql.Stmt, error) {
	return tx.PrepareContext(ctx, `INSERT INTO ticket_events(audit_id, ticket_id, kind, at, ticket_json, webhook, mail, note, actor, overrode)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
}

// insertEvent records e (its AuditID 0 for an officer's mark) with its
// delivery states, and sets its ID.
func insertEvent(ctx context.Context, ins *sql.Stmt, e *tickets.Event, webhook, mail string) error {
	tj, err := json.Marshal(e.Ticket)
	if err != nil {
		return err
	}
	var audit any
	if e.AuditID != 0 {
		audit = e.AuditID
	}
	res, err := ins.ExecContext(ctx, audit, e.Ticket.ID, e.Kind, fmtTime(e.At), string(tj), webhook, mail, e.Note, e.By, e.Overrode)
	if err != nil {
		return fmt.Errorf("ticket %s: %w", e.Ticket.ID, err)
	}
	e.ID, err = res.LastInsertId()
	return err
}

// sameTicket reports whether storing b over a would change nothing.
func sameTicket(a, b tickets.Ticket) bool {
	if !a.OpenedAt.Equal(b.OpenedAt) || !sameTime(a.ResolvedAt, b.ResolvedAt) || !sameTime(a.MarkedAt, b.MarkedAt) {
		return false
	}
	a.OpenedAt, b.OpenedAt, a.ResolvedAt, b.ResolvedAt, a.MarkedAt, b.MarkedAt = time.Time{}, time.Time{}, nil, nil, nil, nil
	a.History, b.History = nil, nil // not stored in the row
	return reflect.DeepEqual(a, b)
}

func sameTime(a, b *time.Time) bool {
	return (a == nil) == (b == nil) && (a == nil || a.Equal(*b))
}

// fmtTime writes times as RFC 3339 with nanoseconds, keeping the offset the
// audit was run with.
func fmtTime(t time.Time) string { return t.Format(time.RFC3339Nano) }

// fmtTimePtr is fmtTime of an optional time, NULL when nil.
func fmtTimePtr(t *time.Time) any {
	if t == nil {
		return nil
	}
	return fmtTime(*t)
}

func parseTime(s string) (time.Time, error) { return time.Parse(time.RFC3339Nano, s) }
