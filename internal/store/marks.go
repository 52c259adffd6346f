package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/tthcaudit/tthcaudit/internal/tickets"
)

// ErrNoTicket is returned when a ticket asked for is not stored.
var ErrNoTicket = errors.New("no such ticket")

// MarkTicket applies an officer's mark (tickets.Mark: kind, note, by) to
// ticket id at now and records it in the ticket's history, in one
// transaction. It returns the event recorded. A mark is not delivered by
// webhook or mail: those carry what audits find, and the officer who made
// the mark knows of it. Errors: ErrNoTicket, and Mark's.
func (s *Store) MarkTicket(ctx context.Context, id, kind, note, by string, now time.Time) (tickets.Event, error) {
	tx, done, err := s.begin(ctx)
	if err != nil {
		return tickets.Event{}, err
	}
	defer done()
	t, err := scanTicket(tx.QueryRowContext(ctx, `SELECT `+ticketColumns+` FROM tickets WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return tickets.Event{}, fmt.Errorf("ticket %q: %w", id, ErrNoTicket)
	}
	if err != nil {
		return tickets.Event{}, s.wrap(err)
	}
	t, e, err := tickets.Mark(t, kind, note, by, now)
	if err != nil {
		return tickets.Event{}, err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE tickets SET status = ?, opened_at = ?, resolved_at = ?, marked_at = ?, note = ? WHERE id = ?`,
		t.Status, fmtTime(t.OpenedAt), fmtTimePtr(t.ResolvedAt), fmtTimePtr(t.MarkedAt), t.Note, t.ID); err != nil {
		return tickets.Event{}, s.wrap(err)
	}
	ins, err := prepareEventInsert(ctx, tx)
	if err != nil {
		return tickets.Event{}, s.wrap(err)
	}
	defer ins.Close()
	if err := insertEvent(ctx, ins, &e, deliveryNone, deliveryNone); err != nil {
		return tickets.Event{}, s.wrap(err)
	}
	return e, s.wrap(tx.Commit())
}
