package tickets

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tthcaudit/tthcaudit/internal/verdict"
)

// step is an audit (cur) or an officer's mark (mark, with note) in a
// scenario of TestReconcileAfterMarks.
type step struct {
	cur        Current
	mark, note string
}

func audited(cur Current) step      { return step{cur: cur} }
func marked(kind, note string) step { return step{mark: kind, note: note} }

// unreachable is what an audit of a blocked or unreachable portal "a"
// gives: FromVerdicts leaves the portal out.
func unreachable() Current {
	return FromVerdicts([]verdict.Verdict{{ID: "a", Status: verdict.StatusUnreachable}}, nil, nil)
}

func TestReconcileAfterMarks(t *testing.T) {
	const id = "a/1.000001"
	missing := Current{"a": obs("1.000001")}
	found := Current{"a": obs()}
	tests := []struct {
		name  string
		steps []step
		// Of the last step: the status after it, and the kind and overrode
		// of the event it made ("" for none).
		status, event, overrode string
	}{
		{"manual resolved, audit still missing: reopened",
			[]step{audited(missing), marked(EventMarkedResolved, "Đã đăng"), audited(missing)},
			Open, EventReopened, EventMarkedResolved},
		{"manual resolved, audit finds it: stays resolved",
			[]step{audited(missing), marked(EventMarkedResolved, ""), audited(found)},
			Resolved, "", ""},
		{"audit resolved, lost again: reopened, nothing overridden",
			[]step{audited(missing), audited(found), audited(missing)},
			Open, EventReopened, ""},
		{"not applicable, audit still missing: stays",
			[]step{audited(missing), marked(EventMarkedNotApplicable, "Xã không có biên giới"), audited(missing)},
			NotApplicable, "", ""},
		{"not applicable, audit finds it: stays",
			[]step{audited(missing), marked(EventMarkedNotApplicable, "Không áp dụng"), audited(found)},
			NotApplicable, "", ""},
		{"not applicable, officer reopens, audit still missing: stays open",
			[]step{audited(missing), marked(EventMarkedNotApplicable, "Nhầm"), marked(EventMarkedOpen, "Có áp dụng"), audited(missing)},
			Open, "", ""},
		{"not applicable, officer reopens, audit finds it: resolved",
			[]step{audited(missing), marked(EventMarkedNotApplicable, "Nhầm"), marked(EventMarkedOpen, ""), audited(found)},
			Resolved, EventResolved, ""},
		{"manual resolved, portal blocked: nothing changes",
			[]step{audited(missing), marked(EventMarkedResolved, ""), audited(unreachable())},
			Resolved, "", ""},
		{"not applicable, portal blocked: nothing changes",
			[]step{audited(missing), marked(EventMarkedNotApplicable, "Lý do"), audited(unreachable())},
			NotApplicable, "", ""},
		{"open, portal blocked: nothing changes",
			[]step{audited(missing), audited(unreachable())},
			Open, "", ""},
	}
	t0 := time.Date(2026, 11, 2, 8, 0, 0, 0, time.UTC)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var ts []Ticket
			var events []Event
			for i, s := range tc.steps {
				now := t0.Add(time.Duration(i) * 24 * time.Hour)
				before := append([]Ticket(nil), ts...)
				if s.mark == "" {
					ts, events = Reconcile(ts, s.cur, now)
					if len(s.cur) == 0 {
						assert.Equal(t, before, ts, "an unseen portal's tickets are untouched")
					}
					continue
				}
				require.Len(t, ts, 1)
				tk, e, err := Mark(ts[0], s.mark, s.note, ByDashboard, now)
				require.NoError(t, err)
				assert.Equal(t, s.mark, e.Kind)
				assert.Equal(t, tk, e.Ticket)
				ts, events = []Ticket{tk}, []Event{e}
			}
			require.Len(t, ts, 1)
			assert.Equal(t, id, ts[0].ID)
			assert.Equal(t, tc.status, ts[0].Status)
			if tc.event == "" {
				assert.Empty(t, events)
				return
			}
			require.Len(t, events, 1)
			assert.Equal(t, tc.event, events[0].Kind)
			assert.Equal(t, tc.overrode, events[0].Overrode)
			assert.Nil(t, events[0].Ticket.MarkedAt, "after an audit's change the status is the audit's")
			assert.Empty(t, events[0].Ticket.Note)
		})
	}
}

