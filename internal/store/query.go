package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/tthcaudit/tthcaudit/internal/verdict"

	"github.com/tthcaudit/tthcaudit/internal/tickets"
)

// querier is what both *sql.DB and *sql.Tx offer.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// Audit describes one stored audit (its report is read with Report).
type Audit struct {
	ID         int64               `json:"id"`
	StartedAt  time.Time           `json:"started_at"`
	FinishedAt time.Time           `json:"finished_at"`
	SavedAt    time.Time           `json:"saved_at"`
	ConfigPath string              `json:"config_path,omitempty"`
	Catalog    verdict.CatalogInfo `json:"catalog"`
}

// ErrNoAudit is returned when an audit asked for is not stored.
var ErrNoAudit = errors.New("no such audit")

// LastAudits returns the n most recent audits, newest first (all of them
// when n <= 0).
func (s *Store) LastAudits(ctx context.Context, n int) ([]Audit, error) {
	if n <= 0 {
		n = -1
	}
	rows, err := s.db.QueryContext(ctx, `SELECT id, started_at, finished_at, saved_at, config_path, catalog_source, catalog_procedures, catalog_active
		FROM audits ORDER BY id DESC LIMIT ?`, n)
	if err != nil {
		return nil, s.wrap(err)
	}
	defer rows.Close()
	var out []Audit
	for rows.Next() {
		var a Audit
		var st, fi, sa string
		if err := rows.Scan(&a.ID, &st, &fi, &sa, &a.ConfigPath, &a.Catalog.Source, &a.Catalog.Procedures, &a.Catalog.Active); err != nil {
			return nil, err
		}
		if a.StartedAt, err = parseTime(st); err != nil {
			return nil, fmt.Errorf("audit %d: %w", a.ID, err)
		}
		if a.FinishedAt, err = parseTime(fi); err != nil {
			return nil, fmt.Errorf("audit %d: %w", a.ID, err)
		}
		if a.SavedAt, err = parseTime(sa); err != nil {
			return nil, fmt.Errorf("audit %d: %w", a.ID, err)
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// Report reads back the full report of audit id.
func (s *Store) Report(ctx context.Context, id int64) (*verdict.Report, error) {
	var (
		js string
		z  []byte
	)
	err := s.db.QueryRowContext(ctx, "SELECT report_json, report_zlib FROM audits WHERE id = ?", id).Scan(&js, &z)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("audit %d: %w", id, ErrNoAudit)
	}
	if err != nil {
		return nil, s.wrap(err)
	}
	data := []byte(js)
	// report_zlib is NULL for audits saved before schema 2.
	if z != nil {
		if data, err = inflate(z); err != nil {
			return nil, fmt.Errorf("%s: audit %d: the stored report does not decompress: %w", s.path, id, err)
		}
	}
	var r verdict.Report
	if err := json.Unmarshal(data, &r); err != nil {
		return nil, fmt.Errorf("%s: audit %d: the stored report does not read: %w", s.path, id, err)
	}
	return &r, nil
}

// Point is one portal's result in one audit.
type Point struct {
	AuditID   int64     `json:"audit_id"`
	StartedAt time.Time `json:"started_at"`
	Portal    string    `json:"portal"`
	Name      string    `json:"name"`
	Status    string    `json:"status"`
	Required  int       `json:"required"`
	Found     int       `json:"found"`
	Coverage  float64   `json:"coverage"`
	Pages     int       `json:"pages"`
	// Bytes were transferred; BytesReused were cached bodies reused on 304.
	Bytes       int64 `json:"bytes"`
	BytesReused int64 `json:"bytes_reused"`
}

// History returns the coverage of one portal (every portal when portal is
// "") over the stored audits, oldest first.
func (s *Store) History(ctx context.Context, portal string) ([]Point, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT v.audit_id, a.started_at, v.portal, v.name, v.status, v.required, v.found, v.coverage, v.pages, v.bytes, v.bytes_reused
		FROM verdicts v JOIN audits a ON a.id = v.audit_id
		WHERE ? = '' OR v.portal = ?
		ORDER BY v.audit_id, v.portal`, portal, portal)
	if err != nil {
		return nil, s.wrap(err)
	}
	defer rows.Close()
	var out []Point
	for rows.Next() {
		var p Point
		var st string
		if err := rows.Scan(&p.AuditID, &st, &p.Portal, &p.Name, &p.Status, &p.Required, &p.Found, &p.Coverage, &p.Pages, &p.Bytes, &p.BytesReused); err != nil {
			return nil, err
		}
		if p.StartedAt, err = parseTime(st); err != nil {
			return nil, fmt.Errorf("audit %d: %w", p.AuditID, err)
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

// Findings returns the findings of audit id, by portal, kind and code.
func (s *Store) Findings(ctx context.Context, auditID int64) ([]Finding, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT audit_id, portal, kind, code, name, url, evidence_hash, evidence_url, detail
		FROM findings WHERE audit_id = ? ORDER BY portal, kind, code, url, id`, auditID)
	if err != nil {
		return nil, s.wrap(err)
	}
	defer rows.Close()
	var out []Finding
	for rows.Next() {
		var f Finding
		if err := rows.Scan(&f.AuditID, &f.Portal, &f.Kind, &f.Code, &f.Name, &f.URL, &f.EvidenceHash, &f.EvidenceURL, &f.Detail); err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	return out, rows.Err()
}

// Tickets returns the tickets (only the open ones when openOnly: neither
// resolved nor not applicable), by id, without their history.
func (s *Store) Tickets(ctx context.Context, openOnly bool) ([]tickets.Ticket, error) {
	ts, err := queryTickets(ctx, s.db, openOnly)
	return ts, s.wrap(err)
}

const ticketColumns = `id, portal, code, name, field, status, opened_at, resolved_at, evidence_url, contact, marked_at, note`

func queryTickets(ctx context.Context, q querier, openOnly bool) ([]tickets.Ticket, error) {
	rows, err := q.QueryContext(ctx, `SELECT `+ticketColumns+`
		FROM tickets WHERE NOT ? OR status = 'open' ORDER BY id`, openOnly)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []tickets.Ticket{}
	for rows.Next() {
		t, err := scanTicket(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

// scanTicket reads one row of ticketColumns.
func scanTicket(r interface{ Scan(...any) error }) (tickets.Ticket, error) {
	var t tickets.Ticket
	var opened string
	var resolved, marked sql.NullString
	if err := r.Scan(&t.ID, &t.Portal, &t.Code, &t.Name, &t.Field, &t.Status, &opened, &resolved, &t.EvidenceURL, &t.Contact, &marked, &t.Note); err != nil {
		return t, err
	}
	var err error
	if t.OpenedAt, err = parseTime(opened); err != nil {
		return t, fmt.Errorf("ticket %s: %w", t.ID, err)
	}
	if t.ResolvedAt, err = parseTimePtr(resolved); err != nil {
		return t, fmt.Errorf("ticket %s: %w", t.ID, err)
	}
	if t.MarkedAt, err = parseTimePtr(marked); err != nil {
		return t, fmt.Errorf("ticket %s: %w", t.ID, err)
	}
	return t, nil
}

func parseTimePtr(s sql.NullString) (*time.Time, error) {
	if !s.Valid {
		return nil, nil
	}
	t, err := parseTime(s.String)
	if err != nil {
		return nil, err
	}
	return &t, nil
}

// Events returns the ticket events of audit id (of every audit, and the
// officers' marks, when id is 0), oldest first.
func (s *Store) Events(ctx context.Context, auditID int64) ([]tickets.Event, error) {
	return s.events(ctx, `WHERE ? = 0 OR audit_id = ?`, auditID, auditID)
}

func (s *Store) events(ctx context.Context, where string, args ...any) ([]tickets.Event, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, audit_id, kind, at, ticket_json, note, actor, overrode FROM ticket_events `+where+` ORDER BY id`, args...)
	if err != nil {
		return nil, s.wrap(err)
	}
	defer rows.Close()
	var out []tickets.Event
	for rows.Next() {
		var e tickets.Event
		var at, tj string
		var audit sql.NullInt64
		if err := rows.Scan(&e.ID, &audit, &e.Kind, &at, &tj, &e.Note, &e.By, &e.Overrode); err != nil {
			return nil, err
		}
		e.AuditID = audit.Int64
		if e.At, err = parseTime(at); err != nil {
			return nil, fmt.Errorf("event %d: %w", e.ID, err)
		}
		if err := json.Unmarshal([]byte(tj), &e.Ticket); err != nil {
			return nil, fmt.Errorf("event %d: %w", e.ID, err)
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// WithHistory returns ts with each ticket's history attached (see
// TicketHistory): the tickets command's JSON and the dashboard's tickets
// page both show it.
func (s *Store) WithHistory(ctx context.Context, ts []tickets.Ticket) ([]tickets.Ticket, error) {
	h, err := s.TicketHistory(ctx)
	if err != nil {
		return nil, err
	}
	return tickets.WithHistory(ts, h), nil
}

// TicketHistory returns every ticket's changes, audits' and officers',
// oldest first, by ticket id (tickets.WithHistory attaches them).
func (s *Store) TicketHistory(ctx context.Context) (map[string][]tickets.Change, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT ticket_id, audit_id, kind, at, note, actor, overrode FROM ticket_events ORDER BY ticket_id, id`)
	if err != nil {
		return nil, s.wrap(err)
	}
	defer rows.Close()
	out := map[string][]tickets.Change{}
	for rows.Next() {
		var id, at string
		var c tickets.Change
		var audit sql.NullInt64
		if err := rows.Scan(&id, &audit, &c.Kind, &at, &c.Note, &c.By, &c.Overrode); err != nil {
			return nil, err
		}
		c.AuditID = audit.Int64
		if c.At, err = parseTime(at); err != nil {
			return nil, fmt.Errorf("ticket %s: %w", id, err)
		}
		out[id] = append(out[id], c)
	}
	return out, rows.Err()
}
