package store

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tthcaudit/tthcaudit/internal/config"
	"github.com/tthcaudit/tthcaudit/internal/tickets"
)

func ticketByID(t *testing.T, s *Store, id string) tickets.Ticket {
	t.Helper()
	ts, err := s.Tickets(ctx, false)
	require.NoError(t, err)
	for _, tk := range ts {
		if tk.ID == id {
			return tk
		}
	}
	t.Fatalf("no ticket %s", id)
	return tickets.Ticket{}
}

// TestMarksAndAudits stores officers' marks between audits: a ticket
// marked not applicable stays so while the procedure is missing and leaves
// the open list; one marked resolved is reopened by the audit that still
// finds it missing, delivered as any reopening; the history keeps both
// with their notes.
func TestMarksAndAudits(t *testing.T) {
	s, _ := openTemp(t)
	cfg := &config.Config{Portals: []config.Portal{{ID: "a", URLs: []string{"https://a.example/"}, Contact: "it@a.example"}}}
	p := portal{id: "a", required: []string{"1.000001", "1.000002", "1.000003"}, missing: []string{"1.000001", "1.000002"}}
	rep, rs := audit(t0, p)
	_, _, err := s.SaveAudit(ctx, rep, rs, t0, WithConfig(cfg))
	require.NoError(t, err)

	day := t0.Add(24 * time.Hour)
	e, err := s.MarkTicket(ctx, "a/1.000001", tickets.EventMarkedNotApplicable, "  Xã không có đồn biên phòng\r\n(anh Minh)  ", tickets.ByDashboard, day)
	require.NoError(t, err)
	assert.NotZero(t, e.ID)
	assert.Equal(t, "Xã không có đồn biên phòng\n(anh Minh)", e.Note)
	_, err = s.MarkTicket(ctx, "a/1.000002", tickets.EventMarkedResolved, "", tickets.ByDashboard, day)
	require.NoError(t, err)

	na := ticketByID(t, s, "a/1.000001")
	assert.Equal(t, tickets.NotApplicable, na.Status)
	assert.Nil(t, na.ResolvedAt)
	require.NotNil(t, na.MarkedAt)
	assert.True(t, day.Equal(*na.MarkedAt))
	assert.Equal(t, "Xã không có đồn biên phòng\n(anh Minh)", na.Note)
	open, err := s.Tickets(ctx, true)
	require.NoError(t, err)
	assert.Empty(t, open, "neither a not-applicable nor a resolved ticket is open")
	for _, ch := range []string{ChannelWebhook, ChannelMail} {
		pend, err := s.Pending(ctx, ch)
		require.NoError(t, err)
		assert.Empty(t, pend, "%s: marks are not delivered", ch)
	}

	// Refused marks change nothing.
	_, err = s.MarkTicket(ctx, "a/1.000003", tickets.EventMarkedResolved, "", tickets.ByDashboard, day)
	require.ErrorIs(t, err, ErrNoTicket)
	_, err = s.MarkTicket(ctx, "a/1.000002", tickets.EventMarkedNotApplicable, " \n ", tickets.ByDashboard, day)
	require.ErrorIs(t, err, tickets.ErrNoteRequired)
	_, err = s.MarkTicket(ctx, "a/1.000002", "closed", "x", tickets.ByDashboard, day)
	require.ErrorIs(t, err, tickets.ErrUnknownMark)
	_, err = s.MarkTicket(ctx, "a/1.000002", tickets.EventMarkedResolved, "lần hai", tickets.ByDashboard, day)
	require.ErrorIs(t, err, tickets.ErrSameStatus)
	assert.Equal(t, tickets.Resolved, ticketByID(t, s, "a/1.000002").Status)

	// The next audit still finds both missing.
	rep, rs = audit(t0.Add(week), p)
	_, events, err := s.SaveAudit(ctx, rep, rs, t0.Add(week), WithConfig(cfg), WithDelivery(true, true))
	require.NoError(t, err)
	require.Len(t, events, 1)
	assert.Equal(t, tickets.EventReopened, events[0].Kind)
	assert.Equal(t, "a/1.000002", events[0].Ticket.ID)
	assert.Equal(t, tickets.EventMarkedResolved, events[0].Overrode)
	assert.Equal(t, tickets.NotApplicable, ticketByID(t, s, "a/1.000001").Status)
	re := ticketByID(t, s, "a/1.000002")
	assert.Equal(t, tickets.Open, re.Status)
	assert.Nil(t, re.MarkedAt, "the status is the audit's again")
	pend, err := s.Pending(ctx, ChannelWebhook)
	require.NoError(t, err)
	assert.Equal(t, events, pend, "the reopening is delivered")

	// An officer reopens the not-applicable ticket; the audit after keeps
	// it open without an event.
	_, err = s.MarkTicket(ctx, "a/1.000001", tickets.EventMarkedOpen, "Đã có đồn biên phòng từ 2027", tickets.ByDashboard, day.Add(week))
	require.NoError(t, err)
	rep, rs = audit(t0.Add(2*week), p)
	_, events, err = s.SaveAudit(ctx, rep, rs, t0.Add(2*week), WithConfig(cfg))
	require.NoError(t, err)
	assert.Empty(t, events)
	assert.Equal(t, tickets.Open, ticketByID(t, s, "a/1.000001").Status)

	h, err := s.TicketHistory(ctx)
	require.NoError(t, err)
	var kinds []string
	for _, c := range h["a/1.000001"] {
		kinds = append(kinds, c.Kind)
	}
	assert.Equal(t, []string{tickets.EventOpened, tickets.EventMarkedNotApplicable, tickets.EventMarkedOpen}, kinds)
	assert.Equal(t, int64(1), h["a/1.000001"][0].AuditID)
	assert.Zero(t, h["a/1.000001"][1].AuditID)
	assert.Equal(t, tickets.ByDashboard, h["a/1.000001"][1].By)
	assert.Equal(t, "Xã không có đồn biên phòng\n(anh Minh)", h["a/1.000001"][1].Note)
	h2 := h["a/1.000002"]
	require.Len(t, h2, 3)
	assert.Equal(t, tickets.Change{Kind: tickets.EventReopened, At: h2[2].At, AuditID: 2, Overrode: tickets.EventMarkedResolved}, h2[2])

	all, err := s.Events(ctx, 0)
	require.NoError(t, err)
	assert.Len(t, all, 6, "2 opened, 2 marks, 1 reopened, 1 mark")
	second, err := s.Events(ctx, 2)
	require.NoError(t, err)
	assert.Len(t, second, 1, "an audit's events are its own, not the marks")
}