func TestMark(t *testing.T) {
	opened := time.Date(2026, 11, 2, 8, 0, 0, 0, time.UTC)
	now := opened.Add(48 * time.Hour)
	resolvedAt := opened.Add(24 * time.Hour)
	open := Ticket{ID: "a/1", Portal: "a", Code: "1", Status: Open, OpenedAt: opened}
	resolved := Ticket{ID: "a/1", Portal: "a", Code: "1", Status: Resolved, OpenedAt: opened, ResolvedAt: &resolvedAt}
	tests := []struct {
		name     string
		from     Ticket
		kind     string
		note     string
		err      error
		status   string
		opened   time.Time
		resolved *time.Time
		tnote    string
	}{
		{"resolve", open, EventMarkedResolved, "", nil, Resolved, opened, &now, ""},
		{"resolve with a note", open, EventMarkedResolved, " Đã đăng lại\r\n ", nil, Resolved, opened, &now, "Đã đăng lại"},
		{"not applicable", open, EventMarkedNotApplicable, "Không có đơn vị", nil, NotApplicable, opened, nil, "Không có đơn vị"},
		{"not applicable needs a reason", open, EventMarkedNotApplicable, "  \t\n", ErrNoteRequired, "", time.Time{}, nil, ""},
		{"reopen a resolved ticket", resolved, EventMarkedOpen, "", nil, Open, now, nil, ""},
		{"a note alone", resolved, EventNote, "Đã gọi điện", nil, Resolved, opened, &resolvedAt, ""},
		{"a note alone needs a note", resolved, EventNote, "", ErrNoteRequired, "", time.Time{}, nil, ""},
		{"unknown mark", open, EventReopened, "x", ErrUnknownMark, "", time.Time{}, nil, ""},
		{"open again an open ticket", open, EventMarkedOpen, "", ErrSameStatus, "", time.Time{}, nil, ""},
		{"resolve a resolved ticket", resolved, EventMarkedResolved, "", ErrSameStatus, "", time.Time{}, nil, ""},
		{"too long", open, EventMarkedResolved, strings.Repeat("ư", MaxNote+1), ErrNoteTooLong, "", time.Time{}, nil, ""},
		{"longest", open, EventMarkedResolved, strings.Repeat("ư", MaxNote), nil, Resolved, opened, &now, strings.Repeat("ư", MaxNote)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			before := tc.from
			got, e, err := Mark(tc.from, tc.kind, tc.note, ByDashboard, now)
			assert.Equal(t, before, tc.from, "the ticket given is not modified")
			if tc.err != nil {
				require.ErrorIs(t, err, tc.err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.status, got.Status)
			assert.Equal(t, tc.opened, got.OpenedAt)
			assert.Equal(t, tc.resolved, got.ResolvedAt)
			assert.Equal(t, tc.tnote, got.Note)
			if tc.kind == EventNote {
				assert.Nil(t, got.MarkedAt, "a note alone is no mark of the status")
			} else {
				require.NotNil(t, got.MarkedAt)
				assert.Equal(t, now, *got.MarkedAt)
			}
			assert.Equal(t, Event{Kind: tc.kind, At: now, By: ByDashboard, Note: strings.TrimSpace(strings.ReplaceAll(tc.note, "\r\n", "\n")), Ticket: got}, e)
		})
	}
}

// Not-applicable tickets are in no open list, digest or mail count.
func TestNotApplicableLeavesOpenLists(t *testing.T) {
	at := time.Date(2026, 11, 2, 8, 0, 0, 0, time.UTC)
	ts := []Ticket{
		{ID: "a/1", Portal: "a", Code: "1", Status: Open, Contact: "it@a.example"},
		{ID: "a/2", Portal: "a", Code: "2", Status: NotApplicable, Contact: "it@a.example", Note: "Không áp dụng"},
	}
	assert.Equal(t, ts[:1], OpenOnly(ts))
	ds := Digests([]Event{{Kind: EventOpened, At: at, Ticket: ts[0]}}, ts, nil, at)
	require.Len(t, ds, 1)
	assert.Equal(t, ts[:1], ds[0].Open)
	assert.Contains(t, ds[0].Subject(), "1 còn thiếu")
	assert.Equal(t, "Không áp dụng", StatusText(NotApplicable))
}
