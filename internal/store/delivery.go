package store

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/tthcaudit/tthcaudit/internal/tickets"
)

// Delivery channels of ticket events.
const (
	ChannelWebhook = "webhook"
	ChannelMail    = "mail"
)

func channelColumns(channel string) (state, at string, err error) {
	switch channel {
	case ChannelWebhook:
		return "webhook", "webhook_at", nil
	case ChannelMail:
		return "mail", "mail_at", nil
	}
	return "", "", fmt.Errorf("store: unknown delivery channel %q", channel)
}

// Pending returns the events still to be delivered on channel (webhook or
// mail), oldest first: this audit's, and any an earlier audit failed to
// deliver.
func (s *Store) Pending(ctx context.Context, channel string) ([]tickets.Event, error) {
	state, _, err := channelColumns(channel)
	if err != nil {
		return nil, err
	}
	return s.events(ctx, "WHERE "+state+" = 'pending'")
}

// MarkDelivered records that the events ids were delivered on channel, so
// that no later run sends them again.
func (s *Store) MarkDelivered(ctx context.Context, channel string, ids []int64, at time.Time) error {
	state, atCol, err := channelColumns(channel)
	if err != nil || len(ids) == 0 {
		return err
	}
	tx, done, err := s.begin(ctx)
	if err != nil {
		return err
	}
	defer done()
	const chunk = 500 // well under SQLite's limit on parameters
	for len(ids) > 0 {
		n := min(chunk, len(ids))
		q := fmt.Sprintf("UPDATE ticket_events SET %s = 'delivered', %s = ? WHERE id IN (%s)",
			state, atCol, strings.TrimSuffix(strings.Repeat("?,", n), ","))
		args := []any{fmtTime(at)}
		for _, id := range ids[:n] {
			args = append(args, id)
		}
		if _, err := tx.ExecContext(ctx, q, args...); err != nil {
			return s.wrap(err)
		}
		ids = ids[n:]
	}
	return s.wrap(tx.Commit())
}
