package store

import (
	"database/sql"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tthcaudit/tthcaudit/internal/tickets"
)

// openSchema2 makes a database as the tthcaudit of schema 2 left it.
func openSchema2(t *testing.T, path string) *sql.DB {
	t.Helper()
	db := openSchema1(t, path)
	_, err := db.Exec(migrations[1])
	require.NoError(t, err)
	_, err = db.Exec("INSERT INTO schema_migrations(version, applied_at) VALUES (2, '2026-11-08T00:00:00Z'); PRAGMA user_version = 2")
	require.NoError(t, err)
	return db
}

// TestMarksMigrationKeepsTickets writes tickets and their events the way
// schema 2 did, directly with SQL, then opens the file with this build:
// the tables are rebuilt for the marks (schema 3) and every ticket, event
// and delivery state reads back as it was; event ids are never reused.
func TestMarksMigrationKeepsTickets(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v2.db")
	db := openSchema2(t, path)
	for _, q := range []string{
		`INSERT INTO audits(id, started_at, finished_at, saved_at, report_json) VALUES
			(1, '2026-11-02T08:00:00+07:00', '2026-11-02T08:04:00+07:00', '2026-11-02T08:05:00+07:00', '{}'),
			(2, '2026-11-09T08:00:00+07:00', '2026-11-09T08:04:00+07:00', '2026-11-09T08:05:00+07:00', '{}')`,
		`INSERT INTO tickets(id, portal, code, name, field, status, opened_at, resolved_at, evidence_url, contact, updated_audit_id) VALUES
			('a/1.000001', 'a', '1.000001', 'Thủ tục 1.000001', 'Người có công', 'resolved', '2026-11-02T08:05:00+07:00', '2026-11-09T08:05:00+07:00', 'https://a.example/tthc/1.000001', 'it@a.example', 2),
			('a/1.000002', 'a', '1.000002', 'Thủ tục 1.000002', 'Người có công', 'open', '2026-11-02T08:05:00+07:00', NULL, 'https://a.example/tthc', 'it@a.example', 1)`,
		`INSERT INTO ticket_events(id, audit_id, ticket_id, kind, at, ticket_json, webhook, webhook_at, mail, mail_at) VALUES
			(1, 1, 'a/1.000001', 'opened', '2026-11-02T08:05:00+07:00', '{"id":"a/1.000001","status":"open"}', 'delivered', '2026-11-02T08:06:00+07:00', 'none', NULL),
			(2, 1, 'a/1.000002', 'opened', '2026-11-02T08:05:00+07:00', '{"id":"a/1.000002","status":"open"}', 'delivered', '2026-11-02T08:06:00+07:00', 'pending', NULL),
			(3, 2, 'a/1.000001', 'resolved', '2026-11-09T08:05:00+07:00', '{"id":"a/1.000001","status":"resolved"}', 'pending', NULL, 'none', NULL)`,
		// Events 4 to 9 existed once (an audit deleted since): their ids
		// are spent.
		`UPDATE sqlite_sequence SET seq = 9 WHERE name = 'ticket_events'`,
	} {
		_, err := db.Exec(q)
		require.NoError(t, err, q)
	}
	require.NoError(t, db.Close())

	s := openMigrated(t, path)

	ts, err := s.Tickets(ctx, false)
	require.NoError(t, err)
	require.Len(t, ts, 2)
	assert.Equal(t, "a/1.000001", ts[0].ID)
	assert.Equal(t, tickets.Resolved, ts[0].Status)
	assert.Equal(t, "2026-11-09T08:05:00+07:00", fmtTime(*ts[0].ResolvedAt))
	assert.Equal(t, "it@a.example", ts[0].Contact)
	assert.Equal(t, "Người có công", ts[0].Field)
	assert.Nil(t, ts[0].MarkedAt, "an old ticket's status is the audits'")
	assert.Empty(t, ts[0].Note)
	assert.Equal(t, tickets.Open, ts[1].Status)
	assert.Nil(t, ts[1].ResolvedAt)

	evs, err := s.Events(ctx, 0)
	require.NoError(t, err)
	require.Len(t, evs, 3)
	for i, want := range []struct {
		id, audit int64
		kind      string
	}{{1, 1, "opened"}, {2, 1, "opened"}, {3, 2, "resolved"}} {
		assert.Equal(t, want.id, evs[i].ID)
		assert.Equal(t, want.audit, evs[i].AuditID)
		assert.Equal(t, want.kind, evs[i].Kind)
	}
	pend, err := s.Pending(ctx, ChannelWebhook)
	require.NoError(t, err)
	require.Len(t, pend, 1, "delivery states carried over")
	assert.Equal(t, int64(3), pend[0].ID)
	pend, err = s.Pending(ctx, ChannelMail)
	require.NoError(t, err)
	require.Len(t, pend, 1)
	assert.Equal(t, int64(2), pend[0].ID)

	// The rebuilt tables keep their indexes and references, and take what
	// schema 3 adds.
	var n int
	require.NoError(t, s.DB().QueryRow(`SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN
		('tickets_status', 'ticket_events_audit', 'ticket_events_ticket', 'ticket_events_webhook', 'ticket_events_mail')`).Scan(&n))
	assert.Equal(t, 5, n)
	var sqlText string
	require.NoError(t, s.DB().QueryRow(`SELECT sql FROM sqlite_master WHERE name = 'ticket_events'`).Scan(&sqlText))
	assert.Contains(t, sqlText, `REFERENCES "tickets"(id)`, "the events refer to the rebuilt tickets table")
	assert.NotContains(t, sqlText, "tickets_new")
	_, err = s.DB().Exec(`INSERT INTO ticket_events(ticket_id, kind, at, ticket_json) VALUES ('nowhere/1', 'note', '2026-11-10T00:00:00Z', '{}')`)
	require.Error(t, err, "the foreign key to tickets holds")
	_, err = s.DB().Exec(`UPDATE tickets SET status = 'closed' WHERE id = 'a/1.000002'`)
	require.Error(t, err, "the status is still checked")

	e, err := s.MarkTicket(ctx, "a/1.000002", tickets.EventMarkedNotApplicable, "Huyện không có đơn vị này", tickets.ByDashboard, t0.Add(2*week))
	require.NoError(t, err)
	assert.Equal(t, int64(10), e.ID, "the ids spent before the migration are not used again")
	assert.Zero(t, e.AuditID)
}

