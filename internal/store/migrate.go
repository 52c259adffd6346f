package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// migrations are the schema's versions in order: migrations[i] takes a
// database from user_version i to i+1. Append only; never edit one that
// has shipped.
var migrations = []string{
	// 1: audits, verdicts, findings, tickets and their events, crawl cache.
	`
CREATE TABLE schema_migrations (
	version    INTEGER PRIMARY KEY,
	applied_at TEXT NOT NULL
);
CREATE TABLE audits (
	id                 INTEGER PRIMARY KEY AUTOINCREMENT,
	started_at         TEXT NOT NULL,
	finished_at        TEXT NOT NULL,
	saved_at           TEXT NOT NULL,
	config_path        TEXT NOT NULL DEFAULT '',
	catalog_source     TEXT NOT NULL DEFAULT '',
	catalog_procedures INTEGER NOT NULL DEFAULT 0,
	catalog_active     INTEGER NOT NULL DEFAULT 0,
	report_json        TEXT NOT NULL
);
CREATE TABLE verdicts (
	audit_id INTEGER NOT NULL REFERENCES audits(id) ON DELETE CASCADE,
	portal   TEXT NOT NULL,
	name     TEXT NOT NULL DEFAULT '',
	level    TEXT NOT NULL DEFAULT '',
	status   TEXT NOT NULL,
	required INTEGER NOT NULL,
	found    INTEGER NOT NULL,
	coverage REAL NOT NULL,
	pages    INTEGER NOT NULL DEFAULT 0,
	errors   INTEGER NOT NULL DEFAULT 0,
	bytes    INTEGER NOT NULL DEFAULT 0,
	-- bytes_reused: cached bodies reused on 304 Not Modified (incremental crawl)
	bytes_reused INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (audit_id, portal)
);
CREATE INDEX verdicts_portal ON verdicts(portal, audit_id);
CREATE TABLE findings (
	id            INTEGER PRIMARY KEY,
	audit_id      INTEGER NOT NULL REFERENCES audits(id) ON DELETE CASCADE,
	portal        TEXT NOT NULL,
	kind          TEXT NOT NULL,
	code          TEXT NOT NULL DEFAULT '',
	name          TEXT NOT NULL DEFAULT '',
	url           TEXT NOT NULL DEFAULT '',
	evidence_hash TEXT NOT NULL DEFAULT '',
	evidence_url  TEXT NOT NULL DEFAULT '',
	detail        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX findings_audit ON findings(audit_id, portal, kind);
CREATE INDEX findings_code ON findings(portal, code);
CREATE TABLE tickets (
	id               TEXT PRIMARY KEY,
	portal           TEXT NOT NULL,
	code             TEXT NOT NULL,
	name             TEXT NOT NULL DEFAULT '',
	field            TEXT NOT NULL DEFAULT '',
	status           TEXT NOT NULL CHECK (status IN ('open', 'resolved')),
	opened_at        TEXT NOT NULL,
	resolved_at      TEXT,
	evidence_url     TEXT NOT NULL DEFAULT '',
	contact          TEXT NOT NULL DEFAULT '',
	updated_audit_id INTEGER REFERENCES audits(id)
);
CREATE INDEX tickets_status ON tickets(status, portal);
CREATE TABLE ticket_events (
	id          INTEGER PRIMARY KEY AUTOINCREMENT,
	audit_id    INTEGER NOT NULL REFERENCES audits(id) ON DELETE CASCADE,
	ticket_id   TEXT NOT NULL REFERENCES tickets(id),
	kind        TEXT NOT NULL CHECK (kind IN ('opened', 'resolved', 'reopened')),
	at          TEXT NOT NULL,
	ticket_json TEXT NOT NULL,
	webhook     TEXT NOT NULL DEFAULT 'none' CHECK (webhook IN ('none', 'pending', 'delivered')),
	webhook_at  TEXT,
	mail        TEXT NOT NULL DEFAULT 'none' CHECK (mail IN ('none', 'pending', 'delivered')),
	mail_at     TEXT
);
CREATE INDEX ticket_events_audit ON ticket_events(audit_id);
CREATE INDEX ticket_events_webhook ON ticket_events(webhook) WHERE webhook = 'pending';
CREATE INDEX ticket_events_mail ON ticket_events(mail) WHERE mail = 'pending';
CREATE TABLE crawl_cache (
	url           TEXT PRIMARY KEY,
	etag          TEXT NOT NULL DEFAULT '',
	last_modified TEXT NOT NULL DEFAULT '',
	body          BLOB NOT NULL,
	fetched_at    TEXT NOT NULL
);
`,
	// 2: reports and cached bodies stored zlib-compressed. Older rows keep
	// report_json (report_zlib NULL) and an uncompressed body (encoding '').
	`
ALTER TABLE audits ADD COLUMN report_zlib BLOB;
ALTER TABLE crawl_cache ADD COLUMN body_encoding TEXT NOT NULL DEFAULT '';
`,
	// 3: an officer's marks on tickets (resolved, not applicable, open
	// again, a note), kept in the events with the audits' changes.
	//
	// The marks need a status and event kinds that schema 1's CHECK
	// constraints refuse, and SQLite cannot alter a constraint, so both
	// tables are rebuilt. A separate table of marks was the other way; it
	// would leave tickets.status saying "open" for a ticket that is not,
	// every reader of the tickets (open counts, digests, exports) having
	// to join the marks to know, and the history split in two tables. Here
	// the status column stays the one truth and ticket_events the one
	// history.
	//
	// ticket_events.audit_id becomes nullable (a mark belongs to no audit)
	// and gains note, actor (who or where: "dashboard" for a mark, empty
	// for an audit) and overrode (the mark an audit undid). tickets gains
	// marked_at and note, the mark that set the current status.
	//
	// The order keeps every foreign key satisfied inside the transaction
	// (foreign_keys is on and cannot be turned off in one): the new events
	// table refers to the new tickets table, so the old tables are dropped
	// while nothing refers to them, and renaming tickets_new rewrites the
	// new events' reference to "tickets". The events' AUTOINCREMENT counter
	// carries over, so that no event id is ever used twice: webhook
	// receivers recognise events by id.
	`
CREATE TABLE tickets_new (
	id               TEXT PRIMARY KEY,
	portal           TEXT NOT NULL,
	code             TEXT NOT NULL,
	name             TEXT NOT NULL DEFAULT '',
	field            TEXT NOT NULL DEFAULT '',
	status           TEXT NOT NULL CHECK (status IN ('open', 'resolved', 'not_applicable')),
	opened_at        TEXT NOT NULL,
	resolved_at      TEXT,
	evidence_url     TEXT NOT NULL DEFAULT '',
	contact          TEXT NOT NULL DEFAULT '',
	updated_audit_id INTEGER REFERENCES audits(id),
	marked_at        TEXT,
	note             TEXT NOT NULL DEFAULT ''
);
INSERT INTO tickets_new(id, portal, code, name, field, status, opened_at, resolved_at, evidence_url, contact, updated_audit_id)
	SELECT id, portal, code, name, field, status, opened_at, resolved_at, evidence_url, contact, updated_audit_id FROM tickets;
CREATE TABLE ticket_events_new (
	id          INTEGER PRIMARY KEY AUTOINCREMENT,
	audit_id    INTEGER REFERENCES audits(id) ON DELETE CASCADE,
	ticket_id   TEXT NOT NULL REFERENCES tickets_new(id),
	kind        TEXT NOT NULL CHECK (kind IN ('opened', 'resolved', 'reopened',
		'marked_resolved', 'marked_not_applicable', 'marked_open', 'note')),
	at          TEXT NOT NULL,
	ticket_json TEXT NOT NULL,
	webhook     TEXT NOT NULL DEFAULT 'none' CHECK (webhook IN ('none', 'pending', 'delivered')),
	webhook_at  TEXT,
	mail        TEXT NOT NULL DEFAULT 'none' CHECK (mail IN ('none', 'pending', 'delivered')),
	mail_at     TEXT,
	note        TEXT NOT NULL DEFAULT '',
	actor       TEXT NOT NULL DEFAULT '',
	overrode    TEXT NOT NULL DEFAULT ''
);
INSERT INTO ticket_events_new(id, audit_id, ticket_id, kind, at, ticket_json, webhook, webhook_at, mail, mail_at)
	SELECT id, audit_id, ticket_id, kind, at, ticket_json, webhook, webhook_at, mail, mail_at FROM ticket_events;
DELETE FROM sqlite_sequence WHERE name = 'ticket_events_new';
INSERT INTO sqlite_sequence(name, seq) SELECT 'ticket_events_new', seq FROM sqlite_sequence WHERE name = 'ticket_events';
DROP TABLE ticket_events;
DROP TABLE tickets;
ALTER TABLE tickets_new RENAME TO tickets;
ALTER TABLE ticket_events_new RENAME TO ticket_events;
CREATE INDEX tickets_status ON tickets(status, portal);
CREATE INDEX ticket_events_audit ON ticket_events(audit_id);
CREATE INDEX ticket_events_ticket ON ticket_events(ticket_id, id);
CREATE INDEX ticket_events_webhook ON ticket_events(webhook) WHERE webhook = 'pending';
CREATE INDEX ticket_events_mail ON ticket_events(mail) WHERE mail = 'pending';
`,
}

