// Package store keeps every audit in an embedded SQLite database (pure Go,
// modernc.org/sqlite): the reports, each portal's verdict, every finding
// with its evidence, the tickets and their events, and the crawl cache that
// makes the next audit incremental.
//
// Each audit is written in one transaction, in WAL mode, so a killed audit
// leaves the previous state untouched; a second process that wants to
// write while one is writing gets ErrBusy after a short wait, never a
// corrupted file.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// DefaultBusyTimeout is how long a write waits for another writer before
// giving up with ErrBusy.
const DefaultBusyTimeout = 2 * time.Second

// ErrBusy is matched (errors.Is) by the error of a write that found
// another process writing the same database.
var ErrBusy = errors.New("database busy")

// BusyError says which database is busy.
type BusyError struct {
	Path string
	Err  error
}

func (e *BusyError) Error() string {
	return fmt.Sprintf("cơ sở dữ liệu đang bận (database busy): another tthcaudit is using %s; wait for it to finish and try again", e.Path)
}

// Is makes errors.Is(err, ErrBusy) true.
func (e *BusyError) Is(target error) bool { return target == ErrBusy }

// Unwrap returns SQLite's own error.
func (e *BusyError) Unwrap() error { return e.Err }

// Options tune Open.
type Options struct {
	// BusyTimeout is how long a write waits for another writer
	// (DefaultBusyTimeout when 0).
	BusyTimeout time.Duration
}

// Store is an open database. Its methods are safe for concurrent use.
type Store struct {
	db   *sql.DB
	path string
	// wmu serialises this process's writers, so that they queue here
	// instead of timing out on each other's SQLite lock.
	wmu   sync.Mutex
	cache *CrawlCache
}

// Open opens (creating it if needed) the database at path and brings its
// schema up to date.
func Open(path string) (*Store, error) { return OpenWith(path, Options{}) }

// OpenWith is Open with options.
func OpenWith(path string, o Options) (*Store, error) {
	if path == "" {
		return nil, errors.New("store: no database path")
	}
	if strings.ContainsAny(path, "?#") {
		return nil, fmt.Errorf("%s: a database path may not contain ? or #", path)
	}
	bt := o.BusyTimeout
	if bt <= 0 {
		bt = DefaultBusyTimeout
	}
	// journal_mode first changes the file only when it is created; busy
	// timeout is applied before it by the driver. _txlock=immediate takes
	// the write lock at BEGIN, so a busy database fails there, before any
	// work, instead of at the first write.
	dsn := fmt.Sprintf("%s?_pragma=busy_timeout(%d)&_pragma=journal_mode(WAL)&_pragma=synchronous(FULL)&_pragma=foreign_keys(1)&_txlock=immediate",
		path, bt.Milliseconds())
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	db.SetMaxOpenConns(4)
	db.SetMaxIdleConns(4)
	s := &Store{db: db, path: path}
	s.cache = newCrawlCache(s)
	if err := s.migrate(context.Background()); err != nil {
		db.Close()
		return nil, s.wrap(err)
	}
	return s, nil
}

// Path is the database file.
func (s *Store) Path() string { return s.path }

// DB gives read access to the database for reports and the dashboard.
func (s *Store) DB() *sql.DB { return s.db }

// Close writes the crawl cache's pending pages and closes the database.
func (s *Store) Close() error {
	err := s.cache.Flush(context.Background())
	if cerr := s.db.Close(); err == nil {
		err = cerr
	}
	return err
}

// wrap turns SQLite's busy and not-a-database errors into messages that
// say what to do.
func (s *Store) wrap(err error) error {
	if err == nil {
		return nil
	}
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() & 0xff {
		case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED:
			return &BusyError{Path: s.path, Err: err}
		case sqlite3.SQLITE_NOTADB:
			return fmt.Errorf("%s is not a tthcaudit database (give another --db path): %w", s.path, err)
		case sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM:
			return fmt.Errorf("%s: cannot open the database for writing (check the folder exists and is writable): %w", s.path, err)
		}
	}
	return err
}

// begin starts a write transaction, holding the process's write lock until
// the returned done is called.
func (s *Store) begin(ctx context.Context) (*sql.Tx, func(), error) {
	s.wmu.Lock()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		s.wmu.Unlock()
		return nil, nil, s.wrap(err)
	}
	return tx, func() { _ = tx.Rollback(); s.wmu.Unlock() }, nil
}

// Exists reports whether a database file is at path, so that read-only
// commands can say "no audit stored yet" instead of creating one.
func Exists(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.Mode().IsRegular()
}

// IntegrityCheck runs PRAGMA integrity_check and returns its answer ("ok"
// for a sound file).
func (s *Store) IntegrityCheck(ctx context.Context) (string, error) {
	rows, err := s.db.QueryContext(ctx, "PRAGMA integrity_check")
	if err != nil {
		return "", s.wrap(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var l string
		if err := rows.Scan(&l); err != nil {
			return "", err
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n"), rows.Err()
}