// TestMigrationRefusesBrokenReferences: a database whose events name a
// ticket that is not there cannot be migrated silently, and is left at its
// version.
func TestMigrationRefusesBrokenReferences(t *testing.T) {
	path := filepath.Join(t.TempDir(), "broken.db")
	db := openSchema2(t, path)
	_, err := db.Exec(`INSERT INTO audits(id, started_at, finished_at, saved_at, report_json) VALUES (1, 'x', 'x', 'x', '{}');
		PRAGMA foreign_keys = OFF;
		INSERT INTO ticket_events(audit_id, ticket_id, kind, at, ticket_json) VALUES (1, 'gone/1', 'opened', '2026-11-02T08:05:00+07:00', '{}')`)
	require.NoError(t, err)
	require.NoError(t, db.Close())
	_, err = Open(path)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "schema migration 3")

	db, err = sql.Open("sqlite", path)
	require.NoError(t, err)
	defer db.Close()
	var v int
	require.NoError(t, db.QueryRow("PRAGMA user_version").Scan(&v))
	assert.Equal(t, 2, v, "nothing of the migration was kept")
}

// openMigrated opens the store at path, which migrates it, and checks it
// is at the current schema version; the store closes with the test.
func openMigrated(t *testing.T, path string) *Store {
	t.Helper()
	s, err := Open(path)
	require.NoError(t, err)
	t.Cleanup(func() { s.Close() })
	var v int
	require.NoError(t, s.DB().QueryRow("PRAGMA user_version").Scan(&v))
	require.Equal(t, SchemaVersion(), v)
	return s
}