// SchemaVersion is the schema version this build writes.
func SchemaVersion() int { return len(migrations) }

// migrate applies the migrations the database has not seen, all in one
// transaction: a database is never left between two versions.
func (s *Store) migrate(ctx context.Context) error {
	var v int
	if err := s.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return err
	}
	if v > len(migrations) {
		return fmt.Errorf("%s was written by a newer tthcaudit (schema %d, this one knows %d): upgrade tthcaudit", s.path, v, len(migrations))
	}
	if v == len(migrations) {
		return nil
	}
	tx, done, err := s.begin(ctx)
	if err != nil {
		return err
	}
	defer done()
	// Another process may have migrated while this one waited for the lock.
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return err
	}
	now := time.Now().UTC().Format(time.RFC3339Nano)
	for i := v; i < len(migrations); i++ {
		if _, err := tx.ExecContext(ctx, migrations[i]); err != nil {
			return fmt.Errorf("%s: schema migration %d: %w", s.path, i+1, err)
		}
		if _, err := tx.ExecContext(ctx, "INSERT INTO schema_migrations(version, applied_at) VALUES (?, ?)", i+1, now); err != nil {
			return err
		}
	}
	// A migration that rebuilds tables (3) must leave every reference
	// whole; the check runs only when something was migrated.
	if err := foreignKeysHold(ctx, tx); err != nil {
		return fmt.Errorf("%s: schema migration to %d: %w", s.path, len(migrations), err)
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", len(migrations))); err != nil {
		return err
	}
	return tx.Commit()
}

// foreignKeysHold runs PRAGMA foreign_key_check and names the first row
// whose reference is broken.
func foreignKeysHold(ctx context.Context, tx *sql.Tx) error {
	rows, err := tx.QueryContext(ctx, "PRAGMA foreign_key_check")
	if err != nil {
		return err
	}
	defer rows.Close()
	if rows.Next() {
		var table, parent string
		var rowid sql.NullInt64
		var fkid int
		if err := rows.Scan(&table, &rowid, &parent, &fkid); err != nil {
			return err
		}
		return fmt.Errorf("row %d of %s refers to a missing row of %s", rowid.Int64, table, parent)
	}
	return rows.Err()
}
